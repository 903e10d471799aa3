// Characters that cannot start a token: invalid UTF-8, control characters and
// everything else, each reported once per run and turned into an `invalid` token.

extension LexerState {
    /// A run of bytes that are not UTF-8: one diagnostic at the first bad byte.
    mutating func lexInvalidBytes() {
        let start = pos
        pos += 1
        while pos < count, bytes[pos] >= 0x80, scalar(at: pos).value == LexerState.invalidScalar { pos += 1 }
        reportInvalidBytes(start, pos)
        emit(.invalid, start, pos, text: sourceText(start, pos))
    }

    /// Reports invalid bytes, joining the report with one that ends right here.
    mutating func reportInvalidBytes(_ start: Int, _ end: Int) {
        if let last = diagnostics.last, last.code == LexerCode.invalidUTF8, last.span.end == start {
            diagnostics[diagnostics.count - 1].span.end = end
            return
        }
        let shown = bytes[start..<min(end, start + 4)].map { "0x" + LexerState.hex($0, width: 2) }
        let more = end - start > 4 ? " …" : ""
        diagnose(
            LexerCode.invalidUTF8,
            "invalid UTF-8: \(end - start == 1 ? "byte" : "bytes") \(shown.joined(separator: " "))\(more) "
                + "\(end - start == 1 ? "is" : "are") not part of a UTF-8 character",
            start, end,
            help: "save the file as UTF-8")
    }

    /// A run of one control character repeated: one diagnostic, one `invalid` token.
    mutating func lexControlCharacters() {
        let start = pos
        let (v, length) = scalar(at: pos)
        pos += max(length, 1)
        while pos < count, scalar(at: pos).value == v { pos += length }
        reportControlCharacter(v, start, pos)
        emit(.invalid, start, pos, text: sourceText(start, pos))
    }

    /// Whether `v` is a control character the language forbids (all of Cc but tab, LF and CR).
    @inline(__always)
    static func isForbiddenControl(_ v: UInt32) -> Bool {
        (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (v >= 0x7F && v <= 0x9F)
    }

    /// Reports a control character (in code, strings or comments).
    mutating func reportControlCharacter(_ v: UInt32, _ start: Int, _ end: Int) {
        diagnose(
            LexerCode.controlCharacter,
            "control character \(UnicodeNames.describe(v)) is not allowed in a plan",
            start, end,
            help: v == 0x0C || v == 0x0B ? "replace it with a line end" : "delete it")
    }

    /// A run of one character that cannot start a token: one diagnostic naming it.
    mutating func lexUnexpectedCharacters() {
        let start = pos
        let (v, length) = scalar(at: pos)
        pos += max(length, 1)
        while pos < count, scalar(at: pos).value == v { pos += length }
        let times = (pos - start) / max(length, 1)
        diagnose(
            LexerCode.unexpectedCharacter,
            "unexpected character \(UnicodeNames.describe(v))" + (times > 1 ? " (\(times) times)" : ""),
            start, pos,
            help: LexerState.helpForUnexpected(v, times: times))
        emit(.invalid, start, pos, text: sourceText(start, pos))
    }

    /// What the author probably meant by a character that cannot start a token.
    static func helpForUnexpected(_ v: UInt32, times: Int) -> String? {
        switch v {
        case 0x26: return "write `and` for a logical and"
        case 0x7C: return "write `or` for a logical or"
        case 0x27, 0x2018, 0x2019: return "strings are written in double quotes: \"…\""
        case 0x25: return "a percentage is written right after its number: `20%`"
        case 0x5C: return "`\\` starts an escape only inside a string, or `\\(…)` glued to a name"
        case 0x201D: return "this `”` closes no string; open a string with `“` or write \"…\""
        case 0x3002: return "a statement ends at a line end or `;`"
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F: return "replace it with an ordinary space"
        case 0x200B...0x200D, 0x2060, 0xFEFF: return "delete this invisible character"
        case 0xFF01...0xFF5E:
            // The other full-width forms of ASCII are not mapped (LANGUAGE.md 2.8); name the ASCII one.
            guard let ascii = Unicode.Scalar(v - 0xFEE0) else { return nil }
            return "type the ASCII `\(Character(ascii))` instead"
        default: return nil
        }
    }

    /// `v` in upper-case hexadecimal with at least `width` digits.
    static func hex<T: BinaryInteger>(_ v: T, width: Int) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

/// Names of characters for messages: `U+00A7 SECTION SIGN`.
enum UnicodeNames {
    /// The C0 control characters and DEL, which have no `name` property, only aliases.
    private static let controlNames: [UInt32: String] = [
        0x00: "NULL", 0x01: "START OF HEADING", 0x02: "START OF TEXT", 0x03: "END OF TEXT",
        0x04: "END OF TRANSMISSION", 0x05: "ENQUIRY", 0x06: "ACKNOWLEDGE", 0x07: "BELL",
        0x08: "BACKSPACE", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED", 0x0E: "SHIFT OUT",
        0x0F: "SHIFT IN", 0x10: "DATA LINK ESCAPE", 0x11: "DEVICE CONTROL ONE",
        0x12: "DEVICE CONTROL TWO", 0x13: "DEVICE CONTROL THREE", 0x14: "DEVICE CONTROL FOUR",
        0x15: "NEGATIVE ACKNOWLEDGE", 0x16: "SYNCHRONOUS IDLE", 0x17: "END OF TRANSMISSION BLOCK",
        0x18: "CANCEL", 0x19: "END OF MEDIUM", 0x1A: "SUBSTITUTE", 0x1B: "ESCAPE",
        0x1C: "INFORMATION SEPARATOR FOUR", 0x1D: "INFORMATION SEPARATOR THREE",
        0x1E: "INFORMATION SEPARATOR TWO", 0x1F: "INFORMATION SEPARATOR ONE", 0x7F: "DELETE",
        0x85: "NEXT LINE",
    ]

    /// `U+00A7 SECTION SIGN`; the name is left out when Unicode has none.
    static func name(_ v: UInt32) -> String {
        let code = "U+" + LexerState.hex(v, width: 4)
        if let n = controlNames[v] { return code + " " + n }
        guard let s = Unicode.Scalar(v) else { return code }
        if let n = s.properties.name ?? s.properties.nameAlias { return code + " " + n }
        return code
    }

    /// The character shown in backticks (when visible) and named:
    /// "`§` (U+00A7 SECTION SIGN)", or "U+200B ZERO WIDTH SPACE" for an invisible one.
    static func describe(_ v: UInt32) -> String {
        guard let s = Unicode.Scalar(v) else { return name(v) }
        switch s.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator,
             .nonspacingMark, .enclosingMark, .surrogate, .privateUse, .unassigned:
            return name(v)
        default:
            return "`\(Character(s))` (\(name(v)))"
        }
    }
}
