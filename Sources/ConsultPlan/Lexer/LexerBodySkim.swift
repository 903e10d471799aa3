// Skimming the body of a top-level meeting: the lexer stops after its `{`, and the
// streaming parser either asks for the body to be skimmed (stepped over to its `}`
// without making tokens) or simply goes on. A skimmed body is lexed and parsed when
// the meeting is built (Parser+DeferredBodies.swift), so a plan of 100,000 meetings
// never holds all their attribute trees at once.
//
// Skimming only finds the closing `}`; it decides nothing about the body. It declines
// (and the body is lexed as usual) on anything it does not read the lexer's way for
// certain: a nested `{`, full-width braces, multi-line strings, interpolation in
// strings, unterminated strings and comments. Whatever it accepts is checked when the
// body is parsed: the real lexer must end at the same `}` with no error, or the whole
// file is evaluated again without skimming (Engine.swift).

extension LexerState {
    /// After a `{` is emitted: pauses when it opens the body of a top-level
    /// `meeting ID ["title"] {` written on one line, with an ASCII brace.
    mutating func pauseIfMeetingBody(openLength: Int) {
        guard openLength == 1, interpolationDepth == 0, current.bracketsBeyondLimit == 0,
            current.brackets.count == 1
        else { return }
        let tokens = current.tokens
        var j = tokens.count - 1
        guard j >= 2, !tokens[j].atLineStart else { return }
        j -= 1
        if tokens[j].kind == .string {
            guard !tokens[j].atLineStart else { return }
            j -= 1
        }
        guard j >= 1, tokens[j].kind == .identifier || tokens[j].kind == .interpolatedIdentifier,
            !tokens[j].atLineStart
        else { return }
        j -= 1
        guard tokens[j].kind == .identifier, tokens[j].atLineStart,
            KeywordLookup.declarations.lookup(tokens[j].text) == .meeting
        else { return }
        pausedAtBody = true
    }

    /// Steps over the body after the `{` it paused at, up to its `}`, which it emits
    /// onto `window` as the lexer would have. Returns the `}`'s offset, or nil (nothing
    /// changed, still paused) when the body has something skimming does not read.
    mutating func skimBody(into window: inout [Token]) -> Int? {
        guard pausedAtBody, let close = bytes.withUnsafeBufferPointer({ LexerState.bodyEnd(in: $0, from: pos, to: count) })
        else { return nil }
        // Line ends are not tracked on the way (they are a third of the stops): the line
        // the `}` is on, and whether only blanks stand before it there, are read backwards.
        var blank = close
        while blank > pos {
            let b = bytes[blank - 1]
            if b == 0x20 || b == 0x09 {
                blank -= 1
            } else if b == 0x80, blank - 3 >= pos, bytes[blank - 3] == 0xE3, bytes[blank - 2] == 0x80 {
                blank -= 3  // ideographic space
            } else {
                break
            }
        }
        // `*/` before the `}`: whether a line end came since the last token depends on the
        // comment's content. Not worth reading backwards: the body is lexed as usual.
        if blank - 2 >= pos, bytes[blank - 1] == 0x2F, bytes[blank - 2] == 0x2A { return nil }
        var lineBegin = close
        while lineBegin > pos, bytes[lineBegin - 1] != 0x0A, bytes[lineBegin - 1] != 0x0D { lineBegin -= 1 }
        if lineBegin > pos { lineStart = lineBegin }
        // After the `{` itself (a token) when nothing but blanks came since.
        current.atLineStart = blank > pos && (bytes[blank - 1] == 0x0A || bytes[blank - 1] == 0x0D)
        current.pendingLineEnd = nil
        pos = close + 1
        pausedAtBody = false
        swap(&window, &current.tokens)
        emit(.punctuation(.rightBrace), close, close + 1, text: "}")
        swap(&window, &current.tokens)
        return close
    }

    /// Which bytes end a skim's eight-byte steps.
    private enum Stops {
        /// Outside strings: braces, `/` (comments), `"`, and lead bytes from 0xE0 (`“` is
        /// E2 80 9C, `｛` `｝` are EF BD 9B/9D; CJK text also stops).
        case code
        /// In a `"…"` string: `"`, `\`, line ends.
        case plainString
        /// In a `“…”` string: `\`, line ends, and lead bytes from 0xE0 (for its `”`).
        case curlyString
    }

    /// The high bit of each byte of `x` in `set` (the lowest flagged byte is exact).
    @inline(__always)
    private static func stops(_ x: UInt64, _ set: Stops) -> UInt64 {
        switch set {
        case .code:
            return zeroBytes(x ^ 0x7B7B_7B7B_7B7B_7B7B) | zeroBytes(x ^ 0x7D7D_7D7D_7D7D_7D7D)
                | zeroBytes(x ^ 0x2F2F_2F2F_2F2F_2F2F) | zeroBytes(x ^ 0x2222_2222_2222_2222) | leadBytesFromE0(x)
        case .plainString:
            return escapesAndLineEnds(x) | zeroBytes(x ^ 0x2222_2222_2222_2222)
        case .curlyString:
            return escapesAndLineEnds(x) | leadBytesFromE0(x)
        }
    }

    /// `\`, LF and CR bytes of `x`.
    @inline(__always)
    private static func escapesAndLineEnds(_ x: UInt64) -> UInt64 {
        zeroBytes(x ^ 0x5C5C_5C5C_5C5C_5C5C) | zeroBytes(x ^ 0x0A0A_0A0A_0A0A_0A0A) | zeroBytes(x ^ 0x0D0D_0D0D_0D0D_0D0D)
    }

    /// Bytes of `x` from 0xE0 (their top three bits set).
    @inline(__always)
    private static func leadBytesFromE0(_ x: UInt64) -> UInt64 {
        x & (x << 1) & (x << 2) & 0x8080_8080_8080_8080
    }

    /// The first byte in `set` from `i` on, found eight bytes at a time; or, when none is
    /// found before fewer than eight bytes are left, where those last bytes start.
    @inline(__always)
    private static func nextStop(_ raw: UnsafeRawPointer, from i: Int, to count: Int, _ set: Stops) -> Int {
        var i = i
        while i + 8 <= count {
            let found = stops(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)), set)
            if found != 0 { return i + found.trailingZeroBitCount >> 3 }
            i += 8
        }
        return i
    }

    /// The high bit of each zero byte of `v`. Bytes above a zero byte may be flagged
    /// too (the borrow), but the lowest flagged byte is always a zero: only it is used.
    @inline(__always)
    private static func zeroBytes(_ v: UInt64) -> UInt64 {
        (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080
    }

    /// Where the body starting at `start` ends (its `}`), or nil when it has something
    /// skimming declines. Eight bytes at a time between stops.
    private static func bodyEnd(in b: UnsafeBufferPointer<UInt8>, from start: Int, to count: Int) -> Int? {
        guard let base = b.baseAddress, count <= b.count else { return nil }
        let raw = UnsafeRawPointer(base)
        var i = start
        while i < count {
            i = nextStop(raw, from: i, to: count, .code)
            guard i < count else { break }
            switch b[i] {
            case 0x7D:
                return i
            case 0x7B:
                return nil
            case 0x2F where i + 1 < count && b[i + 1] == 0x2F:
                i += 2
                while i < count, b[i] != 0x0A, b[i] != 0x0D { i += 1 }
            case 0x2F where i + 1 < count && b[i + 1] == 0x2A:
                guard let end = blockCommentEnd(in: b, from: i, to: count) else { return nil }
                i = end
            case 0x22:
                guard !(i + 2 < count && b[i + 1] == 0x22 && b[i + 2] == 0x22),
                    let end = stringEnd(in: b, from: i + 1, to: count, curly: false)
                else { return nil }
                i = end
            case 0xE2 where i + 2 < count && b[i + 1] == 0x80 && b[i + 2] == 0x9C:  // `“`
                guard let end = stringEnd(in: b, from: i + 3, to: count, curly: true) else { return nil }
                i = end
            case 0xEF where i + 2 < count && b[i + 1] == 0xBD && (b[i + 2] == 0x9B || b[i + 2] == 0x9D):
                return nil  // `｛` `｝`
            default:
                i += 1
            }
        }
        return nil
    }

    /// The end of the string whose content starts at `start`, or nil at a line end, the
    /// end of the input or an interpolation.
    private static func stringEnd(in b: UnsafeBufferPointer<UInt8>, from start: Int, to count: Int, curly: Bool) -> Int? {
        guard let base = b.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var i = start
        while i < count {
            i = nextStop(raw, from: i, to: count, curly ? .curlyString : .plainString)
            guard i < count else { break }
            switch b[i] {
            case 0x22 where !curly:
                return i + 1
            case 0xE2 where curly && i + 2 < count && b[i + 1] == 0x80 && b[i + 2] == 0x9D:
                return i + 3
            case 0x0A, 0x0D:
                return nil
            case 0x5C:
                guard i + 1 < count, b[i + 1] != 0x28, b[i + 1] != 0x0A, b[i + 1] != 0x0D else { return nil }
                i += 2
            default:
                i += 1
            }
        }
        return nil
    }

    /// The end of the (nesting) block comment at `start`, or nil when it is unterminated.
    private static func blockCommentEnd(in b: UnsafeBufferPointer<UInt8>, from start: Int, to count: Int) -> Int? {
        var i = start + 2
        var depth = 1
        while i < count {
            if b[i] == 0x2A, i + 1 < count, b[i + 1] == 0x2F {
                i += 2
                depth -= 1
                if depth == 0 { return i }
            } else if b[i] == 0x2F, i + 1 < count, b[i + 1] == 0x2A {
                i += 2
                depth += 1
            } else {
                i += 1
            }
        }
        return nil
    }

    /// Trades identifier caches with `other` (a skimmed body's parse hands its cache on).
    mutating func exchangeIdentifierCache(_ other: inout IdentifierCache) {
        swap(&identifierCache, &other)
    }

    /// A lexer for a skimmed body: from just after its `{` to just after its `}`, in the
    /// state the file's lexer was in after that `{` (one brace open, not at a line start,
    /// the line-length count from the start of the brace's line).
    static func forSkimmedBody(bytes: [UInt8], file: FileID, limits: Limits, range: Range<Int>) -> LexerState {
        var lexer = LexerState(bytes: bytes, file: file, limits: limits, range: range)
        var start = lexer.pos
        while start > 0, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0D { start -= 1 }
        lexer.lineStart = start
        lexer.current = LexRun(lastKind: .punctuation(.leftBrace), brackets: [.brace], atLineStart: false)
        lexer.leanStrings = true
        return lexer
    }
}
