// Attributes inside a declaration's `{ … }` (LANGUAGE.md 4.1, 4.4, 4.5, 5, 6):
// the name, whether this declaration allows it, and the grammar of its value.

extension Parser {
    /// Every spelling of an attribute name, both languages (`skip holidays` as two words).
    static func spellings(of name: AttributeName) -> [String] {
        var result = Keywords.attributes.filter { $0.value == name }.map(\.key)
        if name == .skipHolidays { result.append("skip holidays") }
        if name == .shiftHolidays { result.append("shift holidays") }
        return result.sorted()
    }

    /// attribute → NAME value-per-grammar
    ///
    /// Returns nil for an unknown name or one not allowed here (both reported).
    @inline(never)
    mutating func parseAttribute(kind: DeclarationKind) -> Attribute? {
        let i = min(index, tokens.count - 1)
        guard tokens[i].kind == .identifier else {
            let t = current
            if t.kind == .invalid {
                skip()
                recovering = true
            } else if case .reserved = t.kind {
                reportExpected("an attribute name", help: "`\(t.text)` is a statement keyword; statements cannot stand inside a declaration's `{ }`")
            } else {
                reportExpected("an attribute name")
            }
            return nil
        }

        // The name's text and span, read before anything is consumed: copying the whole
        // token cost a 56-byte Token copy and destroy per attribute.
        let text = tokens[i].text
        let nameSpan = tokens[i].span

        // `skip holidays` / `shift holidays` are two English words joined here.
        let name: AttributeName
        let keyword: Word
        let keywordIndex: Int?
        if (text == "skip" || text == "shift") && peek().kind == .identifier && peek().text == "holidays"
            && !peek().atLineStart
        {
            skip()
            let second = advance()
            name = text == "skip" ? .skipHolidays : .shiftHolidays
            keyword = Word(text + " holidays", nameSpan.merged(with: second.span))
            keywordIndex = KeywordLookup.attributeKeywords.index(of: keyword.text)
        } else if let known = lookedUpAttribute.start == nameSpan.start
            ? lookedUpAttribute.index : KeywordLookup.attributeKeywords.index(of: text)
        {
            skip()
            name = KeywordLookup.attributeKeywords.value(at: known)
            keyword = Word(text, nameSpan)
            keywordIndex = known
        } else {
            reportUnknownAttribute(current, kind: kind)
            return nil
        }

        let allowed = KeywordLookup.allows(kind, name)
        if !allowed { reportNotAllowed(name, keyword: keyword, kind: kind) }

        // Tasks and feedback go to the attribute as parts: most are stored compactly,
        // without the public case's box being built and dropped on the way.
        let attribute: Attribute
        switch name {
        case .prepare, .followUp:
            let parts = parseTask(after: keyword)
            attribute = Attribute(
                name: name, keyword: keyword, keywordIndex: keywordIndex, task: parts, span: span(from: keyword.span.start))
        case .date:
            let (day, times) = parseDate(after: keyword)
            attribute = Attribute(
                name: name, keyword: keyword, keywordIndex: keywordIndex, day: day, times: times,
                span: span(from: keyword.span.start))
        case .feedback:
            let parts = parseFeedback(after: keyword)
            attribute = Attribute(
                name: name, keyword: keyword, keywordIndex: keywordIndex, feedback: parts,
                span: span(from: keyword.span.start))
        default:
            let value = parseAttributeValue(name, keyword: keyword, kind: kind)
            attribute = Attribute(
                name: name, keyword: keyword, keywordIndex: keywordIndex, value: value, span: span(from: keyword.span.start))
        }
        return allowed ? attribute : nil
    }

    /// Unknown attribute: "did you mean" over this declaration's attributes (both
    /// languages), else over every attribute; a name glued to a keyword gets the space.
    @inline(never)
    mutating func reportUnknownAttribute(_ t: Token, kind: DeclarationKind) {
        let allowed = (Keywords.attributesByDeclaration[kind] ?? []).sorted { $0.rawValue < $1.rawValue }
        let here = allowed.flatMap { Parser.spellings(of: $0) }
        var help: String?
        var fixIts: [FixIt] = []
        if let (keywordPart, rest) = Suggestions.splitKeywordPrefix(t.text, keywords: here) {
            help = "did you mean `\(keywordPart) \(rest)`? A keyword must be separated from what follows by a space"
            fixIts = [FixIt(span: t.span, replacement: keywordPart + " " + rest)]
        } else if let best = Suggestions.closest(to: t.text, among: here) {
            help = "did you mean `\(best)`?"
            fixIts = [FixIt(span: t.span, replacement: best)]
        } else if let best = Suggestions.closest(to: t.text, among: Keywords.attributes.keys.sorted()),
            let other = Keywords.attributes[best]
        {
            help = "did you mean `\(best)`? It is an attribute of \(Parser.kindsAllowing(other))"
        } else if here.isEmpty {
            help = "a `\(kind.rawValue)` has no attributes"
        } else {
            let english = allowed.map { "`\($0.rawValue)`" }.joined(separator: ", ")
            help = "the attributes of a `\(kind.rawValue)` are \(english)"
        }
        report(Diagnostic(
            .unknownAttribute, "unknown attribute `\(t.text)` in a `\(kind.rawValue)`", at: t.span, help: help, fixIts: fixIts))
    }

    /// "`date` is not allowed in a `series`; it is an attribute of meeting".
    @inline(never)
    mutating func reportNotAllowed(_ name: AttributeName, keyword: Word, kind: DeclarationKind) {
        var help = "`\(name.rawValue)` is an attribute of \(Parser.kindsAllowing(name))"
        if kind == .series && name == .date {
            help += "; a series is dated by `every … from DAY until DAY`"
        } else if kind == .series && (name == .after || name == .report) {
            help += "; give it to one occurrence with a `record` or a separate meeting"
        }
        note(Diagnostic(
            .attributeNotAllowed, "attribute `\(keyword.text)` is not allowed in a `\(kind.rawValue)`", at: keyword.span,
            help: help))
    }

    /// "meeting and series", in the order of DeclarationKind.
    static func kindsAllowing(_ name: AttributeName) -> String {
        let kinds = DeclarationKind.allCases.filter { Keywords.attributesByDeclaration[$0]?.contains(name) ?? false }
        let words = kinds.map { "`\($0.rawValue)`" }
        switch words.count {
        case 0: return "no declaration"
        case 1: return words[0]
        default: return words.dropLast().joined(separator: ", ") + " and " + (words.last ?? "")
        }
    }

    /// Whether an optional value follows on this line (not the next attribute's name).
    func atOptionalValue(kind: DeclarationKind) -> Bool {
        guard atExpressionStart, !currentAtLineStart else { return false }
        if currentKind == .identifier {
            if KeywordLookup.attributes.contains(current.text) { return false }
            if current.text == "skip" || current.text == "shift" { return false }
        }
        return true
    }

    /// A required value: reports "expected a value after `form`" at a statement end.
    @inline(never)
    mutating func parseRequiredValue(after keyword: Word, list: Bool = true) -> Expression {
        if atStatementEnd || currentAtLineStart {
            if atEndIgnoringNewlines {
                report(Diagnostic(.unexpectedEndOfInput, "expected a value after `\(keyword.text)`, found the end of the file", at: current.span))
            } else {
                report(Diagnostic(
                    .expectedExpression, "expected a value after `\(keyword.text)`, found \(Parser.describe(current))",
                    at: currentAtLineStart ? keyword.span : current.span))
            }
            return Expression(.missing, .point(file, keyword.span.end))
        }
        return list ? parseValue() : parseExpression()
    }

    /// The value, shaped by the attribute's grammar.
    mutating func parseAttributeValue(_ name: AttributeName, keyword: Word, kind: DeclarationKind) -> AttributeValue {
        switch name {
        case .supervision, .skipHolidays, .shiftHolidays:
            return .flag
        case .role, .members, .with, .participants, .invite, .topics, .absent, .leave:
            let value = parseRequiredValue(after: keyword)
            if case .list(let items) = value.kind { return .list(items) }
            return .list([value])
        case .notice:
            if atStatementEnd || currentAtLineStart { return .single(parseRequiredValue(after: keyword)) }
            return .single(parseDurationValue(allowing: []))
        case .date:
            let (day, times) = parseDate(after: keyword)
            return .date(day: day, times: times)
        case .time:
            return parseTimeSpan(after: keyword)
        case .prepare, .followUp:
            return parseTask(after: keyword).value
        case .feedback:
            return parseFeedback(after: keyword).value
        case .every:
            return .every(parseEvery(after: keyword))
        case .drafted, .revised, .reviewed, .approved:
            return parseApprovalStep(after: keyword)
        case .severity:
            return parseSeverity(after: keyword)
        case .received:
            let department = parseRequiredValue(after: keyword, list: false)
            let day = !recovering && atOptionalValue(kind: kind) ? parseExpression() : nil
            return .received(department: department, day: day)
        case .held:
            return .held(day: atOptionalValue(kind: kind) ? parseExpression() : nil)
        case .cancelled:
            return .cancelled(reason: atOptionalValue(kind: kind) ? parseExpression() : nil)
        case .year, .organization, .calendar, .timezone, .locale, .chair, .contact, .sector, .committee, .party,
            .form, .topic, .venue, .lead, .source, .after, .report, .minTopicConsultations, .supervisionShare,
            .maxAbsences:
            return .single(parseRequiredValue(after: keyword))
        }
    }

    /// date → "date" expression [ TIME ".." TIME ]
    ///
    /// The day part is any expression (a day, `DAY .. DAY`, a month, a quarter);
    /// the times start at a time literal, since a day and a time are never joined by an operator.
    mutating func parseDate(after keyword: Word) -> (day: Expression, times: (start: Expression, end: Expression)?) {
        let day = parseRequiredValue(after: keyword, list: false)
        guard !recovering, at(kind: .time), !currentAtLineStart else { return (day, nil) }
        let start = parseBinary(above: .range)
        guard expect(.dotDot, "`..` between the start and end times (`09:00..12:00`)") != nil else {
            return (day, (start, Expression(.missing, hereSpan)))
        }
        let end = parseBinary(above: .range)
        return (day, (start, end))
    }

    /// timeSpan → "time" expression ".." expression
    mutating func parseTimeSpan(after keyword: Word) -> AttributeValue {
        if atStatementEnd || currentAtLineStart {
            _ = parseRequiredValue(after: keyword)
            return .timeSpan(start: Expression(.missing, keyword.span), end: Expression(.missing, keyword.span))
        }
        let start = parseBinary(above: .range)
        guard !recovering else { return .timeSpan(start: start, end: Expression(.missing, hereSpan)) }
        guard expect(.dotDot, "`..` between the start and end times (`14:30..17:00`)") != nil else {
            return .timeSpan(start: start, end: Expression(.missing, hereSpan))
        }
        let end = parseBinary(above: .range)
        return .timeSpan(start: start, end: end)
    }

    /// task → ("prepare" | "follow_up") expression [ "by" expression ] "due" due
    /// due  → expression | expression ("before" | "after")
    mutating func parseTask(after keyword: Word) -> TaskParts {
        let title = parseRequiredValue(after: keyword, list: false)
        let missing = Expression(.missing, hereSpan)
        guard !recovering else {
            return TaskParts(title: title, byWord: nil, by: nil, dueWord: Word("due", hereSpan), due: .day(missing))
        }
        var byWord: Word?
        var by: Expression?
        if let w = eatGrammarWord("by") {
            byWord = w
            by = parseRequiredValue(after: w, list: false)
        }
        guard !recovering, let dueWord = expectGrammarWord("due", after: "and the deadline (`due 30 days before` or `due 2025-04-01`)") else {
            return TaskParts(title: title, byWord: byWord, by: by, dueWord: Word("due", hereSpan), due: .day(missing))
        }
        if atStatementEnd || currentAtLineStart {
            _ = parseRequiredValue(after: dueWord)
            return TaskParts(title: title, byWord: byWord, by: by, dueWord: dueWord, due: .day(missing))
        }
        let deadline = parseDurationValue(allowing: ["before", "after"])
        let isDay: Bool
        switch deadline.kind {
        case .day, .month, .quarter: isDay = true
        default: isDay = false
        }
        // `after` is also an attribute name: after a day literal it starts the next attribute.
        if !isDay, let direction = eatGrammarWord("before") ?? eatGrammarWord("after") {
            return TaskParts(title: title, byWord: byWord, by: by, dueWord: dueWord, due: .relative(duration: deadline, direction: direction))
        }
        if case .duration = deadline.kind, !recovering {
            reportExpected(
                "`before` or `after` after the duration `\(Parser.sourceText(deadline, tokens: tokens))`",
                help: "write `due \(Parser.sourceText(deadline, tokens: tokens)) before` (prepare) or `… after` (follow_up)")
        }
        return TaskParts(title: title, byWord: byWord, by: by, dueWord: dueWord, due: .day(deadline))
    }

    /// feedback → "feedback" expression "within" duration [ "from" "report" | "自报送" ]
    mutating func parseFeedback(after keyword: Word) -> FeedbackParts {
        let department = parseRequiredValue(after: keyword, list: false)
        guard !recovering, let within = expectGrammarWord("within", after: "and the period (`feedback zjj within 3 months`)") else {
            return FeedbackParts(department: department, withinWord: Word("within", hereSpan), within: Expression(.missing, hereSpan), fromReport: nil)
        }
        let period: Expression
        if atStatementEnd || currentAtLineStart {
            period = parseRequiredValue(after: within)
        } else {
            period = parseDurationValue(allowing: ["from"])
        }
        var fromReport: Word?
        if !recovering {
            if let joined = eatGrammarWord("from report") {
                fromReport = joined
            } else if atGrammarWord("from") && !currentAtLineStart {
                let from = advance()
                if at(kind: .identifier) && current.text == "report" {
                    let report = advance()
                    fromReport = Word("from report", from.span.merged(with: report.span))
                } else {
                    reportExpected("`report` after `from` (`from report`)")
                }
            }
        }
        return FeedbackParts(department: department, withinWord: within, within: period, fromReport: fromReport)
    }

    /// every → "every" ( expression | "week" | "month" ) [ "on" [ ORDINAL ] WEEKDAY ]
    ///         "from" expression "until" expression
    mutating func parseEvery(after keyword: Word) -> EverySpec {
        let placeholder = Expression(.missing, hereSpan)
        var spec = EverySpec(
            interval: nil, unitWord: nil, onWord: nil, ordinal: nil, weekday: nil,
            fromWord: Word("from", hereSpan), from: placeholder, untilWord: Word("until", hereSpan), until: placeholder)
        if let unit = eatGrammarWord("week") ?? eatGrammarWord("month") {
            spec.unitWord = unit
        } else if atStatementEnd || currentAtLineStart {
            spec.interval = parseRequiredValue(after: keyword)
            return spec
        } else {
            spec.interval = parseDurationValue(allowing: ["on", "from"])
        }
        guard !recovering else { return spec }
        if let on = eatGrammarWord("on") {
            spec.onWord = on
            for ordinal in ["first", "second", "third", "fourth", "last"] {
                if let w = eatGrammarWord(ordinal) {
                    spec.ordinal = w
                    break
                }
            }
            if at(kind: .identifier) && !currentAtLineStart && !atGrammarWord("from") {
                let w = advance()
                spec.weekday = Word(w.text, w.span)
            } else {
                reportExpected("a weekday after `\(on.text)` (`on thursday`, `逢 周四`)")
                return spec
            }
        }
        guard let from = expectGrammarWord("from", after: "and the first day (`from 2025-03-06 until 2025-06-26`)") else { return spec }
        spec.fromWord = from
        spec.from = parseRequiredValue(after: from, list: false)
        guard !recovering, let until = expectGrammarWord("until", after: "and the last day (`until 2025-06-26`)") else { return spec }
        spec.untilWord = until
        spec.until = parseRequiredValue(after: until, list: false)
        return spec
    }

    /// approvalStep → STEP expression [ "by" expression { "," expression } ]
    mutating func parseApprovalStep(after keyword: Word) -> AttributeValue {
        let day = parseRequiredValue(after: keyword, list: false)
        guard !recovering, let byWord = eatGrammarWord("by") else {
            return .approvalStep(day: day, byWord: nil, by: [])
        }
        let who = parseRequiredValue(after: byWord)
        if case .list(let items) = who.kind { return .approvalStep(day: day, byWord: byWord, by: items) }
        return .approvalStep(day: day, byWord: byWord, by: [who])
    }

    /// severity → "severity" RULE ( "off" | "warning" | "error" )
    mutating func parseSeverity(after keyword: Word) -> AttributeValue {
        let missing = Word("", hereSpan)
        // Rule names are identifiers, except `require`, `warn` and `include`, which are
        // reserved words elsewhere but name rules here (LANGUAGE.md 6). Rule names are
        // English only, so their Chinese aliases (要求, 提醒, 引入) are not rule names.
        let reservedRule: Bool
        switch currentKind {
        case .reserved(.require), .reserved(.warn), .reserved(.include):
            reservedRule = ReservedWord(rawValue: current.text) != nil
        default:
            reservedRule = false
        }
        guard at(kind: .identifier) || reservedRule, !currentAtLineStart else {
            reportExpected("a rule name after `\(keyword.text)` (`severity day_off off`)")
            return .severity(rule: missing, level: missing)
        }
        let ruleToken = advance()
        let rule = Word(ruleToken.text, ruleToken.span)
        if let level = eatGrammarWord("off") ?? eatGrammarWord("warning") ?? eatGrammarWord("error") {
            return .severity(rule: rule, level: level)
        }
        reportExpected("`off`, `warning` or `error` (关闭, 警告, 错误) after the rule `\(rule.text)`")
        return .severity(rule: rule, level: Word("", hereSpan))
    }

    /// The source text of an expression's tokens, for messages (spaces between tokens).
    static func sourceText(_ e: Expression, tokens: [Token]) -> String {
        tokens.filter { $0.span.start >= e.span.start && $0.span.end <= e.span.end && $0.kind != .newline }
            .map(\.text).joined(separator: " ")
    }
}
