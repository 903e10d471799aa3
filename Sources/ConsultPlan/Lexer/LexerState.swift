// The lexer's working state and its main loop: one `lexToken` call per token,
// with statement ends, open brackets and the line-length limit tracked on the way.

/// An open bracket, remembered so that line ends inside `(` and `[` continue the statement.
enum OpenBracket: Sendable {
    case paren, bracket, brace
    /// The implicit `(` of a `\(…)` interpolation; its `)` ends the interpolation.
    case interpolation
}

/// The state of one token run: the file itself is one run, every `\(…)` another.
struct LexRun {
    /// The tokens emitted so far (and not yet taken by a streaming parser).
    var tokens: [Token] = []
    /// The kind of the last token emitted in this run, even when a streaming
    /// parser already took it out of `tokens`: the statement-end rule looks at it.
    var lastKind: TokenKind?
    /// Brackets open in this run, innermost last.
    var brackets: [OpenBracket] = []
    /// The first line end since the previous token, if any: where a `.newline` would go.
    var pendingLineEnd: Span?
    /// Whether a line end came since the previous token (or this is the run's first token).
    var atLineStart: Bool
    /// Brackets opened beyond the nesting limit: counted, not stacked, so a
    /// closer's search for its opener never scans more than the limit.
    var bracketsBeyondLimit = 0
}

/// The lexer proper. Scanners for each kind of token live in extensions
/// (LexerStrings.swift, LexerNumbers.swift, …).
struct LexerState {
    /// The file's bytes, as read.
    let bytes: [UInt8]
    /// `bytes.count`, cached.
    let count: Int
    /// The file every span refers to.
    let file: FileID
    /// Line length and nesting limits.
    let limits: Limits
    /// The next byte to read.
    var pos = 0
    /// The run tokens currently go to.
    var current = LexRun(atLineStart: true)
    /// Every comment, in source order.
    var comments: [Comment] = []
    /// Diagnostics, sorted by position in `finish`.
    var diagnostics: [Diagnostic] = []
    /// Full-width characters met so far; grouped into runs in `finish`.
    var fullwidth: [FullwidthEntry] = []
    /// Where the current source line starts (for the line-length limit).
    var lineStart = 0
    /// Whether the bracket-nesting diagnostic was already given (one per file).
    var nestingReported = false
    /// How many `\(…)` enclose the current position.
    var interpolationDepth = 0
    /// Whether a one-line string without escapes is emitted as its text alone
    /// (`text` the content, `value` `.none`) instead of its source text and a one-piece
    /// `.pieces` value: one String and one array fewer per string (the title of every
    /// meeting is over 15 bytes, so each is a heap allocation). Only the streaming
    /// parser, which keeps no token, asks for it; ``Parser`` reads both forms the same.
    var leanStrings = false
    /// Recently built ASCII identifier texts (see `cachedIdentifier`): a plan spells the
    /// same few hundred words again and again, and copying a cached String skips
    /// building and UTF-8-validating a new one (≈ 2–3% of `check`).
    var identifierCache = IdentifierCache()
    /// Whether lexing stops after the `{` of a top-level meeting declaration, so that a
    /// streaming parser can skim the body instead (LexerBodySkim.swift).
    var pausesAtMeetingBodies = false
    /// Stopped after such a `{`: the parser skims the body or resumes lexing.
    var pausedAtBody = false

    /// Interpolations nest at most this deep: each level costs several stack
    /// frames of recursion, and real plans never nest more than two.
    static let interpolationDepthCap = 16

    init(bytes: [UInt8], file: FileID, limits: Limits) {
        self.bytes = bytes
        self.count = bytes.count
        self.file = file
        self.limits = limits
    }

    /// A lexer over `bytes[range]` only (a skimmed body): the file ends, for it, at
    /// `range.upperBound`. Spans are still offsets in the whole file.
    init(bytes: [UInt8], file: FileID, limits: Limits, range: Range<Int>) {
        self.bytes = bytes
        self.count = min(range.upperBound, bytes.count)
        self.file = file
        self.limits = limits
        self.pos = max(0, min(range.lowerBound, count))
    }

    /// A span in this file.
    @inline(__always)
    func span(_ start: Int, _ end: Int) -> Span { Span(file: file, start: start, end: end) }

    /// Lexes the whole file.
    mutating func run() {
        skipByteOrderMark()
        // Dense code has about one token per four bytes. Reserving up front saves
        // the copies (and page faults) of repeated doubling; untouched capacity costs nothing.
        current.tokens.reserveCapacity(count / 4 + 16)
        lex(untilTokenCount: Int.max)
    }

    /// Skips a leading UTF-8 byte order mark; called once, before the first token.
    mutating func skipByteOrderMark() {
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            pos = 3
            lineStart = 3
        }
    }

    /// Whether the whole file has been read (the `endOfFile` token may still be due).
    var atEndOfInput: Bool { pos >= count }

    /// Lexes until `current.tokens` holds at least `limit` tokens or the file is read.
    /// A streaming parser calls this repeatedly, taking the tokens out in between;
    /// stopping between two `lexToken` calls changes nothing in what is lexed.
    mutating func lex(untilTokenCount limit: Int) {
        while pos < count && current.tokens.count < limit && !pausedAtBody {
            if pos - lineStart > limits.maxLineBytes {
                skipLongLine()
                continue
            }
            let before = pos
            lexToken()
            // Every scanner consumes at least one byte; this guard keeps the loop finite regardless.
            if pos <= before { pos = before + 1 }
        }
    }

    /// Lexes about `n` more tokens straight onto the end of `window` (a streaming
    /// parser's buffer), and `endOfFile` once the file is read. The window is swapped
    /// in as the run's token array and back out, so no token is copied.
    mutating func lex(into window: inout [Token], adding n: Int) {
        swap(&window, &current.tokens)
        lex(untilTokenCount: current.tokens.count + n)
        if atEndOfInput { appendEndOfFile() }
        swap(&window, &current.tokens)
    }

    /// Appends `endOfFile`, turns full-width runs into warnings and returns the stream.
    mutating func finish() -> TokenStream {
        appendEndOfFile()
        return TokenStream(tokens: current.tokens, comments: comments, diagnostics: finishDiagnostics())
    }

    /// Appends the final `endOfFile` token (once the whole file is read).
    mutating func appendEndOfFile() {
        current.tokens.append(
            Token(kind: .endOfFile, span: .point(file, count), text: "", atLineStart: current.atLineStart))
        current.lastKind = .endOfFile
    }

    /// Turns full-width runs into warnings and returns every diagnostic in source order.
    mutating func finishDiagnostics() -> [Diagnostic] {
        reportFullwidthRuns()
        return diagnostics.orderedByStart()
    }

    /// Lexes one token, or skips one stretch of whitespace, a line end or a comment.
    mutating func lexToken() {
        let b = bytes[pos]
        switch b {
        case 0x20, 0x09:
            pos += 1
            while pos < count, bytes[pos] == 0x20 || bytes[pos] == 0x09 { pos += 1 }
        case 0x0A:
            lexLineEnd(length: 1)
        case 0x0D:
            lexLineEnd(length: pos + 1 < count && bytes[pos + 1] == 0x0A ? 2 : 1)
        case 0x2F where pos + 1 < count && bytes[pos + 1] == 0x2F:
            lexLineComment()
        case 0x2F where pos + 1 < count && bytes[pos + 1] == 0x2A:
            lexBlockComment()
        case 0x22:
            if pos + 2 < count, bytes[pos + 1] == 0x22, bytes[pos + 2] == 0x22 {
                lexMultilineString()
            } else {
                lexQuotedString(curly: false)
            }
        case 0x30...0x39:
            lexNumber()
        case 0x41...0x5A, 0x61...0x7A, 0x5F:
            lexIdentifier()
        case 0x00...0x1F, 0x7F:
            lexControlCharacters()
        case 0x21...0x7E:
            if !lexPunctuation(UInt32(b), length: 1) { lexUnexpectedCharacters() }
        default:
            lexNonASCII()
        }
    }

    /// A character at or above U+0080: full-width punctuation, a curly string,
    /// an identifier, or something that cannot start a token.
    private mutating func lexNonASCII() {
        let (v, length) = scalar(at: pos)
        if v == LexerState.invalidScalar {
            lexInvalidBytes()
            return
        }
        if let ascii = FullwidthMap.ascii(for: v) {
            let c = UInt32(ascii)
            switch c {
            case 0x20:
                recordFullwidth(pos, pos + length)
                pos += length
            case 0x30...0x39:
                lexNumber()
            default:
                if !lexPunctuation(c, length: length) { lexUnexpectedCharacters() }
            }
            return
        }
        if v == 0x201C {
            lexQuotedString(curly: true)
        } else if v >= 0x80 && v <= 0x9F {
            lexControlCharacters()
        } else if LexerState.isIdentifierStart(v) {
            lexIdentifier()
        } else {
            lexUnexpectedCharacters()
        }
    }

    /// Punctuation and operators; `c` is the (mapped) ASCII character at `pos`.
    /// Returns false when `c` is not punctuation.
    mutating func lexPunctuation(_ c: UInt32, length: Int) -> Bool {
        let start = pos
        var end = pos + length
        let (next, nextLength) = mappedScalar(at: end)
        let p: Punctuation
        switch c {
        case 0x7B: p = .leftBrace
        case 0x7D: p = .rightBrace
        case 0x28: p = .leftParen
        case 0x29: p = .rightParen
        case 0x5B: p = .leftBracket
        case 0x5D: p = .rightBracket
        case 0x2C: p = .comma
        case 0x3B: p = .semicolon
        case 0x3A: p = .colon
        case 0x2B: p = .plus
        case 0x2D: p = .minus
        case 0x2A: p = .star
        case 0x2F: p = .slash
        case 0x2E:
            if next == 0x2E {
                end += nextLength
                p = .dotDot
            } else {
                p = .dot
            }
        case 0x3D, 0x21, 0x3C, 0x3E:
            let withEqual = next == 0x3D
            if withEqual { end += nextLength }
            switch c {
            case 0x3D: p = withEqual ? .equal : .assign
            case 0x21: p = withEqual ? .notEqual : .bang
            case 0x3C: p = withEqual ? .lessEqual : .less
            default: p = withEqual ? .greaterEqual : .greater
            }
        default:
            return false
        }
        pos = end
        if end - start != p.rawValue.utf8.count { recordFullwidth(start, end) }
        emit(.punctuation(p), start, end, text: p.rawValue)
        if p == .leftBrace && pausesAtMeetingBodies { pauseIfMeetingBody(openLength: end - start) }
        return true
    }

    /// A line end: remembered as a possible statement end.
    private mutating func lexLineEnd(length: Int) {
        noteLineEnd(at: pos, length: length)
        pos += length
    }

    /// Records a line end at `start` (also used for line ends inside block comments).
    mutating func noteLineEnd(at start: Int, length: Int) {
        if current.pendingLineEnd == nil { current.pendingLineEnd = span(start, start + length) }
        current.atLineStart = true
        lineStart = start + length
    }

    /// Reports a line longer than the limit and skips the rest of it.
    private mutating func skipLongLine() {
        let limitAt = lineStart + limits.maxLineBytes
        var end = pos
        while end < count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        diagnose(
            LexerCode.lineTooLong,
            "this line is \(end - lineStart) bytes long, more than the limit of \(limits.maxLineBytes) bytes; "
                + "the rest of the line is skipped",
            limitAt, limitAt,
            help: "break the line, or move long text into several strings joined with `+`")
        pos = end
        // The skipped line must not be reported again before its line end is read.
        lineStart = end
    }

    // MARK: Emitting tokens

    /// Appends a token, first deciding whether a pending line end ends the
    /// statement (see ``Lexer`` for the rule) and tracking open brackets.
    mutating func emit(_ kind: TokenKind, _ start: Int, _ end: Int, text: String, value: TokenValue = .none) {
        if let lineEnd = current.pendingLineEnd {
            if statementEnds(before: kind) {
                current.tokens.append(Token(kind: .newline, span: lineEnd, text: lineEndText(lineEnd)))
                current.lastKind = .newline
            }
            current.pendingLineEnd = nil
        }
        if case .punctuation(let p) = kind { trackBracket(p, start, end) }
        current.tokens.append(
            Token(kind: kind, span: span(start, end), text: text, value: value, atLineStart: current.atLineStart))
        current.lastKind = kind
        current.atLineStart = false
    }

    private func lineEndText(_ s: Span) -> String {
        s.length == 2 ? "\r\n" : (s.start < count && bytes[s.start] == 0x0D ? "\r" : "\n")
    }

    /// Whether a line end between the previous token and one of kind `next` ends a statement.
    private func statementEnds(before next: TokenKind) -> Bool {
        guard let lastKind = current.lastKind else { return false }
        if let open = current.brackets.last, open != .brace { return false }
        switch lastKind {
        case .newline:
            return false
        case .punctuation(let p):
            switch p {
            case .comma, .plus, .minus, .star, .slash, .equal, .notEqual, .less, .lessEqual,
                 .greater, .greaterEqual, .dotDot, .assign, .leftBrace, .semicolon,
                 .leftParen, .leftBracket:
                return false
            default:
                break
            }
        case .reserved(let w) where w == .and || w == .or || w == .in || w == .where:
            return false
        default:
            break
        }
        switch next {
        case .punctuation(.rightBrace):
            return false
        case .reserved(let w) where w == .else || w == .and || w == .or || w == .where:
            return false
        default:
            return true
        }
    }

    /// Opens or closes a bracket. A closer pops back to its matching opener; one
    /// without a matching opener is left to the parser to diagnose.
    private mutating func trackBracket(_ p: Punctuation, _ start: Int, _ end: Int) {
        let open: OpenBracket
        switch p {
        case .leftParen: open = .paren
        case .leftBracket: open = .bracket
        case .leftBrace: open = .brace
        case .rightParen, .rightBracket, .rightBrace:
            if current.bracketsBeyondLimit > 0 {
                current.bracketsBeyondLimit -= 1
                return
            }
            let wanted: OpenBracket = p == .rightParen ? .paren : (p == .rightBracket ? .bracket : .brace)
            if let i = current.brackets.lastIndex(of: wanted) {
                current.brackets.removeSubrange(i...)
            }
            return
        default:
            return
        }
        guard current.brackets.count < limits.maxNestingDepth else {
            current.bracketsBeyondLimit += 1
            if nestingReported { return }
            nestingReported = true
            diagnose(
                LexerCode.nestingTooDeep,
                "brackets nest more than \(limits.maxNestingDepth) deep",
                start, end,
                help: "split the expression with `let` bindings")
            return
        }
        current.brackets.append(open)
    }

    // MARK: Diagnostics

    /// Adds a diagnostic over `start..<end`.
    mutating func diagnose(
        _ code: DiagnosticCode, _ message: String, _ start: Int, _ end: Int,
        help: String? = nil, fixIts: [FixIt] = []
    ) {
        diagnostics.append(Diagnostic(code, message, at: span(start, end), help: help, fixIts: fixIts))
    }
}
