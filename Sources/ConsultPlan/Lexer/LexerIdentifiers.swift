// Identifiers (LANGUAGE.md 2.2): a whole XID run is one token, reserved only
// when the whole run is a reserved word; `\(…)` glued to it makes an interpolated ID.

extension LexerState {
    /// The longest reserved spelling in bytes (`template`, `require`, `include`);
    /// longer runs skip the table lookup.
    private static let longestReservedSpelling = ReservedWord.bySpelling.keys.map(\.utf8.count).max() ?? 0

    /// The ASCII reserved spellings packed into a `UInt64` (one byte each, first byte
    /// highest; all are at most 8 bytes), so that a word is recognised without building
    /// and hashing a String: identifiers are a third of a plan's tokens.
    private static let asciiReserved: [(key: UInt64, word: ReservedWord)] = ReservedWord.allCases.compactMap { w in
        let utf8 = Array(w.rawValue.utf8)
        guard utf8.count <= 8, utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return (utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }, w)
    }

    /// An identifier, a reserved word, or an interpolated identifier (`topic_\(i)`).
    mutating func lexIdentifier() {
        if lexASCIIIdentifier() { return }
        let start = pos
        var segmentStart = pos
        var pieces: [StringPiece] = []
        var interpolated = false
        while true {
            pos = identifierEnd(from: pos)
            guard pos + 1 < count, bytes[pos] == 0x5C, bytes[pos + 1] == 0x28 else { break }
            if pos > segmentStart {
                recordFullwidth(segmentStart, pos)
                pieces.append(.text(tokenText(segmentStart, pos)))
            }
            let open = pos
            pos += 2
            let (tokens, closed) = lexInterpolation(allowLineEnds: false)
            pieces.append(.interpolation(tokens, span(open, pos)))
            interpolated = true
            segmentStart = pos
            if !closed {
                diagnose(
                    LexerCode.unterminatedInterpolation,
                    "unterminated interpolation: the line ends before the `)` that closes this `\\(`",
                    open, open + 2,
                    help: "close it with `)`, like `topic_\\(i)`")
                break
            }
        }
        if interpolated {
            if pos > segmentStart {
                recordFullwidth(segmentStart, pos)
                pieces.append(.text(tokenText(segmentStart, pos)))
            }
            emit(.interpolatedIdentifier, start, pos, text: sourceText(start, pos), value: .pieces(pieces))
            return
        }
        recordFullwidth(start, pos)
        let text = tokenText(start, pos)
        if pos - start <= LexerState.longestReservedSpelling, let word = ReservedWord.bySpelling[text] {
            emit(.reserved(word), start, pos, text: text)
        } else {
            emit(.identifier, start, pos, text: text)
        }
    }
}

extension LexerState {
    /// The fast path for the common identifier: ASCII letters, digits and `_` only,
    /// ended by an ASCII byte other than `\`. Nothing to map from full-width, no
    /// interpolation, and reserved words are found by comparing packed bytes.
    /// Returns false (having consumed nothing) for anything else.
    @inline(__always)
    private mutating func lexASCIIIdentifier() -> Bool {
        let start = pos
        var end = pos
        var key: UInt64 = 0
        while end < count {
            let b = bytes[end]
            guard (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F else {
                // A non-ASCII byte may continue the identifier (`界别1`), `\(` may glue an interpolation.
                if b >= 0x80 || b == 0x5C { return false }
                break
            }
            key = key &<< 8 | UInt64(b)
            end += 1
        }
        // The first byte is an ASCII letter or `_` (the caller checked), so `end > start`.
        pos = end
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        if end - start <= 8 {
            for entry in LexerState.asciiReserved where entry.key == key {
                emit(.reserved(entry.word), start, end, text: text)
                return true
            }
        }
        emit(.identifier, start, end, text: text)
        return true
    }
}
