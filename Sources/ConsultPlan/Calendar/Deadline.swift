// Attribute deadlines (LANGUAGE.md 4.3): a base day plus or minus a duration,
// rolled off a day off in the deadline's direction, with a one-line explanation.

/// Which way a deadline counts from its base day.
public enum DeadlineDirection: Sendable, Hashable {
    /// Before the base day (notice, `prepare … before`); a day off rolls back.
    case before
    /// After the base day (`follow_up … after`, `feedback … within`); a day off rolls forward.
    case after
}

/// A computed deadline and how it was reached.
public struct Deadline: Sendable, Hashable {
    /// The final day.
    public var day: Day
    /// The day before the roll to a working day (equal to `day` when no roll happened).
    public var unrolled: Day
    /// How it was computed, e.g. `2025-04-22 − 30 days = 2025-03-23 (Sun, a day off)
    /// → rolled back to 2025-03-21 (Fri)`.
    public var explanation: String

    /// Creates a deadline.
    public init(day: Day, unrolled: Day, explanation: String) {
        self.day = day
        self.unrolled = unrolled
        self.explanation = explanation
    }

    /// Whether the roll moved it off a day off.
    public var wasRolled: Bool { day != unrolled }
}

extension WorkdayCalendar {
    /// An attribute deadline (4.3): `base` ± `duration`. Days, weeks and months are
    /// calendar time (months clamp to the month's end both ways); workdays step over
    /// working days only, the base day excluded. With `roll`, a result on a day off
    /// moves to the previous (`before`) or next (`after`) working day
    /// (期间届满日遇节假日顺延). Nil for hours/minutes (not a deadline unit) and
    /// when the result leaves 0001-01-01 … 9999-12-31.
    ///
    /// A negative amount counts the other way (it only arises from arithmetic);
    /// the roll still follows `direction`.
    public func deadline(
        from base: Day, _ duration: Duration, _ direction: DeadlineDirection, roll: Bool = true
    ) -> Deadline? {
        guard let (final, unrolled) = deadlineDays(from: base, duration, direction, roll: roll) else { return nil }
        let magnitude = Int(truncatingIfNeeded: duration.amount)  // deadlineDays checked that it fits
        let signed = direction == .after ? magnitude : -magnitude
        let count = Int(magnitude.magnitude)
        let sign = signed < 0 ? "−" : "+"
        var text = "\(base) \(sign) \(count) \(duration.unit.english(Int64(count))) = \(unrolled) (\(dayNote(unrolled)))"
        if duration.unit == .workdays {
            let skipped = abs(base.days(to: unrolled)) - count
            if skipped > 0 { text += ", skipping \(skipped) \(skipped == 1 ? "day" : "days") off" }
        }
        if final != unrolled {
            text += " → rolled \(final > unrolled ? "forward" : "back") to \(final) (\(dayNote(final)))"
        }
        return Deadline(day: final, unrolled: unrolled, explanation: text)
    }

    /// ``deadline(from:_:_:roll:)``'s days without its explanation: the evaluator computes
    /// hundreds of thousands of deadlines and writes their explanations only when read.
    func deadlineDays(
        from base: Day, _ duration: Duration, _ direction: DeadlineDirection, roll: Bool = true
    ) -> (day: Day, unrolled: Day)? {
        let amount = duration.amount
        guard amount != Int64.min, let magnitude = Int(exactly: amount) else { return nil }
        let signed = direction == .after ? magnitude : -magnitude
        let unrolled: Day?
        switch duration.unit {
        case .days: unrolled = base.adding(days: signed)
        case .weeks:
            let (days, overflow) = signed.multipliedReportingOverflow(by: 7)
            unrolled = overflow ? nil : base.adding(days: days)
        case .months: unrolled = base.adding(months: signed)
        case .workdays: unrolled = adding(workdays: signed, to: base)
        case .hours, .minutes: unrolled = nil
        }
        guard let unrolled else { return nil }
        let final: Day?
        if roll {
            final = direction == .after ? rollForward(unrolled) : rollBack(unrolled)
        } else {
            final = unrolled
        }
        guard let final else { return nil }
        return (final, unrolled)
    }

    /// `Sun, a day off`, `Wed, a day off: 国庆节`, `Sun, a make-up working day: 国庆节调休`, or `Fri`.
    func dayNote(_ day: Day) -> String {
        let weekday = WorkdayCalendar.shortWeekdays[day.weekday.rawValue - 1]
        if !isWorkday(day) {
            if let name = specialDayName(day) { return "\(weekday), a day off: \(name)" }
            return "\(weekday), a day off"
        }
        if let name = specialDayName(day), kind != .none, day.weekday.isWeekend {
            return "\(weekday), a make-up working day: \(name)"
        }
        return weekday
    }

    /// `Mon` … `Sun`, for explanations, indexed by `Weekday.rawValue - 1`.
    private static let shortWeekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
}
