// What every plan rule reads: the plan plus facts computed once (schedule
// order, meeting lookup by ID, member names) and small shared formatters.

/// The plan and the facts the rules share, computed once per ``PlanChecks/run(_:)``.
struct CheckContext {
    /// The plan under check.
    let plan: Plan
    /// Meeting index (into `plan.meetings`) by ID; the first meeting wins on a duplicate ID
    /// (duplicates are the evaluator's error, not ours to report again).
    let meetingIndex: [String: Int]
    /// Member name by ID.
    let memberNames: [String: String]
    /// Each meeting's position in schedule order (index into `plan.meetings` → rank).
    let scheduleRank: [Int32]
    /// Meeting indices in schedule order (rank → index into `plan.meetings`).
    let scheduleOrder: [Int32]
    /// Non-cancelled topic consultations (4.2), counted once for the count and share rules.
    let topicConsultations: Int
    /// Of those, the ones marked `supervision`.
    let supervisedTopicConsultations: Int
    /// Whether a non-cancelled meeting has the form `plenary`.
    let hasActivePlenary: Bool

    init(_ plan: Plan) {
        self.plan = plan
        let meetings = plan.meetings
        // One pass over the meetings for the facts several rules need. Stored fields are read
        // through the buffer (`ms[i].form` copies one field): `meetings[i]` or binding a
        // `Meeting` copies all ~20 of its references, even to read one.
        var anyAfter = false, topics = 0, supervised = 0, plenary = false
        var orderIsIndex = true
        meetings.withUnsafeBufferPointer { ms in
            for i in ms.indices {
                if ms[i].order != i { orderIsIndex = false }
                if ms[i].after != nil { anyAfter = true }
                guard ms[i].status != .cancelled, let form = ms[i].form else { continue }
                if form != "plenary" && form != "standing_committee" {  // a topic consultation (4.2)
                    topics += 1
                    if ms[i].supervision { supervised += 1 }
                } else if form == "plenary" {
                    plenary = true
                }
            }
        }
        topicConsultations = topics
        supervisedTopicConsultations = supervised
        hasActivePlenary = plenary
        // Only the `after` rules look meetings up by ID; skip the table when nobody uses `after`.
        var index: [String: Int] = [:]
        if anyAfter {
            index.reserveCapacity(meetings.count)
            meetings.withUnsafeBufferPointer { ms in
                for i in ms.indices where index[ms[i].id] == nil { index[ms[i].id] = i }
            }
        }
        meetingIndex = index
        var names: [String: String] = [:]
        names.reserveCapacity(plan.members.count)
        for m in plan.members where names[m.id] == nil { names[m.id] = m.title }
        memberNames = names
        // Schedule order. Fast path (every evaluated plan: `order` is the index): one sort of
        // packed keys — first day (22 bits), start minute (11 bits), index (31 bits).
        var order = [Int32](repeating: 0, count: meetings.count)
        var rank = [Int32](repeating: 0, count: meetings.count)
        if orderIsIndex, meetings.count < Int(Int32.max) {
            var keys: [UInt64] = []
            keys.reserveCapacity(meetings.count)
            meetings.withUnsafeBufferPointer { ms in for i in ms.indices {
                let date = ms[i].date
                let day = UInt64(UInt32(bitPattern: date.firstDay.ordinal))
                let start = UInt64((date.times?.start.minutes ?? 0) & 0x7FF)
                keys.append(day << 42 | start << 31 | UInt64(i))
            } }
            keys.sort()
            for (r, k) in keys.enumerated() {
                let i = Int(k & 0x7FFF_FFFF)
                order[r] = Int32(i)
                rank[i] = Int32(r)
            }
        } else if meetings.count < Int(Int32.max) {
            let sorted = meetings.indices.sorted { ScheduleKey(meetings[$0]) < ScheduleKey(meetings[$1]) }
            for (r, i) in sorted.enumerated() {
                order[r] = Int32(i)
                rank[i] = Int32(r)
            }
        }
        scheduleOrder = order
        scheduleRank = rank
    }

    /// The name to show for a member ID (the ID itself when undeclared).
    func memberName(_ id: String) -> String { memberNames[id] ?? id }

    /// Whether a meeting takes part in the date-based checks (overlap, day-off, `after`):
    /// dated by day and not cancelled (LANGUAGE.md 6 and 4.6).
    static func isDatedActive(_ m: Meeting) -> Bool { !m.isCancelled && !m.isTentative }
}

/// Schedule order (LANGUAGE.md 8.1): by start, an untimed day counting as 00:00,
/// then declaration order.
struct ScheduleKey: Comparable, Hashable {
    /// The first day's ordinal.
    let day: Int32
    /// Minutes since midnight of the start (0 when untimed).
    let start: Int
    /// Declaration order.
    let order: Int

    init(_ m: Meeting) {
        day = m.date.firstDay.ordinal
        start = m.date.times?.start.minutes ?? 0
        order = m.order
    }

    static func < (a: ScheduleKey, b: ScheduleKey) -> Bool {
        (a.day, a.start, a.order) < (b.day, b.start, b.order)
    }
}

/// Shared wording for rule messages and notes.
enum RuleText {
    /// "`housing`".
    static func ref(_ m: Meeting) -> String { "`" + m.id + "`" }

    /// A meeting's date as people read it: `2025-04-22 09:00–12:00`, `2025-01-08 to 2025-01-11`,
    /// `2025-05 (tentative)`.
    static func when(_ date: MeetingDate) -> String {
        switch date {
        case .day(let d): d.description
        case .timed(let d, let s, let e): d.description + " " + s.description + "–" + e.description
        case .days(let a, let b): a.description + " to " + b.description
        case .month(let m): m.description + " (tentative)"
        case .quarter(let q): q.description + " (tentative)"
        }
    }

    /// Up to `limit` items joined with ", " and "… and N more".
    static func list(_ items: [String], limit: Int = 10) -> String {
        guard items.count > limit else { return items.joined(separator: ", ") }
        return items.prefix(limit).joined(separator: ", ") + " … and \(items.count - limit) more"
    }

    /// `1 topic consultation`, `3 topic consultations`.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : (plural ?? singular + "s"))
    }
}
