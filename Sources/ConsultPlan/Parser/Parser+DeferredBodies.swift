// Skimmed meeting bodies: a streaming parse that keeps no tree may step over the body
// of a top-level meeting (LexerBodySkim.swift) and parse it when the meeting is built,
// so that each meeting's attribute tree lives only while it is evaluated. At 100,000
// meetings the trees were ≈ 150 MB held at once (Benchmarks/README.md).
//
// The result is the same as a full parse, or nothing: a body parses here only if the
// real lexer and parser, started just after its `{`, end exactly at the `}` skimming
// found, without an error. Started at a token boundary, in the lexer state the whole
// file's lexer had there, they read the body as the full parse would have.

/// A skimmed body, parsed.
struct SkimmedBody {
    /// The meeting's attributes.
    var attributes: [Attribute]
    /// The comments inside the body (allow directives).
    var comments: [Comment]
    /// Warnings and notes (a body with an error is not returned).
    var diagnostics: [Diagnostic]
}

/// What one body's parse hands to the next: the caches that make a parse of many small
/// bodies as fast as one of the whole file.
struct SkimmedBodyParsing {
    var identifierCache = IdentifierCache()
    var durationKinds: [Duration: ExpressionKind] = [:]
    var lastAttributeCount = 0
    /// The token window, kept empty with its capacity (growing a new one every body cost more than the lexing).
    var tokens: [Token] = []
}

extension Parser {
    /// At the `{` where the lexer paused before a top-level meeting's body: skims the body
    /// and consumes the `{` and its `}`. Returns where the body starts (just after `{`),
    /// or nil, with nothing consumed, when the body is to be parsed as usual.
    mutating func skimMeetingBody() -> Int? {
        guard depth == 0, !recovering, lexer?.pausedAtBody == true, index == tokens.count - 1, at(.leftBrace) else {
            return nil
        }
        let bodyStart = tokens[index].span.end
        guard lexer?.skimBody(into: &tokens) != nil else { return nil }
        skip()  // `{`
        skip()  // the `}` the skim emitted
        skimmedBodies += 1
        return bodyStart
    }

    /// Parses the skimmed body of `declaration` (a meeting whose ``Declaration/deferredBodyStart``
    /// is set), or nil when it does not parse cleanly to the `}` that ends the declaration.
    static func parseSkimmedBody(
        of declaration: Declaration, in source: SourceFile, id: FileID, limits: Limits, reuse: inout SkimmedBodyParsing
    ) -> SkimmedBody? {
        let start = Int(declaration.deferredBodyStart), end = declaration.span.end
        guard start > 0, start < end, end <= source.bytes.count, source.bytes[start - 1] == 0x7B else { return nil }
        var parser = Parser(
            streaming: LexerState.forSkimmedBody(bytes: source.bytes, file: id, limits: limits, range: start..<end),
            source: source, file: id, mode: .file, limits: limits, atFileStart: false)
        // Swapped in here, not into a local lexer: a second reference would make the
        // cache's first write copy all of it.
        parser.lexer?.exchangeIdentifierCache(&reuse.identifierCache)
        swap(&parser.tokens, &reuse.tokens)
        parser.refill()
        parser.previousEnd = start
        parser.depth = 1
        swap(&parser.durationKinds, &reuse.durationKinds)
        parser.lastAttributeCount = reuse.lastAttributeCount
        let keyword = declaration.keyword
        let attributes = parser.parseAttributeBlock(
            kind: .meeting, keyword: Token(kind: .identifier, span: keyword.span, text: keyword.text),
            open: Token(kind: .punctuation(.leftBrace), span: Span(file: id, start: start - 1, end: start), text: "{"))
        reuse.lastAttributeCount = parser.lastAttributeCount
        swap(&parser.durationKinds, &reuse.durationKinds)
        let lexerDiagnostics = parser.lexer?.finishDiagnostics() ?? []
        let comments = parser.lexer?.comments ?? []
        let clean = parser.atEnd && parser.previousEnd == end && !parser.diagnostics.hasErrors && !lexerDiagnostics.hasErrors
        parser.lexer?.exchangeIdentifierCache(&reuse.identifierCache)
        parser.tokens.removeAll(keepingCapacity: true)
        swap(&parser.tokens, &reuse.tokens)
        guard clean else { return nil }
        // Merged as a whole file's parse merges them (``Parser/parse(_:id:mode:limits:keepTokens:)``).
        let diagnostics = (lexerDiagnostics + parser.diagnostics).orderedByStart()
        return SkimmedBody(attributes: attributes, comments: comments, diagnostics: diagnostics.map(\.shortened))
    }
}
