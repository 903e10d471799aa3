// Converts between the protocol's positions (line, UTF-16 code unit) and the
// library's UTF-8 byte offsets, for Chinese text and astral-plane characters alike.

import ConsultPlan

/// A position in a document as the protocol counts it: 0-based line and
/// 0-based character offset in UTF-16 code units within the line.
public struct LSPPosition: Sendable, Hashable, Comparable {
    /// 0-based line.
    public var line: Int
    /// 0-based UTF-16 code unit offset in the line.
    public var character: Int
    /// Creates a position.
    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }
    public static func < (a: LSPPosition, b: LSPPosition) -> Bool {
        (a.line, a.character) < (b.line, b.character)
    }
    /// `{"line": …, "character": …}`.
    public var json: LSPAny { ["line": .integer(line), "character": .integer(character)] }
    /// Reads `{"line", "character"}`; nil when either is missing or negative.
    public init?(json: LSPAny?) {
        guard let line = json?["line"]?.intValue, let character = json?["character"]?.intValue,
            line >= 0, character >= 0
        else { return nil }
        self.init(line: line, character: character)
    }
}

/// A half-open range of positions.
public struct LSPRange: Sendable, Hashable {
    /// The first position.
    public var start: LSPPosition
    /// One past the last position.
    public var end: LSPPosition
    /// Creates a range.
    public init(start: LSPPosition, end: LSPPosition) {
        self.start = start
        self.end = end
    }
    /// `{"start": …, "end": …}`.
    public var json: LSPAny { ["start": start.json, "end": end.json] }
    /// Reads `{"start", "end"}`.
    public init?(json: LSPAny?) {
        guard let s = LSPPosition(json: json?["start"]), let e = LSPPosition(json: json?["end"]) else { return nil }
        self.init(start: s, end: e)
    }
}

/// Converts positions for one document text.
///
/// Lines end at LF, CRLF or a lone CR, as in the protocol and in ``LineTable``.
/// Conversions clamp instead of failing, as the protocol asks: a character past
/// the line's end means the line's end, a line past the last means the end of
/// the text, and a position inside a surrogate pair or a byte offset inside a
/// multi-byte character snaps back to the character's start.
public struct PositionConverter: Sendable {
    /// The document's UTF-8 bytes.
    public let bytes: [UInt8]
    /// Where each line starts (byte offsets).
    public let lines: LineTable

    /// Prepares conversion for a text.
    public init(text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Prepares conversion for bytes (assumed UTF-8; a stray byte counts as one unit).
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        self.lines = LineTable(bytes: bytes)
    }

    /// The byte range of a 0-based line, without its line end.
    private func lineBytes(_ line: Int) -> Range<Int> {
        lines.byteRange(ofLine: line + 1, in: bytes)
    }

    /// The UTF-8 byte offset of a protocol position.
    public func offset(of position: LSPPosition) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lines.count else { return bytes.count }
        let range = lineBytes(position.line)
        var i = range.lowerBound
        var units = 0
        while i < range.upperBound {
            let (length, utf16) = PositionConverter.scalarLength(bytes, at: i, limit: range.upperBound)
            if units + utf16 > position.character { break }
            units += utf16
            i += length
        }
        return i
    }

    /// The protocol position of a UTF-8 byte offset.
    public func position(ofByte offset: Int) -> LSPPosition {
        let clamped = max(0, min(offset, bytes.count))
        let line = lines.line(ofByte: clamped) - 1
        let range = lineBytes(line)
        // An offset inside the line end (between CR and LF) counts as the line's end.
        let target = min(clamped, range.upperBound)
        var i = range.lowerBound
        var units = 0
        while i < target {
            let (length, utf16) = PositionConverter.scalarLength(bytes, at: i, limit: range.upperBound)
            if i + length > target { break }
            units += utf16
            i += length
        }
        return LSPPosition(line: line, character: units)
    }

    /// The protocol range of a byte range.
    public func range(of bytes: Range<Int>) -> LSPRange {
        LSPRange(start: position(ofByte: bytes.lowerBound), end: position(ofByte: bytes.upperBound))
    }

    /// The protocol range of a span (its file is not checked).
    public func range(of span: Span) -> LSPRange {
        range(of: span.start..<span.end)
    }

    /// The byte range of a protocol range (reversed ranges are put in order).
    public func byteRange(of range: LSPRange) -> Range<Int> {
        let a = offset(of: range.start)
        let b = offset(of: range.end)
        return min(a, b)..<max(a, b)
    }

    /// The position just past the end of the text.
    public var endPosition: LSPPosition { position(ofByte: bytes.count) }

    /// Length in bytes and in UTF-16 units of the UTF-8 sequence starting at `i`.
    /// A malformed or truncated sequence counts as one byte and one unit (U+FFFD).
    static func scalarLength(_ bytes: [UInt8], at i: Int, limit: Int) -> (Int, Int) {
        let b = bytes[i]
        let length: Int
        switch b {
        case 0x00..<0x80: return (1, 1)
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return (1, 1)
        }
        guard i + length <= limit else { return (1, 1) }
        for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return (1, 1) }
        return (length, length == 4 ? 2 : 1)
    }
}
