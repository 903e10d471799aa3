// The recursive-descent parser's core: its state, the token verbs every grammar
// file uses (`at`, `eat`, `expect`, `consume(if:)`), error reporting, recovery and the depth guard.

/// How the parser treats top-level input.
public enum ParseMode: Sendable {
    /// A `.cplan` file: bare expressions are errors.
    case file
    /// A REPL line: a bare expression is a statement of its own.
    case repl
}

/// What parsing returns: always a program, possibly with diagnostics.
public struct ParseResult: Sendable {
    /// The syntax tree (with `invalid`/`missing` nodes where input was broken).
    public var program: Program
    /// Every comment, for the formatter.
    public var comments: [Comment]
    /// The tokens the program was parsed from; empty when the caller asked not to keep them
    /// (`Parser.parse(…, keepTokens: false)`).
    public var tokens: [Token]
    /// Lexical and syntax diagnostics, in source order.
    public var diagnostics: [Diagnostic]
    /// How many top-level meeting bodies were skimmed, not parsed (their declarations
    /// have no attributes yet; Parser+DeferredBodies.swift).
    var skimmedBodies = 0
}

/// The recursive-descent parser.
///
/// Design (after swift-syntax and Lua's `lparser.c`):
/// - **Parsing never fails.** Every parse function returns a node; where input
///   is broken it returns `.missing` / `.invalid` and reports one diagnostic.
/// - **One diagnostic per mistake.** The first error of a statement or attribute
///   puts the parser in *recovery*: further reports are dropped until it has
///   skipped to a synchronisation point (the next line or attribute inside
///   `{ }`, the next statement at top level), where recovery ends.
/// - **Keywords are contextual.** Only reserved words arrive classified; the
///   grammar functions recognise declaration keywords at statement start,
///   attribute names where an attribute may start, and grammar words inside an
///   attribute's grammar, all through the ``Keywords`` tables.
/// - **Progress and depth.** Every loop checks that it consumed a token; every
///   recursion passes through `enterNesting()`, which stops at
///   ``Limits/maxNestingDepth`` with a diagnostic *before* recursing. Functions
///   on a recursive path stay small (diagnostics are built in out-of-line
///   helpers), so 256 levels fit a small thread stack even in a debug build.
/// - Each parse function's doc comment starts with its EBNF production.
public struct Parser {
    /// The tokens, always ending with `endOfFile`. When streaming, a window: the
    /// tokens from just before the current top-level statement up to a few ahead.
    var tokens: [Token]
    /// The index of the current token in `tokens`.
    var index = 0
    /// The lexer tokens are pulled from when streaming (nil: `tokens` is the whole input).
    /// Streaming keeps memory flat: a 100,000-meeting plan has 5.7 million tokens.
    var lexer: LexerState?
    /// The file the tokens came from, for "opened at line N"; nil in token-level tests.
    let source: SourceFile?
    /// The file's ID, for spans of synthesized nodes.
    let file: FileID
    /// File or REPL.
    let mode: ParseMode
    /// Nesting cap and friends.
    let limits: Limits
    /// Current nesting depth (brackets, blocks, unary chains, interpolations).
    var depth = 0
    /// Set after an error until the next synchronisation point: reports are dropped.
    var recovering = false
    /// Syntax diagnostics found so far.
    var diagnostics: [Diagnostic] = []
    /// The end of the last consumed token, for spans of finished nodes.
    var previousEnd = 0
    /// Whether an "input ends too early" diagnostic was given (only one is).
    var reportedEndOfInput = false
    /// How many attributes the previous declaration had: the next block reserves as many.
    var lastAttributeCount = 0
    /// Duration nodes already built, by value: `.duration` is a boxed case, and a plan
    /// repeats a few durations (`10 days`, `1 month`) hundreds of thousands of times;
    /// equal values share one box instead of a 48-byte allocation each. Bounded, so a
    /// file of distinct durations cannot grow it without limit.
    var durationKinds: [Duration: ExpressionKind] = [:]
    /// The items of the comma lists being parsed (``parseValue()``), innermost last.
    var listStack: [Expression] = []
    /// The last identifier looked up as an attribute keyword: where it starts and its
    /// index in ``KeywordLookup/attributeKeywords`` (the block loop looks, the attribute reuses).
    var lookedUpAttribute: (start: Int, index: Int?) = (-1, nil)
    /// How many bodies of top-level meetings were skimmed (when the lexer pauses at them).
    var skimmedBodies = 0

    /// Creates a parser over tokens (the last must be `endOfFile`; one is added otherwise).
    init(tokens: [Token], source: SourceFile?, file: FileID, mode: ParseMode, limits: Limits, depth: Int = 0) {
        var tokens = tokens
        if tokens.last?.kind != .endOfFile {
            let end = tokens.last?.span.end ?? 0
            tokens.append(Token(kind: .endOfFile, span: .point(file, end), text: ""))
        }
        self.tokens = tokens
        self.source = source
        self.file = file
        self.mode = mode
        self.limits = limits
        self.depth = depth
        self.previousEnd = tokens.first?.span.start ?? 0
    }

    /// Creates a parser that pulls tokens from `lexer` as it goes, dropping those of
    /// finished top-level statements.
    init(
        streaming lexer: LexerState, source: SourceFile, file: FileID, mode: ParseMode, limits: Limits,
        atFileStart: Bool = true
    ) {
        self.tokens = []
        self.lexer = lexer
        self.source = source
        self.file = file
        self.mode = mode
        self.limits = limits
        // Nobody else sees these tokens: a plain string can arrive as its text alone.
        self.lexer?.leanStrings = true
        // A body's parser is started by its caller (``parseSkimmedBody``), which first
        // hands the lexer its caches.
        guard atFileStart else { return }
        self.lexer?.skipByteOrderMark()
        refill()
        self.previousEnd = tokens.first?.span.start ?? 0
    }

    /// Parses a whole file. Never fails: it returns a tree and diagnostics.
    public static func parse(_ file: SourceFile, id: FileID, mode: ParseMode = .file) -> ParseResult {
        parse(file, id: id, mode: mode, limits: Limits())
    }

    /// Parses a whole file with explicit limits (an embedder may lower the nesting cap).
    ///
    /// - Parameter keepTokens: whether ``ParseResult/tokens`` holds every token (the
    ///   formatter and editors need them). Without them the parser pulls tokens from the
    ///   lexer as it goes and never holds more than one top-level statement's worth: the
    ///   tree and the diagnostics are the same, `tokens` is empty.
    public static func parse(_ file: SourceFile, id: FileID, mode: ParseMode, limits: Limits, keepTokens: Bool = true) -> ParseResult {
        parse(file, id: id, mode: mode, limits: limits, keepTokens: keepTokens, skimmingMeetingBodies: false)
    }

    /// ``parse(_:id:mode:limits:keepTokens:)``; with `skimmingMeetingBodies` (and no kept
    /// tokens) the bodies of top-level meetings are skimmed, to be parsed when each meeting
    /// is built (``parseSkimmedBody(of:in:id:limits:reuse:)``). A file with a syntax error
    /// is parsed again in full, so its diagnostics are always a full parse's.
    static func parse(
        _ file: SourceFile, id: FileID, mode: ParseMode, limits: Limits, keepTokens: Bool, skimmingMeetingBodies: Bool
    ) -> ParseResult {
        // Hardening: a file over the size limit is not lexed at all (CP0551), so an
        // embedder's limit holds even when the host did not check the size itself.
        guard file.bytes.count <= limits.maxSourceBytes else {
            let end = Token(kind: .endOfFile, span: .point(id, 0), text: "")
            let tooLarge = Diagnostic(
                LimitCode.sourceTooLarge,
                "this file is \(file.bytes.count) bytes, more than the limit of \(limits.maxSourceBytes) bytes for a source file",
                at: .point(id, 0), help: "split the plan into several files with `include`")
            return ParseResult(program: Program(statements: [], file: id), comments: [], tokens: [end], diagnostics: [tooLarge])
        }
        // The embedder's limits reach the lexer too (line length, bracket depth).
        let stream: TokenStream
        let program: Program
        var own: [Diagnostic]
        var skimmed = 0
        if keepTokens {
            stream = Lexer.tokenize(file, id: id, limits: limits)
            var parser = Parser(tokens: stream.tokens, source: file, file: id, mode: mode, limits: limits)
            program = parser.parseProgram()
            own = parser.diagnostics
        } else {
            var lexer = LexerState(bytes: file.bytes, file: id, limits: limits)
            lexer.pausesAtMeetingBodies = skimmingMeetingBodies && mode == .file
            var parser = Parser(streaming: lexer, source: file, file: id, mode: mode, limits: limits)
            program = parser.parseProgram()
            own = parser.diagnostics
            skimmed = parser.skimmedBodies
            // The parser stops at `endOfFile`, so the lexer has read the whole file.
            let lexerDiagnostics = parser.lexer?.finishDiagnostics() ?? []
            stream = TokenStream(tokens: [], comments: parser.lexer?.comments ?? [], diagnostics: lexerDiagnostics)
        }
        // The lexer already reports brackets nested past the limit (CP0501);
        // the parser's own report of the same nesting would be a second one.
        if stream.diagnostics.contains(where: { $0.code == DiagnosticCode("CP0501") }) {
            own.removeAll { $0.code == .nestingTooDeep }
        }
        // A lexical error (an unterminated string, a bad character) usually
        // derails the statement it is in; the lexer's message is the precise
        // one, so parser errors on the same line are not reported again.
        let damagedLines = Set(stream.diagnostics.filter { $0.severity == .error }.map { file.lines.line(ofByte: $0.span.start) })
        if !damagedLines.isEmpty {
            own.removeAll { damagedLines.contains(file.lines.line(ofByte: $0.span.start)) }
        }
        let all = (stream.diagnostics + own).orderedByStart()
        // A file with a syntax error gets exactly a full parse's diagnostics: a skimmed body
        // may hide an error, or a skim stray from where the lexer would have gone.
        if skimmed > 0 && all.hasErrors {
            return parse(file, id: id, mode: mode, limits: limits, keepTokens: keepTokens, skimmingMeetingBodies: false)
        }
        return ParseResult(
            program: program, comments: stream.comments, tokens: stream.tokens,
            diagnostics: all.capped(at: limits.maxDiagnostics), skimmedBodies: skimmed)
    }

    /// Parses tokens made by hand or by another lexer run (tests, the REPL).
    static func parse(tokens: [Token], file: FileID, mode: ParseMode = .file, source: SourceFile? = nil) -> (Program, [Diagnostic]) {
        var parser = Parser(tokens: tokens, source: source, file: file, mode: mode, limits: Limits())
        let program = parser.parseProgram()
        return (program, parser.diagnostics)
    }
}

// MARK: - Token verbs

extension Parser {
    /// Tokens kept ahead of the current one when streaming: more than any lookahead
    /// the grammar uses (`peek(2)`, a line end then a token).
    static let streamLookahead = 16
    /// Tokens pulled from the lexer at a time.
    static let streamChunk = 1024
    /// Consumed tokens kept before the window is compacted: dropping moves the
    /// unread rest (at most a chunk) to the front, so it is done rarely.
    static let streamDropThreshold = 16384

    /// Pulls the next chunk of tokens from the lexer (and `endOfFile` once the file is read).
    @inline(never)
    mutating func refill() {
        guard lexer != nil, tokens.last?.kind != .endOfFile else { return }
        if lexer?.pausedAtBody == true {
            // The window ends at a meeting body's `{`: it is skimmed when the parser gets
            // there (Parser+DeferredBodies.swift), or lexing goes on once it is consumed.
            guard index >= tokens.count else { return }
            lexer?.pausedAtBody = false
        }
        lexer?.lex(into: &tokens, adding: Parser.streamChunk)
    }

    /// At a top-level statement start when streaming: drops the tokens before the
    /// previous one (nothing looks further back than one token), so the window stays small.
    mutating func dropConsumedTokens() {
        guard lexer != nil, index > Parser.streamDropThreshold else { return }
        let drop = index - 1
        tokens.removeFirst(drop)
        index -= drop
    }

    /// The current token.
    var current: Token { tokens[min(index, tokens.count - 1)] }

    /// The current token's kind, without copying the token into the caller's
    /// frame (debug builds keep every temporary; recursive paths must stay small).
    var currentKind: TokenKind { tokens[min(index, tokens.count - 1)].kind }

    /// Whether a line end came right before the current token, read in place.
    var currentAtLineStart: Bool { tokens[min(index, tokens.count - 1)].atLineStart }

    /// The kind of the token `offset` places ahead.
    func peekKind(_ offset: Int = 1) -> TokenKind {
        let i = index + offset
        return i >= 0 && i < tokens.count ? tokens[i].kind : tokens[tokens.count - 1].kind
    }

    /// The token `offset` places ahead (the final `endOfFile` past the end).
    func peek(_ offset: Int = 1) -> Token {
        let i = index + offset
        return i >= 0 && i < tokens.count ? tokens[i] : tokens[tokens.count - 1]
    }

    /// Whether the input is used up.
    var atEnd: Bool { currentKind == .endOfFile }

    /// Whether only line ends remain: a statement cut off here is incomplete
    /// input (the REPL asks for another line), not a wrong token.
    var atEndIgnoringNewlines: Bool {
        var i = index
        while i < tokens.count, tokens[i].kind == .newline { i += 1 }
        return i >= tokens.count || tokens[i].kind == .endOfFile
    }

    // The predicates below read the current token in place (`currentKind`,
    // `tokens[…].text`) instead of copying it out through `current`: a copy
    // retains and releases its text and value, and the parser asks millions of times.

    /// Whether the current token is the punctuation `p`.
    func at(_ p: Punctuation) -> Bool { currentKind == .punctuation(p) }

    /// Whether the current token is the reserved word `w`.
    func at(_ w: ReservedWord) -> Bool { currentKind == .reserved(w) }

    /// Whether the current token is of this kind.
    func at(kind: TokenKind) -> Bool { currentKind == kind }

    /// Whether the current token is an identifier spelling the grammar word `canonical` (KEYWORDS.md).
    func atGrammarWord(_ canonical: String) -> Bool {
        let i = min(index, tokens.count - 1)
        return tokens[i].kind == .identifier && KeywordLookup.grammarWord(tokens[i].text, is: canonical)
    }

    /// Whether the current token ends a statement: a line end, `;`, `}` or the end of input.
    var atStatementEnd: Bool {
        switch currentKind {
        case .newline, .endOfFile, .punctuation(.semicolon), .punctuation(.rightBrace): true
        default: false
        }
    }

    /// Consumes the current token and returns it (never moves past `endOfFile`).
    @discardableResult
    mutating func advance() -> Token {
        let token = current
        skip()
        return token
    }

    /// Consumes the current token without returning it (never moves past `endOfFile`):
    /// `advance()` for when the token is not needed, reading it in place instead of copying it.
    @inline(__always)
    mutating func skip() {
        let i = min(index, tokens.count - 1)
        guard tokens[i].kind != .endOfFile else { return }
        previousEnd = tokens[i].span.end
        index += 1
        if lexer != nil && index + Parser.streamLookahead >= tokens.count { refill() }
    }

    /// Consumes the punctuation `p` if it is next.
    mutating func eat(_ p: Punctuation) -> Token? {
        at(p) ? advance() : nil
    }

    /// Consumes the punctuation `p` if it is next; whether it did. `eat(_:)` for when
    /// the token is not needed: no 56-byte Token copied and destroyed (a `,` between
    /// list items, the `}` of every block).
    mutating func skip(ifAt p: Punctuation) -> Bool {
        guard at(p) else { return false }
        skip()
        return true
    }

    /// Consumes the reserved word `w` if it is next.
    mutating func eat(_ w: ReservedWord) -> Token? {
        at(w) ? advance() : nil
    }

    /// Consumes the current token if it satisfies `predicate`.
    mutating func consume(if predicate: (Token) -> Bool) -> Token? {
        predicate(current) ? advance() : nil
    }

    /// Consumes a grammar word (`by`, `due`, `之前` …) as a ``Word`` if it is next.
    mutating func eatGrammarWord(_ canonical: String) -> Word? {
        guard atGrammarWord(canonical) else { return nil }
        return takeWord()
    }

    /// Consumes the current token as a Word, reading its text and span in place
    /// (`advance()` would copy and destroy the whole 56-byte Token).
    mutating func takeWord() -> Word {
        let i = min(index, tokens.count - 1)
        let word = Word(tokens[i].text, tokens[i].span)
        skip()
        return word
    }

    /// Consumes `p` or reports "expected `p`, found …" and returns nil.
    mutating func expect(_ p: Punctuation, _ what: String? = nil) -> Token? {
        if let t = eat(p) { return t }
        reportExpected(what ?? "`\(p.rawValue)`")
        return nil
    }

    /// Consumes the grammar word or reports it missing.
    mutating func expectGrammarWord(_ canonical: String, after context: String) -> Word? {
        if let w = eatGrammarWord(canonical) { return w }
        let spellings = (Keywords.grammarWords[canonical] ?? [canonical]).map { "`\($0)`" }.joined(separator: " or ")
        reportExpected("\(spellings) \(context)")
        return nil
    }

    /// A span from `start` to the end of the last consumed token.
    func span(from start: Int) -> Span {
        Span(file: file, start: start, end: max(start, previousEnd))
    }

    /// An empty span at the current token, for missing things.
    var hereSpan: Span { .point(file, current.span.start) }
}

// MARK: - Reporting

extension Parser {
    /// Adds a diagnostic unless the parser is recovering from an earlier error,
    /// then enters recovery (one diagnostic per mistake).
    mutating func report(_ diagnostic: Diagnostic) {
        guard !recovering else { return }
        recovering = true
        // Running out of input is one mistake however many constructs it leaves
        // open: report the innermost and stay quiet about the enclosing ones.
        if DiagnosticCode.incompleteInputCodes.contains(diagnostic.code) {
            if reportedEndOfInput { return }
            reportedEndOfInput = true
        }
        diagnostics.append(diagnostic)
    }

    /// Adds a diagnostic that does not disturb parsing (the input is still well-formed enough).
    mutating func note(_ diagnostic: Diagnostic) {
        guard !recovering else { return }
        diagnostics.append(diagnostic)
    }

    /// How a token reads in a message: "`meeting`", "a line end", "the end of the file".
    static func describe(_ token: Token) -> String {
        switch token.kind {
        case .newline: return "a line end"
        case .endOfFile: return "the end of the file"
        case .string: return "a string"
        case .interpolatedIdentifier: return "`\(token.text)`"
        case .reserved(let w): return "`\(token.text.isEmpty ? w.rawValue : token.text)`"
        default: return "`\(token.text)`"
        }
    }

    /// Reports "expected X, found Y" at the current token. An invalid token was
    /// already diagnosed by the lexer, so it only starts recovery; the end of the
    /// file gets its own code so the REPL can ask for another line.
    @inline(never)
    mutating func reportExpected(_ what: String, help: String? = nil) {
        let token = current
        switch token.kind {
        case .invalid:
            recovering = true
        case _ where atEndIgnoringNewlines:
            report(Diagnostic(.unexpectedEndOfInput, "expected \(what), found the end of the file", at: token.span, help: help))
        default:
            report(Diagnostic(.unexpectedToken, "expected \(what), found \(Parser.describe(token))", at: token.span, help: help))
        }
    }

    /// The 1-based line of a byte offset, when the source is known.
    func line(of span: Span) -> Int? {
        source.map { $0.lines.line(ofByte: span.start) }
    }

    /// "line N" for messages, or "here" in token-only tests.
    func lineText(of span: Span) -> String {
        line(of: span).map { "line \($0)" } ?? "here"
    }
}

// MARK: - Depth guard

extension Parser {
    /// Goes one nesting level deeper, or reports "nesting too deep" (once),
    /// skips the nested region and returns false: the caller then returns a
    /// placeholder without recursing. A caller that gets true must
    /// `defer { depth -= 1 }`.
    ///
    /// `insideOpenBracket`: the caller already consumed the `{` (or `(`, `[`) that opens
    /// the nested region, so skipping runs to and past its matching closer. Without
    /// it, 100,000 nested `if true {` lines gave one diagnostic per line and per `}`.
    mutating func enterNesting(insideOpenBracket: Bool = false) -> Bool {
        guard depth < limits.maxNestingDepth else {
            reportTooDeep(insideOpenBracket: insideOpenBracket)
            return false
        }
        depth += 1
        return true
    }

    /// Reports the nesting limit at the current token and skips what follows up
    /// to the end of the statement or line, so the outer levels unwind quietly.
    @inline(never)
    mutating func reportTooDeep(insideOpenBracket: Bool = false) {
        report(Diagnostic(
            .nestingTooDeep,
            "nesting is deeper than the limit of \(limits.maxNestingDepth) levels",
            at: current.span,
            help: "split the expression or block into smaller pieces with `let`"))
        // Skip every token until the brackets opened from here are balanced, or
        // a line starts a new statement: linear, and no recursion.
        var balance = insideOpenBracket ? 1 : 0
        while !atEnd {
            let t = current
            if balance == 0 && t.atLineStart && startsStatement(t) && index > 0 { break }
            switch t.kind {
            case .punctuation(.leftParen), .punctuation(.leftBracket), .punctuation(.leftBrace): balance += 1
            case .punctuation(.rightParen), .punctuation(.rightBracket), .punctuation(.rightBrace):
                if balance == 0 { return }
                balance -= 1
                if insideOpenBracket && balance == 0 {
                    skip()
                    return
                }
            case .newline where balance == 0: return
            default: break
            }
            skip()
        }
    }
}

// MARK: - Recovery

extension Parser {
    /// Whether a token begins a statement wherever it stands at a line start: a
    /// statement reserved word, or a declaration keyword that is not also an
    /// attribute name (`committee`, `sector`, `party` are both).
    func startsStatement(_ t: Token) -> Bool {
        switch t.kind {
        case .reserved(let w):
            return [.let, .for, .if, .template, .use, .include, .require, .warn].contains(w)
        case .identifier:
            return KeywordLookup.statementStarts.contains(t.text)
        default:
            return false
        }
    }

    /// Skips to the end of the broken statement: past a line end or `;` outside
    /// brackets, past the `}` closing a block skipped here, or up to a `}` that
    /// closes the enclosing block, or up to a line that starts a new statement.
    @inline(never)
    mutating func skipStatement() {
        var balance = 0
        let startIndex = index
        while !atEnd {
            let t = current
            if index > startIndex && t.atLineStart && startsStatement(t) { break }
            switch t.kind {
            case .newline, .punctuation(.semicolon):
                if balance == 0 { skip(); return }
            case .punctuation(.leftBrace), .punctuation(.leftParen), .punctuation(.leftBracket):
                balance += 1
            case .punctuation(.rightBrace):
                if balance == 0 { return }
                balance -= 1
                if balance == 0 { skip(); return }
                skip()
                continue
            case .punctuation(.rightParen), .punctuation(.rightBracket):
                if balance > 0 { balance -= 1 }
            default: break
            }
            skip()
        }
    }

    /// Skips the rest of a broken attribute: to the line end or `;` (consumed),
    /// or up to the `}` closing the declaration or a line starting a statement.
    @inline(never)
    mutating func skipAttribute() {
        var balance = 0
        let startIndex = index
        while !atEnd {
            let t = current
            if index > startIndex && t.atLineStart && (startsStatement(t) || balance == 0) { break }
            switch t.kind {
            case .newline, .punctuation(.semicolon):
                if balance == 0 { skip(); return }
            case .punctuation(.leftBrace), .punctuation(.leftParen), .punctuation(.leftBracket):
                balance += 1
            case .punctuation(.rightBrace):
                if balance == 0 { return }
                balance -= 1
            case .punctuation(.rightParen), .punctuation(.rightBracket):
                if balance > 0 { balance -= 1 }
            default: break
            }
            skip()
        }
    }

    /// Skips line ends and `;` between statements or attributes.
    mutating func skipSeparators() {
        while at(kind: .newline) || at(.semicolon) { skip() }
    }
}

extension Array {
    /// The same elements in a buffer of about their own size, when growth by append
    /// left much unused capacity (up to half of it). The tree keeps its lists for the
    /// whole run, a million of them at 100,000 meetings, so the slack is worth a copy.
    @inline(__always)
    func trimmedToCount() -> [Element] {
        // A few spare bytes are only malloc's rounding; below 64 the copy is not worth it.
        guard (capacity - count) * MemoryLayout<Element>.stride >= 64 else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: self)
        }
    }
}
