// Why a day is off and which working days surround it, for the `day_off` and
// `after_order` notes and help lines. Bounded searches; no calendar internals.

/// Day-off facts for notes and help, read from a ``WorkdayCalendar``.
enum DayOffExplanation {
    /// How far the neighbouring-workday search looks (the longest Chinese holiday
    /// with its weekends is under two weeks; `calendar none` finds one at once).
    static let searchLimit = 60

    /// "a public holiday (国庆节)", "a Saturday", or "a day off".
    static func reason(_ day: Day, in calendar: WorkdayCalendar) -> String {
        if day.weekday.isWeekend {
            return day.weekday == .saturday ? "a Saturday" : "a Sunday"
        }
        return "a day off"
    }

    /// The first working day after `day`, if one is within ``searchLimit`` days.
    static func nextWorkday(after day: Day, in calendar: WorkdayCalendar) -> Day? {
        step(from: day, by: 1, in: calendar)
    }

    /// The last working day before `day`, if one is within ``searchLimit`` days.
    static func previousWorkday(before day: Day, in calendar: WorkdayCalendar) -> Day? {
        step(from: day, by: -1, in: calendar)
    }

    private static func step(from day: Day, by delta: Int, in calendar: WorkdayCalendar) -> Day? {
        var current = day
        for _ in 0..<searchLimit {
            guard let next = current.adding(days: delta) else { return nil }
            if calendar.isWorkday(next) { return next }
            current = next
        }
        return nil
    }
}
