// The iCalendar format: one VEVENT per meeting or occurrence (never RRULE),
// a VALARM on the notice day, one VTODO per task and feedback duty.

enum ICSRenderer {
    /// Local time of the notice alarm.
    static let alarmMinutes = 9 * 60

    /// The schedule as a calendar.
    ///
    /// - Timed meetings: `DTSTART`/`DTEND` with `TZID` (floating when the zone is unknown).
    /// - Untimed: all-day `VALUE=DATE`, `DTEND` the day after the last day.
    /// - Tentative (month/quarter): all-day over the window, `STATUS:TENTATIVE`, no alarm.
    /// - Cancelled: `STATUS:CANCELLED`, no alarm and no to-dos.
    /// - To-dos: `DUE;VALUE=DATE`, except for a tentative meeting's computed due
    ///   day, which is left out (the description says it is to be fixed);
    ///   received feedback is `STATUS:COMPLETED`.
    static func schedule(_ plan: Plan, _ meetings: [Meeting], _ labels: Labels, _ options: RenderOptions) -> String {
        let names = DisplayNames(plan)
        let zone = ICalendarTimeZone(name: plan.header.timezone, hostOffset: options.utcOffsetMinutes)
        let domain = ICalendarWriter.hash(plan.header.title) + ".cplan"
        let stamp = dtstamp(plan, options, zone)
        var w = header(plan, labels, zone)
        for m in meetings {
            let uid = m.id + "@" + domain
            w.line("BEGIN", "VEVENT")
            w.textLine("UID", uid)
            w.line("DTSTAMP", stamp)
            if let t = m.date.times, !m.isTentative {
                let d = m.date.firstDay
                let param = zone.offset == nil ? "" : ";TZID=" + zone.tzid
                w.line("DTSTART" + param, ICalendarWriter.localDateTime(d, t.start))
                w.line("DTEND" + param, ICalendarWriter.localDateTime(m.date.lastDay, t.end))
            } else {
                w.line("DTSTART;VALUE=DATE", ICalendarWriter.date(m.date.firstDay))
                w.line("DTEND;VALUE=DATE", ICalendarWriter.date(m.date.lastDay.adding(days: 1) ?? m.date.lastDay))
            }
            w.textLine("SUMMARY", m.title)
            w.textLine("DESCRIPTION", description(plan, m, labels, names))
            if let venue = m.venue, !venue.isEmpty { w.textLine("LOCATION", venue) }
            if m.form != nil { w.textLine("CATEGORIES", labels.formName(m.form)) }
            let status = m.isCancelled ? "CANCELLED" : (m.isTentative ? "TENTATIVE" : "CONFIRMED")
            w.line("STATUS", status)
            w.line("TRANSP", m.isCancelled ? "TRANSPARENT" : "OPAQUE")
            if !m.isCancelled, !m.isTentative, let notice = m.noticeDay {
                w.line("BEGIN", "VALARM")
                w.line("ACTION", "DISPLAY")
                w.textLine("DESCRIPTION", labels.noticeText(m.title))
                if let offset = zone.offset {
                    w.line("TRIGGER;VALUE=DATE-TIME", ICalendarWriter.utcDateTime(notice, minutes: alarmMinutes, offset: offset))
                } else {
                    let start = m.date.times?.start.minutes ?? 0
                    let before = notice.days(to: m.date.firstDay) * 1440 + start - alarmMinutes
                    w.line("TRIGGER", before >= 0 ? "-PT\(before)M" : "PT\(-before)M")
                }
                w.line("END", "VALARM")
            }
            w.line("END", "VEVENT")
        }
        for m in meetings where !m.isCancelled {
            let related = m.id + "@" + domain
            for (i, task) in m.tasks.enumerated() {
                let kind = task.kind == .prepare ? "prepare" : "follow_up"
                let text = task.kind == .prepare ? labels.prepareText(task.title, m.title) : labels.followUpText(task.title, m.title)
                var who = ""
                switch task.by {
                case .id(let id): who = names(id)
                case .text(let t): who = t
                case nil: who = plan.leadName(m, names)
                }
                let tentative = m.isTentative && task.dueIsTentative
                todo(&w, uid: "\(m.id).\(kind).\(i + 1)@\(domain)", stamp: stamp, summary: text,
                     description: who.isEmpty ? nil : "\(labels.who)：\(who)".localizedColon(labels),
                     due: tentative ? nil : task.due, completed: false, related: related, tentative: tentative, labels)
            }
            for duty in m.feedback {
                todo(&w, uid: "\(m.id).feedback.\(duty.department)@\(domain)", stamp: stamp,
                     summary: labels.feedbackText(plan.departmentTitle(duty.department), m.title),
                     description: nil, due: duty.due, completed: duty.received != nil, related: related,
                     tentative: duty.due == nil, labels)
            }
        }
        w.line("END", "VCALENDAR")
        return w.text
    }

    /// Reminders as to-dos, one each, due their date.
    static func reminders(_ plan: Plan, _ reminders: [Reminder], _ labels: Labels, _ options: RenderOptions) -> String {
        let names = DisplayNames(plan)
        let zone = ICalendarTimeZone(name: plan.header.timezone, hostOffset: options.utcOffsetMinutes)
        let domain = ICalendarWriter.hash(plan.header.title) + ".cplan"
        let stamp = dtstamp(plan, options, zone)
        var w = header(plan, labels, zone)
        var seen: [String: Int] = [:]
        for r in reminders {
            let base = "\(r.meeting ?? "plan").\(r.kind.rawValue).\(ICalendarWriter.date(r.date))"
            let n = (seen[base] ?? 0) + 1
            seen[base] = n
            let who = (r.who.map { names($0) } + r.by).joined(separator: labels.joiner)
            todo(&w, uid: "\(base).\(n)@\(domain)", stamp: stamp, summary: r.text,
                 description: who.isEmpty ? nil : "\(labels.who)：\(who)".localizedColon(labels),
                 due: r.date, completed: false, related: r.meeting.map { $0 + "@" + domain },
                 tentative: r.status == .tentative, labels)
        }
        w.line("END", "VCALENDAR")
        return w.text
    }

    /// `BEGIN:VCALENDAR` through the time zone.
    static func header(_ plan: Plan, _ labels: Labels, _ zone: ICalendarTimeZone) -> ICalendarWriter {
        var w = ICalendarWriter()
        w.line("BEGIN", "VCALENDAR")
        w.line("PRODID", "-//cplan//cplan 0.3//" + (labels.isChinese ? "ZH" : "EN"))
        w.line("VERSION", "2.0")
        w.line("CALSCALE", "GREGORIAN")
        w.line("METHOD", "PUBLISH")
        w.textLine("X-WR-CALNAME", plan.header.title)
        if zone.offset != nil { w.textLine("X-WR-TIMEZONE", zone.tzid) }
        zone.write(&w)
        return w
    }

    /// `DTSTAMP` in UTC: the host's `now` (plan time), else the evaluation day at 00:00.
    static func dtstamp(_ plan: Plan, _ options: RenderOptions, _ zone: ICalendarTimeZone) -> String {
        let day = options.now?.day ?? plan.today
        let minutes = options.now?.time.minutes ?? 0
        return ICalendarWriter.utcDateTime(day, minutes: minutes, offset: zone.offset ?? 0)
    }

    /// One VTODO.
    static func todo(
        _ w: inout ICalendarWriter, uid: String, stamp: String, summary: String, description: String?, due: Day?,
        completed: Bool, related: String?, tentative: Bool, _ labels: Labels
    ) {
        w.line("BEGIN", "VTODO")
        w.textLine("UID", uid)
        w.line("DTSTAMP", stamp)
        w.textLine("SUMMARY", summary)
        var notes: [String] = []
        if let description { notes.append(description) }
        if tentative { notes.append("\(labels.due)：\(labels.dueTentative)".localizedColon(labels)) }
        if !notes.isEmpty { w.textLine("DESCRIPTION", notes.joined(separator: "\n")) }
        if let due { w.line("DUE;VALUE=DATE", ICalendarWriter.date(due)) }
        w.line("STATUS", completed ? "COMPLETED" : "NEEDS-ACTION")
        if let related { w.textLine("RELATED-TO", related) }
        w.line("END", "VTODO")
    }

    /// The event description: form, topic, lead, co-organisers, participants, invited, feedback.
    static func description(_ plan: Plan, _ m: Meeting, _ labels: Labels, _ names: DisplayNames) -> String {
        var lines: [String] = []
        func add(_ label: String, _ value: String) {
            if !value.isEmpty { lines.append("\(label)：\(value)".localizedColon(labels)) }
        }
        add(labels.form, labels.formName(m.form))
        if m.topic != m.title { add(labels.topic, m.topic) }
        add(labels.lead, plan.leadName(m, names))
        add(labels.withUnits, plan.names(m.with, labels, names))
        add(labels.participants, MarkdownRenderer.participantsText(plan, m.participants, labels, names))
        add(labels.invite, plan.names(m.invite, labels, names))
        add(labels.source, labels.sourceName(m.source))
        if m.supervision { add(labels.supervision, labels.yes) }
        add(labels.feedback, plan.feedbackSummary(m, labels))
        if m.isCancelled { add(labels.status, m.cancelReason.map(labels.cancelledBecause) ?? labels.statusName(.cancelled, tentative: false)) }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// Turns the full-width `：` used in label templates into `: ` for English.
    func localizedColon(_ labels: Labels) -> String {
        labels.isChinese ? self : replacingAll("：", with: ": ")
    }
}
