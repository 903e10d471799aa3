// The JSON format: the stable shapes of LANGUAGE.md 8.1, written by hand with
// a fixed key order and 2-space indentation so output is byte-for-byte stable.

// The document model is the shared `JSONValue` (Diagnostics/Rendering/JSONWriter.swift).
extension JSONValue {
    /// A string, or null when nil.
    static func optional(_ s: String?) -> JSONValue { .string(s) }

    /// Pretty text with a final newline, as every JSON output ends.
    var pretty: String { serialized(pretty: true) + "\n" }

    /// A JSON string literal.
    static func quote(_ s: String) -> String { JSONWriter.quoted(s) }
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
