// Why a day is off and which working days surround it, for the `day_off` and
// `after_order` notes and help lines, read from the plan's WorkdayCalendar.

/// Day-off facts for notes and help, read from a ``WorkdayCalendar``.
enum DayOffExplanation {
    /// "a public holiday (国庆节、中秋节)", "a declared holiday (校庆)", "a Saturday", or "a day off".
    ///
    /// Holiday names are given as the calendar has them (the State Council's Chinese
    /// names, or the name the program wrote), since they are proper names.
    static func reason(_ day: Day, in calendar: WorkdayCalendar) -> String {
        if let declared = calendar.overrides.last(where: { $0.day == day }), declared.isDayOff {
            return "a declared holiday" + (declared.name.map { " (\($0))" } ?? "")
        }
        if let name = calendar.specialDayName(day) {
            return "a public holiday (\(name))"
        }
        if day.weekday.isWeekend, calendar.kind != .none {
            return day.weekday == .saturday ? "a Saturday" : "a Sunday"
        }
        return "a day off"
    }

    /// The first working day after `day`, if any.
    static func nextWorkday(after day: Day, in calendar: WorkdayCalendar) -> Day? {
        calendar.nextWorkday(after: day)
    }

    /// The last working day before `day`, if any.
    static func previousWorkday(before day: Day, in calendar: WorkdayCalendar) -> Day? {
        calendar.previousWorkday(before: day)
    }
}
