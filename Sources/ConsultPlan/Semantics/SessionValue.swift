// The value of a bare expression typed in a session, and how the REPL shows it:
// a day with its weekday and whether it is a working day, meetings as a table.

/// A value computed by a bare expression in a ``PlanSession``.
public indirect enum SessionValue: Sendable, Hashable {
    /// An attribute that is not set.
    case nothing
    /// An integer.
    case integer(Int64)
    /// An exact decimal (`12.5`, `10%` is 0.1).
    case decimal(ExactDecimal)
    /// Text.
    case string(String)
    /// `true` or `false`.
    case boolean(Bool)
    /// A day.
    case day(Day)
    /// A month (`2025-07`).
    case month(YearMonth)
    /// A quarter (`2025-Q3`).
    case quarter(YearQuarter)
    /// A time of day.
    case time(TimeOfDay)
    /// A duration as written.
    case duration(Duration)
    /// A weekday.
    case weekday(Weekday)
    /// A form, source, role word, calendar name or status, by its English word.
    case word(String)
    /// A declaration: its kind and ID (`forum.3` for an occurrence).
    case reference(EntityKind, String)
    /// The `index`-th (0-based) feedback duty of a meeting.
    case feedbackDuty(meeting: String, index: Int)
    /// A list.
    case list([SessionValue])
    /// `a .. b`, both ends included.
    case range(SessionValue, SessionValue)

    /// The public form of an evaluator value (`invalid` only follows an error; it reads as nothing).
    init(_ v: Value) {
        switch v {
        case .none, .invalid: self = .nothing
        case .integer(let n): self = .integer(n)
        case .decimal(let d): self = .decimal(d)
        case .string(let s): self = .string(s)
        case .boolean(let b): self = .boolean(b)
        case .day(let d): self = .day(d)
        case .month(let m): self = .month(m)
        case .quarter(let q): self = .quarter(q)
        case .time(let t): self = .time(t)
        case .duration(let d): self = .duration(d)
        case .weekday(let w): self = .weekday(w)
        case .word(_, let w): self = .word(w)
        case .reference(let k, let id): self = .reference(k, id)
        case .feedbackDuty(let m, let i): self = .feedbackDuty(meeting: m, index: i)
        case .list(let items): self = .list(items.map(SessionValue.init))
        case .range(let a, let b): self = .range(SessionValue(a), SessionValue(b))
        }
    }
}

extension PlanSession {
    /// How the REPL shows `value`: see ``SessionValue`` cases. Days name their weekday
    /// and whether they are working days by `plan`'s calendar; a non-empty list of
    /// meetings is a schedule table; other lists are `[a, b, c]`.
    public static func describe(_ value: SessionValue, in plan: Plan, locale: String? = nil) -> String {
        ValueText.describe(value, in: plan, locale: locale)
    }
}

/// Text for session values.
enum ValueText {
    /// The longest list shown element by element before it is cut with `… (N more)`.
    static let maxListItems = 50

    /// A value as a block of text (no trailing line end).
    static func describe(_ value: SessionValue, in plan: Plan, locale: String?) -> String {
        let labels = Labels.for(locale ?? plan.header.locale)
        if case .list(let items) = value, !items.isEmpty {
            let ids = items.compactMap { item -> String? in
                if case .reference(.meeting, let id) = item { return id }
                return nil
            }
            if ids.count == items.count {
                let byID = Dictionary(plan.meetings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                let meetings = ids.compactMap { byID[$0] }
                let table = TableRenderer.schedule(plan, meetings, labels)
                // The renderer's first line is the plan's heading; a value shows a count instead.
                let body = table.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
                let rows = body.count > 1 ? String(body[1]) : table
                let count = "\(meetings.count) meeting\(meetings.count == 1 ? "" : "s")"
                return count + "\n" + (rows.hasSuffix("\n") ? String(rows.dropLast()) : rows)
            }
        }
        switch value {
        case .day(let d): return dayLine(d, plan.calendar)
        case .reference(let kind, let id): return referenceLine(kind, id, plan, labels)
        case .feedbackDuty(let m, let i): return dutyLine(m, i, plan)
        default: return short(value, plan)
        }
    }

    /// A value on one line, for list elements and change reports.
    static func short(_ value: SessionValue, _ plan: Plan) -> String {
        switch value {
        case .nothing: return "none (not set)"
        case .integer(let n): return String(n)
        case .decimal(let d): return d.description
        case .string(let s): return quoted(s)
        case .boolean(let b): return b ? "true" : "false"
        case .day(let d): return d.description
        case .month(let m): return m.description
        case .quarter(let q): return q.description
        case .time(let t): return t.description
        case .duration(let d): return d.description
        case .weekday(let w): return w.word
        case .word(let w): return w
        case .reference(_, let id): return id
        case .feedbackDuty(let m, let i):
            let department = plan.meetings.first { $0.id == m }.flatMap { i < $0.feedback.count ? $0.feedback[i].department : nil }
            return "\(m).feedback[\(department ?? String(i))]"
        case .list(let items):
            let shown = items.prefix(maxListItems).map { short($0, plan) }
            let more = items.count > maxListItems ? ", … (\(items.count - maxListItems) more)" : ""
            return "[" + shown.joined(separator: ", ") + more + "]"
        case .range(let a, let b): return short(a, plan) + " .. " + short(b, plan)
        }
    }

    /// `"text"` with quotes and backslashes escaped, as the language writes strings.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(c)
            }
        }
        return out + "\""
    }

    /// `Thursday` for a weekday.
    static func englishName(_ w: Weekday) -> String {
        w.word.prefix(1).uppercased() + w.word.dropFirst()
    }

    /// `2025-10-02 (周四 Thursday) — day off: 国庆节、中秋节`, `… — working day`,
    /// `… — make-up working day: 国庆节调休`, `… — day off (weekend)`.
    static func dayLine(_ d: Day, _ calendar: WorkdayCalendar) -> String {
        let head = "\(d) (\(d.weekday.chinese) \(englishName(d.weekday))) — "
        return head + workdayStatus(d, calendar)
    }

    /// Whether `d` is a working day, and why not (or why, on a make-up day).
    static func workdayStatus(_ d: Day, _ calendar: WorkdayCalendar) -> String {
        let name = calendar.specialDayName(d)
        if calendar.isDayOff(d) {
            if let name { return "day off: \(name)" }
            return "day off (weekend)"
        }
        if let name, d.weekday.isWeekend, calendar.kind != .none { return "make-up working day: \(name)" }
        return "working day"
    }

    /// One line about a declaration.
    static func referenceLine(_ kind: EntityKind, _ id: String, _ plan: Plan, _ labels: Labels) -> String {
        switch kind {
        case .meeting:
            guard let m = plan.meetings.first(where: { $0.id == id }) else { return "meeting \(id)" }
            return "meeting \(id): \(m.title) — \(meetingSummary(m, labels))"
        case .member:
            guard let m = plan.members.first(where: { $0.id == id }) else { return "member \(id)" }
            let parts = [m.sector, m.committee, m.party].compactMap { $0 } + m.roles
            return "member \(id): \(m.title)" + (parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))")
        case .committee, .sector, .party, .department:
            let all = plan.committees + plan.sectors + plan.parties + plan.departments
            guard let o = all.first(where: { $0.id == id && $0.kind == kind }) else { return "\(kind.rawValue) \(id)" }
            var line = "\(kind.rawValue) \(id): \(o.title)"
            if kind != .department { line += " (\(o.members.count) member\(o.members.count == 1 ? "" : "s"))" }
            return line
        case .group:
            guard let g = plan.groups.first(where: { $0.id == id }) else { return "group \(id)" }
            return "group \(id): \(g.title) (\(g.members.count) member\(g.members.count == 1 ? "" : "s"))"
        case .series:
            guard let s = plan.series.first(where: { $0.id == id }) else { return "series \(id)" }
            return "series \(id): \(s.title) (\(s.occurrences.count) occurrence\(s.occurrences.count == 1 ? "" : "s"))"
        case .template, .binding:
            return "\(kind.rawValue) \(id)"
        }
    }

    /// `2025-04-22 09:00-12:00, 专题协商会, lead econ, planned`.
    static func meetingSummary(_ m: Meeting, _ labels: Labels) -> String {
        var parts = [whenText(m.date)]
        if m.form != nil { parts.append(labels.formName(m.form)) }
        if let lead = m.lead { parts.append("lead \(lead)") }
        parts.append(m.status.rawValue)
        return parts.joined(separator: ", ")
    }

    /// `2025-04-22`, `2025-04-22 09:00-12:00`, `2025-01-07 .. 2025-01-10`, `2025-07 (tentative)`.
    static func whenText(_ date: MeetingDate) -> String {
        switch date {
        case .day(let d): return d.description
        case .timed(let d, let s, let e): return "\(d) \(s)-\(e)"
        case .days(let a, let b): return "\(a) .. \(b)"
        case .month(let m): return "\(m) (tentative)"
        case .quarter(let q): return "\(q) (tentative)"
        }
    }

    /// `feedback from fgw on housing: due 2025-07-22 (received 2025-07-10)`.
    static func dutyLine(_ meetingID: String, _ index: Int, _ plan: Plan) -> String {
        guard let m = plan.meetings.first(where: { $0.id == meetingID }), index < m.feedback.count else {
            return "feedback \(index) of \(meetingID)"
        }
        let duty = m.feedback[index]
        var line = "feedback from \(duty.department) on \(meetingID): due \(duty.due?.description ?? "not yet (tentative meeting)")"
        switch duty.received {
        case .some(.some(let day)): line += " (received \(day))"
        case .some(.none): line += " (received)"
        case .none: break
        }
        return line
    }
}
