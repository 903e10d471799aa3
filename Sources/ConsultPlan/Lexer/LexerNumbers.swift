// Numbers (LANGUAGE.md 2.4–2.6): integers, decimals, percentages, durations,
// and the literals that start with digits: days, months, quarters and times.

extension LexerState {
    /// A run of decimal digits (ASCII or full-width) from `i`: its end, its
    /// length in digits and its value (nil when it does not fit in Int64).
    func digitRun(at i: Int) -> (end: Int, digits: Int, value: Int64?) {
        var j = i
        var digits = 0
        var value: Int64? = 0
        while true {
            let (c, length) = mappedScalar(at: j)
            guard LexerState.isDigit(c) else { break }
            if let v = value {
                let (m, o1) = v.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(Int64(c - 0x30))
                value = o1 || o2 ? nil : s
            }
            digits += 1
            j += length
        }
        return (j, digits, value)
    }

    /// A token starting with a digit.
    mutating func lexNumber() {
        let start = pos
        let (intEnd, digits, intValue) = digitRun(at: start)
        let (next, nextLength) = mappedScalar(at: intEnd)
        if digits == 4 && next == 0x2D {
            lexDateLiteral(start, yearEnd: intEnd, dashLength: nextLength)
            return
        }
        if digits <= 2 && next == 0x3A && LexerState.isDigit(mappedScalar(at: intEnd + nextLength).value) {
            lexTime(start, hourEnd: intEnd, colonLength: nextLength, hour: Int(intValue ?? 0))
            return
        }
        if next == 0x2E && LexerState.isDigit(mappedScalar(at: intEnd + nextLength).value) {
            lexDecimal(start, fractionStart: intEnd + nextLength)
            return
        }
        if next == 0x25 {
            finishPercent(start, numberEnd: intEnd, end: intEnd + nextLength, value: intValue.map(ExactDecimal.init))
            return
        }
        if LexerState.isIdentifierStart(next) {
            lexGluedWord(start, numberEnd: intEnd, amount: intValue)
            return
        }
        if let (unit, end) = spacedUnit(after: intEnd) {
            finishDuration(start, end, amount: intValue, unit: unit)
            return
        }
        pos = intEnd
        guard let intValue else {
            reportTooLarge(start, intEnd, what: "integer")
            return
        }
        recordFullwidth(start, intEnd)
        emit(.integer, start, intEnd, text: cachedText(start, intEnd), value: .integer(intValue))
    }

    /// Reports a number that does not fit and emits an `invalid` token for it.
    private mutating func reportTooLarge(_ start: Int, _ end: Int, what: String) {
        let text = tokenText(start, end)
        let shown = LexerState.abbreviated(text)
        diagnose(
            LexerCode.numberTooLarge,
            what == "integer"
                ? "the integer `\(shown)` does not fit in 64 bits (the largest is 9223372036854775807)"
                : "the \(what) `\(shown)` does not fit: at most 18 digits, 18 of them after the point",
            start, end)
        recordFullwidth(start, end)
        emit(.invalid, start, end, text: text)
    }

    /// `3.5`, `3.5%`; a decimal followed by a unit is an error (durations count whole units).
    private mutating func lexDecimal(_ start: Int, fractionStart: Int) {
        let (end, _, _) = digitRun(at: fractionStart)
        let text = tokenText(start, end)
        let value = ExactDecimal(parsing: text[...])
        let (next, nextLength) = mappedScalar(at: end)
        if next == 0x25 {
            finishPercent(start, numberEnd: end, end: end + nextLength, value: value)
            return
        }
        var wordStart = end
        var wordEnd = end
        if LexerState.isIdentifierStart(next) {
            wordEnd = identifierEnd(from: end)
        } else if let (_, unitEnd) = spacedUnit(after: end) {
            wordEnd = unitEnd
            wordStart = unitEnd - 1
            while wordStart > end, bytes[wordStart - 1] != 0x20, bytes[wordStart - 1] != 0x09 { wordStart -= 1 }
        }
        if wordEnd > end {
            let word = tokenText(wordStart, wordEnd)
            let isUnit = DurationUnits.unit(named: word) != nil || DurationUnits.unitPrefix(of: word) != nil
            pos = wordEnd
            diagnose(
                LexerCode.fractionalDuration,
                isUnit
                    ? "a duration counts whole units, found `\(LexerState.abbreviated(tokenText(start, wordEnd)))`"
                    : "unexpected word `\(LexerState.abbreviated(word))` glued to the number `\(LexerState.abbreviated(text))`",
                start, wordEnd,
                help: isUnit
                    ? "write a whole number of a smaller unit (`36 hours` rather than `1.5 days`)"
                    : "put a space between the number and the word")
            recordFullwidth(start, wordEnd)
            emit(.invalid, start, wordEnd, text: tokenText(start, wordEnd))
            return
        }
        pos = end
        guard let value else {
            reportTooLarge(start, end, what: "decimal")
            return
        }
        recordFullwidth(start, end)
        emit(.decimal, start, end, text: text, value: .decimal(value))
    }

    /// `20%`: the value is the number written.
    private mutating func finishPercent(_ start: Int, numberEnd: Int, end: Int, value: ExactDecimal?) {
        pos = end
        guard let value else {
            reportTooLarge(start, numberEnd, what: "percentage")
            return
        }
        recordFullwidth(start, end)
        emit(.percent, start, end, text: tokenText(start, end), value: .percent(value))
    }

    /// A duration token from `start` to `end` (number, optional space, unit).
    private mutating func finishDuration(_ start: Int, _ end: Int, amount: Int64?, unit: DurationUnit) {
        pos = end
        guard let amount else {
            reportTooLarge(start, end, what: "integer")
            return
        }
        recordFullwidth(start, end)
        let text = cachedText(start, end)
        emit(.duration, start, end, text: text, value: .duration(Duration(amount, unit, spelling: text)))
    }

    /// A word glued to an integer: a unit (`3个月`, `3days`) or an unknown-unit error.
    /// A CJK unit may be a prefix of the word (`3个月内`); an English one must be all of it.
    private mutating func lexGluedWord(_ start: Int, numberEnd: Int, amount: Int64?) {
        let wordEnd = identifierEnd(from: numberEnd)
        let word = cachedText(numberEnd, wordEnd)
        if let unit = DurationUnits.unit(named: word), LexerState.isASCIILetter(UInt32(bytes[numberEnd])) {
            finishDuration(start, wordEnd, amount: amount, unit: unit)
            return
        }
        if let (unit, length) = DurationUnits.unitPrefix(of: word) {
            finishDuration(start, numberEnd + length, amount: amount, unit: unit)
            return
        }
        pos = wordEnd
        let number = tokenText(start, numberEnd)
        diagnose(
            LexerCode.unknownUnit,
            "unknown unit `\(LexerState.abbreviated(word))` after the number \(LexerState.abbreviated(number))",
            start, wordEnd,
            help: DurationUnits.suggestion(for: word, amount: number, amountValue: amount))
        recordFullwidth(start, wordEnd)
        emit(.invalid, start, wordEnd, text: tokenText(start, wordEnd))
    }

    /// After whitespace (spaces, tabs, U+3000, no line end), a word that is
    /// exactly a unit: its unit and end.
    mutating func spacedUnit(after i: Int) -> (DurationUnit, Int)? {
        var j = i
        while true {
            let (c, length) = mappedScalar(at: j)
            guard c == 0x20 || c == 0x09 else { break }
            j += length
        }
        guard j > i, LexerState.isIdentifierStart(mappedScalar(at: j).value) else { return nil }
        let end = identifierEnd(from: j)
        // A word followed by `\(` is an interpolated name, not a unit.
        if end + 1 < count, bytes[end] == 0x5C, bytes[end + 1] == 0x28 { return nil }
        guard let unit = DurationUnits.unit(named: cachedText(j, end)) else { return nil }
        return (unit, end)
    }

    /// `text`, cut to its first 32 characters with `…` when longer, for messages.
    static func abbreviated(_ text: String) -> String {
        text.unicodeScalars.count <= 32 ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(32))) + "…"
    }
}
