// Series occurrence days (LANGUAGE.md 4.4): the cadence anchored to the first
// occurrence, then `skip holidays` or `shift holidays` against the workday calendar.

/// How often a series recurs (`every …`).
public enum SeriesCadence: Sendable, Hashable {
    /// Every N days.
    case days(Int)
    /// Every N weeks, on a weekday if given.
    case weeks(Int, on: Weekday?)
    /// Every N months, on the ORDINAL WEEKDAY of the month if given; ordinal 1…4, or −1 for the last.
    case months(Int, ordinal: Int?, weekday: Weekday?)
}

/// What happens to an occurrence that falls on a day off.
public enum SeriesHolidayMode: Sendable, Hashable {
    /// Drop it (`skip holidays`, the default).
    case skip
    /// Move it to the next working day (`shift holidays`).
    case shift
}

/// An occurrence moved from one day to another.
public struct ShiftedOccurrence: Sendable, Hashable {
    /// The day the cadence gave (a day off).
    public var from: Day
    /// The working day it moved to.
    public var to: Day

    /// Creates a record of a move.
    public init(from: Day, to: Day) {
        self.from = from
        self.to = to
    }
}

/// A series' occurrence days and what skipping or shifting did to them.
public struct SeriesOccurrences: Sendable, Hashable {
    /// Final occurrence days, in date order, after skip/shift/merge.
    public var days: [Day] = []
    /// Cadence days dropped because they are days off (skip mode).
    public var skipped: [Day] = []
    /// Cadence days moved to the next working day and kept there (shift mode).
    public var shifted: [ShiftedOccurrence] = []
    /// Cadence days shifted onto another occurrence's day and merged with it (shift mode).
    public var merged: [ShiftedOccurrence] = []
    /// Cadence days whose shift went past `until`, dropped (shift mode).
    public var droppedPastUntil: [ShiftedOccurrence] = []
    /// More than `limit` occurrences: `days` holds the first `limit` and work stopped there.
    public var limitExceeded: Bool = false

    /// An empty result.
    public init() {}
}

extension WorkdayCalendar {
    /// The occurrence days of `every CADENCE from FROM until UNTIL` (4.4), both bounds inclusive.
    ///
    /// The first occurrence is the first matching day on or after `from`: `from`
    /// itself, the first `on` weekday, or the ORDINAL WEEKDAY of `from`'s month (of
    /// the next month when that is before `from`). Occurrence k is the first plus
    /// k·N units, anchored to the first (monthly from 01-31: 02-28, 03-31, 04-30), or
    /// the ORDINAL WEEKDAY of the first's month + k·N. "Holidays" are every day off.
    ///
    /// Decisions where the spec is silent: N < 1, an ordinal outside 1…4 and −1, or
    /// `from` after `until` give no occurrences (the evaluator reports the error);
    /// `months` with only one of ordinal/weekday ignores it (likewise an error
    /// reported elsewhere); `limit` counts final occurrences. Work is bounded by the
    /// date range and by `limit`, so absurd series return promptly.
    public func seriesOccurrences(
        _ cadence: SeriesCadence, from: Day, until: Day, mode: SeriesHolidayMode, limit: Int
    ) -> SeriesOccurrences {
        var result = SeriesOccurrences()
        guard var cadenceDays = SeriesCadenceDays(cadence, from: from, until: until) else { return result }
        let limit = max(limit, 0)
        /// Appends a final day; false once the limit is passed.
        func keep(_ day: Day) -> Bool {
            guard result.days.count < limit else {
                result.limitExceeded = true
                return false
            }
            result.days.append(day)
            return true
        }
        while let day = cadenceDays.next() {
            if isWorkday(day) {
                guard keep(day) else { break }
                continue
            }
            if mode == .skip {
                result.skipped.append(day)
                continue
            }
            // Shift: every cadence day up to the next working day moves there together.
            // Days between are all off, so the group is exactly the cadence days ≤ target.
            let target = nextWorkday(after: day)
            var group = [day]
            var owner: Day?  // a cadence day that already is the target
            while let following = cadenceDays.peek(), let target, following <= target {
                _ = cadenceDays.next()
                if following == target { owner = following } else { group.append(following) }
            }
            guard let target, target <= until else {
                let to = target ?? Day.maximum
                result.droppedPastUntil += group.map { ShiftedOccurrence(from: $0, to: to) }
                continue
            }
            if owner == nil, let first = group.first {
                result.shifted.append(ShiftedOccurrence(from: first, to: target))
                group.removeFirst()
            }
            result.merged += group.map { ShiftedOccurrence(from: $0, to: target) }
            guard keep(target) else { break }
        }
        return result
    }
}

/// The raw cadence days of a series, in ascending order, up to `until`.
private struct SeriesCadenceDays {
    /// The cadence.
    let cadence: SeriesCadence
    /// The first occurrence.
    let first: Day
    /// The last allowed day.
    let until: Day
    /// The next occurrence index k.
    var index = 0
    /// A day looked at but not yet taken.
    var buffered: Day?
    /// Set once the cadence passed `until` or the day range.
    var finished = false

    /// Nil when the cadence is malformed or yields nothing.
    init?(_ cadence: SeriesCadence, from: Day, until: Day) {
        guard from <= until else { return nil }
        let firstDay: Day?
        switch cadence {
        case .days(let n):
            guard n >= 1 else { return nil }
            firstDay = from
        case .weeks(let n, let weekday):
            guard n >= 1 else { return nil }
            if let weekday {
                firstDay = from.adding(days: (weekday.rawValue - from.weekday.rawValue + 7) % 7)
            } else {
                firstDay = from
            }
        case .months(let n, let ordinal, let weekday):
            guard n >= 1 else { return nil }
            if let ordinal, let weekday {
                guard (1...4).contains(ordinal) || ordinal == -1 else { return nil }
                let c = from.components
                let here = SeriesCadenceDays.ordinalWeekday(year: c.year, month: c.month, ordinal, weekday)
                if let here, here >= from {
                    firstDay = here
                } else {
                    let (y, m) = c.month == 12 ? (c.year + 1, 1) : (c.year, c.month + 1)
                    firstDay = SeriesCadenceDays.ordinalWeekday(year: y, month: m, ordinal, weekday)
                }
            } else {
                firstDay = from
            }
        }
        guard let firstDay, firstDay <= until else { return nil }
        self.cadence = cadence
        self.first = firstDay
        self.until = until
    }

    /// The next day without taking it.
    mutating func peek() -> Day? {
        if buffered == nil { buffered = produce() }
        return buffered
    }

    /// Takes the next day.
    mutating func next() -> Day? {
        if let day = buffered {
            buffered = nil
            return day
        }
        return produce()
    }

    /// Computes occurrence `index` from the first (anchored), or nil past `until`.
    private mutating func produce() -> Day? {
        guard !finished else { return nil }
        let k = index
        index += 1
        let day: Day?
        switch cadence {
        case .days(let n): day = SeriesCadenceDays.offset(first, k, n, 1)
        case .weeks(let n, _): day = SeriesCadenceDays.offset(first, k, n, 7)
        case .months(let n, let ordinal, let weekday):
            let (steps, overflow) = k.multipliedReportingOverflow(by: n)
            if overflow {
                day = nil
            } else if let ordinal, let weekday {
                let c = first.components
                let (total, o2) = (c.year * 12 + c.month - 1).addingReportingOverflow(steps)
                day = o2 || total / 12 > 9999
                    ? nil : SeriesCadenceDays.ordinalWeekday(year: total / 12, month: total % 12 + 1, ordinal, weekday)
            } else {
                day = first.adding(months: steps)
            }
        }
        guard let day, day <= until else {
            finished = true
            return nil
        }
        return day
    }

    /// `first + k·n·unit` days, or nil on overflow or out of range.
    private static func offset(_ first: Day, _ k: Int, _ n: Int, _ unit: Int) -> Day? {
        let (a, o1) = k.multipliedReportingOverflow(by: n)
        let (b, o2) = a.multipliedReportingOverflow(by: unit)
        return o1 || o2 ? nil : first.adding(days: b)
    }

    /// The ORDINAL WEEKDAY of a month (ordinal 1…4, or −1 for the last).
    static func ordinalWeekday(year: Int, month: Int, _ ordinal: Int, _ weekday: Weekday) -> Day? {
        if ordinal == -1 {
            guard let last = Day(year: year, month: month, day: Day.daysIn(year: year, month: month)) else { return nil }
            return last.adding(days: -((last.weekday.rawValue - weekday.rawValue + 7) % 7))
        }
        guard let start = Day(year: year, month: month, day: 1) else { return nil }
        return start.adding(days: (weekday.rawValue - start.weekday.rawValue + 7) % 7 + 7 * (ordinal - 1))
    }
}
