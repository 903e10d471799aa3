// Statements (LANGUAGE.md 7.5) and the program: dispatch at statement start,
// let/for/if/template/use/include/require/warn, blocks, and statement ends.

extension Parser {
    /// program → { statement end }
    mutating func parseProgram() -> Program {
        var statements: [Statement] = []
        while true {
            recovering = false
            skipSeparators()
            if atEnd { break }
            dropConsumedTokens()
            let before = index
            if let stray = eat(.rightBrace) {
                report(Diagnostic(.unmatchedClosing, "unmatched `}`: no `{` is open here", at: stray.span, help: "remove it"))
                continue
            }
            let statement = parseStatement()
            statements.append(statement)
            finishStatement()
            if index == before { skip() }
        }
        return Program(statements: statements, file: file)
    }

    /// After a statement: a line end or `;` (consumed), a `}` (left for the block),
    /// or — when the statement ended with a block's `}` — another statement.
    @inline(never)
    mutating func finishStatement() {
        if recovering {
            skipStatement()
            return
        }
        switch currentKind {
        case .newline, .punctuation(.semicolon):
            skip()
        case .punctuation(.rightBrace), .endOfFile:
            break
        case .invalid:
            recovering = true
            skipStatement()
        default:
            if currentAtLineStart { return }
            if index > 0 && tokens[index - 1].is(.rightBrace) { return }
            if case .punctuation(.rightParen) = currentKind {
                report(Diagnostic(.unmatchedClosing, "unmatched `)`: no `(` is open here", at: current.span, help: "remove it"))
            } else if case .punctuation(.rightBracket) = currentKind {
                report(Diagnostic(.unmatchedClosing, "unmatched `]`: no `[` is open here", at: current.span, help: "remove it"))
            } else {
                reportExpected("a line end or `;` after the statement")
            }
            skipStatement()
        }
    }

    /// statement → declaration | let | for | if | template | use | include
    ///           | ("require" | "warn") … | expression (REPL only)
    mutating func parseStatement() -> Statement {
        let t = current
        switch t.kind {
        case .reserved(.let): return parseLet()
        case .reserved(.for): return parseFor()
        case .reserved(.if): return parseIf()
        case .reserved(.template): return parseTemplate()
        case .reserved(.use): return parseUse()
        case .reserved(.include): return parseInclude()
        case .reserved(.require): return parseAssertion(.require)
        case .reserved(.warn): return parseAssertion(.warn)
        case .reserved(.else):
            return reportStrayElse()
        case .identifier:
            if let kind = KeywordLookup.declarations.lookup(t.text), declarationKeywordStartsDeclaration() {
                return parseDeclaration(kind)
            }
            if let unknown = unknownStatementKeyword() { return unknown }
            return parseExpressionStatement()
        case .punctuation(.leftBrace):
            return reportStrayBrace()
        case .invalid:
            skip()
            recovering = true
            return Statement(.invalid, t.span)
        default:
            return parseExpressionStatement()
        }
    }

    /// `else` at statement start.
    @inline(never)
    mutating func reportStrayElse() -> Statement {
        let t = advance()
        report(Diagnostic(
            .elseWithoutIf, "`\(t.text)` without an `if` or `require`/`warn` before it", at: t.span,
            help: "`else` continues an `if … { }` or a `require`/`warn` on the line before"))
        return Statement(.invalid, t.span)
    }

    /// `{` at statement start: a block whose header is on an earlier line.
    @inline(never)
    mutating func reportStrayBrace() -> Statement {
        // Not consumed: recovery then skips the whole block, `}` included.
        let t = current
        report(Diagnostic(
            .braceNotOnHeaderLine, "a `{` block must follow its header on the same line", at: t.span,
            help: "move `{` to the end of the line with the declaration, `for`, `if` or `template` it belongs to"))
        return Statement(.invalid, t.span)
    }

    /// A word at statement start that is no statement keyword, followed on its
    /// line by a name, string or `{` (so it cannot be an expression): reports it
    /// with "did you mean" over declaration and statement keywords.
    @inline(never)
    mutating func unknownStatementKeyword() -> Statement? {
        let t = current, next = peek()
        if next.atLineStart { return nil }
        let isAttribute = KeywordLookup.attributes.contains(t.text) || t.text == "skip" || t.text == "shift"
        let looksLikeHeader: Bool
        switch next.kind {
        case .identifier, .interpolatedIdentifier, .string, .punctuation(.leftBrace): looksLikeHeader = true
        case .integer, .decimal, .percent, .day, .month, .quarter, .time, .duration, .reserved(.all): looksLikeHeader = isAttribute
        default: looksLikeHeader = false
        }
        guard looksLikeHeader else { return nil }
        skip()
        let statementWords = ["let", "for", "if", "template", "use", "include", "require", "warn"]
            + ReservedWord.allCases.filter { [.let, .for, .if, .template, .use, .include, .require, .warn].contains($0) }
            .flatMap(\.chineseAliases)
        let candidates = Keywords.declarations.keys.sorted() + statementWords
        var help: String
        var fixIts: [FixIt] = []
        if isAttribute {
            help = "`\(t.text)` is an attribute; write it inside a declaration's `{ … }`"
        } else if let (keyword, rest) = Suggestions.splitKeywordPrefix(t.text, keywords: candidates) {
            help = "did you mean `\(keyword) \(rest)`? A keyword must be separated from what follows by a space"
            fixIts = [FixIt(span: t.span, replacement: keyword + " " + rest)]
        } else if let best = Suggestions.closest(to: t.text, among: candidates) {
            help = "did you mean `\(best)`?"
            fixIts = [FixIt(span: t.span, replacement: best)]
        } else {
            help = "a statement starts with a declaration keyword (`meeting`, `member`, `会议` …) or `let`, `for`, `if`, `require` …"
        }
        report(Diagnostic(
            .unknownStatement,
            isAttribute ? "attribute `\(t.text)` outside a declaration" : "unknown declaration keyword `\(t.text)`",
            at: t.span, help: help, fixIts: fixIts))
        return Statement(.invalid, t.span)
    }

    /// A bare expression: a statement in the REPL, an error in a file.
    @inline(never)
    mutating func parseExpressionStatement() -> Statement {
        let start = current.span.start
        let expression = parseValue()
        if mode == .file && !recovering {
            report(Diagnostic(
                .bareExpression, "a bare expression is not a statement in a file", at: expression.span,
                help: "write `require …` to check it, or `let NAME = …` to name it (bare expressions are for `cplan repl`)"))
        }
        return Statement(.expression(expression), span(from: start))
    }

    /// A word made from the current token (an identifier) or nil with "expected a name".
    @inline(never)
    mutating func parseName(_ what: String) -> Word? {
        let t = current
        if t.kind == .identifier {
            skip()
            return Word(t.text, t.span)
        }
        if case .reserved = t.kind {
            report(Diagnostic(
                .expectedName, "expected \(what), found the reserved word `\(t.text)`", at: t.span,
                help: "reserved words cannot be names; choose another name"))
        } else if t.kind == .interpolatedIdentifier {
            report(Diagnostic(.interpolatedNameNotAllowed, "\(what) cannot be built by interpolation", at: t.span))
        } else if t.kind == .endOfFile {
            reportExpected(what)
        } else if t.kind == .invalid {
            recovering = true
        } else {
            report(Diagnostic(.expectedName, "expected \(what), found \(Parser.describe(t))", at: t.span))
        }
        return nil
    }

    /// let → "let" NAME "=" value
    @inline(never)
    mutating func parseLet() -> Statement {
        let kw = advance()
        let keyword = Word(kw.text, kw.span)
        let name = parseName("a name after `\(kw.text)`") ?? Word("", hereSpan)
        var value = Expression(.missing, hereSpan)
        if !recovering, expect(.assign, "`=` after `\(kw.text) \(name.text)`") != nil {
            value = parseRequiredValue(after: Word("=", .point(file, previousEnd)))
        }
        return Statement(.letBinding(keyword: keyword, name: name, value: value), span(from: kw.span.start))
    }

    /// for → "for" NAME "in" expression block
    @inline(never)
    mutating func parseFor() -> Statement {
        let kw = advance()
        let keyword = Word(kw.text, kw.span)
        let variable = parseName("a loop variable after `\(kw.text)`") ?? Word("", hereSpan)
        var inWord = Word("in", hereSpan)
        var sequence = Expression(.missing, hereSpan)
        var body = Block(statements: [], span: hereSpan)
        if !recovering {
            if let t = eat(.in) {
                inWord = Word(t.text, t.span)
                sequence = parseRequiredValue(after: inWord, list: false)
            } else {
                reportExpected("`in` after the loop variable `\(variable.text)`")
            }
        }
        if !recovering { body = parseBlock(header: keyword) }
        return Statement(
            .forLoop(keyword: keyword, variable: variable, inWord: inWord, sequence: sequence, body: body),
            span(from: kw.span.start))
    }

    /// if → "if" expression block { "else" "if" expression block } [ "else" block ]
    ///
    /// Kept small, with the arms built out of line: a nested `if` recurses
    /// through this frame once per level.
    mutating func parseIf() -> Statement {
        let start = current.span.start
        var arms: [IfStatement.Arm] = []
        var ifWord = nameWord()
        var armElse: Word?
        while true {
            arms.append(parseIfArm(ifWord: ifWord, elseWord: armElse))
            if recovering { break }
            guard let elseToken = eatElse() else { break }
            let word = Word(elseToken.text, elseToken.span)
            if at(.if) {
                ifWord = nameWord()
                armElse = word
                continue
            }
            return finishIf(arms, elseWord: word, elseBlock: parseBlock(header: word), start: start)
        }
        return finishIf(arms, elseWord: nil, elseBlock: nil, start: start)
    }

    /// One `if COND { … }` arm (inlined: one frame per nested level, whose slots LLVM can share).
    @inline(__always)
    mutating func parseIfArm(ifWord: Word, elseWord: Word?) -> IfStatement.Arm {
        let condition = parseRequiredValue(after: ifWord, list: false)
        let body = recovering ? Block(statements: [], span: hereSpan) : parseBlock(header: ifWord)
        return IfStatement.Arm(ifWord: ifWord, elseWord: elseWord, condition: condition, body: body)
    }

    /// The finished `if` statement.
    @inline(never)
    mutating func finishIf(_ arms: [IfStatement.Arm], elseWord: Word?, elseBlock: Block?, start: Int) -> Statement {
        Statement(.ifStatement(IfStatement(arms: arms, elseWord: elseWord, elseBlock: elseBlock)), span(from: start))
    }

    /// The `else` continuing an `if`. A line that begins with `else` continues
    /// the statement; a line end the lexer still put before it is tolerated.
    @inline(never)
    mutating func eatElse() -> Token? {
        if at(kind: .newline) {
            var offset = 1
            while peek(offset).kind == .newline { offset += 1 }
            if peek(offset).is(.else) { skipSeparators() }
        }
        return eat(.else)
    }

    /// template → "template" NAME "(" [ NAME { "," NAME } ] ")" block
    @inline(never)
    mutating func parseTemplate() -> Statement {
        let kw = advance()
        let keyword = Word(kw.text, kw.span)
        let name = parseName("the template's name after `\(kw.text)`") ?? Word("", hereSpan)
        var parameters: [Word] = []
        var body = Block(statements: [], span: hereSpan)
        if !recovering, let open = expect(.leftParen, "`(` and the template's parameters") {
            while !at(.rightParen) && !atEnd && !recovering {
                if let p = parseName("a parameter name") { parameters.append(p) }
                if !skip(ifAt: .comma) { break }
            }
            if !recovering { closeBracket(.rightParen, opened: open) }
        }
        if !recovering { body = parseBlock(header: keyword) }
        return Statement(.template(keyword: keyword, name: name, parameters: parameters, body: body), span(from: kw.span.start))
    }

    /// use → "use" NAME "(" [ expression { "," expression } ] ")"
    @inline(never)
    mutating func parseUse() -> Statement {
        let kw = advance()
        let keyword = Word(kw.text, kw.span)
        let name = parseName("the template's name after `\(kw.text)`") ?? Word("", hereSpan)
        var arguments: [Expression] = []
        if !recovering {
            if at(.leftParen) {
                if enterNesting() {
                    arguments = parseArguments()
                    depth -= 1
                }
            } else {
                reportExpected("`(` and the template's arguments after `\(name.text)`", help: "write `\(kw.text) \(name.text)()` when it takes none")
            }
        }
        return Statement(.use(keyword: keyword, name: name, arguments: arguments), span(from: kw.span.start))
    }

    /// include → "include" expression
    @inline(never)
    mutating func parseInclude() -> Statement {
        let kw = advance()
        let keyword = Word(kw.text, kw.span)
        let path = parseRequiredValue(after: keyword, list: false)
        return Statement(.include(keyword: keyword, path: path), span(from: kw.span.start))
    }

    /// assertion → ("require" | "warn") expression [ "else" expression ]
    @inline(never)
    mutating func parseAssertion(_ kind: AssertionKind) -> Statement {
        let kw = advance()
        let keyword = Word(kw.text, kw.span)
        let condition = parseRequiredValue(after: keyword, list: false)
        var elseWord: Word?
        var message: Expression?
        if !recovering, let e = eat(.else) {
            elseWord = Word(e.text, e.span)
            message = parseRequiredValue(after: Word(e.text, e.span), list: false)
        }
        return Statement(
            .assertion(kind: kind, keyword: keyword, condition: condition, elseWord: elseWord, message: message),
            span(from: kw.span.start))
    }

    /// block → "{" { statement end } "}"
    ///
    /// The `{` must be on the header's line (reported and accepted otherwise).
    @inline(__always)
    mutating func parseBlock(header: Word) -> Block {
        // Check the depth before consuming `{`, so the skip covers the whole block.
        let braceHere = at(.leftBrace)
        if braceHere && !enterNesting() { return Block(statements: [], span: hereSpan) }
        guard let open = openBrace(header: header, required: true) else {
            return Block(statements: [], span: hereSpan)
        }
        if !braceHere && !enterNesting(insideOpenBracket: true) { return Block(statements: [], span: span(from: open.span.start)) }
        defer { depth -= 1 }
        let statements = parseBlockStatements(header: header, open: open)
        return Block(statements: statements, span: span(from: open.span.start))
    }

    /// The statements of a block up to its `}` (consumed).
    mutating func parseBlockStatements(header: Word, open: Token) -> [Statement] {
        var statements: [Statement] = []
        while true {
            recovering = false
            skipSeparators()
            if skip(ifAt: .rightBrace) { break }
            if atEnd {
                reportUnclosedBrace(header: header, open: open)
                break
            }
            let before = index
            statements.append(parseStatement())
            finishStatement()
            if index == before { skip() }
        }
        return statements
    }
}

extension Parser {
    /// "unclosed `{`" at the opening brace, when the file ends inside a block.
    @inline(never)
    mutating func reportUnclosedBrace(header: Word, open: Token) {
        report(Diagnostic(
            .unclosedBrace, "unclosed `{` of `\(header.text)`", at: open.span,
            labels: [DiagnosticLabel(open.span, "opened at \(lineText(of: open.span))"),
                     DiagnosticLabel(current.span, "the file ends here")],
            help: "add `}` to close the block"))
    }
}
