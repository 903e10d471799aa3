// Small byte-level scans of a document's text that need no lexer: the word or
// day literal under the cursor, and the words before the cursor for completion.

/// Byte-level helpers over UTF-8 text.
enum TextScan {
    /// Whether the scalar may appear in an identifier run (XID_Continue, `_`, `·`).
    static func isIdentifierScalar(_ s: Unicode.Scalar) -> Bool {
        s == "_" || s == "\u{B7}" || s.properties.isXIDContinue
    }

    /// The scalars of `bytes` with their byte offsets (invalid bytes become U+FFFD).
    static func scalars(_ bytes: ArraySlice<UInt8>) -> [(offset: Int, scalar: Unicode.Scalar, length: Int)] {
        var result: [(Int, Unicode.Scalar, Int)] = []
        var i = bytes.startIndex
        let base = Array(bytes)
        var k = 0
        while k < base.count {
            let (length, _) = PositionConverter.scalarLength(base, at: k, limit: base.count)
            let decoded = String(decoding: base[k..<(k + length)], as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
            result.append((i, decoded, length))
            i += length
            k += length
        }
        return result
    }

    /// The identifier run touching `offset` (the cursor inside it or right after it).
    static func word(at offset: Int, in bytes: [UInt8]) -> Range<Int>? {
        guard offset >= 0, offset <= bytes.count else { return nil }
        // Work on the line only: identifiers never span lines.
        var lineStart = offset
        while lineStart > 0, bytes[lineStart - 1] != 0x0A, bytes[lineStart - 1] != 0x0D { lineStart -= 1 }
        var lineEnd = offset
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
        let line = scalars(bytes[lineStart..<lineEnd])
        guard let hit = line.lastIndex(where: { $0.offset <= offset && isIdentifierScalar($0.scalar) && offset <= $0.offset + $0.length }) else {
            return nil
        }
        var first = hit
        while first > 0, isIdentifierScalar(line[first - 1].scalar) { first -= 1 }
        var last = hit
        while last + 1 < line.count, isIdentifierScalar(line[last + 1].scalar) { last += 1 }
        return line[first].offset..<(line[last].offset + line[last].length)
    }

    /// A `YYYY-MM-DD` day literal touching `offset`.
    static func dayLiteral(at offset: Int, in bytes: [UInt8]) -> Range<Int>? {
        guard offset >= 0, offset <= bytes.count else { return nil }
        let isDayByte: (UInt8) -> Bool = { (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") }
        var start = offset
        while start > 0, isDayByte(bytes[start - 1]) { start -= 1 }
        var end = offset
        while end < bytes.count, isDayByte(bytes[end]) { end += 1 }
        // The run may be `2025-04-22..2025-04-30`-free (dots stop it) but start with `-`.
        while start < end, bytes[start] == UInt8(ascii: "-") { start += 1 }
        guard end - start == 10 else { return nil }
        return start..<end
    }

    /// The text of a byte range.
    static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
