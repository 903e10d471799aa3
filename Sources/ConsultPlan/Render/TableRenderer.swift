// The terminal table format of `schedule` and `remind`: a heading line and an
// aligned table that fits 100 columns, CJK text aligned by display width.

enum TableRenderer {
    /// The schedule: date, weekday, time, ID, title, form, lead, status.
    static func schedule(_ plan: Plan, _ meetings: [Meeting], _ labels: Labels) -> String {
        var out = "\(plan.header.title) — \(labels.scheduleHeading)（\(labels.countSuffix(meetings.count))）\n"
        if !labels.isChinese { out = "\(plan.header.title) — \(labels.scheduleHeading) (\(labels.countSuffix(meetings.count)))\n" }
        guard !meetings.isEmpty else { return out + labels.noMeetings + "\n" }
        let names = DisplayNames(plan)
        let rows = meetings.map { m in
            [m.date.dateText, m.date.weekdayText(labels, compact: true), m.date.timeText, m.id, m.title,
             labels.formName(m.form), plan.leadName(m, names), labels.statusName(m.status, tentative: m.isTentative)]
        }
        let table = TextTable(
            headers: [labels.date, labels.weekday, labels.time, labels.id, labels.title, labels.form, labels.lead, labels.status],
            rows: rows, caps: [17, 9, 11, 16, nil, 18, 16, 10], floors: [nil, nil, nil, 10, 20, 8, 8, nil])
        return out + table.render()
    }

    /// Reminders: date, weekday, kind, status, meeting, who, what.
    static func reminders(_ plan: Plan, _ reminders: [Reminder], on: Day, last: Day, _ labels: Labels) -> String {
        let range = labels.remindersAsOf(on, last)
        var out = labels.isChinese
            ? "\(plan.header.title) — \(labels.remindersHeading) \(range)（\(labels.countSuffix(reminders.count))）\n"
            : "\(plan.header.title) — \(labels.remindersHeading) \(range) (\(labels.countSuffix(reminders.count)))\n"
        guard !reminders.isEmpty else {
            out += labels.noReminders + "\n"
            return out
        }
        let names = DisplayNames(plan)
        let rows = reminders.map { r in
            [r.date.description, labels.weekdayName(r.date.weekday), labels.kindName(r.kind),
             labels.reminderStatusName(r.status), r.meeting ?? "", whoText(names, r, labels), r.text]
        }
        let table = TextTable(
            headers: [labels.date, labels.weekday, labels.kind, labels.status, labels.meeting, labels.who, labels.text],
            rows: rows, caps: [10, 4, 10, 10, 14, 24, nil], floors: [nil, nil, nil, nil, 10, 12, 30])
        return out + table.render()
    }

    /// `who` names, then any `by` text.
    static func whoText(_ plan: Plan, _ r: Reminder, _ labels: Labels) -> String {
        (r.who.map(plan.displayName) + r.by).joined(separator: labels.joiner)
    }

    /// ``whoText(_:_:_:)`` with the names looked up in `names`.
    static func whoText(_ names: DisplayNames, _ r: Reminder, _ labels: Labels) -> String {
        (r.who.map { names($0) } + r.by).joined(separator: labels.joiner)
    }
}
