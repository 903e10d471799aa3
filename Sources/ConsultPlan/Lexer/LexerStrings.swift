// String literals (LANGUAGE.md 2.3): `"…"`, `“…”` and `"""…"""`, their escapes,
// and `\(…)` interpolation, whose tokens are lexed by a nested run.

/// A string's pieces while it is being read: text as bytes (so multi-line
/// indentation can be stripped byte-exactly) and interpolations.
struct PieceBuilder {
    enum Piece {
        case text([UInt8])
        case interpolation([Token], Span)
    }
    /// Finished pieces.
    var pieces: [Piece] = []
    /// Text read since the last interpolation.
    var text: [UInt8] = []

    /// Moves pending text into `pieces`.
    mutating func flushText() {
        if !text.isEmpty {
            pieces.append(.text(text))
            text = []
        }
    }

    /// The string's value: a string without interpolation has exactly one `.text`
    /// piece (possibly empty); with interpolation, text pieces are never empty.
    static func value(of pieces: [Piece]) -> [StringPiece] {
        var out: [StringPiece] = []
        var pending: [UInt8] = []
        for p in pieces {
            switch p {
            case .text(let t):
                pending += t
            case .interpolation(let tokens, let span):
                if !pending.isEmpty { out.append(.text(String(decoding: pending, as: UTF8.self))) }
                pending = []
                out.append(.interpolation(tokens, span))
            }
        }
        if !pending.isEmpty || out.isEmpty { out.append(.text(String(decoding: pending, as: UTF8.self))) }
        return out
    }
}

extension LexerState {
    /// `"…"` or `“…”` on one line. A line end or the end of the file before the
    /// closing quote is an error at the opening quote; the string ends there.
    mutating func lexQuotedString(curly: Bool) {
        if !curly && lexPlainString() { return }
        let start = pos
        let openLength = curly ? 3 : 1
        pos += openLength
        var builder = PieceBuilder()
        // A curly string is rewritten as an ASCII one: its quotes, and any `"` inside escaped.
        var fixIts: [FixIt] = curly ? [FixIt(span: span(start, pos), replacement: "\"")] : []
        var terminated = false
        scan: while pos < count {
            let b = bytes[pos]
            switch b {
            case 0x22:
                if !curly {
                    pos += 1
                    terminated = true
                    break scan
                }
                fixIts.append(FixIt(span: span(pos, pos + 1), replacement: "\\\""))
                builder.text.append(b)
                pos += 1
            case 0x0A, 0x0D:
                break scan
            case 0x5C:
                if !lexEscape(&builder, multiline: false) { break scan }
            case 0xE2 where curly && pos + 2 < count && bytes[pos + 1] == 0x80 && bytes[pos + 2] == 0x9D:
                fixIts.append(FixIt(span: span(pos, pos + 3), replacement: "\""))
                pos += 3
                terminated = true
                break scan
            default:
                appendContentCharacter(&builder)
            }
        }
        if !terminated {
            let closer = curly ? "`”`" : "`\"`"
            let reason = pos >= count ? "the file ends" : "the line ends"
            diagnose(
                LexerCode.unterminatedString,
                "unterminated string: \(reason) before the closing \(closer)",
                start, start + openLength,
                help: "close the string with \(closer) on the same line; a string that spans lines "
                    + "is written with `\"\"\"`")
        }
        if curly { fullwidth.append(FullwidthEntry(start: start, end: pos, fixIts: fixIts)) }
        builder.flushText()
        emit(.string, start, pos, text: sourceText(start, pos), value: .pieces(PieceBuilder.value(of: builder.pieces)))
    }

    /// One line of a multi-line string as read, before indentation is stripped.
    private struct MultilineLine {
        /// Where the line starts in the source.
        var rawStart: Int
        /// Where its text ends (before the line end).
        var rawEnd: Int
        /// Its pieces.
        var pieces: [PieceBuilder.Piece]
        /// Whether it ended with `\` + line end, which joins it to the next line.
        var joinsNext: Bool
    }

    /// `"""` … `"""` with Swift's rules: the text starts on the line after the
    /// opening delimiter, the closing delimiter starts its own line, and its
    /// indentation is removed from every line (a line with less is an error).
    /// Line ends in the value are always `\n`.
    mutating func lexMultilineString() {
        let start = pos
        pos += 3
        var p = pos
        while p < count, bytes[p] == 0x20 || bytes[p] == 0x09 { p += 1 }
        if p < count, bytes[p] == 0x0A || bytes[p] == 0x0D {
            pos = p + (bytes[p] == 0x0D && p + 1 < count && bytes[p + 1] == 0x0A ? 2 : 1)
            lineStart = pos
        } else if p < count {
            diagnose(
                LexerCode.multilineDelimiter,
                "a multi-line string's text must start on the line after its opening `\"\"\"`",
                p, p + 1,
                help: "start a new line after `\"\"\"`, or write a one-line string with a single `\"`")
        }
        var lines: [MultilineLine] = []
        var builder = PieceBuilder()
        var lineBegin = pos
        var atLineBeginning = true
        var indentation: Range<Int>?
        var terminated = false
        scan: while true {
            if atLineBeginning {
                var q = pos
                while q < count, bytes[q] == 0x20 || bytes[q] == 0x09 { q += 1 }
                if isTripleQuote(at: q) {
                    indentation = lineBegin..<q
                    pos = q + 3
                    terminated = true
                    break scan
                }
                atLineBeginning = false
            }
            guard pos < count else { break scan }
            let b = bytes[pos]
            switch b {
            case 0x0A, 0x0D:
                let length = b == 0x0D && pos + 1 < count && bytes[pos + 1] == 0x0A ? 2 : 1
                builder.flushText()
                lines.append(MultilineLine(rawStart: lineBegin, rawEnd: pos, pieces: builder.pieces, joinsNext: false))
                builder = PieceBuilder()
                pos += length
                lineStart = pos
                lineBegin = pos
                atLineBeginning = true
            case 0x22 where isTripleQuote(at: pos):
                diagnose(
                    LexerCode.multilineDelimiter,
                    "the closing `\"\"\"` of a multi-line string must start its own line",
                    pos, pos + 3,
                    help: "put a line end before `\"\"\"`, or write `\\\"\"\"` for three quotes in the text")
                builder.flushText()
                lines.append(MultilineLine(rawStart: lineBegin, rawEnd: pos, pieces: builder.pieces, joinsNext: false))
                builder = PieceBuilder()
                pos += 3
                terminated = true
                break scan
            case 0x5C where pos + 1 < count && (bytes[pos + 1] == 0x0A || bytes[pos + 1] == 0x0D):
                // `\` at the end of a line joins it to the next, as in Swift.
                let length = bytes[pos + 1] == 0x0D && pos + 2 < count && bytes[pos + 2] == 0x0A ? 2 : 1
                builder.flushText()
                lines.append(MultilineLine(rawStart: lineBegin, rawEnd: pos, pieces: builder.pieces, joinsNext: true))
                builder = PieceBuilder()
                pos += 1 + length
                lineStart = pos
                lineBegin = pos
                atLineBeginning = true
            case 0x5C:
                if !lexEscape(&builder, multiline: true) { break scan }
            default:
                appendContentCharacter(&builder)
            }
        }
        if !terminated {
            diagnose(
                LexerCode.unterminatedString,
                "unterminated multi-line string: the file ends before the closing `\"\"\"`",
                start, start + 3,
                help: "close the string with `\"\"\"` on a line of its own")
            builder.flushText()
            lines.append(MultilineLine(rawStart: lineBegin, rawEnd: pos, pieces: builder.pieces, joinsNext: false))
        }
        var joined: [PieceBuilder.Piece] = []
        for (i, line) in lines.enumerated() {
            joined += stripIndentation(line, indentation)
            if i + 1 < lines.count, !line.joinsNext { joined.append(.text([0x0A])) }
        }
        emit(.string, start, pos, text: sourceText(start, pos), value: .pieces(PieceBuilder.value(of: joined)))
    }

    private func isTripleQuote(at i: Int) -> Bool {
        i + 2 < count && bytes[i] == 0x22 && bytes[i + 1] == 0x22 && bytes[i + 2] == 0x22
    }

    /// A line's pieces without the closing delimiter's indentation. A line
    /// of only spaces and tabs becomes empty; a line indented less is an error.
    private mutating func stripIndentation(
        _ line: MultilineLine, _ indentation: Range<Int>?
    ) -> [PieceBuilder.Piece] {
        guard let indentation, !indentation.isEmpty else { return line.pieces }
        let width = indentation.count
        if line.rawEnd - line.rawStart >= width,
           bytes[line.rawStart..<line.rawStart + width].elementsEqual(bytes[indentation]) {
            // The indentation was copied verbatim into the line's first text piece.
            guard case .text(let t)? = line.pieces.first, t.count >= width else { return line.pieces }
            var pieces = line.pieces
            pieces[0] = .text(Array(t[width...]))
            return pieces
        }
        if bytes[line.rawStart..<line.rawEnd].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            return []
        }
        diagnose(
            LexerCode.multilineIndentation,
            "this line of a multi-line string is indented less than its closing `\"\"\"`",
            line.rawStart, line.rawStart,
            help: "indent every line at least as much as the closing `\"\"\"`, with the same spaces and tabs")
        return line.pieces
    }

    /// Copies one character of string text, reporting invalid UTF-8 (kept as
    /// U+FFFD) and control characters.
    mutating func appendContentCharacter(_ builder: inout PieceBuilder) {
        let b = bytes[pos]
        if b >= 0x20 && b < 0x7F || b == 0x09 {
            builder.text.append(b)
            pos += 1
            return
        }
        let (v, length) = scalar(at: pos)
        if v == LexerState.invalidScalar {
            reportInvalidBytes(pos, pos + 1)
            builder.text += [0xEF, 0xBF, 0xBD]
            pos += 1
            return
        }
        if LexerState.isForbiddenControl(v) { reportControlCharacter(v, pos, pos + length) }
        builder.text += bytes[pos..<pos + length]
        pos += length
    }

    /// An escape at `pos` (a `\`). Returns false when an interpolation ran into
    /// a line end or the end of the file: the string ends there.
    mutating func lexEscape(_ builder: inout PieceBuilder, multiline: Bool) -> Bool {
        let start = pos
        guard pos + 1 < count else {
            pos += 1
            return true
        }
        let decoded: UInt8
        switch bytes[pos + 1] {
        case 0x22: decoded = 0x22
        case 0x5C: decoded = 0x5C
        case 0x6E: decoded = 0x0A
        case 0x74: decoded = 0x09
        case 0x72: decoded = 0x0D
        case 0x30: decoded = 0x00
        case 0x75:
            lexUnicodeEscape(&builder)
            return true
        case 0x28:
            pos += 2
            builder.flushText()
            let (tokens, closed) = lexInterpolation(allowLineEnds: multiline)
            builder.pieces.append(.interpolation(tokens, span(start, pos)))
            return closed
        default:
            // Report `\` with the character after it; that character is then read as text.
            let (v, length) = scalar(at: pos + 1)
            let isLineEnd = v == 0x0A || v == 0x0D
            let shown = isLineEnd || v >= LexerState.invalidScalar || LexerState.isForbiddenControl(v)
                ? "a backslash before \(isLineEnd ? "the line end" : UnicodeNames.name(v))"
                : "`\\\(sourceText(pos + 1, pos + 1 + length))`"
            diagnose(
                LexerCode.unknownEscape,
                "unknown escape sequence: \(shown)",
                start, isLineEnd ? start + 1 : start + 1 + max(length, 1),
                help: "the escapes are \\\" \\\\ \\n \\t \\r \\0 \\u{…} and \\(…); write `\\\\` for a backslash")
            pos += 1
            return true
        }
        builder.text.append(decoded)
        pos += 2
        return true
    }

    /// `\u{1–8 hex digits}` naming a Unicode scalar value.
    private mutating func lexUnicodeEscape(_ builder: inout PieceBuilder) {
        let start = pos
        var p = pos + 2
        guard p < count, bytes[p] == 0x7B else {
            diagnose(
                LexerCode.invalidUnicodeEscape, "`\\u` must be followed by `{`, hex digits and `}`",
                start, p, help: "write a character by its code point like `\\u{4E2D}`")
            pos = p
            return
        }
        p += 1
        var value: UInt32 = 0
        var digits = 0
        while p < count, let h = LexerState.hexValue(bytes[p]) {
            // At most 8 digits are accumulated, so the value cannot overflow.
            if digits < 8 { value = value << 4 | h }
            digits += 1
            p += 1
        }
        guard p < count, bytes[p] == 0x7D else {
            diagnose(
                LexerCode.invalidUnicodeEscape, "`\\u{` is not closed by `}` after its hex digits",
                start, p, help: "write a character by its code point like `\\u{4E2D}`")
            pos = p
            return
        }
        p += 1
        pos = p
        if digits == 0 || digits > 8 {
            diagnose(
                LexerCode.invalidUnicodeEscape,
                "`\\u{…}` takes 1 to 8 hex digits, found \(digits)",
                start, p, help: "write a character by its code point like `\\u{4E2D}`")
        } else if let s = Unicode.Scalar(value) {
            builder.text += Array(String(s).utf8)
        } else {
            diagnose(
                LexerCode.invalidUnicodeEscape,
                "`\\u{\(LexerState.hex(value, width: 1))}` is not a Unicode scalar value "
                    + "(surrogates D800–DFFF and values above 10FFFF are not characters)",
                start, p)
        }
    }

    private static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: UInt32(b - 0x30)
        case 0x41...0x46: UInt32(b - 0x41 + 10)
        case 0x61...0x66: UInt32(b - 0x61 + 10)
        default: nil
        }
    }

    /// The tokens of `\(…)`, read by a nested run after `\(` up to the matching `)`.
    /// Stops unclosed at the end of the file, or at a line end unless `allowLineEnds`.
    mutating func lexInterpolation(allowLineEnds: Bool) -> (tokens: [Token], closed: Bool) {
        let cap = min(LexerState.interpolationDepthCap, limits.maxNestingDepth)
        guard interpolationDepth < cap else {
            diagnose(
                LexerCode.interpolationTooDeep,
                "interpolations nest more than \(cap) deep",
                pos - 2, pos, help: "compute the inner text with `let` first")
            return ([], skipBalancedParentheses(allowLineEnds: allowLineEnds))
        }
        interpolationDepth += 1
        var outer = LexRun(brackets: [.interpolation], atLineStart: false)
        swap(&outer, &current)
        var closed = false
        while pos < count {
            let b = bytes[pos]
            if !allowLineEnds && (b == 0x0A || b == 0x0D) { break }
            let (c, length) = mappedScalar(at: pos)
            if c == 0x29, !current.brackets.contains(.paren) {
                if length > 1 { recordFullwidth(pos, pos + length) }
                pos += length
                closed = true
                break
            }
            let before = pos
            lexToken()
            if pos <= before { pos = before + 1 }
        }
        swap(&outer, &current)
        interpolationDepth -= 1
        return (outer.tokens, closed)
    }

    /// Skips to the `)` matching an already-read `(` without lexing (used past the depth cap).
    private mutating func skipBalancedParentheses(allowLineEnds: Bool) -> Bool {
        var depth = 1
        while pos < count {
            let b = bytes[pos]
            if !allowLineEnds && (b == 0x0A || b == 0x0D) { return false }
            pos += 1
            if b == 0x28 { depth += 1 }
            if b == 0x29 {
                depth -= 1
                if depth == 0 { return true }
            }
        }
        return false
    }
}

extension LexerState {
    /// The fast path for the common string: `"…"` closed on its line, with no escape,
    /// no interpolation and no character that needs a diagnostic. Its value is its
    /// content as is, so it is built straight from the source bytes without a
    /// ``PieceBuilder``. Returns false (having consumed nothing) for anything else;
    /// ``lexQuotedString(curly:)`` then reads it the careful way.
    private mutating func lexPlainString() -> Bool {
        let start = pos
        var i = pos + 1
        while i < count {
            let b = bytes[i]
            if b == 0x22 { break }
            if (b >= 0x20 && b < 0x7F && b != 0x5C) || b == 0x09 {
                i += 1
                continue
            }
            guard b >= 0x80 else { return false }
            let (v, length) = scalar(at: i)
            if v == LexerState.invalidScalar || LexerState.isForbiddenControl(v) { return false }
            i += length
        }
        guard i < count else { return false }
        pos = i + 1
        let content = string(start + 1, i)
        if leanStrings {
            emit(.string, start, pos, text: content)
        } else {
            emit(.string, start, pos, text: sourceText(start, pos), value: .pieces([.text(content)]))
        }
        return true
    }
}
