// The HTML format: one self-contained, printable page (inline CSS, no script):
// the year at a glance in twelve month grids, then the list of meetings.

enum HTMLRenderer {
    /// Colours per form, in the order of the spec's table; unknown forms are grey.
    static let formColours: [(form: String, colour: String)] = [
        ("plenary", "#b3261e"), ("standing_committee", "#7b3fa0"), ("special_consultation", "#1f5fa8"),
        ("biweekly_forum", "#0f8a7e"), ("symposium", "#c07a00"), ("counterpart", "#a8431a"),
        ("sector_consultation", "#2e7d32"), ("proposal_handling", "#4a5a78"), ("online", "#c2185b"),
    ]

    /// Most meetings drawn in one day cell before "+N".
    static let perDay = 3

    static func colour(_ form: String?) -> String {
        formColours.first { $0.form == form }?.colour ?? "#757575"
    }

    /// The CSS class of a form (`f-special_consultation`).
    static func formClass(_ form: String?) -> String {
        guard let form, formColours.contains(where: { $0.form == form }) else { return "f-other" }
        return "f-" + form
    }

    /// The schedule page.
    static func schedule(_ plan: Plan, _ meetings: [Meeting], _ labels: Labels, query: ScheduleQuery) -> String {
        var h = pageStart(plan.header.title, labels)
        h += "<header class=\"top\">\n<h1>\(esc(plan.header.title))</h1>\n"
        h += "<p class=\"sub\">\(esc(MarkdownRenderer.subtitle(plan, labels, count: meetings.count)))</p>\n"
        h += legend(meetings, labels)
        h += "</header>\n"

        // The year at a glance.
        h += "<section class=\"year\">\n<h2>\(esc(labels.yearAtAGlance))</h2>\n<div class=\"months\">\n"
        let year = plan.header.year
        let months = query.month.map { [$0.month] } ?? Array(1...12)
        // Meetings are numbered in list order; the grids show the numbers, so a
        // printed page needs no tooltips.
        var numbers: [String: Int] = [:]
        for (i, m) in meetings.enumerated() where numbers[m.id] == nil { numbers[m.id] = i + 1 }
        let byDay = datedByDay(meetings, year: year, months: months)
        for month in months {
            h += monthGrid(plan, year: year, month: month, meetings: meetings, numbers: numbers, byDay: byDay, labels)
        }
        h += "</div>\n</section>\n"

        // The list.
        h += "<section class=\"list\">\n<h2>\(esc(labels.meetingList))</h2>\n"
        if meetings.isEmpty {
            h += "<p class=\"empty\">\(esc(labels.noMeetings))</p>\n"
        } else {
            h += "<table class=\"meetings\">\n<thead><tr>"
            h += "<th class=\"no\">#</th>"
            for head in [labels.date, labels.title, labels.form, labels.lead, labels.participants, labels.feedback, labels.status] {
                h += "<th>\(esc(head))</th>"
            }
            h += "</tr></thead>\n<tbody>\n"
            let names = DisplayNames(plan)
            for m in meetings { h += meetingRow(plan, m, number: numbers[m.id] ?? 0, labels, names) }
            h += "</tbody>\n</table>\n"
        }
        h += "</section>\n"
        h += "<footer>cplan · \(esc(plan.header.title))</footer>\n</body>\n</html>\n"
        return h
    }

    /// The legend: every form that appears, in the spec's order.
    static func legend(_ meetings: [Meeting], _ labels: Labels) -> String {
        let used = Set(meetings.compactMap(\.form))
        var h = "<div class=\"legend\"><span class=\"legend-title\">\(esc(labels.legend))</span>"
        for (form, _) in formColours where used.contains(form) {
            h += "<span class=\"chip \(formClass(form))\">\(esc(labels.formName(form)))</span>"
        }
        for form in used.sorted() where !formColours.contains(where: { $0.form == form }) {
            h += "<span class=\"chip f-other\">\(esc(labels.formName(form)))</span>"
        }
        h += "<span class=\"chip tentative f-other\">\(esc(labels.statusName(.planned, tentative: true)))</span>"
        h += "<span class=\"chip cancelled f-other\">\(esc(labels.statusName(.cancelled, tentative: false)))</span>"
        h += "</div>\n"
        return h
    }

    /// The indices (in list order) of the dated — not tentative — meetings on each day
    /// of `year`'s `months`, by day ordinal. Built once: filtering every meeting for
    /// every day of the twelve grids was ≈ 1.5 s for 100,000 meetings.
    static func datedByDay(_ meetings: [Meeting], year: Int, months: [Int]) -> [Int32: [Int]] {
        guard let lo = months.min().flatMap({ YearMonth(year: year, month: $0)?.firstDay }),
              let hi = months.max().flatMap({ YearMonth(year: year, month: $0)?.lastDay }) else { return [:] }
        var byDay: [Int32: [Int]] = [:]
        meetings.withUnsafeBufferPointer { all in
            for i in all.indices where !all[i].isTentative {
                let first = max(all[i].date.firstDay, lo)
                let last = min(all[i].date.lastDay, hi)
                guard first <= last else { continue }
                var day = first
                while true {
                    byDay[day.ordinal, default: []].append(i)
                    guard day < last, let next = day.adding(days: 1) else { break }
                    day = next
                }
            }
        }
        return byDay
    }

    /// One month: a Monday-first grid with each dated meeting on its days,
    /// then the month's tentative items (a quarter's under its first month).
    static func monthGrid(
        _ plan: Plan, year: Int, month: Int, meetings: [Meeting], numbers: [String: Int], byDay: [Int32: [Int]], _ labels: Labels
    ) -> String {
        guard let ym = YearMonth(year: year, month: month) else { return "" }
        var h = "<div class=\"month\">\n<h3>\(esc(labels.monthHeading(year, month)))</h3>\n<table class=\"grid\">\n<tr>"
        for w in Weekday.allCases {
            h += "<th class=\"\(w.isWeekend ? "we" : "")\">\(esc(labels.weekdayName(w)))</th>"
        }
        h += "</tr>\n"
        let first = ym.firstDay
        let lead = first.weekday.rawValue - 1
        let daysInMonth = Day.daysIn(year: year, month: month)
        // Always six weeks, so the twelve grids line up.
        for r in 0..<6 {
            h += "<tr>"
            for c in 0..<7 {
                let dom = r * 7 + c - lead + 1
                guard dom >= 1, dom <= daysInMonth, let day = Day(year: year, month: month, day: dom) else {
                    h += "<td class=\"pad\"></td>"
                    continue
                }
                var classes: [String] = []
                if !plan.calendar.isWorkday(day) { classes.append("off") }
                if day == plan.today { classes.append("today") }
                h += "<td class=\"\(classes.joined(separator: " "))\"><span class=\"dom\">\(dom)</span>"
                let onDay = byDay[day.ordinal] ?? []
                for m in onDay.prefix(perDay).map({ meetings[$0] }) {
                    var cls = "ev " + formClass(m.form)
                    if m.isCancelled { cls += " cancelled" }
                    let tip = [m.date.dateText, m.date.timeText, m.title].filter { !$0.isEmpty }.joined(separator: " ")
                    h += "<span class=\"\(cls)\" title=\"\(esc(tip))\"><b>\(numbers[m.id] ?? 0)</b> \(esc(m.title))</span>"
                }
                if onDay.count > perDay { h += "<span class=\"more\">+\(onDay.count - perDay)</span>" }
                h += "</td>"
            }
            h += "</tr>\n"
        }
        h += "</table>\n"
        let tentative = meetings.filter { m in
            switch m.date {
            case .month(let mm): return mm.year == year && mm.month == month
            case .quarter(let q): return q.year == year && q.quarter * 3 - 2 == month
            default: return false
            }
        }
        if !tentative.isEmpty {
            h += "<ul class=\"tent\">"
            for m in tentative {
                var cls = "ev tentative " + formClass(m.form)
                if m.isCancelled { cls += " cancelled" }
                h += "<li class=\"\(cls)\"><b>\(numbers[m.id] ?? 0)</b> \(esc(m.date.dateText)) · \(esc(m.title))</li>"
            }
            h += "</ul>\n"
        }
        h += "</div>\n"
        return h
    }

    /// One row of the meeting list.
    static func meetingRow(_ plan: Plan, _ m: Meeting, number: Int, _ labels: Labels, _ names: DisplayNames) -> String {
        var cls: [String] = []
        if m.isCancelled { cls.append("cancelled") }
        if m.isTentative { cls.append("tentative") }
        var h = "<tr class=\"\(cls.joined(separator: " "))\">"
        h += "<td class=\"no\"><span class=\"num \(formClass(m.form))\">\(number)</span></td>"
        var when = "<span class=\"d\">\(esc(m.date.dateText))</span>"
        let wd = m.date.weekdayText(labels)
        if !wd.isEmpty { when += " <span class=\"wd\">\(esc(wd))</span>" }
        if !m.date.timeText.isEmpty { when += "<br><span class=\"t\">\(esc(m.date.timeText))</span>" }
        h += "<td class=\"when\">\(when)</td>"

        var what = "<div class=\"mt\">\(esc(m.title))</div>"
        if m.topic != m.title { what += "<div class=\"topic\">\(esc(m.topic))</div>" }
        var facts: [String] = []
        if let venue = m.venue, !venue.isEmpty { facts.append("\(esc(labels.venue))：\(esc(venue))") }
        if m.source != nil { facts.append("\(esc(labels.source))：\(esc(labels.sourceName(m.source)))") }
        if m.supervision { facts.append("<span class=\"sup\">\(esc(labels.supervision))</span>") }
        if !facts.isEmpty { what += "<div class=\"facts\">\(facts.joined(separator: " · "))</div>" }
        what += "<div class=\"id\">\(esc(m.id))</div>"
        h += "<td class=\"what\">\(what)</td>"

        h += "<td><span class=\"chip \(formClass(m.form))\">\(esc(labels.formName(m.form)))</span></td>"

        var leadCell = esc(plan.leadName(m, names))
        if !m.with.isEmpty { leadCell += "<div class=\"with\">\(esc(labels.withUnits))：\(esc(plan.names(m.with, labels, names)))</div>" }
        h += "<td class=\"lead\">\(leadCell)</td>"

        var people = esc(plan.names(m.participants, labels, names))
        if !m.invite.isEmpty { people += "<div class=\"inv\">\(esc(labels.invite))：\(esc(plan.names(m.invite, labels, names)))</div>" }
        h += "<td class=\"people\">\(people)</td>"

        var duties = ""
        for duty in m.feedback {
            let due = duty.due?.description ?? labels.dueTentative
            var state = "<span class=\"open\">\(esc(labels.notReceived))</span>"
            if let received = duty.received {
                state = "<span class=\"done\">✓ \(esc(received.map { $0.description } ?? labels.receivedNoDay))</span>"
            }
            duties += "<div class=\"duty\">\(esc(plan.departmentTitle(duty.department))) <span class=\"due\">\(esc(due))</span> \(state)</div>"
        }
        for task in m.tasks {
            let kind = task.kind == .prepare ? labels.kindName(.prepare) : labels.kindName(.followUp)
            let due = task.dueIsTentative ? labels.dueTentative : task.due.description
            duties += "<div class=\"task\">\(esc(kind))：\(esc(task.title)) <span class=\"due\">\(esc(due))</span></div>"
        }
        h += "<td class=\"duties\">\(duties)</td>"

        var status = esc(labels.statusName(m.status, tentative: m.isTentative))
        if m.isCancelled, let reason = m.cancelReason, !reason.isEmpty { status += "<div class=\"reason\">\(esc(reason))</div>" }
        h += "<td class=\"st st-\(m.status.rawValue)\">\(status)</td>"
        h += "</tr>\n"
        return h
    }

    /// The reminders page: a heading and one table.
    static func reminders(_ plan: Plan, _ reminders: [Reminder], on: Day, last: Day, _ labels: Labels) -> String {
        var h = pageStart(plan.header.title + " — " + labels.remindersHeading, labels)
        h += "<header class=\"top\">\n<h1>\(esc(plan.header.title))</h1>\n"
        h += "<p class=\"sub\">\(esc(labels.remindersHeading)) · \(esc(labels.remindersAsOf(on, last))) · \(esc(labels.countSuffix(reminders.count)))</p>\n</header>\n"
        h += "<section class=\"list\">\n"
        if reminders.isEmpty {
            h += "<p class=\"empty\">\(esc(labels.noReminders))</p>\n"
        } else {
            h += "<table class=\"meetings reminders\">\n<thead><tr>"
            for head in [labels.date, labels.kind, labels.status, labels.meeting, labels.who, labels.text] {
                h += "<th>\(esc(head))</th>"
            }
            h += "</tr></thead>\n<tbody>\n"
            for r in reminders {
                h += "<tr class=\"r-\(r.status.rawValue)\">"
                h += "<td class=\"when\"><span class=\"d\">\(esc(r.date.description))</span> <span class=\"wd\">\(esc(labels.weekdayName(r.date.weekday)))</span></td>"
                h += "<td>\(esc(labels.kindName(r.kind)))</td>"
                h += "<td><span class=\"badge b-\(r.status.rawValue)\">\(esc(labels.reminderStatusName(r.status)))</span></td>"
                h += "<td class=\"id\">\(esc(r.meeting ?? ""))</td>"
                h += "<td>\(esc(TableRenderer.whoText(plan, r, labels)))</td>"
                h += "<td>\(esc(r.text))</td></tr>\n"
            }
            h += "</tbody>\n</table>\n"
        }
        h += "</section>\n</body>\n</html>\n"
        return h
    }

    /// `<!DOCTYPE html>` through `<body>`, with the style sheet.
    static func pageStart(_ title: String, _ labels: Labels) -> String {
        var css = style
        for (form, colour) in formColours {
            css += ".f-\(form){--c:\(colour)}\n"
        }
        return """
        <!DOCTYPE html>
        <html lang="\(labels.isChinese ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="cplan">
        <title>\(esc(title))</title>
        <style>
        \(css)</style>
        </head>
        <body>

        """
    }

    /// HTML escaping for text and attribute values.
    static func esc(_ s: String) -> String {
        // Most text has nothing to escape: return it as is (the scalar loop rebuilt every string).
        if !s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) { return s }
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// The style sheet: screen and print (A4/A3 landscape), colours per form via `--c`.
    static let style = """
    @page { size: A3 landscape; margin: 10mm; }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { margin: 0 auto; padding: 24px 32px; max-width: 1600px; color: #1d232b; background: #fff;
      font: 13px/1.45 "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif; }
    h1 { font-size: 24px; margin: 0 0 4px; letter-spacing: .02em; }
    h2 { font-size: 16px; margin: 22px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #1d232b; }
    h3 { font-size: 13px; margin: 0 0 4px; }
    .top { border-bottom: 1px solid #d5d9de; padding-bottom: 10px; }
    .sub { margin: 0 0 8px; color: #5b6470; }
    .legend { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
    .legend-title { color: #5b6470; margin-right: 4px; }
    .chip { --c: #757575; display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 11.5px; white-space: nowrap;
      color: #fff; background: var(--c); border: 1px solid var(--c); }
    .chip.tentative { color: #333; background: repeating-linear-gradient(135deg, #fff 0 4px, #e4e6ea 4px 8px); border: 1px dashed #777; }
    .chip.cancelled { color: #777; background: #fff; border: 1px solid #bbb; text-decoration: line-through; }
    .months { display: grid; grid-template-columns: repeat(4, 1fr); gap: 14px 16px; }
    .month { break-inside: avoid; page-break-inside: avoid; }
    .grid { width: 100%; border-collapse: collapse; table-layout: fixed; }
    .grid th { font-size: 10px; font-weight: 600; color: #5b6470; padding: 2px 0; border-bottom: 1px solid #c8cdd3; }
    .grid th.we { color: #a33; }
    .grid td { height: 46px; vertical-align: top; border: 1px solid #e3e6ea; padding: 1px 2px; overflow: hidden; }
    .grid td.off { background: #f5f1ee; }
    .grid td.pad { background: #fafbfc; border-color: #f0f2f4; }
    .grid td.today { outline: 2px solid #1f5fa8; outline-offset: -2px; }
    .dom { display: block; font-size: 10px; color: #7a838e; line-height: 1.2; }
    .off .dom { color: #b05050; }
    .ev { --c: #757575; display: block; margin-top: 1px; padding: 0 3px; border-radius: 2px; font-size: 10px; line-height: 1.45;
      color: #fff; background: var(--c); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .ev.cancelled { color: #888; background: #fff; border: 1px solid #bbb; text-decoration: line-through; }
    .ev b { font-weight: 700; }
    th.no, td.no { width: 34px; text-align: center; }
    .num { --c: #757575; display: inline-block; min-width: 22px; padding: 1px 4px; border-radius: 4px; text-align: center;
      font-size: 11.5px; font-weight: 700; color: #fff; background: var(--c); font-variant-numeric: tabular-nums; }
    tr.tentative .num { color: #222; background: #fff; border: 1px dashed var(--c); }
    tr.cancelled .num { color: #888; background: #fff; border: 1px solid #bbb; }
    .more { display: block; font-size: 9px; color: #5b6470; }
    .tent { list-style: none; margin: 4px 0 0; padding: 0; }
    .tent .ev { padding: 1px 5px; font-size: 10.5px; color: #222; border: 1px dashed var(--c); border-left: 4px solid var(--c);
      background: repeating-linear-gradient(135deg, #fff 0 5px, #eef0f3 5px 10px); }
    .tent .ev.cancelled { border-color: #bbb; color: #888; }
    table.meetings { width: 100%; border-collapse: collapse; }
    table.meetings thead { display: table-header-group; }
    table.meetings th { text-align: left; font-size: 12px; color: #39414b; background: #eef1f4; padding: 6px 8px; border-bottom: 2px solid #c8cdd3; }
    table.meetings td { padding: 6px 8px; border-bottom: 1px solid #e3e6ea; vertical-align: top; }
    table.meetings tr { break-inside: avoid; page-break-inside: avoid; }
    table.meetings tr.tentative td { background: repeating-linear-gradient(135deg, #fff 0 6px, #f6f7f9 6px 12px); }
    table.meetings tr.cancelled td { color: #8a9099; }
    table.meetings tr.cancelled .mt { text-decoration: line-through; }
    td.when { white-space: nowrap; font-variant-numeric: tabular-nums; }
    .wd, .t { color: #5b6470; }
    .mt { font-weight: 600; }
    .topic { color: #39414b; }
    .facts, .with, .inv, .reason { color: #5b6470; font-size: 12px; }
    .sup { color: #7b3fa0; font-weight: 600; }
    .id { color: #98a0aa; font-size: 11px; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
    td.people { max-width: 340px; }
    td.duties { font-size: 12px; min-width: 220px; }
    .duty, .task { white-space: nowrap; }
    .due { font-variant-numeric: tabular-nums; color: #39414b; }
    .open { color: #b3261e; }
    .done { color: #2e7d32; }
    td.st { white-space: nowrap; }
    .st-held { color: #2e7d32; }
    .badge { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: 11.5px; background: #eef1f4; }
    .b-overdue { background: #b3261e; color: #fff; }
    .b-due { background: #c07a00; color: #fff; }
    .b-tentative { background: repeating-linear-gradient(135deg, #fff 0 4px, #e4e6ea 4px 8px); border: 1px dashed #777; }
    .empty { color: #5b6470; }
    footer { margin-top: 24px; color: #98a0aa; font-size: 11px; }
    @media print {
      body { padding: 0; max-width: none; font-size: 11px; }
      .section, .list { break-before: page; }
      .grid td { height: 44px; }
    }

    """
}
