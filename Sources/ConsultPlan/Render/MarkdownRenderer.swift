// The Markdown format: what a planner pastes into a document — a title, then
// a heading and a table per month (schedule) or one table (reminders).

enum MarkdownRenderer {
    /// Most participants named in a cell before "and N more" (a plenary has everyone).
    static let participantsShown = 8

    /// The schedule, grouped by the month of each meeting's first day.
    static func schedule(_ plan: Plan, _ meetings: [Meeting], _ labels: Labels) -> String {
        let names = DisplayNames(plan)
        var out = "# \(escapeText(plan.header.title))\n\n"
        out += escapeText(subtitle(plan, labels, count: meetings.count)) + "\n"
        guard !meetings.isEmpty else { return out + "\n" + escapeText(labels.noMeetings) + "\n" }
        var groups: [(year: Int, month: Int, meetings: [Meeting])] = []
        for m in meetings {
            let d = m.date.firstDay
            if let lastGroup = groups.last, lastGroup.year == d.year, lastGroup.month == d.month {
                groups[groups.count - 1].meetings.append(m)
            } else {
                groups.append((d.year, d.month, [m]))
            }
        }
        let headers = [labels.date, labels.weekday, labels.time, labels.title, labels.form, labels.lead,
                       labels.participants, labels.invite, labels.status]
        for g in groups {
            out += "\n## \(labels.monthHeading(g.year, g.month))\n\n"
            out += row(headers) + row(headers.map { _ in "---" })
            for m in g.meetings {
                var title = m.title
                if m.topic != m.title { title += labels.isChinese ? "：\(m.topic)" : ": \(m.topic)" }
                var status = labels.statusName(m.status, tentative: m.isTentative)
                if m.isCancelled, let reason = m.cancelReason, !reason.isEmpty { status = labels.cancelledBecause(reason) }
                out += row([m.date.dateText, m.date.weekdayText(labels), m.date.timeText, title, labels.formName(m.form),
                            plan.leadName(m, names), participantsText(plan, m.participants, labels, names), plan.names(m.invite, labels, names), status])
            }
        }
        return out
    }

    /// Reminders in one table.
    static func reminders(_ plan: Plan, _ reminders: [Reminder], on: Day, last: Day, _ labels: Labels) -> String {
        var out = "# \(escapeText(plan.header.title))\n\n"
        let heading = labels.isChinese
            ? "\(labels.remindersHeading)：\(labels.remindersAsOf(on, last))（\(labels.countSuffix(reminders.count))）"
            : "\(labels.remindersHeading): \(labels.remindersAsOf(on, last)) (\(labels.countSuffix(reminders.count)))"
        out += "## \(escapeText(heading))\n\n"
        guard !reminders.isEmpty else { return out + escapeText(labels.noReminders) + "\n" }
        let headers = [labels.date, labels.weekday, labels.kind, labels.status, labels.meeting, labels.who, labels.text]
        out += row(headers) + row(headers.map { _ in "---" })
        for r in reminders {
            let status = r.status == .overdue ? "**\(labels.reminderStatusName(r.status))**" : labels.reminderStatusName(r.status)
            out += row([r.date.description, labels.weekdayName(r.date.weekday), labels.kindName(r.kind), status,
                        r.meeting ?? "", TableRenderer.whoText(plan, r, labels), r.text], raw: [3])
        }
        return out
    }

    /// `南宁市政协 · 2025 年度 · 协商活动安排（共 12 项）`.
    static func subtitle(_ plan: Plan, _ labels: Labels, count: Int) -> String {
        var parts: [String] = []
        if let org = plan.header.organization, !org.isEmpty { parts.append(org) }
        parts.append(labels.generatedFor(plan.header.year))
        parts.append(labels.isChinese ? "\(labels.scheduleHeading)（\(labels.countSuffix(count))）"
                                      : "\(labels.scheduleHeading) (\(labels.countSuffix(count)))")
        return parts.joined(separator: " · ")
    }

    /// Participant names, the first few and a count of the rest.
    static func participantsText(_ plan: Plan, _ ids: [String], _ labels: Labels) -> String {
        participantsText(plan, ids, labels, DisplayNames(plan))
    }

    /// ``participantsText(_:_:_:)`` through names looked up once per rendering.
    static func participantsText(_ plan: Plan, _ ids: [String], _ labels: Labels, _ names: DisplayNames) -> String {
        guard ids.count > participantsShown else { return plan.names(ids, labels, names) }
        let shown = plan.names(Array(ids.prefix(participantsShown)), labels, names)
        let rest = ids.count - participantsShown
        return labels.isChinese ? "\(shown)等\(ids.count)人" : "\(shown) and \(rest) more"
    }

    /// One table row; cells are escaped unless their index is in `raw`.
    static func row(_ cells: [String], raw: Set<Int> = []) -> String {
        "| " + cells.enumerated().map { raw.contains($0.offset) ? $0.element : escapeCell($0.element) }.joined(separator: " | ") + " |\n"
    }

    /// A cell: one line, `|` escaped, plus the text escapes.
    static func escapeCell(_ s: String) -> String {
        escapeText(singleLine(s)).replacingAll("|", with: "\\|")
    }

    /// Text that Markdown would otherwise read as markup or HTML.
    static func escapeText(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\", "*", "_", "`", "[", "]": out.append("\\"); out.append(ch)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default: out.append(ch)
            }
        }
        return out
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation in the library).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
