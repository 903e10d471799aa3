// A small strict JSON reader over UTF-8 bytes. Hand-written rather than
// JSONSerialization so booleans, integers and nesting depth are under our control.

/// Reads one JSON document. Every loop consumes input; nesting is capped.
struct JSONReader {
    /// Deeper input is refused: a hostile message cannot exhaust the stack.
    static let maxDepth = 512

    /// The input.
    let bytes: [UInt8]
    /// The next byte to read.
    var index = 0
    /// Current nesting.
    var depth = 0

    /// The document, or nil if anything is malformed or trails it.
    mutating func readDocument() -> LSPAny? {
        guard let value = readValue() else { return nil }
        skipWhitespace()
        return index == bytes.count ? value : nil
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while let b = current, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { index += 1 }
    }

    private mutating func eat(_ literal: String) -> Bool {
        let expected = Array(literal.utf8)
        guard index + expected.count <= bytes.count, Array(bytes[index..<(index + expected.count)]) == expected else {
            return false
        }
        index += expected.count
        return true
    }

    /// value → object | array | string | number | true | false | null
    private mutating func readValue() -> LSPAny? {
        skipWhitespace()
        guard let b = current else { return nil }
        switch b {
        case UInt8(ascii: "{"): return readObject()
        case UInt8(ascii: "["): return readArray()
        case UInt8(ascii: "\""): return readString().map(LSPAny.string)
        case UInt8(ascii: "t"): return eat("true") ? .bool(true) : nil
        case UInt8(ascii: "f"): return eat("false") ? .bool(false) : nil
        case UInt8(ascii: "n"): return eat("null") ? .null : nil
        default: return readNumber()
        }
    }

    /// object → '{' (string ':' value (',' string ':' value)*)? '}'
    private mutating func readObject() -> LSPAny? {
        guard depth < JSONReader.maxDepth else { return nil }
        depth += 1
        defer { depth -= 1 }
        index += 1
        var members: [String: LSPAny] = [:]
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\""), let key = readString() else { return nil }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { return nil }
            index += 1
            guard let value = readValue() else { return nil }
            members[key] = value
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if current == UInt8(ascii: "}") {
                index += 1
                return .object(members)
            }
            return nil
        }
    }

    /// array → '[' (value (',' value)*)? ']'
    private mutating func readArray() -> LSPAny? {
        guard depth < JSONReader.maxDepth else { return nil }
        depth += 1
        defer { depth -= 1 }
        index += 1
        var items: [LSPAny] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            guard let value = readValue() else { return nil }
            items.append(value)
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if current == UInt8(ascii: "]") {
                index += 1
                return .array(items)
            }
            return nil
        }
    }

    /// string → '"' (char | escape)* '"'; `\uXXXX` surrogate pairs are joined,
    /// a lone surrogate becomes U+FFFD, and invalid UTF-8 is repaired the same way.
    private mutating func readString() -> String? {
        index += 1
        var raw: [UInt8] = []
        while true {
            guard let b = current else { return nil }
            index += 1
            switch b {
            case UInt8(ascii: "\""):
                return String(decoding: raw, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let e = current else { return nil }
                index += 1
                switch e {
                case UInt8(ascii: "\""): raw.append(0x22)
                case UInt8(ascii: "\\"): raw.append(0x5C)
                case UInt8(ascii: "/"): raw.append(0x2F)
                case UInt8(ascii: "b"): raw.append(0x08)
                case UInt8(ascii: "f"): raw.append(0x0C)
                case UInt8(ascii: "n"): raw.append(0x0A)
                case UInt8(ascii: "r"): raw.append(0x0D)
                case UInt8(ascii: "t"): raw.append(0x09)
                case UInt8(ascii: "u"):
                    guard let unit = readHex4() else { return nil }
                    var scalar: Unicode.Scalar?
                    if (0xD800...0xDBFF).contains(unit), current == UInt8(ascii: "\\"),
                        index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u")
                    {
                        let save = index
                        index += 2
                        if let low = readHex4(), (0xDC00...0xDFFF).contains(low) {
                            scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                        } else {
                            index = save
                        }
                    } else {
                        scalar = Unicode.Scalar(unit)
                    }
                    raw.append(contentsOf: Array(String(scalar ?? "\u{FFFD}").utf8))
                default:
                    return nil
                }
            default:
                guard b >= 0x20 else { return nil }
                raw.append(b)
            }
        }
    }

    private mutating func readHex4() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case 0x30...0x39: digit = UInt32(b - 0x30)
            case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
            default: return nil
            }
            v = v * 16 + digit
            index += 1
        }
        return v
    }

    /// number → '-'? int frac? exp?; whole numbers that fit become `.integer`.
    private mutating func readNumber() -> LSPAny? {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        let digitsStart = index
        while let b = current, (0x30...0x39).contains(b) { index += 1 }
        guard index > digitsStart else { return nil }
        var isInteger = true
        if current == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            let fracStart = index
            while let b = current, (0x30...0x39).contains(b) { index += 1 }
            guard index > fracStart else { return nil }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            let expStart = index
            while let b = current, (0x30...0x39).contains(b) { index += 1 }
            guard index > expStart else { return nil }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let i = Int(text) { return .integer(i) }
        guard let d = Double(text) else { return nil }
        return .double(d)
    }
}
