// Identifiers (LANGUAGE.md 2.2): a whole XID run is one token, reserved only
// when the whole run is a reserved word; `\(…)` glued to it makes an interpolated ID.

extension LexerState {
    /// The longest reserved spelling in bytes (`template`, `require`, `include`);
    /// longer runs skip the table lookup.
    private static let longestReservedSpelling = ReservedWord.bySpelling.keys.map(\.utf8.count).max() ?? 0

    /// An identifier, a reserved word, or an interpolated identifier (`topic_\(i)`).
    mutating func lexIdentifier() {
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
