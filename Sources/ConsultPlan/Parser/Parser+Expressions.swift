// Expressions (LANGUAGE.md 7.1) by precedence climbing: where · or · and · not ·
// comparisons and in · .. · + - · * / · unary - · postfix; then primaries.

/// Binding strength of the binary operators, loosest first.
enum Precedence: Int, Comparable {
    case lowest = 0, query, or, and, not, comparison, range, additive, multiplicative, prefix

    static func < (a: Precedence, b: Precedence) -> Bool { a.rawValue < b.rawValue }
}

/// What an infix token does.
enum InfixOperator {
    case binary(BinaryOperator)
    case range
    case query

    /// How tightly it binds.
    var precedence: Precedence {
        switch self {
        case .query: .query
        case .range: .range
        case .binary(let op):
            switch op {
            case .or: .or
            case .and: .and
            case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .in: .comparison
            case .add, .subtract: .additive
            case .multiply, .divide: .multiplicative
            }
        }
    }
}

extension Parser {
    /// The infix operator the current token spells, if any.
    var currentInfix: InfixOperator? {
        switch currentKind {
        case .reserved(.where): .query
        case .reserved(.or): .binary(.or)
        case .reserved(.and): .binary(.and)
        case .reserved(.in): .binary(.in)
        case .punctuation(let p):
            switch p {
            case .equal: .binary(.equal)
            case .notEqual: .binary(.notEqual)
            case .less: .binary(.less)
            case .lessEqual: .binary(.lessEqual)
            case .greater: .binary(.greater)
            case .greaterEqual: .binary(.greaterEqual)
            case .dotDot: .range
            case .plus: .binary(.add)
            case .minus: .binary(.subtract)
            case .star: .binary(.multiply)
            case .slash: .binary(.divide)
            default: nil
            }
        default: nil
        }
    }

    /// Whether the current token can begin an expression.
    var atExpressionStart: Bool {
        switch currentKind {
        case .identifier, .integer, .decimal, .percent, .string, .day, .month, .quarter, .time, .duration,
            .interpolatedIdentifier:
            return true
        case .reserved(let w): return [.all, .it, .true, .false, .not].contains(w)
        case .punctuation(let p): return [.leftParen, .leftBracket, .minus, .bang].contains(p)
        default: return false
        }
    }

    /// expression → binary(lowest)
    ///
    /// A full expression, `where` included. It ends at the first token that
    /// cannot continue it: a closing bracket, a `,`, a statement end, or a word
    /// (an attribute name starting the next attribute on a shared line).
    mutating func parseExpression() -> Expression {
        parseBinary(above: .lowest)
    }

    /// value → expression { "," expression }
    ///
    /// A value position: one expression, or a comma list that becomes `.list`.
    mutating func parseValue() -> Expression {
        let first = parseExpression()
        guard at(.comma) else { return first }
        // Items gather on a stack shared by nested lists, then move to an array of their
        // exact size: no growth copies (1, 2, 4, 8 for eight participants) and no slack.
        let base = listStack.count
        listStack.append(first)
        while skip(ifAt: .comma) {
            listStack.append(parseExpression())
        }
        let items = Array(listStack[base...])
        listStack.removeSubrange(base...)
        let span = first.span.merged(with: items[items.count - 1].span)
        return Expression(.list(items), span)
    }

    /// binary(p) → prefix { infix(q > p) binary(q) }
    ///
    /// Left-associative. The chain length counts toward the nesting limit, since
    /// a long chain is a deep (left-leaning) tree for every later recursive pass.
    mutating func parseBinary(above minimum: Precedence) -> Expression {
        var left = parsePrefix()
        var chain = 0
        while let op = currentInfix, op.precedence > minimum {
            chain += 1
            if depth + chain >= limits.maxNestingDepth {
                reportTooDeep()
                return left
            }
            let opKind = currentKind
            skip()
            let right: Expression
            switch op {
            case .query:
                right = parseBinary(above: .query)
            case .range, .binary:
                right = parseOperand(after: opKind, above: op.precedence)
            }
            let span = left.span.merged(with: right.span)
            switch op {
            case .query: left = Expression(.query(left, right), span)
            case .range: left = Expression(.range(left, right), span)
            case .binary(let b): left = Expression(.binary(b, left, right), span)
            }
        }
        return left
    }

    /// The right operand of an infix operator. In arithmetic an integer followed
    /// by a word on the same line is a duration with an unknown unit (`3 fortnights`).
    mutating func parseOperand(after op: TokenKind, above precedence: Precedence) -> Expression {
        if op == .punctuation(.plus) || op == .punctuation(.minus) || op == .punctuation(.star) || op == .punctuation(.slash),
            let bad = unknownUnitAhead(allowing: []) {
            return bad
        }
        return parseBinary(above: precedence)
    }

    /// prefix → "not" binary(not) | "-" prefix | "!" binary(not) | postfix
    mutating func parsePrefix() -> Expression {
        switch currentKind {
        case .reserved(.not), .punctuation(.minus), .punctuation(.bang): return parseUnary()
        default: return parsePostfix(parsePrimary())
        }
    }

    /// The unary operators, one nesting level each (a chain of 100,000 `-` must not overflow).
    mutating func parseUnary() -> Expression {
        let token = advance()
        guard enterNesting() else { return Expression(.missing, token.span) }
        defer { depth -= 1 }
        if token.is(.bang) { reportBang(token) }
        let isNegation = token.is(.minus)
        let operand = isNegation ? parsePrefix() : parseBinary(above: .not)
        return Expression(.unary(isNegation ? .negate : .not, operand), token.span.merged(with: operand.span))
    }

    /// `!` is not an operator; the tree reads it as `not` so parsing goes on.
    @inline(never)
    mutating func reportBang(_ token: Token) {
        note(Diagnostic(
            .bangIsNotAnOperator, "`!` is not an operator in cplan", at: token.span,
            help: "use `not` (or `非`) to negate a condition",
            fixIts: [FixIt(span: token.span, replacement: "not ")]))
    }

    /// postfix → primary { "." (WORD | INTEGER) }
    mutating func parsePostfix(_ base: Expression) -> Expression {
        var result = base
        var chain = 0
        while at(.dot) {
            chain += 1
            if depth + chain >= limits.maxNestingDepth {
                reportTooDeep()
                return result
            }
            skip()
            let t = current
            switch t.kind {
            case .identifier:
                skip()
                result = Expression(.field(result, Word(t.text, t.span)), result.span.merged(with: t.span))
            case .integer:
                skip()
                guard case .integer(let n) = t.value else {
                    result = Expression(.missing, result.span.merged(with: t.span))
                    continue
                }
                result = Expression(.occurrence(result, n), result.span.merged(with: t.span))
            default:
                reportExpected("a field name or an occurrence number after `.`")
                return Expression(.missing, result.span)
            }
        }
        return result
    }

    /// primary → atom | "[" [ list ] "]" | "(" expression ")"
    ///
    /// Kept small: it is on the recursive path of nested brackets.
    mutating func parsePrimary() -> Expression {
        switch currentKind {
        case .punctuation(.leftParen):
            guard enterNesting() else { return Expression(.missing, hereSpan) }
            defer { depth -= 1 }
            return parseParenthesized()
        case .punctuation(.leftBracket):
            guard enterNesting() else { return Expression(.missing, hereSpan) }
            defer { depth -= 1 }
            return parseListLiteral()
        case .identifier where peekKind() == .punctuation(.leftParen) && !peek().atLineStart:
            return parseCall()
        default:
            return parseAtom()
        }
    }

    /// atom → literal | NAME | "all" | "it" | "true" | "false"
    @inline(never)
    mutating func parseAtom() -> Expression {
        // Each case reads what it needs in place rather than copying the whole token
        // (a 56-byte Token copied and destroyed per atom: ≈ 2% of `check`). `skip()`
        // may refill the streaming window, so nothing is read from `tokens[i]` after it.
        let i = min(index, tokens.count - 1)
        let span = tokens[i].span
        switch tokens[i].kind {
        case .integer:
            guard case .integer(let n) = tokens[i].value else { return skipToMissing(span) }
            skip()
            return Expression(.integer(n), span)
        case .decimal:
            guard case .decimal(let d) = tokens[i].value else { return skipToMissing(span) }
            skip()
            return Expression(.decimal(d), span)
        case .percent:
            guard case .percent(let d) = tokens[i].value else { return skipToMissing(span) }
            skip()
            return Expression(.percent(d), span)
        case .day:
            guard case .day(let d) = tokens[i].value else { return skipToMissing(span) }
            skip()
            return Expression(.day(d), span)
        case .month:
            guard case .month(let m) = tokens[i].value else { return skipToMissing(span) }
            skip()
            return Expression(.month(m), span)
        case .quarter:
            guard case .quarter(let q) = tokens[i].value else { return skipToMissing(span) }
            skip()
            return Expression(.quarter(q), span)
        case .time:
            guard case .time(let v) = tokens[i].value else { return skipToMissing(span) }
            skip()
            return Expression(.time(v), span)
        case .duration:
            guard case .duration(let d) = tokens[i].value else { return skipToMissing(span) }
            skip()
            return Expression(durationKind(d), span)
        case .string:
            let t = current
            skip()
            return parseStringLiteral(t)
        case .reserved(.all):
            skip()
            return Expression(.all, span)
        case .reserved(.it):
            skip()
            return Expression(.it, span)
        case .reserved(.true):
            skip()
            return Expression(.boolean(true), span)
        case .reserved(.false):
            skip()
            return Expression(.boolean(false), span)
        case .identifier:
            let text = tokens[i].text
            skip()
            return Expression(.name(text), span)
        case .interpolatedIdentifier:
            let text = tokens[i].text
            skip()
            report(Diagnostic(
                .interpolatedNameNotAllowed,
                "an identifier built by interpolation (`\(text)`) can only be a declaration's ID", at: span,
                help: "to refer to a generated declaration, declare it with that ID and refer to it by a `let` name"))
            return Expression(.missing, span)
        case .invalid:
            skip()
            recovering = true
            return Expression(.missing, span)
        default:
            reportExpectedExpression()
            return Expression(.missing, hereSpan)
        }
    }

    /// A literal token without its value (never made by the lexer): consumed, read as missing.
    private mutating func skipToMissing(_ span: Span) -> Expression {
        skip()
        return Expression(.missing, span)
    }

    /// Reports "expected an expression" at the current token (end of input: the incomplete-input code).
    @inline(never)
    mutating func reportExpectedExpression() {
        let t = current
        switch t.kind {
        case .invalid: recovering = true
        case _ where atEndIgnoringNewlines:
            report(Diagnostic(.unexpectedEndOfInput, "expected an expression, found the end of the file", at: t.span))
        case .reserved(let w) where ![.all, .it, .true, .false].contains(w):
            report(Diagnostic(
                .expectedExpression, "expected an expression, found the reserved word `\(t.text)`", at: t.span,
                help: "reserved words (`let for in if else template use require warn include where and or not all it true false`) cannot be names"))
        default:
            report(Diagnostic(.expectedExpression, "expected an expression, found \(Parser.describe(t))", at: t.span))
        }
    }

    /// Consumes the current token as a Word (out of line: keeps callers' frames small).
    @inline(never)
    mutating func nameWord() -> Word {
        takeWord()
    }

    /// "(" expression ")"
    mutating func parseParenthesized() -> Expression {
        let open = advance()
        let inner = parseExpression()
        closeBracket(.rightParen, opened: open)
        return Expression(.parenthesized(inner), span(from: open.span.start))
    }

    /// "[" [ expression { "," expression } [","] ] "]"
    mutating func parseListLiteral() -> Expression {
        let open = advance()
        var items: [Expression] = []
        while !at(.rightBracket) && !atEnd {
            let before = index
            items.append(parseExpression())
            if !skip(ifAt: .comma) { break }
            if index == before { break }
        }
        closeBracket(.rightBracket, opened: open)
        return Expression(.list(items), span(from: open.span.start))
    }

    /// call → NAME "(" [ expression { "," expression } ] ")"  (the name is current)
    mutating func parseCall() -> Expression {
        let name = nameWord()
        guard enterNesting() else { return Expression(.missing, name.span) }
        defer { depth -= 1 }
        let args = parseArguments()
        return Expression(.call(name, args), span(from: name.span.start))
    }

    /// arguments → "(" [ expression { "," expression } ] ")"  (the `(` is current)
    mutating func parseArguments() -> [Expression] {
        let open = advance()
        var args: [Expression] = []
        while !at(.rightParen) && !atEnd {
            let before = index
            args.append(parseExpression())
            if !skip(ifAt: .comma) { break }
            if index == before { break }
        }
        closeBracket(.rightParen, opened: open)
        return args
    }

    /// Consumes the closing bracket, or reports it missing: at the end of the file
    /// as "unclosed `(`" at the opening (the REPL asks for another line), else as
    /// "expected `)`" at the token found, with a label at the opening.
    mutating func closeBracket(_ close: Punctuation, opened open: Token) {
        if eat(close) != nil { return }
        reportUnclosed(close, opened: open)
    }

    /// The diagnostics of ``closeBracket(_:opened:)``, out of line.
    @inline(never)
    mutating func reportUnclosed(_ close: Punctuation, opened open: Token) {
        if atEndIgnoringNewlines {
            report(Diagnostic(
                .unclosedBracket, "unclosed `\(open.text.isEmpty ? "(" : open.text)`", at: open.span,
                labels: [DiagnosticLabel(open.span, "opened at \(lineText(of: open.span))"),
                         DiagnosticLabel(current.span, "the file ends here")],
                help: "add `\(close.rawValue)` to close it"))
            return
        }
        if currentKind == .invalid { recovering = true; return }
        report(Diagnostic(
            .unexpectedToken,
            "expected `\(close.rawValue)` to close the `\(open.text)` opened at \(lineText(of: open.span)), found \(Parser.describe(current))",
            at: current.span,
            labels: [DiagnosticLabel(open.span, "opened here")]))
    }

    /// Turns a string token into a literal, parsing each `\(…)` with a sub-parser
    /// one nesting level deeper.
    /// `.duration(d)`, sharing the box of an equal duration built before.
    mutating func durationKind(_ d: Duration) -> ExpressionKind {
        if let kind = durationKinds[d] { return kind }
        let kind = ExpressionKind.duration(d)
        if durationKinds.count < 256 { durationKinds[d] = kind }
        return kind
    }

    @inline(never)
    mutating func parseStringLiteral(_ t: Token) -> Expression {
        // The byte check first: `hasPrefix` compares by Character, which is slow on CJK text.
        let multiline = t.text.utf8.starts(with: "\"\"\"".utf8) && t.text.hasPrefix("\"\"\"")
        let quoting: StringLiteral.Quoting = multiline ? .multiline : .plain
        switch t.value {
        case .pieces(let pieces):
            // The common literal is one piece of text: stored as that string, with no
            // segment array built and dropped on the way.
            if pieces.count == 1, case .text(let text) = pieces[0] {
                return Expression(.string(StringLiteral(text: text, quoting: quoting)), t.span)
            }
        default:
            return Expression(.string(StringLiteral(text: t.text, quoting: quoting)), t.span)
        }
        return Expression(.string(StringLiteral(segments: segments(of: t), quoting: quoting)), t.span)
    }

    /// The tree segments of a string or interpolated identifier token.
    mutating func segments(of t: Token) -> [StringSegment] {
        guard case .pieces(let pieces) = t.value else { return [.text(t.text)] }
        var segments: [StringSegment] = []
        segments.reserveCapacity(pieces.count)
        for piece in pieces {
            switch piece {
            case .text(let s): segments.append(.text(s))
            case .interpolation(let inner, let span):
                segments.append(.interpolation(parseInterpolation(inner, span: span)))
            }
        }
        return segments
    }

    /// One `\(…)`: its tokens parsed as a single expression by a sub-parser one
    /// level deeper. The sub-parser's input ends with the closing `)`, so a
    /// broken interpolation reads "expected an expression, found `)`" and is
    /// never mistaken for the end of the file.
    @inline(never)
    mutating func parseInterpolation(_ inner: [Token], span: Span) -> Expression {
        guard depth < limits.maxNestingDepth else {
            report(Diagnostic(
                .nestingTooDeep, "nesting is deeper than the limit of \(limits.maxNestingDepth) levels", at: span))
            return Expression(.missing, span)
        }
        let closeAt = max(span.start, span.end - 1)
        var tokens = inner.filter { $0.kind != .newline }
        tokens.append(Token(kind: .punctuation(.rightParen), span: Span(file: file, start: closeAt, end: span.end), text: ")"))
        tokens.append(Token(kind: .endOfFile, span: .point(file, span.end), text: ""))
        var sub = Parser(tokens: tokens, source: source, file: file, mode: mode, limits: limits, depth: depth + 1)
        sub.recovering = recovering
        let expression = sub.parseExpression()
        if !sub.recovering && !(sub.at(.rightParen) && sub.index == tokens.count - 2) {
            sub.reportExpected("`)` to end the interpolation")
        }
        diagnostics += sub.diagnostics
        if sub.recovering && !sub.diagnostics.isEmpty { recovering = true }
        return expression
    }

    /// If an integer is followed on the same line by a word that is not a unit
    /// (nor one of `allowing`, grammar words that may follow here, nor an attribute
    /// name), reports an unknown unit and returns a placeholder covering both.
    @inline(never)
    mutating func unknownUnitAhead(allowing: [String]) -> Expression? {
        // Kinds first, read in place: the two tokens are copied only when they can be a
        // number and its unit (nearly never), not at every `due`/`within` amount.
        guard currentKind == .integer, peekKind() == .identifier else { return nil }
        let number = current, word = peek()
        guard number.kind == .integer, word.kind == .identifier, !word.atLineStart else { return nil }
        if Parser.unitSpellings[word.text] != nil { return nil }
        if allowing.contains(where: { Keywords.grammarWord(word.text, is: $0) }) { return nil }
        if KeywordLookup.attributes.contains(word.text) || word.text == "skip" || word.text == "shift" { return nil }
        // In arithmetic a following grammar word (`by`, `before`, `on` …) ends the
        // expression; `周`/`月` are still read as would-be units there.
        let unitLike = ["week", "month"].contains { Keywords.grammarWord(word.text, is: $0) }
        if allowing.isEmpty && !unitLike && Keywords.grammarWords.values.contains(where: { $0.contains(word.text) }) {
            return nil
        }
        skip()
        skip()
        note(Parser.unknownUnitDiagnostic(number: number, unit: word))
        return Expression(.missing, number.span.merged(with: word.span))
    }

    /// The unknown-unit diagnostic with "did you mean" (`3 月` → `3个月`).
    static func unknownUnitDiagnostic(number: Token, unit: Token) -> Diagnostic {
        let span = number.span.merged(with: unit.span)
        let help: String
        var fixIts: [FixIt] = []
        if let best = Suggestions.closest(to: unit.text, among: unitSpellings.keys.sorted()) {
            let isChinese = best.unicodeScalars.contains { $0.value > 0x7F }
            let fixed = isChinese ? number.text + best : number.text + " " + best
            help = "did you mean `\(fixed)`?"
            fixIts = [FixIt(span: span, replacement: fixed)]
        } else {
            help = "a duration unit is one of: days, weeks, months, workdays, hours, minutes (天, 周, 个月, 个工作日, 小时, 分钟)"
        }
        return Diagnostic(
            .unknownUnit, "unknown duration unit `\(unit.text)` after `\(number.text)`", at: unit.span,
            help: help, fixIts: fixIts)
    }

    /// Every duration unit spelling (LANGUAGE.md 2.6); `月` alone is deliberately absent.
    static let unitSpellings: [String: DurationUnit] = [
        "day": .days, "days": .days, "天": .days, "日": .days,
        "week": .weeks, "weeks": .weeks, "周": .weeks, "星期": .weeks,
        "month": .months, "months": .months, "个月": .months,
        "workday": .workdays, "workdays": .workdays, "个工作日": .workdays, "工作日": .workdays,
        "hour": .hours, "hours": .hours, "小时": .hours, "个小时": .hours,
        "minute": .minutes, "minutes": .minutes, "分钟": .minutes,
    ]

    /// A value that must be a duration (`within`, `due`, `notice`, `every`): as an
    /// expression, but an integer followed by a non-unit word is an unknown unit.
    mutating func parseDurationValue(allowing: [String]) -> Expression {
        if let bad = unknownUnitAhead(allowing: allowing) { return bad }
        return parseExpression()
    }
}
