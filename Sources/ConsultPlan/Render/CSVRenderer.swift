// The CSV format (RFC 4180): a header row, one row per meeting or reminder,
// CRLF line ends, UTF-8 with an optional byte order mark for spreadsheets.

enum CSVRenderer {
    /// One row per meeting. Headings and human values (forms, statuses, names)
    /// follow the locale, because CSV is opened by people in spreadsheets; IDs,
    /// days and date-times are the same in every locale.
    static func schedule(_ plan: Plan, _ meetings: [Meeting], _ labels: Labels, bom: Bool) -> String {
        var out = bom ? "\u{FEFF}" : ""
        out += record([labels.id, labels.title, labels.topic, labels.form, labels.start, labels.end, labels.weekday,
                       labels.status, labels.lead, labels.withUnits, labels.participants, labels.invite, labels.venue,
                       labels.source, labels.supervision, labels.feedback])
        let names = DisplayNames(plan)
        for m in meetings {
            out += record([
                m.id, m.title, m.topic, labels.formName(m.form), m.date.isTentative ? m.date.dateText : m.date.jsonStart,
                m.date.isTentative ? "" : m.date.jsonEnd, m.date.weekdayText(labels),
                labels.statusName(m.status, tentative: m.isTentative), plan.leadName(m, names), plan.names(m.with, labels, names),
                plan.names(m.participants, labels, names), plan.names(m.invite, labels, names), m.venue ?? "", labels.sourceName(m.source),
                m.supervision ? labels.yes : labels.no, plan.feedbackSummary(m, labels),
            ])
        }
        return out
    }

    /// One row per reminder.
    static func reminders(_ plan: Plan, _ reminders: [Reminder], _ labels: Labels, bom: Bool) -> String {
        var out = bom ? "\u{FEFF}" : ""
        out += record([labels.date, labels.weekday, labels.kind, labels.status, labels.meeting, labels.title,
                       labels.who, labels.by, labels.text])
        for r in reminders {
            let title = r.meeting.flatMap { id in plan.meetings.first { $0.id == id }?.title } ?? ""
            out += record([r.date.description, labels.weekdayName(r.date.weekday), labels.kindName(r.kind),
                           labels.reminderStatusName(r.status), r.meeting ?? "", title,
                           plan.names(r.who, labels), r.by.joined(separator: labels.joiner), r.text])
        }
        return out
    }

    /// One CSV record with its CRLF.
    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field, quoted when it holds a comma, quote, CR or LF (quotes doubled).
    /// Text is kept as written (no formula guarding, which would change the data).
    static func field(_ s: String) -> String {
        var needsQuotes = false
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\"\""; needsQuotes = true
            case ",", "\r", "\n": out.unicodeScalars.append(u); needsQuotes = true
            default: out.unicodeScalars.append(u)
            }
        }
        return needsQuotes ? "\"" + out + "\"" : out
    }
}
