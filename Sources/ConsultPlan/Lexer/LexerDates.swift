// Days, months, quarters and times (LANGUAGE.md 2.5). Four digits and `-`
// start a date; anything after them that is not a date is one malformed-date error.

extension LexerState {
    /// Whether the character at `i` would continue a date literal (digit, ASCII letter, `_`).
    private func continuesLiteral(at i: Int) -> Bool {
        let c = mappedScalar(at: i).value
        return LexerState.isDigit(c) || LexerState.isASCIILetter(c) || c == 0x5F
    }

    /// Exactly two digits at `i`, not followed by a third: their value and end.
    private func twoDigits(at i: Int) -> (value: Int, end: Int)? {
        let (end, digits, value) = digitRun(at: i)
        guard digits == 2, let value else { return nil }
        return (Int(value), end)
    }

    /// After `YYYY-`: `MM-DD` (a day), `MM` (a month) or `Qn` (a quarter).
    mutating func lexDateLiteral(_ start: Int, yearEnd: Int, dashLength: Int) {
        let year = Int(digitRun(at: start).value ?? 0)
        let afterDash = yearEnd + dashLength
        if let (month, monthEnd) = twoDigits(at: afterDash) {
            let (next, nextLength) = mappedScalar(at: monthEnd)
            if next == 0x2D, let (day, dayEnd) = twoDigits(at: monthEnd + nextLength), !continuesLiteral(at: dayEnd) {
                finishDay(start, dayEnd, year: year, month: month, day: day)
                return
            }
            if next != 0x2D && !continuesLiteral(at: monthEnd) {
                finishMonth(start, monthEnd, year: year, month: month)
                return
            }
        } else {
            let (q, qLength) = mappedScalar(at: afterDash)
            let (n, nLength) = mappedScalar(at: afterDash + qLength)
            if q == 0x51, LexerState.isDigit(n), !continuesLiteral(at: afterDash + qLength + nLength) {
                finishQuarter(start, afterDash + qLength + nLength, year: year, quarter: Int(n - 0x30))
                return
            }
        }
        lexMalformedDate(start)
    }

    private mutating func finishDay(_ start: Int, _ end: Int, year: Int, month: Int, day: Int) {
        pos = end
        let text = cachedText(start, end)
        recordFullwidth(start, end)
        if let value = Day(year: year, month: month, day: day) {
            emit(.day, start, end, text: text, value: .day(value))
            return
        }
        if !(1...12).contains(month) {
            diagnose(
                LexerCode.malformedDate, "malformed day `\(text)`: month \(month) does not exist (01–12)",
                start, end, help: "write a day as YYYY-MM-DD, like `2025-04-17`")
        } else if year == 0 {
            diagnose(LexerCode.impossibleDay, "`\(text)` is not a day: years run from 0001 to 9999", start, end)
        } else {
            let length = Day.daysIn(year: year, month: month)
            let last = Day.pad(year, 4) + "-" + Day.pad(month, 2) + "-" + Day.pad(length, 2)
            diagnose(
                LexerCode.impossibleDay,
                "`\(text)` is not a day: \(LexerState.monthNames[month - 1]) \(year) has \(length) days",
                start, end, help: "the last day of that month is `\(last)`")
        }
        emit(.invalid, start, end, text: text)
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    private mutating func finishMonth(_ start: Int, _ end: Int, year: Int, month: Int) {
        pos = end
        let text = cachedText(start, end)
        recordFullwidth(start, end)
        if let value = YearMonth(year: year, month: month) {
            emit(.month, start, end, text: text, value: .month(value))
            return
        }
        if !(1...12).contains(month) {
            diagnose(
                LexerCode.malformedDate, "malformed month `\(text)`: month \(month) does not exist (01–12)",
                start, end,
                help: "write a month as YYYY-MM, like `2025-04`, or `\(Day.pad(year, 4)) - \(month)` for a subtraction")
        } else {
            diagnose(LexerCode.impossibleDay, "`\(text)` is not a month: years run from 0001 to 9999", start, end)
        }
        emit(.invalid, start, end, text: text)
    }

    private mutating func finishQuarter(_ start: Int, _ end: Int, year: Int, quarter: Int) {
        pos = end
        let text = cachedText(start, end)
        recordFullwidth(start, end)
        if let value = YearQuarter(year: year, quarter: quarter) {
            emit(.quarter, start, end, text: text, value: .quarter(value))
            return
        }
        if !(1...4).contains(quarter) {
            diagnose(
                LexerCode.malformedDate, "malformed quarter `\(text)`: quarter \(quarter) does not exist (Q1–Q4)",
                start, end, help: "write a quarter as YYYY-Qn with n from 1 to 4, like `2025-Q2`")
        } else {
            diagnose(LexerCode.impossibleDay, "`\(text)` is not a quarter: years run from 0001 to 9999", start, end)
        }
        emit(.invalid, start, end, text: text)
    }

    /// Four digits and `-` followed by something that is not a date: the run of
    /// digits, ASCII letters, `_` and `-` is one `invalid` token with one error.
    private mutating func lexMalformedDate(_ start: Int) {
        var end = start
        while true {
            let (c, length) = mappedScalar(at: end)
            guard LexerState.isDigit(c) || LexerState.isASCIILetter(c) || c == 0x5F || c == 0x2D else { break }
            end += length
        }
        pos = end
        let full = tokenText(start, end)
        let text = LexerState.abbreviated(full)
        let (canonical, subtraction) = full.utf8.count <= 32 ? LexerState.dateRepairs(full) : (nil, nil)
        let message: String
        var help: String
        switch canonical?.kind {
        case .day?: message = "expected a day like 2025-04-17, found `\(text)`"
        case .month?: message = "expected a month like 2025-04, found `\(text)`"
        case .quarter?: message = "expected a quarter like 2025-Q2, found `\(text)`"
        case nil: message = "expected a day like 2025-04-17, a month like 2025-04 or a quarter like 2025-Q2, found `\(text)`"
        }
        if let canonical {
            help = "write `\(canonical.text)`"
        } else {
            help = "write a day as YYYY-MM-DD, a month as YYYY-MM, a quarter as YYYY-Qn"
        }
        if let subtraction { help += ", or `\(subtraction)` if you meant a subtraction" }
        diagnose(LexerCode.malformedDate, message, start, end, help: help)
        recordFullwidth(start, end)
        emit(.invalid, start, end, text: text)
    }

    /// What a malformed date probably meant.
    enum DateKind { case day, month, quarter }

    /// The canonical literal a malformed date stands for (`2025-4-17` → `2025-04-17`),
    /// and the same text as a subtraction (`2025 - 4 - 17`) when every part is a
    /// number or a name.
    static func dateRepairs(_ text: String) -> (canonical: (kind: DateKind, text: String)?, subtraction: String?) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let yearText = parts.first, let year = Int(yearText) else { return (nil, nil) }
        let rest = Array(parts.dropFirst())
        let isNumber: (String) -> Bool = { !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        let isName: (String) -> Bool = {
            guard let f = $0.unicodeScalars.first else { return false }
            return LexerState.isIdentifierStart(f.value)
        }
        let isQuarter: (String) -> Bool = { $0.count == 2 && ($0.first == "Q" || $0.first == "q") }
        var subtraction: String?
        if !rest.isEmpty, rest.allSatisfy({ isNumber($0) || (isName($0) && !isQuarter($0)) }) {
            subtraction = ([yearText] + rest).joined(separator: " - ")
        }
        var canonical: (DateKind, String)?
        let small: (String) -> Int? = { isNumber($0) && $0.count <= 2 ? Int($0) : nil }
        if rest.count == 2, let m = small(rest[0]), let d = small(rest[1]), Day(year: year, month: m, day: d) != nil {
            canonical = (.day, Day.pad(year, 4) + "-" + Day.pad(m, 2) + "-" + Day.pad(d, 2))
        } else if rest.count == 1, let m = small(rest[0]), YearMonth(year: year, month: m) != nil {
            canonical = (.month, Day.pad(year, 4) + "-" + Day.pad(m, 2))
        } else if rest.count == 1, isQuarter(rest[0]), let n = Int(rest[0].dropFirst()), (1...4).contains(n) {
            canonical = (.quarter, Day.pad(year, 4) + "-Q" + String(n))
        }
        return (canonical.map { (kind: $0.0, text: $0.1) }, subtraction)
    }

    /// `H:MM` or `HH:MM`: 00:00–23:59, and 24:00 (the parser allows it only as an end).
    mutating func lexTime(_ start: Int, hourEnd: Int, colonLength: Int, hour: Int) {
        let (end, digits, minuteValue) = digitRun(at: hourEnd + colonLength)
        pos = end
        let text = cachedText(start, end)
        recordFullwidth(start, end)
        guard digits == 2, let minuteValue else {
            diagnose(
                LexerCode.malformedTime, "expected a time like 09:30, found `\(LexerState.abbreviated(text))`",
                start, end, help: "write a time as HH:MM, with two digits for the minutes")
            emit(.invalid, start, end, text: text)
            return
        }
        guard let value = TimeOfDay(hour: hour, minute: Int(minuteValue)) else {
            diagnose(
                LexerCode.impossibleTime,
                "`\(text)` is not a time of day: hours run from 00 to 23 (24:00 ends a day), minutes from 00 to 59",
                start, end)
            emit(.invalid, start, end, text: text)
            return
        }
        emit(.time, start, end, text: text, value: .time(value))
    }
}
