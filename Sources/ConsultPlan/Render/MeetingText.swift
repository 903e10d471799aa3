// How a meeting's dates, times and people are spelled in the outputs, shared
// by every renderer so the formats agree with each other.

extension MeetingDate {
    /// The date cell: `2025-04-22`, `2025-01-08..11`, `2025-01-30..02-02`
    /// (`..2026-01-02` across a year), `2025-05` (tentative month), `2025-Q3` (tentative quarter).
    var dateText: String {
        switch self {
        case .day(let d), .timed(let d, _, _): return d.description
        case .days(let a, let b):
            if a.year == b.year && a.month == b.month { return a.description + ".." + String(b.description.dropFirst(8)) }
            if a.year == b.year { return a.description + ".." + String(b.description.dropFirst(5)) }
            return a.description + ".." + b.description
        case .month(let m): return m.description
        case .quarter(let q): return q.description
        }
    }

    /// `09:00-12:00`, or empty when untimed.
    var timeText: String {
        guard let t = times else { return "" }
        return "\(t.start)-\(t.end)"
    }

    /// The weekday cell: `周三`, `周三-周六` for a range (`周三-六` when compact), empty when tentative.
    func weekdayText(_ labels: Labels, compact: Bool = false) -> String {
        switch self {
        case .day(let d), .timed(let d, _, _): return labels.weekdayName(d.weekday)
        case .days(let a, let b):
            var end = labels.weekdayName(b.weekday)
            if compact && labels.isChinese && end.hasPrefix("周") { end.removeFirst() }
            return labels.weekdayName(a.weekday) + "-" + end
        case .month, .quarter: return ""
        }
    }

    /// JSON `start`: `YYYY-MM-DDTHH:MM` when timed, else the first day.
    var jsonStart: String {
        if let t = times { return firstDay.description + "T" + t.start.description }
        return firstDay.description
    }

    /// JSON `end`: `YYYY-MM-DDTHH:MM` when timed, else the last day. An end of
    /// 24:00 is written as 00:00 of the next day, which every parser accepts.
    var jsonEnd: String {
        if let t = times {
            if t.end.isEndOfDay, let next = lastDay.adding(days: 1) { return next.description + "T00:00" }
            return lastDay.description + "T" + t.end.description
        }
        return lastDay.description
    }
}

extension Plan {
    /// Display names of IDs joined by the locale's list separator.
    func names(_ ids: [String], _ labels: Labels) -> String {
        ids.map(displayName).joined(separator: labels.joiner)
    }

    /// A meeting's lead as displayed (its title), or empty.
    func leadName(_ m: Meeting) -> String {
        m.lead.map(displayName) ?? ""
    }

    /// ``names(_:_:)`` through a ``DisplayNames`` built once per rendering.
    func names(_ ids: [String], _ labels: Labels, _ names: DisplayNames) -> String {
        ids.map { names($0) }.joined(separator: labels.joiner)
    }

    /// ``leadName(_:)`` through a ``DisplayNames`` built once per rendering.
    func leadName(_ m: Meeting, _ names: DisplayNames) -> String {
        m.lead.map { names($0) } ?? ""
    }

    /// Feedback duties as one line: `市住房城乡建设局 2025-07-22（已收到 2025-07-10）`.
    func feedbackSummary(_ m: Meeting, _ labels: Labels) -> String {
        m.feedback.map { duty in
            var s = departmentTitle(duty.department) + " " + (duty.due?.description ?? labels.dueTentative)
            if let received = duty.received {
                let r = received.map { labels.received + " " + $0.description } ?? labels.receivedNoDay
                s += labels.isChinese ? "（\(r)）" : " (\(r))"
            }
            return s
        }.joined(separator: labels.isChinese ? "；" : "; ")
    }
}

/// Text that fits cells: newlines and tabs become spaces.
func singleLine(_ s: String) -> String {
    // Nearly every cell has no line break or tab: return it as is rather than rebuild it
    // scalar by scalar (a table of 20,000 reminders has 140,000 cells).
    if !s.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return s }
    var out = ""
    out.unicodeScalars.reserveCapacity(s.unicodeScalars.count)
    var lastWasSpace = false
    for u in s.unicodeScalars {
        if u == "\n" || u == "\r" || u == "\t" {
            if !lastWasSpace { out.unicodeScalars.append(" ") }
            lastWasSpace = true
        } else {
            out.unicodeScalars.append(u)
            lastWasSpace = false
        }
    }
    return out
}

/// ``Plan/displayName(_:)`` through one dictionary built once per rendering: that
/// method scans (and concatenates) the organisation, member and group lists on every
/// call, and a table of 20,000 reminders names a few people each. Same answers: the
/// first organisation (committees, sectors, parties, departments), then member, then
/// group with the ID, else the ID itself.
struct DisplayNames {
    private var titles: [String: String] = [:]

    init(_ plan: Plan) {
        for o in plan.committees where titles[o.id] == nil { titles[o.id] = o.title }
        for o in plan.sectors where titles[o.id] == nil { titles[o.id] = o.title }
        for o in plan.parties where titles[o.id] == nil { titles[o.id] = o.title }
        for o in plan.departments where titles[o.id] == nil { titles[o.id] = o.title }
        for m in plan.members where titles[m.id] == nil { titles[m.id] = m.title }
        for g in plan.groups where titles[g.id] == nil { titles[g.id] = g.title }
    }

    /// The display name of `id`.
    func callAsFunction(_ id: String) -> String { titles[id] ?? id }
}
