// A JSON value as the protocol carries it, with lenient accessors: the server
// reads client messages field by field and never traps on a missing or odd one.

import ConsultPlan

/// Any JSON value (the protocol's `LSPAny`). Numbers keep integers exact (request IDs, line numbers).
public enum LSPAny: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number without fraction or exponent that fits 64 bits.
    case integer(Int)
    /// Any other number.
    case double(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([LSPAny])
    /// An object (member order is not kept; output sorts keys).
    case object([String: LSPAny])

    /// The member `key` of an object (nil for other values or a missing key).
    public subscript(key: String) -> LSPAny? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The string, if this is one.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The integer, if this is a whole number in range.
    public var intValue: Int? {
        switch self {
        case .integer(let i): return i
        case .double(let d):
            guard d.rounded() == d, d >= -9.0e15, d <= 9.0e15 else { return nil }
            return Int(d)
        default: return nil
        }
    }

    /// The boolean, if this is one.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The elements, if this is an array.
    public var arrayValue: [LSPAny]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The members, if this is an object.
    public var objectValue: [String: LSPAny]? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// Whether this is `null`.
    public var isNull: Bool { self == .null }
}

extension LSPAny: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: LSPAny...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, LSPAny)...) {
        var members: [String: LSPAny] = [:]
        for (k, v) in elements { members[k] = v }
        self = .object(members)
    }
}

// MARK: - Reading and writing

extension LSPAny {
    /// Parses UTF-8 JSON text (RFC 8259); nil when it is not valid JSON or nests
    /// deeper than ``JSONReader/maxDepth``.
    public static func parse(_ bytes: [UInt8]) -> LSPAny? {
        var reader = JSONReader(bytes: bytes)
        return reader.readDocument()
    }

    /// Parses JSON text; nil when it is not valid JSON.
    public static func parse(_ text: String) -> LSPAny? { parse(Array(text.utf8)) }

    /// Compact JSON text with object keys sorted (deterministic output for tests).
    public var serialized: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let i): out += String(i)
        case .double(let d): out += d.isFinite ? String(d) : "null"
        case .string(let s): out += JSONWriter.quoted(s)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, key) in members.keys.sorted().enumerated() {
                if i > 0 { out += "," }
                out += JSONWriter.quoted(key)
                out += ":"
                members[key]?.write(to: &out)
            }
            out += "}"
        }
    }

}
