// Declarations (LANGUAGE.md 3): the header of each kind and the `{ … }` block
// of attributes, with the checks that a `{` sits on its header line and is closed.

extension Parser {
    /// Whether a declaration keyword at statement start is really a declaration.
    /// A keyword used as a name in an expression (`party.title` in the REPL,
    /// where a member may be called `party`) is followed by an operator instead.
    func declarationKeywordStartsDeclaration() -> Bool {
        let next = peek()
        if next.atLineStart || next.kind == .newline || next.kind == .endOfFile || next.is(.semicolon) {
            return mode == .file
        }
        if next.is(.dot) || next.is(.leftParen) || next.is(.equal) || next.is(.notEqual) { return false }
        switch next.kind {
        case .reserved(.where), .reserved(.and), .reserved(.or), .reserved(.in): return false
        case .punctuation(let p) where [.plus, .minus, .star, .slash, .less, .lessEqual, .greater, .greaterEqual].contains(p):
            return false
        default: return true
        }
    }

    /// declaration → plan STRING body
    ///             | (policy | approval) body
    ///             | (committee | sector | party | department | member | meeting | series) ID [STRING] [body]
    ///             | group ID [STRING] ("=" value | body)
    ///             | holiday expression [STRING] | workday expression [STRING]
    ///             | record postfix body
    @inline(never)
    mutating func parseDeclaration(_ kind: DeclarationKind) -> Statement {
        let keywordToken = advance()
        let keyword = Word(keywordToken.text, keywordToken.span)
        var declaration = Declaration(kind: kind, keyword: keyword, span: keywordToken.span)
        let what = "`\(keywordToken.text)`"

        switch kind {
        case .plan:
            if at(kind: .string) {
                declaration.title = parsePrimary()
            } else {
                reportExpected("the plan's title in quotes after \(what)", help: "write `\(keywordToken.text) \"…\" { year … }`")
            }
        case .policy, .approval:
            break
        case .committee, .sector, .party, .department, .member, .meeting, .series, .group:
            declaration.name = parseDeclarationName(after: keywordToken)
            if !recovering && at(kind: .string) { declaration.title = parsePrimary() }
            if kind == .group && !recovering {
                if let assign = eat(.assign) {
                    _ = assign
                    if atStatementEnd {
                        reportExpected("the group's members after `=`", help: "for example `= members where standing in role`")
                    } else {
                        declaration.definition = parseValue()
                    }
                } else if !at(.leftBrace) && !braceOnNextLine() {
                    reportExpected("`=` or `{` after the group's name", help: "write `group ID = EXPR` or `group ID { members a, b }`")
                }
            }
        case .holiday, .workday:
            if atStatementEnd {
                reportExpected("a day after \(what)", help: "for example `\(keywordToken.text) 2025-10-01`")
            } else {
                declaration.days = parseExpression()
                if !recovering && at(kind: .string) { declaration.title = parsePrimary() }
            }
        case .record:
            if at(kind: .identifier) {
                declaration.target = parsePostfix(parsePrimary())
            } else if case .reserved = currentKind {
                reportExpected("the name of the meeting recorded after \(what)")
            } else {
                reportExpected("the name of the meeting recorded after \(what)", help: "for example `record housing { held }` or `record forum.3 { … }`")
            }
        }

        if recovering {
            declaration.span = span(from: keywordToken.span.start)
            return Statement(.declaration(declaration), declaration.span)
        }

        let needsBody = [.plan, .policy, .approval, .record].contains(kind)
        let allowsBody = ![.holiday, .workday].contains(kind) && declaration.definition == nil
        if kind == .meeting, let bodyStart = skimMeetingBody() {
            declaration.hasBody = true
            declaration.deferredBodyStart = Int32(truncatingIfNeeded: bodyStart)
        } else if allowsBody, let open = openBrace(header: keyword, required: needsBody) {
            declaration.hasBody = true
            // The `{` is already consumed: past the depth limit, skip to its matching `}`.
            if enterNesting(insideOpenBracket: true) {
                declaration.attributes = parseAttributeBlock(kind: kind, keyword: keywordToken, open: open)
                depth -= 1
            }
        }
        declaration.span = span(from: keywordToken.span.start)
        return Statement(.declaration(declaration), declaration.span)
    }

    /// ID → IDENTIFIER | INTERPOLATED_IDENTIFIER
    @inline(never)
    mutating func parseDeclarationName(after keyword: Token) -> DeclarationName? {
        let t = current
        switch t.kind {
        case .identifier:
            skip()
            return DeclarationName(text: t.text, span: t.span)
        case .interpolatedIdentifier:
            skip()
            return DeclarationName(segments: segments(of: t), span: t.span)
        case .reserved:
            report(Diagnostic(
                .expectedName, "expected an ID after `\(keyword.text)`, found the reserved word `\(t.text)`", at: t.span,
                help: "reserved words cannot be IDs; choose another name"))
            return nil
        case .string:
            report(Diagnostic(
                .expectedName, "expected an ID before the title of this `\(keyword.text)`", at: t.span,
                help: "an ID is a plain name, for example `\(keyword.text) housing \"…\"`",
                fixIts: [FixIt(span: .point(file, t.span.start), replacement: "ID ")]))
            return nil
        default:
            if t.kind == .invalid {
                recovering = true
                return nil
            }
            if t.kind == .endOfFile {
                report(Diagnostic(.unexpectedEndOfInput, "expected an ID after `\(keyword.text)`, found the end of the file", at: t.span))
                return nil
            }
            report(Diagnostic(
                .expectedName, "expected an ID after `\(keyword.text)`, found \(Parser.describe(t))", at: t.span,
                help: "an ID is a name such as `housing` or `经济委员会`"))
            return nil
        }
    }

    /// Whether the current token is a line end followed (after more line ends) by `{`.
    func braceOnNextLine() -> Bool {
        guard at(kind: .newline) else { return false }
        var offset = 1
        while peek(offset).kind == .newline { offset += 1 }
        return peek(offset).is(.leftBrace)
    }

    /// Consumes the `{` of a block. A `{` on the next line is reported (it must be
    /// on the header line) and accepted, so the block is still parsed once.
    /// A missing required `{` is reported; a missing optional one is no error.
    @inline(never)
    mutating func openBrace(header: Word, required: Bool) -> Token? {
        if let open = eat(.leftBrace) { return open }
        if braceOnNextLine() {
            skipSeparators()
            let open = advance()
            note(Diagnostic(
                .braceNotOnHeaderLine,
                "`{` must be on the same line as its header `\(header.text) …` (\(lineText(of: header.span)))",
                at: open.span,
                labels: [DiagnosticLabel(header.span, "the header")],
                help: "move `{` to the end of the header line"))
            return open
        }
        if required {
            reportExpected("`{` after the `\(header.text)` header")
        }
        return nil
    }

    /// Whether the current token, at a line start inside a declaration's block,
    /// begins a new statement, so the block's `}` must be missing.
    mutating func interruptsAttributeBlock(_ kind: DeclarationKind) -> Bool {
        // Most attributes start a line: test the flag in place before copying the token.
        let i = min(index, tokens.count - 1)
        guard tokens[i].atLineStart else { return false }
        guard tokens[i].kind == .identifier else { return startsStatement(tokens[i]) }
        // An identifier here is nearly always an attribute name: one table lookup, kept
        // for ``parseAttribute(kind:)`` (three lookups per attribute were 3% of the parse).
        let known = KeywordLookup.attributeKeywords.index(of: tokens[i].text)
        lookedUpAttribute = (tokens[i].span.start, known)
        guard let known else { return KeywordLookup.statementStarts.contains(tokens[i].text) }
        // `committee`, `sector`, `party` are attributes of a member, declarations elsewhere.
        if KeywordLookup.attributeKeywordIsDeclaration[known],
            !KeywordLookup.allows(kind, KeywordLookup.attributeKeywords.value(at: known))
        {
            // Kinds only, read in place (no Token copies).
            guard peekKind() == .identifier else { return false }
            let after = peekKind(2)
            return after == .string || after == .punctuation(.leftBrace) || after == .newline
        }
        return false
    }

    /// body → "{" { attribute [";"] } "}"
    ///
    /// Attributes may share a line: each ends where its grammar ends. A missing
    /// `}` is reported at the `{`: at the end of the file as "unclosed" (the
    /// REPL asks for more), before a new statement as "missing `}`".
    mutating func parseAttributeBlock(kind: DeclarationKind, keyword: Token, open: Token) -> [Attribute] {
        var attributes: [Attribute] = []
        // Declarations in a plan tend to have as many attributes as the one before:
        // reserving that many avoids the growth copies and, above all, the unused half
        // of a doubled buffer (16 slots for 10 attributes, a million times at 100k meetings).
        attributes.reserveCapacity(lastAttributeCount)
        defer { lastAttributeCount = min(attributes.count, 64) }
        while true {
            recovering = false
            skipSeparators()
            if skip(ifAt: .rightBrace) { break }
            if atEnd {
                report(Diagnostic(
                    .unclosedBrace, "unclosed `{` of `\(keyword.text)`", at: open.span,
                    labels: [DiagnosticLabel(open.span, "opened at \(lineText(of: open.span))"),
                             DiagnosticLabel(current.span, "the file ends here")],
                    help: "add `}` to close the block"))
                break
            }
            if interruptsAttributeBlock(kind) {
                report(Diagnostic(
                    .missingClosingBrace,
                    "missing `}` to close the `{` of `\(keyword.text)` opened at \(lineText(of: open.span))",
                    at: open.span,
                    labels: [DiagnosticLabel(current.span, "a new statement starts here")],
                    help: "add `}` before \(lineText(of: current.span))"))
                // The new statement is a synchronisation point: parse it normally.
                recovering = false
                break
            }
            let before = index
            if let attribute = parseAttribute(kind: kind) {
                attributes.append(attribute)
            }
            if !recovering {
                checkAttributeEnd()
            }
            if recovering { skipAttribute() }
            if index == before { skip() }
        }
        return attributes.trimmedToCount()
    }

    /// After an attribute: a line end, `;`, `}`, the end, or the next attribute's name.
    mutating func checkAttributeEnd() {
        let t = current
        if t.atLineStart { return }
        switch t.kind {
        case .newline, .endOfFile, .punctuation(.semicolon), .punctuation(.rightBrace), .identifier, .invalid:
            if t.kind == .invalid { recovering = true }
            return
        default:
            reportExpected("a line end, `;`, `}` or the next attribute")
        }
    }
}
