// `textDocument/hover`: computed facts about what is under the cursor — a
// meeting's days and deadlines, a member's meetings, a day's calendar status, a keyword's meaning.

import ConsultPlan

/// Builds hover text (Markdown).
///
/// Decision: hover text is English (like every message) with the Chinese
/// names the plan and the calendar use (weekday `周二`, holiday `劳动节`).
/// When the plan could not be evaluated (syntax errors), a hover on an ID
/// shows what the syntax tree says: its kind, title and written date.
enum HoverProvider {
    /// The hover at a byte offset of the main file: Markdown and the byte range it is about.
    static func hover(at offset: Int, in analysis: DocumentAnalysis) -> (markdown: String, range: Range<Int>)? {
        let bytes = analysis.file.bytes
        if let (name, reference) = analysis.index.symbol(at: offset, in: DocumentAnalysis.mainFile),
            let definition = analysis.index.definition(of: name)
        {
            let span = reference?.span ?? definition.nameSpan
            let text = entity(definition, occurrence: reference?.occurrence, in: analysis)
            return (text, span.start..<span.end)
        }
        if let range = TextScan.dayLiteral(at: offset, in: bytes), let day = Day(TextScan.text(bytes, range)) {
            return ("**day** " + DayDescription.describe(day, in: analysis), range)
        }
        if let range = TextScan.word(at: offset, in: bytes),
            let text = KeywordGlossary.hoverText(for: TextScan.text(bytes, range))
        {
            return (text, range)
        }
        return nil
    }

    /// Hover text for a declared name.
    static func entity(_ d: SymbolDefinition, occurrence: Int?, in analysis: DocumentAnalysis) -> String {
        let plan = analysis.plan
        switch d.kind {
        case .declaration(.meeting):
            if let m = plan?.meetings.first(where: { $0.id == d.name }) { return meeting(m, in: analysis) }
        case .declaration(.series):
            if let plan {
                if let n = occurrence, let m = plan.meetings.first(where: { $0.id == "\(d.name).\(n)" }) {
                    return meeting(m, in: analysis)
                }
                if let info = plan.series.first(where: { $0.id == d.name }) { return series(info, plan: plan, in: analysis) }
            }
        case .declaration(.member):
            if let plan, let m = plan.members.first(where: { $0.id == d.name }) { return member(m, plan: plan) }
        case .declaration(.committee), .declaration(.sector), .declaration(.party), .declaration(.department):
            if let plan,
                let o = (plan.committees + plan.sectors + plan.parties + plan.departments).first(where: { $0.id == d.name })
            {
                return organization(o, plan: plan)
            }
        case .declaration(.group):
            if let plan, let g = plan.groups.first(where: { $0.id == d.name }) {
                return "**group** `\(g.id)` — \(g.title)\n\n" + memberList(g.members, plan: plan)
            }
        default:
            break
        }
        return syntaxOnly(d, in: analysis)
    }

    /// What the tree says when there is no evaluated entity.
    static func syntaxOnly(_ d: SymbolDefinition, in analysis: DocumentAnalysis) -> String {
        var text = "**\(d.kind.word)** `\(d.name)`"
        if let title = d.declaration?.title, case .string(let literal) = title.kind, let t = literal.plainText {
            text += " — \(t)"
        }
        if let decl = d.declaration {
            for a in decl.attributes where a.name == .date || a.name == .every {
                text += "\n\n\(a.keyword.text) `\(analysis.text(of: a.span).dropFirst(a.keyword.text.utf8.count).trimmingWhitespace)`"
            }
        } else {
            let source = analysis.text(of: d.span)
            let firstLine = source.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).first.map(String.init) ?? source
            text += "\n\n```cplan\n\(firstLine)\n```"
        }
        if analysis.plan == nil { text += "\n\n_(computed dates appear once the plan evaluates without errors)_" }
        return text
    }

    /// A meeting or occurrence.
    static func meeting(_ m: Meeting, in analysis: DocumentAnalysis) -> String {
        var lines: [String] = []
        lines.append("**meeting** `\(m.id)` — \(m.title)")
        var facts: [String] = []
        if let form = m.form {
            let zh = Keywords.forms.first(where: { $0.value == form && $0.key != form })?.key
            facts.append("form: `\(form)`" + (zh.map { " (\($0))" } ?? ""))
        }
        if m.topic != m.title { facts.append("topic: \(m.topic)") }
        facts.append(contentsOf: dateLines(m.date, in: analysis))
        if m.date != m.plannedDate { facts.append("planned: " + dateSummary(m.plannedDate)) }
        if let notice = m.noticeDay {
            facts.append("notice: " + DayDescription.describe(notice, in: analysis) + " (\(m.notice) before)")
        } else if m.isTentative {
            facts.append("notice: tentative (\(m.notice) before the date, once fixed)")
        }
        if let venue = m.venue { facts.append("venue: \(venue)") }
        if let lead = m.lead { facts.append("lead: `\(lead)`") }
        if !m.with.isEmpty { facts.append("with: " + m.with.map { "`\($0)`" }.joined(separator: ", ")) }
        if !m.participants.isEmpty { facts.append("participants: \(m.participants.count) member\(m.participants.count == 1 ? "" : "s")") }
        if !m.invite.isEmpty { facts.append("invite: " + m.invite.map { "`\($0)`" }.joined(separator: ", ")) }
        if let source = m.source { facts.append("source: `\(source)`") }
        if m.supervision { facts.append("supervision: democratic supervision topic (民主监督)") }
        if let after = m.after { facts.append("after: `\(after)`") }
        if let report = m.report { facts.append("report: " + DayDescription.describe(report, in: analysis)) }
        switch m.status {
        case .planned: break
        case .held: facts.append("status: held")
        case .cancelled: facts.append("status: cancelled" + (m.cancelReason.map { " — \($0)" } ?? ""))
        }
        for task in m.tasks {
            let by: String
            switch task.by {
            case .id(let id): by = " by `\(id)`"
            case .text(let t): by = " by \(t)"
            case nil: by = ""
            }
            let due = task.dueIsTentative ? "\(task.due) (tentative)" : DayDescription.describe(task.due, in: analysis)
            facts.append("\(task.kind.rawValue) \"\(task.title)\"\(by): due \(due)" + explanation(task.explanation))
        }
        for duty in m.feedback {
            let due = duty.due.map { DayDescription.describe($0, in: analysis) } ?? "tentative"
            var line = "feedback `\(duty.department)` within \(duty.within)\(duty.fromReport ? " from report" : ""): due \(due)"
            switch duty.received {
            case .some(.some(let day)): line += ", received \(day)"
            case .some(.none): line += ", received"
            case .none: break
            }
            facts.append(line + explanation(duty.explanation))
        }
        lines.append(facts.map { "- " + $0 }.joined(separator: "\n"))
        return lines.joined(separator: "\n\n")
    }

    private static func explanation(_ text: String) -> String {
        text.isEmpty ? "" : "  \n  _\(text)_"
    }

    /// The date lines of a meeting.
    static func dateLines(_ date: MeetingDate, in analysis: DocumentAnalysis) -> [String] {
        switch date {
        case .day(let d):
            return ["date: " + DayDescription.describe(d, in: analysis)]
        case .timed(let d, let start, let end):
            return ["date: " + DayDescription.describe(d, in: analysis), "time: \(start)–\(end)"]
        case .days(let a, let b):
            return [
                "from: " + DayDescription.describe(a, in: analysis),
                "until: " + DayDescription.describe(b, in: analysis) + " (\(a.days(to: b) + 1) days)",
            ]
        case .month(let m):
            return ["date: tentative, some time in \(m) (\(m.firstDay) … \(m.lastDay))"]
        case .quarter(let q):
            return ["date: tentative, some time in \(q) (\(q.firstDay) … \(q.lastDay))"]
        }
    }

    /// A one-line summary of a date.
    static func dateSummary(_ date: MeetingDate) -> String {
        switch date {
        case .day(let d): "\(d)"
        case .timed(let d, let s, let e): "\(d) \(s)–\(e)"
        case .days(let a, let b): "\(a) … \(b)"
        case .month(let m): "\(m) (tentative)"
        case .quarter(let q): "\(q) (tentative)"
        }
    }

    /// A series and its occurrences.
    static func series(_ info: SeriesInfo, plan: Plan, in analysis: DocumentAnalysis) -> String {
        var text = "**series** `\(info.id)` — \(info.title)\n\n\(info.occurrences.count) occurrences:"
        let byID = Dictionary(plan.meetings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for id in info.occurrences.prefix(60) {
            guard let m = byID[id] else { continue }
            text += "\n- `\(id)` " + dateSummary(m.date) + " \(DayDescription.weekdayName(m.date.firstDay))"
            if m.isCancelled { text += " (cancelled)" }
        }
        if info.occurrences.count > 60 { text += "\n- …" }
        return text
    }

    /// A member and the meetings they take part in.
    static func member(_ m: Member, plan: Plan) -> String {
        var facts: [String] = []
        func title(_ id: String?, in list: [Organization]) -> String? {
            guard let id else { return nil }
            let t = list.first(where: { $0.id == id })?.title
            return t.map { "`\(id)` \($0)" } ?? "`\(id)`"
        }
        if let c = title(m.committee, in: plan.committees) { facts.append("committee: \(c)") }
        if let s = title(m.sector, in: plan.sectors) { facts.append("sector: \(s)") }
        if let p = title(m.party, in: plan.parties) { facts.append("party: \(p)") }
        if !m.roles.isEmpty { facts.append("role: " + m.roles.joined(separator: ", ")) }
        if let contact = m.contact { facts.append("contact: \(contact)") }
        let meetings = plan.meetings.filter { $0.participants.contains(m.id) }
        var text = "**member** `\(m.id)` — \(m.title)"
        if !facts.isEmpty { text += "\n\n" + facts.map { "- " + $0 }.joined(separator: "\n") }
        text += "\n\ntakes part in \(meetings.count) meeting\(meetings.count == 1 ? "" : "s")"
        text += meetingList(meetings)
        return text
    }

    /// A committee, sector, party or department and the meetings that concern it.
    static func organization(_ o: Organization, plan: Plan) -> String {
        var text = "**\(o.kind.rawValue)** `\(o.id)` — \(o.title)"
        var facts: [String] = []
        if let chair = o.chair { facts.append("chair: `\(chair)`") }
        if let contact = o.contact { facts.append("contact: \(contact)") }
        if !facts.isEmpty { text += "\n\n" + facts.map { "- " + $0 }.joined(separator: "\n") }
        if o.kind != .department { text += "\n\n" + memberList(o.members, plan: plan) }
        let meetings = plan.meetings.filter { $0.lead == o.id || $0.with.contains(o.id) || $0.invite.contains(o.id) }
        if !meetings.isEmpty {
            text += "\n\nleads, co-organises or is invited to \(meetings.count) meeting\(meetings.count == 1 ? "" : "s")"
            text += meetingList(meetings)
        }
        return text
    }

    private static func memberList(_ ids: [String], plan: Plan) -> String {
        let names = ids.prefix(40).map { id in
            plan.members.first(where: { $0.id == id }).map { "`\(id)` \($0.title)" } ?? "`\(id)`"
        }
        return "\(ids.count) member\(ids.count == 1 ? "" : "s")" + (names.isEmpty ? "" : ": " + names.joined(separator: ", "))
            + (ids.count > 40 ? ", …" : "")
    }

    private static func meetingList(_ meetings: [Meeting]) -> String {
        var text = ""
        for m in meetings.prefix(30) {
            text += "\n- `\(m.id)` \(m.title) — \(dateSummary(m.date))"
            if m.isCancelled { text += " (cancelled)" }
        }
        if meetings.count > 30 { text += "\n- …" }
        return text
    }
}

/// How a day is described: weekday and whether it is a working day, and why not.
enum DayDescription {
    /// `Tuesday`.
    static func weekdayName(_ day: Day) -> String {
        let w = day.weekday.word
        return w.prefix(1).uppercased() + w.dropFirst()
    }

    /// The calendar for a document: the plan's, else the one its `plan` block names, else `china`.
    static func calendar(in analysis: DocumentAnalysis) -> WorkdayCalendar {
        if let plan = analysis.plan { return plan.calendar }
        for statement in analysis.parse.program.statements {
            guard case .declaration(let d) = statement.kind, d.kind == .plan else { continue }
            for a in d.attributes where a.name == .calendar {
                if case .single(let e) = a.value, case .name(let word) = e.kind, let english = Keywords.calendars[word],
                    let kind = CalendarKind(rawValue: english)
                {
                    return WorkdayCalendar(kind: kind)
                }
            }
        }
        return WorkdayCalendar(kind: .china)
    }

    /// `2025-05-01 Thursday 周四 · day off: 劳动节`.
    static func describe(_ day: Day, in analysis: DocumentAnalysis) -> String {
        describe(day, calendar: calendar(in: analysis), locale: analysis.locale)
    }

    /// `2025-05-01 Thursday 周四 · day off: 劳动节`.
    static func describe(_ day: Day, calendar: WorkdayCalendar, locale: String) -> String {
        var text = "\(day) \(weekdayName(day)) \(day.weekday.chinese) · "
        if let reason = calendar.dayOffReason(day, locale: locale) {
            text += day.weekday.isWeekend && calendar.specialDayName(day) == nil ? "day off (weekend)" : "day off: \(reason)"
        } else {
            text += "working day"
            if let name = calendar.specialDayName(day, locale: locale) { text += " (\(name))" }
        }
        if !calendar.hasData(forYear: day.year) { text += " — no holiday data for \(day.year), weekends only" }
        return text
    }
}
