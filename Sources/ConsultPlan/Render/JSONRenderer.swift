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
    ///
    /// Written straight into UTF-8 bytes by ``JSONTextWriter`` rather than through a
    /// `JSONValue` tree: the 100,000-meeting year is 68 MB of JSON, and the tree (one
    /// enum box and array per member) plus the `String` appends cost ≈ 0.9 s; the
    /// bytes are the same as `JSONValue.serialized(pretty: true)` gives.
    static func schedule(_ plan: Plan, _ meetings: [Meeting]) -> String {
        JSONTextWriter.text(of: scheduleUTF8(plan, meetings, order: Array(meetings.indices)))
    }

    /// ``schedule(_:_:)`` of `plan.meetings` in `order` (indices), as UTF-8 bytes: no
    /// meeting is copied and no 68 MB `String` is validated and copied.
    static func scheduleUTF8(_ plan: Plan, order: [Int]) -> [UInt8] {
        scheduleUTF8(plan, plan.meetings, order: order)
    }

    /// The schedule document of `meetings[order[0]], meetings[order[1]]…`.
    private static func scheduleUTF8(_ plan: Plan, _ meetings: [Meeting], order: [Int]) -> [UInt8] {
        var w = JSONTextWriter(capacity: 64 + order.count * 720)
        w.open("{")
        w.key("plan", level: 1, first: true)
        w.open("{")
        w.key("title", level: 2, first: true); w.string(plan.header.title)
        w.key("year", level: 2); w.int(plan.header.year)
        w.key("organization", level: 2); w.string(plan.header.organization)
        w.close("}", level: 1)
        w.key("meetings", level: 1)
        if order.isEmpty {
            w.raw("[]")
        } else {
            w.open("[")
            // Through the buffer, so each meeting is read in place rather than copied.
            meetings.withUnsafeBufferPointer { all in
                for (n, i) in order.enumerated() {
                    w.element(level: 2, first: n == 0)
                    meeting(all[i], into: &w, level: 2)
                }
            }
            w.close("]", level: 1)
        }
        w.close("}", level: 0)
        w.raw("\n")
        return w.bytes
    }

    /// One meeting object at nesting `level` (its members at `level + 1`). Borrowed:
    /// copying a Meeting retains a dozen references.
    static func meeting(_ m: borrowing Meeting, into w: inout JSONTextWriter, level: Int) {
        let inner = level + 1
        w.open("{")
        w.key("id", level: inner, first: true); w.string(m.id)
        w.key("title", level: inner); w.string(m.title)
        w.key("form", level: inner); w.string(m.form)
        w.key("topic", level: inner); w.string(m.topic)
        w.key("start", level: inner); w.start(of: m.date)
        w.key("end", level: inner); w.end(of: m.date)
        w.key("tentative", level: inner); w.bool(m.isTentative)
        w.key("status", level: inner); w.string(m.status.rawValue)
        w.key("lead", level: inner); w.string(m.lead)
        w.key("participants", level: inner); w.strings(m.participants, level: inner)
        w.key("invite", level: inner); w.strings(m.invite, level: inner)
        w.key("supervision", level: inner); w.bool(m.supervision)
        w.key("source", level: inner); w.string(m.source)
        w.key("feedback", level: inner)
        if m.feedback.isEmpty {
            w.raw("[]")
        } else {
            w.open("[")
            for (i, f) in m.feedback.enumerated() {
                w.element(level: inner + 1, first: i == 0)
                feedback(f, into: &w, level: inner + 1)
            }
            w.close("]", level: inner)
        }
        w.close("}", level: level)
    }

    /// One feedback duty: due null when tentative; received day, true or false.
    static func feedback(_ f: FeedbackDuty, into w: inout JSONTextWriter, level: Int) {
        let inner = level + 1
        w.open("{")
        w.key("department", level: inner, first: true); w.string(f.department)
        w.key("due", level: inner)
        if let due = f.due { w.day(due) } else { w.raw("null") }
        w.key("received", level: inner)
        switch f.received {
        case .none: w.bool(false)
        case .some(.none): w.bool(true)
        case .some(.some(let day)): w.day(day)
        }
        w.close("}", level: level)
    }

    /// `{"on", "days", "reminders": [{"date", "kind", "meeting", "who", "by", "text", "status"}]}` (8.1).
    /// `meeting` is null for approval steps; `by` is always a list (empty when none).
    static func reminders(_ reminders: [Reminder], on: Day, days: Int) -> String {
        var w = JSONTextWriter(capacity: 64 + reminders.count * 300)
        w.open("{")
        w.key("on", level: 1, first: true); w.day(on)
        w.key("days", level: 1); w.int(days)
        w.key("reminders", level: 1)
        if reminders.isEmpty {
            w.raw("[]")
        } else {
            w.open("[")
            for (i, r) in reminders.enumerated() {
                w.element(level: 2, first: i == 0)
                w.open("{")
                w.key("date", level: 3, first: true); w.day(r.date)
                w.key("kind", level: 3); w.string(r.kind.rawValue)
                w.key("meeting", level: 3); w.string(r.meeting)
                w.key("who", level: 3); w.strings(r.who, level: 3)
                w.key("by", level: 3); w.strings(r.by, level: 3)
                w.key("text", level: 3); w.string(r.text)
                w.key("status", level: 3); w.string(r.status.rawValue)
                w.close("}", level: 2)
            }
            w.close("]", level: 1)
        }
        w.close("}", level: 0)
        w.raw("\n")
        return w.text
    }
}

/// Pretty JSON text (2-space indent, `": "` after keys, `[]` for empty arrays),
/// appended as UTF-8 bytes to one preallocated buffer; the same layout and string
/// escaping as `JSONValue.serialized(pretty: true)` (`JSONWriter`).
struct JSONTextWriter {
    /// The text so far.
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The text as a `String` (one copy; the bytes are valid UTF-8 by construction).
    var text: String { JSONTextWriter.text(of: bytes) }

    /// UTF-8 bytes as a `String`.
    static func text(of bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// Appends ASCII text as is.
    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Opens an object or array (`{` or `[`); its first member follows with `first: true`.
    mutating func open(_ bracket: StaticString) { raw(bracket) }

    /// Closes an object or array whose opener is at nesting `level`.
    mutating func close(_ bracket: StaticString, level: Int) {
        newline(level)
        raw(bracket)
    }

    /// Starts a member: `,` unless first, a new line at `level`, the quoted key and `": "`.
    mutating func key(_ key: StaticString, level: Int, first: Bool = false) {
        element(level: level, first: first)
        bytes.append(0x22)
        raw(key)
        raw("\": ")
    }

    /// Starts an array element: `,` unless first, then a new line at `level`.
    mutating func element(level: Int, first: Bool) {
        if !first { bytes.append(0x2C) }
        newline(level)
    }

    /// A line break and `level` two-space indents.
    mutating func newline(_ level: Int) {
        bytes.append(0x0A)
        for _ in 0..<max(0, level) {
            bytes.append(0x20)
            bytes.append(0x20)
        }
    }

    /// A string literal, escaped exactly as ``JSONWriter/quoted(_:)``; the common
    /// case (nothing to escape) copies the UTF-8 bytes whole.
    mutating func string(_ s: String) {
        if JSONWriter.needsEscaping(s) {
            bytes.append(contentsOf: JSONWriter.quoted(s).utf8)
        } else {
            bytes.append(0x22)
            bytes.append(contentsOf: s.utf8)
            bytes.append(0x22)
        }
    }

    /// A string literal, or `null` when nil.
    mutating func string(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    /// An array of strings at nesting `level` (`[]` when empty).
    mutating func strings(_ items: [String], level: Int) {
        if items.isEmpty {
            raw("[]")
            return
        }
        raw("[")
        for (i, item) in items.enumerated() {
            element(level: level + 1, first: i == 0)
            string(item)
        }
        close("]", level: level)
    }

    /// `true` or `false`.
    mutating func bool(_ b: Bool) {
        if b { raw("true") } else { raw("false") }
    }

    /// An integer.
    mutating func int(_ n: Int) {
        bytes.append(contentsOf: String(n).utf8)
    }

    /// `"YYYY-MM-DD"` (``Day/description``, quoted; it never needs escaping).
    mutating func day(_ d: Day) {
        bytes.append(0x22)
        bytes.append(contentsOf: d.description.utf8)
        bytes.append(0x22)
    }

    /// A meeting's JSON `start` (``MeetingDate/jsonStart``), quoted.
    mutating func start(of date: MeetingDate) {
        bytes.append(0x22)
        bytes.append(contentsOf: date.firstDay.description.utf8)
        if let t = date.times {
            bytes.append(0x54)  // T
            bytes.append(contentsOf: t.start.description.utf8)
        }
        bytes.append(0x22)
    }

    /// A meeting's JSON `end` (``MeetingDate/jsonEnd``), quoted.
    mutating func end(of date: MeetingDate) {
        bytes.append(0x22)
        if let t = date.times {
            if t.end.isEndOfDay, let next = date.lastDay.adding(days: 1) {
                bytes.append(contentsOf: next.description.utf8)
                raw("T00:00")
            } else {
                bytes.append(contentsOf: date.lastDay.description.utf8)
                bytes.append(0x54)  // T
                bytes.append(contentsOf: t.end.description.utf8)
            }
        } else {
            bytes.append(contentsOf: date.lastDay.description.utf8)
        }
        bytes.append(0x22)
    }
}
