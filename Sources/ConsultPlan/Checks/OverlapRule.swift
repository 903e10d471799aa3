// Rules `overlap` and `possible_overlap` (LANGUAGE.md 6): one sweep finds every
// pair of meetings that share a participant on a day, without comparing all pairs.

/// `overlap` (CP0605, error): a participant in two timed meetings whose half-open
/// spans overlap on the same day. `possible_overlap` (CP0606, warning): a
/// participant in a timed and an untimed meeting on the same day, or in two
/// untimed meetings on the same day (every day of a day range is an untimed day).
///
/// Only dated, non-cancelled meetings and only expanded `participants` take part.
/// Each pair of meetings is reported once, at the `date` of the later one in
/// schedule order, with the shared participants in the notes.
///
/// How it stays fast (100,000 meetings): meetings become one entry per day,
/// packed into a `UInt64` (day, start, meeting) and sorted once. Per day, each
/// participant collects the entries they attend, in start order; a pair is a
/// conflict only when found inside one participant's list, so the work is the
/// number of entries plus the number of (participant, conflicting pair)
/// incidences, never all pairs of meetings. A pair seen again on a later day (two
/// day ranges) was complete on its first shared day and is skipped.
enum OverlapRule {
    /// A day range longer than this is not expanded further: every day outside the
    /// plan's year is already an error, and a year has at most 366 days.
    static let maxRangeDays = 366

    /// The conflicts of one pair of meetings.
    struct PairFinding {
        /// Whether both are timed and their spans overlap (else a possible overlap).
        var isOverlap: Bool
        /// The first day they share.
        var day: Int32
        /// Shared participants, as member indices.
        var members: [Int32]
    }

    static func check(_ ctx: CheckContext) -> [Diagnostic] {
        let found = findPairs(ctx.plan)
        return diagnostics(for: found.pairs, memberIDs: found.memberIDs, ctx)
    }

    /// Every conflicting pair, keyed by `low << 32 | high` meeting indices, and the
    /// member ID of each member index used in the findings.
    static func findPairs(_ plan: Plan) -> (pairs: [UInt64: PairFinding], memberIDs: [String]) {
        let meetings = plan.meetings
        guard meetings.count < Int(Int32.max) else { return ([:], []) }

        // Member IDs → dense indices (declared members first, then any stray ID).
        // A StringTable, not a Dictionary: every participant of every meeting is looked up
        // (SipHash made this rule's lookups ≈ 1.6% of `check` at 100k meetings).
        var memberIndex = StringTable<Int32>()
        var memberIDs: [String] = []
        memberIndex.reserveCapacity(plan.members.count)
        for m in plan.members where memberIndex.insertIfAbsent(Int32(memberIDs.count), for: m.id) == nil {
            memberIDs.append(m.id)
        }

        // Flat participant storage and per-meeting times; entries packed for one sort.
        var partStart = [Int](repeating: 0, count: meetings.count + 1)
        var parts: [Int32] = []
        var startMinute = [Int16](repeating: -1, count: meetings.count)  // -1: untimed
        var endMinute = [Int16](repeating: 0, count: meetings.count)
        var keys: [UInt64] = []
        keys.reserveCapacity(meetings.count)
        // Equal lists share one array (occurrences of a series, and the evaluator's shared
        // lists): each array is mapped to member indices once, found again by its storage
        // address (the meetings keep every array alive while this runs).
        var rangeByStorage: [UnsafeRawPointer: Range<Int>] = [:]
        // Through the buffer: `meetings[i]` copies the whole `Meeting`, a field alone is cheap.
        meetings.withUnsafeBufferPointer { ms in
            for i in ms.indices {
                partStart[i] = parts.count
                defer { partStart[i + 1] = parts.count }
                guard ms[i].status != .cancelled, !ms[i].date.isTentative, !ms[i].participants.isEmpty else { continue }
                let participants = ms[i].participants
                let storage = participants.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
                if let storage, let range = rangeByStorage[storage], range.count == participants.count {
                    // Element by element: appending a slice of `parts` to itself would copy the
                    // whole array first (the slice shares its buffer), once per such meeting.
                    // No `reserveCapacity(count + n)` here: an exact reservation defeats the
                    // array's geometric growth and copies it all for nearly every meeting.
                    for k in range { parts.append(parts[k]) }
                } else {
                    let first = parts.count
                    appendIndices(of: participants, to: &parts, memberIndex: &memberIndex, memberIDs: &memberIDs)
                    if let storage { rangeByStorage[storage] = first..<parts.count }
                }
                switch ms[i].date {
                case .timed(let d, let s, let e):
                    startMinute[i] = Int16(s.minutes)
                    endMinute[i] = Int16(e.minutes)
                    keys.append(pack(day: d.ordinal, slot: s.minutes + 1, meeting: i))
                case .day(let d):
                    keys.append(pack(day: d.ordinal, slot: 0, meeting: i))
                case .days(let a, let b):
                    var d = a.ordinal
                    let last = min(b.ordinal, a.ordinal &+ Int32(maxRangeDays - 1))
                    while d <= last {
                        keys.append(pack(day: d, slot: 0, meeting: i))
                        d += 1
                    }
                case .month, .quarter:
                    continue
                }
            }
        }
        keys.sort()

        var pairs: [UInt64: PairFinding] = [:]
        var lists = [[Int32]](repeating: [], count: memberIDs.count)
        var touched: [Int32] = []
        var active: [Int32] = []
        var i = 0
        while i < keys.count {
            let day = Int32(truncatingIfNeeded: keys[i] >> 42)
            // Collect, per participant, the day's meetings in entry order: untimed first, then by start.
            var j = i
            while j < keys.count, Int32(truncatingIfNeeded: keys[j] >> 42) == day {
                let meeting = Int(keys[j] & 0x7FFF_FFFF)
                for p in parts[partStart[meeting]..<partStart[meeting + 1]] {
                    if lists[Int(p)].isEmpty { touched.append(p) }
                    lists[Int(p)].append(Int32(meeting))
                }
                j += 1
            }
            for p in touched {
                let list = lists[Int(p)]
                if list.count > 1 {
                    sweep(list, member: p, day: day, startMinute: startMinute, endMinute: endMinute,
                          active: &active, pairs: &pairs)
                }
                lists[Int(p)].removeAll(keepingCapacity: true)
            }
            touched.removeAll(keepingCapacity: true)
            i = j  // j > i: the loop above consumed at least entry i
        }
        return (pairs, memberIDs)
    }

    private static func appendIndices(
        of participants: [String], to parts: inout [Int32], memberIndex: inout StringTable<Int32>, memberIDs: inout [String]
    ) {
        for id in participants {
            if let k = memberIndex.insertIfAbsent(Int32(memberIDs.count), for: id) {
                parts.append(k)
            } else {
                parts.append(Int32(memberIDs.count))
                memberIDs.append(id)
            }
        }
    }

    /// Finds the conflicting pairs in one participant's meetings of one day.
    private static func sweep(
        _ list: [Int32], member: Int32, day: Int32, startMinute: [Int16], endMinute: [Int16],
        active: inout [Int32], pairs: inout [UInt64: PairFinding]
    ) {
        var untimed = 0
        while untimed < list.count, startMinute[Int(list[untimed])] < 0 { untimed += 1 }
        // Any untimed meeting conflicts with everything else that day.
        for a in 0..<untimed {
            for b in (a + 1)..<list.count {
                record(list[a], list[b], overlap: false, member: member, day: day, pairs: &pairs)
            }
        }
        // Timed meetings, sorted by start: keep those still running; half-open, so an
        // end equal to the next start is no overlap.
        active.removeAll(keepingCapacity: true)
        for t in list[untimed...] {
            let start = startMinute[Int(t)]
            guard endMinute[Int(t)] > start else { continue }  // an empty span overlaps nothing
            active.removeAll { endMinute[Int($0)] <= start }
            for other in active {
                record(other, t, overlap: true, member: member, day: day, pairs: &pairs)
            }
            active.append(t)
        }
    }

    private static func record(
        _ a: Int32, _ b: Int32, overlap: Bool, member: Int32, day: Int32, pairs: inout [UInt64: PairFinding]
    ) {
        let key = UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b)))
        if let index = pairs.index(forKey: key) {
            // Shared participants are the same on every shared day: only the first day adds them.
            guard pairs.values[index].day == day else { return }
            pairs.values[index].members.append(member)
        } else {
            pairs[key] = PairFinding(isOverlap: overlap, day: day, members: [member])
        }
    }

    private static func pack(day: Int32, slot: Int, meeting: Int) -> UInt64 {
        // day < 2^22 (ordinals end at 3,652,058), slot < 2^11 (0…1441), meeting < 2^31.
        UInt64(UInt32(bitPattern: day)) << 42 | UInt64(slot & 0x7FF) << 31 | UInt64(meeting & 0x7FFF_FFFF)
    }

    /// One diagnostic per pair, ordered by the later meeting's schedule position, then the earlier's.
    static func diagnostics(for pairs: [UInt64: PairFinding], memberIDs: [String], _ ctx: CheckContext) -> [Diagnostic] {
        let meetings = ctx.plan.meetings
        let rank = ctx.scheduleRank, order = ctx.scheduleOrder
        guard rank.count == meetings.count else { return [] }
        // Sort by (later rank, earlier rank), packed into one integer.
        var ordered: [UInt64] = []
        ordered.reserveCapacity(pairs.count)
        for key in pairs.keys {
            let a = Int(key >> 32), b = Int(key & 0xFFFF_FFFF)
            guard a < meetings.count, b < meetings.count else { continue }
            let ra = UInt64(UInt32(bitPattern: rank[a])), rb = UInt64(UInt32(bitPattern: rank[b]))
            ordered.append(ra > rb ? ra << 32 | rb : rb << 32 | ra)
        }
        ordered.sort()

        // Texts computed once per member, meeting and day: many pairs share them.
        let names = memberIDs.map { ctx.memberName($0) }
        var whenText = [String?](repeating: nil, count: meetings.count)
        var dayText: [Int32: String] = [:]
        func when(_ i: Int) -> String {
            if let t = whenText[i] { return t }
            let t = RuleText.when(meetings[i].date)
            whenText[i] = t
            return t
        }
        func dayString(_ d: Int32) -> String {
            if let t = dayText[d] { return t }
            let t = Day(ordinal: Int(d))?.description ?? "?"
            dayText[d] = t
            return t
        }

        var result: [Diagnostic] = []
        result.reserveCapacity(ordered.count)
        for packed in ordered {
            let laterIndex = Int(order[Int(packed >> 32)]), earlierIndex = Int(order[Int(packed & 0xFFFF_FFFF)])
            let key = UInt64(min(laterIndex, earlierIndex)) << 32 | UInt64(max(laterIndex, earlierIndex))
            guard let finding = pairs[key] else { continue }
            let later = meetings[laterIndex], earlier = meetings[earlierIndex]
            let day = dayString(finding.day)
            let shared = finding.members.map { Int($0) < names.count ? names[Int($0)] : "?" }
            let earlierWhen: String
            if let t = earlier.date.times {
                earlierWhen = t.start.description + "–" + t.end.description + " on " + day
            } else if case .days = earlier.date {
                earlierWhen = "on " + day + " (" + when(earlierIndex) + ", no times)"
            } else {
                earlierWhen = "on " + day + " (no times)"
            }
            let shown = 5
            let earlierRef = RuleText.ref(earlier)
            var notes = shared.prefix(shown).map { $0 + " is already in " + earlierRef + " " + earlierWhen }
            if shared.count > shown {
                notes.append("… and \(shared.count - shown) more shared participants: "
                    + RuleText.list(Array(shared.dropFirst(shown))))
            }
            let who = shared.count == 1 ? shared[0] : RuleText.count(shared.count, "participant")
            let label = DiagnosticLabel(earlier.spans.date, earlierRef + " is dated here")
            if finding.isOverlap {
                result.append(Diagnostic(
                    RuleCode.overlap,
                    RuleText.ref(later) + " (" + when(laterIndex) + ") overlaps " + earlierRef
                        + " (" + when(earlierIndex) + ") for " + who,
                    at: later.spans.date, labels: [label], notes: notes,
                    help: "move one of the meetings, or take the shared participants out of one of them"))
            } else {
                result.append(Diagnostic(
                    RuleCode.possibleOverlap,
                    RuleText.ref(later) + " and " + earlierRef + " share " + who + " on " + day
                        + ", and at least one has no times",
                    at: later.spans.date, labels: [label], notes: notes,
                    help: "give both meetings times (`date DAY HH:MM..HH:MM`) so the check can tell whether they overlap"))
            }
        }
        return result
    }
}
