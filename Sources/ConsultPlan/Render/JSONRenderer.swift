// The JSON format: the stable shapes of LANGUAGE.md 8.1, written by hand with
// a fixed key order and 2-space indentation so output is byte-for-byte stable.

/// A JSON value with ordered object keys.
enum JSONValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([JSONMember])

    /// A string, or null when nil.
    static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

    /// Pretty text: 2-space indentation, `"key": value`, a final newline.
    var pretty: String {
        var out = ""
        write(into: &out, indent: 0)
        return out + "\n"
    }

    private func write(into out: inout String, indent: Int) {
        switch self {
        case .string(let s): out += JSONValue.quote(s)
        case .int(let n): out += String(n)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                item.write(into: &out, indent: indent + 1)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, member) in members.enumerated() {
                out += String(repeating: "  ", count: indent + 1) + JSONValue.quote(member.key) + ": "
                member.value.write(into: &out, indent: indent + 1)
                out += i + 1 < members.count ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// A JSON string literal (RFC 8259): `"` and `\` escaped, control
    /// characters as `\n`-style or `\u00XX` escapes, everything else as UTF-8.
    /// (Internal until the shared escaper in Diagnostics/Rendering lands.)
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16, uppercase: false)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}

/// One key and value of a JSON object.
struct JSONMember: Sendable, Hashable {
    var key: String
    var value: JSONValue
    init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}

enum JSONRenderer {
    /// `{"plan": {…}, "meetings": [{…}]}` (8.1).
    ///
    /// Decisions where the spec is open: `received` is the day received
    /// (`"2025-07-10"`), `true` when received with no day, `false` when not
    /// received; `lead`, `source` and `form` are null when not set; a timed end
    /// of 24:00 is written as 00:00 of the next day.
    static func schedule(_ plan: Plan, _ meetings: [Meeting]) -> String {
        let planObject = JSONValue.object([
            JSONMember("title", .string(plan.header.title)),
            JSONMember("year", .int(plan.header.year)),
            JSONMember("organization", .optional(plan.header.organization)),
        ])
        return JSONValue.object([
            JSONMember("plan", planObject),
            JSONMember("meetings", .array(meetings.map(meeting))),
        ]).pretty
    }

    /// One meeting object.
    static func meeting(_ m: Meeting) -> JSONValue {
        .object([
            JSONMember("id", .string(m.id)),
            JSONMember("title", .string(m.title)),
            JSONMember("form", .optional(m.form)),
            JSONMember("topic", .string(m.topic)),
            JSONMember("start", .string(m.date.jsonStart)),
            JSONMember("end", .string(m.date.jsonEnd)),
            JSONMember("tentative", .bool(m.isTentative)),
            JSONMember("status", .string(m.status.rawValue)),
            JSONMember("lead", .optional(m.lead)),
            JSONMember("participants", .array(m.participants.map(JSONValue.string))),
            JSONMember("invite", .array(m.invite.map(JSONValue.string))),
            JSONMember("supervision", .bool(m.supervision)),
            JSONMember("source", .optional(m.source)),
            JSONMember("feedback", .array(m.feedback.map(feedback))),
        ])
    }

    /// One feedback duty: due null when tentative; received day, true or false.
    static func feedback(_ f: FeedbackDuty) -> JSONValue {
        let received: JSONValue
        switch f.received {
        case .none: received = .bool(false)
        case .some(.none): received = .bool(true)
        case .some(.some(let day)): received = .string(day.description)
        }
        return .object([
            JSONMember("department", .string(f.department)),
            JSONMember("due", .optional(f.due?.description)),
            JSONMember("received", received),
        ])
    }

    /// `{"on", "days", "reminders": [{"date", "kind", "meeting", "who", "by", "text", "status"}]}` (8.1).
    /// `meeting` is null for approval steps; `by` is always a list (empty when none).
    static func reminders(_ reminders: [Reminder], on: Day, days: Int) -> String {
        JSONValue.object([
            JSONMember("on", .string(on.description)),
            JSONMember("days", .int(days)),
            JSONMember("reminders", .array(reminders.map { r in
                .object([
                    JSONMember("date", .string(r.date.description)),
                    JSONMember("kind", .string(r.kind.rawValue)),
                    JSONMember("meeting", .optional(r.meeting)),
                    JSONMember("who", .array(r.who.map(JSONValue.string))),
                    JSONMember("by", .array(r.by.map(JSONValue.string))),
                    JSONMember("text", .string(r.text)),
                    JSONMember("status", .string(r.status.rawValue)),
                ])
            })),
        ]).pretty
    }
}
