// Arithmetic (LANGUAGE.md 7.1): checked integers, exact decimals, day ± duration
// (no roll; `N workdays` by the calendar), day − day, string + string.

extension Evaluator {
    /// `+ - * /` on two evaluated operands. Errors are reported at the operator.
    func arithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value, at opSpan: @autoclosure () -> Span, whole: Span) -> Value {
        // Spans and texts are computed only when something is reported: this is the hot path of loops.
        var span: Span { opSpan() }
        var shown: String { "`\(text(whole))`" }
        switch (a, b) {
        case (.integer(let x), .integer(let y)):
            let r: (partialValue: Int64, overflow: Bool)
            switch op {
            case .add: r = x.addingReportingOverflow(y)
            case .subtract: r = x.subtractingReportingOverflow(y)
            case .multiply: r = x.multipliedReportingOverflow(by: y)
            default: return decimalArithmetic(op, ExactDecimal(x), ExactDecimal(y), at: span, shown: shown)
            }
            if r.overflow { return overflow("integer overflow: \(shown) does not fit in a 64-bit integer", at: span) }
            return .integer(r.partialValue)
        case _ where a.isNumber && b.isNumber:
            guard let x = a.asDecimal, let y = b.asDecimal else { return .invalid }
            return decimalArithmetic(op, x, y, at: span, shown: shown)
        case (.day(let d), .duration(let u)) where op == .add || op == .subtract:
            return shift(d, by: u, negate: op == .subtract, at: span, shown: shown)
        case (.duration(let u), .day(let d)) where op == .add:
            return shift(d, by: u, negate: false, at: span, shown: shown)
        case (.day(let x), .day(let y)) where op == .subtract:
            return .integer(Int64(y.days(to: x)))
        case (.string(let x), .string(let y)) where op == .add:
            return .string(x + y)
        case (.list(let x), .list(let y)) where op == .add:
            return .list(x + y)
        case (.duration(let d), .integer(let n)) where op == .multiply,
            (.integer(let n), .duration(let d)) where op == .multiply:
            let (r, o) = d.amount.multipliedReportingOverflow(by: n)
            if o { return overflow("\(shown) is out of range", at: span) }
            return .duration(Duration(r, d.unit))
        case (.duration(let x), .duration(let y)) where (op == .add || op == .subtract) && x.unit == y.unit:
            let (r, o) = op == .add ? x.amount.addingReportingOverflow(y.amount) : x.amount.subtractingReportingOverflow(y.amount)
            if o { return overflow("\(shown) is out of range", at: span) }
            return .duration(Duration(r, x.unit))
        case (.time(let t), .duration(let u)) where (op == .add || op == .subtract) && u.unit.isTimeOfDay:
            let (minutes, o1) = u.amount.multipliedReportingOverflow(by: u.unit == .hours ? 60 : 1)
            // Subtract rather than add `-minutes`: negating Int64.min traps.
            let (r, o2) = op == .add
                ? Int64(t.minutes).addingReportingOverflow(minutes) : Int64(t.minutes).subtractingReportingOverflow(minutes)
            guard !o1, !o2, r >= 0, r <= 1440, let time = TimeOfDay(minutes: Int(r)) else {
                error(SemanticCode.dayOutOfRange, "\(shown) leaves the day (00:00–24:00)", at: span)
                return .invalid
            }
            return .time(time)
        default:
            let verb: String
            switch op {
            case .add: verb = "add"
            case .subtract: verb = "subtract"
            case .multiply: verb = "multiply"
            default: verb = "divide"
            }
            var help: String?
            if case .string = a { help = "to build text from other values use interpolation: \"…\\(x)…\"" }
            if case .duration(let d) = b, d.unit.isTimeOfDay, case .day = a {
                help = "hours and minutes apply only to times of day, never to days"
            }
            error(
                SemanticCode.typeMismatch,
                "cannot \(verb) \(withArticle(a.typeName)) and \(withArticle(b.typeName)) with `\(op.rawValue)`",
                at: span, help: help)
            return .invalid
        }
    }

    /// Number arithmetic in exact decimals; `/` always gives a decimal, ÷ 0 is an error.
    private func decimalArithmetic(
        _ op: BinaryOperator, _ x: ExactDecimal, _ y: ExactDecimal, at span: @autoclosure () -> Span, shown: @autoclosure () -> String
    ) -> Value {
        let r: ExactDecimal?
        switch op {
        case .add: r = x.adding(y)
        case .subtract: r = x.subtracting(y)
        case .multiply: r = x.multiplying(y)
        default:
            guard y.mantissa != 0 else {
                error(SemanticCode.divisionByZero, "division by zero in \(shown())", at: span())
                return .invalid
            }
            r = x.dividing(by: y)
        }
        guard let r else { return overflow("\(shown()) is out of range for an exact decimal", at: span()) }
        return .decimal(r)
    }

    /// `day ± duration`: calendar units exactly (months clamp), working days by the calendar;
    /// no roll to a working day (that applies to attribute deadlines only).
    func shift(_ d: Day, by u: Duration, negate: Bool, at opSpan: @autoclosure () -> Span, shown text: @autoclosure () -> String) -> Value {
        var span: Span { opSpan() }
        var shown: String { text() }
        var amount = u.amount
        if negate {
            guard amount != Int64.min else { return overflow("\(shown) is out of range", at: span) }
            amount = -amount
        }
        // Every day from 0001 to 9999 is within ±3,652,059 days: larger amounts cannot land in range.
        let bound: Int64 = 3_700_000
        var result: Day?
        if abs(amount) <= bound {
            let n = Int(amount)
            switch u.unit {
            case .days: result = d.adding(days: n)
            case .weeks: result = d.adding(days: n * 7)
            case .months: result = d.adding(months: n)
            case .workdays: result = calendar.adding(workdays: n, to: d)
            case .hours, .minutes:
                error(
                    SemanticCode.typeMismatch, "cannot move a day by \(u); hours and minutes apply only to times of day",
                    at: span, help: "count whole days, weeks, months or workdays")
                return .invalid
            }
        }
        guard let result else {
            error(SemanticCode.dayOutOfRange, "\(shown) leaves the range of days 0001-01-01 … 9999-12-31", at: span)
            return .invalid
        }
        return .day(result)
    }
}
