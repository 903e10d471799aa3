// A tiny JSON document model and writer shared by every JSON output (check,
// SARIF, schedule, remind): stable key order, correct escaping, 2-space indent.

/// A JSON value whose objects keep their keys in the order they were given,
/// so output is deterministic and matches the documented shapes field by field.
///
/// Build values with the cases and literals, then call ``JSONValue/serialized(pretty:)``:
/// ```swift
/// let v: JSONValue = .object([("files", .array([.string("a.cplan")])), ("errors", .int(0))])
/// v.serialized()   // "{\n  \"files\": [\n    \"a.cplan\"\n  ],\n  \"errors\": 0\n}"
/// ```
public enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` / `false`.
    case bool(Bool)
    /// An integer.
    case int(Int)
    /// A number already written as JSON text (decimals: `12.5`); written verbatim.
    case number(String)
    /// A string; escaped when written.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object; keys are written in this order (duplicates are the caller's responsibility).
    case object([JSONMember])

    /// A string, or `null` when `value` is nil.
    public static func string(_ value: String?) -> JSONValue {
        guard let value else { return .null }
        return .string(value)
    }

    /// An integer, or `null` when `value` is nil.
    public static func int(_ value: Int?) -> JSONValue {
        guard let value else { return .null }
        return .int(value)
    }

    /// An object from key/value pairs in order.
    public static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(pairs.map { JSONMember($0.key, $0.value) })
    }

    /// The JSON text. Pretty output puts one member or element per line with a
    /// 2-space indent and `": "` after keys; empty arrays and objects stay `[]`/`{}`.
    /// No trailing newline.
    public func serialized(pretty: Bool = true) -> String {
        var out = ""
        write(to: &out, indent: 0, pretty: pretty)
        return out
    }

    private func write(to out: inout String, indent: Int, pretty: Bool) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .number(let text): out += text
        case .string(let s): JSONWriter.appendQuoted(s, to: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                JSONWriter.newline(&out, indent + 1, pretty)
                item.write(to: &out, indent: indent + 1, pretty: pretty)
            }
            JSONWriter.newline(&out, indent, pretty)
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (i, member) in members.enumerated() {
                if i > 0 { out += "," }
                JSONWriter.newline(&out, indent + 1, pretty)
                JSONWriter.appendQuoted(member.key, to: &out)
                out += pretty ? ": " : ":"
                member.value.write(to: &out, indent: indent + 1, pretty: pretty)
            }
            JSONWriter.newline(&out, indent, pretty)
            out += "}"
        }
    }
}

/// One `"key": value` member of a JSON object.
public struct JSONMember: Sendable, Hashable {
    /// The key.
    public var key: String
    /// The value.
    public var value: JSONValue
    /// Creates a member.
    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}

/// JSON string escaping, for writers that assemble JSON text themselves.
public enum JSONWriter {
    /// `s` as a JSON string literal, quotes included. Escapes `"` `\` and every
    /// control character (the short forms `\n \r \t \b \f`, else `\u00XX`), and
    /// U+2028/U+2029 so the text is also safe inside JavaScript. Other characters,
    /// Chinese included, are written as UTF-8, unescaped.
    public static func quoted(_ s: String) -> String {
        var out = ""
        appendQuoted(s, to: &out)
        return out
    }

    /// Appends `s` as a JSON string literal to `out` (see ``quoted(_:)``). Strings with
    /// nothing to escape — nearly all of them — are appended whole, without a scalar loop
    /// or a temporary string: a 100,000-meeting schedule writes over a million strings.
    static func appendQuoted(_ s: String, to out: inout String) {
        out += "\""
        if !needsEscaping(s) {
            out += s
        } else {
            appendEscaped(s, to: &out)
        }
        out += "\""
    }

    /// Whether any byte of `s` needs an escape: a control character, `"`, `\`, DEL,
    /// or the lead byte 0xE2 of U+2028/U+2029 (then the slow path decides by scalar).
    static func needsEscaping(_ s: String) -> Bool {
        for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xE2 {
            return true
        }
        return false
    }

    /// The escaping loop, scalar by scalar, without the quotes.
    static func appendEscaped(_ s: String, to out: inout String) {
        for scalar in s.unicodeScalars {
            switch scalar {
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
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u00" + hexByte(UInt8(truncatingIfNeeded: scalar.value))
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
    }

    /// Two lowercase hex digits.
    static func hexByte(_ b: UInt8) -> String {
        let digits = Array("0123456789abcdef".unicodeScalars)
        var s = ""
        s.unicodeScalars.append(digits[Int(b >> 4)])
        s.unicodeScalars.append(digits[Int(b & 0x0F)])
        return s
    }

    /// A line break plus indentation, in pretty mode only.
    static func newline(_ out: inout String, _ level: Int, _ pretty: Bool) {
        guard pretty else { return }
        out += "\n"
        for _ in 0..<max(0, level) { out += "  " }
    }
}
