// The workday calendar (LANGUAGE.md 4.3): which days are working days under
// `calendar china|weekends|none` plus `holiday`/`workday` overrides, and stepping over them.

/// Which days are working days under the plan's calendar and overrides.
///
/// Every calendar is a *base pattern* (Monday–Friday working for `china` and
/// `weekends`, every day for `none`) plus a finite set of *exceptions*: the
/// State Council's holidays on weekdays and make-up days on weekends (`china`,
/// shipped years only), then the program's `holiday`/`workday` declarations,
/// which win over everything. Exceptions are precomputed in `init`, so
/// ``isWorkday(_:)`` is a table (or dictionary) lookup and counting is a binary search.
/// Outside the span of the exceptions the calendar repeats weekly, which lets
/// ``adding(workdays:to:)`` jump by whole weeks.
///
/// Decisions where the spec is silent:
/// - Several overrides on one day: the last one wins.
/// - An override without a name keeps the shipped holiday's name when it agrees
///   with it (a `holiday` on 国庆节 stays "国庆节"); otherwise it is named
///   "holiday" / "workday".
public struct WorkdayCalendar: Sendable, Hashable {
    /// The calendar kind.
    public let kind: CalendarKind
    /// The overrides as given (`holiday`/`workday` declarations), in order.
    public var overrides: [CalendarOverride] { storage.overrides }

    /// Everything derived from the kind and overrides, in one shared object: the calendar is
    /// copied into every plan, session and deadline computation, and a copy then retains one
    /// reference instead of six collections.
    private let storage: Storage

    /// The derived tables (immutable after `init`).
    private final class Storage: Sendable {
        /// The overrides as given.
        let overrides: [CalendarOverride]
        /// Day number → whether it is a working day, for days that differ from the base pattern.
        let exceptions: [Int32: Bool]
        /// The same as a dense table over `tableStart ..< tableStart + table.count` (−1 no
        /// exception, 0 off, 1 working) when the exceptions span few enough days: a deadline
        /// steps over days one by one, and indexing beats hashing each of them.
        let table: [Int8]
        /// The day number of `table[0]`.
        let tableStart: Int32
        /// Exception day numbers, ascending, for counting and for finding the regular stretches.
        let exceptionOrdinals: [Int32]
        /// `runningDelta[i]`: the change in working days that the exceptions `0..<i` make
        /// against the base pattern (+1 for a working weekend day, −1 for a weekday off).
        let runningDelta: [Int]
        /// Day number → name of the public holiday, make-up day or override on that day.
        let names: [Int32: String]
        /// Day numbers whose name the program wrote (a named `holiday`/`workday`): never translated.
        let programNamedDays: Set<Int32>
        /// Years in which the program declared overrides (they count as data, 4.3).
        let overrideYears: Set<Int>

        init(
            overrides: [CalendarOverride], exceptions: [Int32: Bool], exceptionOrdinals: [Int32], runningDelta: [Int],
            names: [Int32: String], programNamedDays: Set<Int32>, overrideYears: Set<Int>
        ) {
            self.overrides = overrides
            self.exceptions = exceptions
            self.exceptionOrdinals = exceptionOrdinals
            self.runningDelta = runningDelta
            self.names = names
            self.programNamedDays = programNamedDays
            self.overrideYears = overrideYears
            // About 110 years of days at most (40 KB); a wider spread keeps the dictionary only.
            if let low = exceptionOrdinals.first, let high = exceptionOrdinals.last, Int(high) - Int(low) < 40_000 {
                var table = [Int8](repeating: -1, count: Int(high) - Int(low) + 1)
                for (ordinal, working) in exceptions { table[Int(ordinal - low)] = working ? 1 : 0 }
                self.table = table
                self.tableStart = low
            } else {
                self.table = []
                self.tableStart = 0
            }
        }
    }

    private var exceptions: [Int32: Bool] { storage.exceptions }
    private var exceptionOrdinals: [Int32] { storage.exceptionOrdinals }
    private var runningDelta: [Int] { storage.runningDelta }
    private var names: [Int32: String] { storage.names }
    private var programNamedDays: Set<Int32> { storage.programNamedDays }
    private var overrideYears: Set<Int> { storage.overrideYears }

    /// The calendar of `kind` without overrides, built once per process: most plans
    /// declare no `holiday`/`workday`, and every evaluation starts from this one, so a
    /// small plan's check does not rebuild the shipped tables (the storage is immutable
    /// and shared, so handing out copies costs one retain).
    static func standard(_ kind: CalendarKind) -> WorkdayCalendar {
        switch kind {
        case .china: standardChina
        case .weekends: standardWeekends
        case .none: standardNone
        }
    }
    private static let standardChina = WorkdayCalendar(building: .china, overrides: [])
    private static let standardWeekends = WorkdayCalendar(building: .weekends, overrides: [])
    private static let standardNone = WorkdayCalendar(building: .none, overrides: [])

    /// Creates a calendar with user overrides (`holiday`/`workday` declarations).
    public init(kind: CalendarKind, overrides: [CalendarOverride] = []) {
        if overrides.isEmpty {
            self = WorkdayCalendar.standard(kind)
        } else {
            self.init(building: kind, overrides: overrides)
        }
    }

    /// Builds the tables for `kind` with `overrides`.
    private init(building kind: CalendarKind, overrides: [CalendarOverride]) {
        self.kind = kind
        var status: [Int32: Bool] = [:]
        var names: [Int32: String] = [:]
        if kind == .china {
            for (ordinal, name) in ChinaHolidays.daysOff {
                status[ordinal] = false
                names[ordinal] = name
            }
            for (ordinal, name) in ChinaHolidays.makeUpDays {
                status[ordinal] = true
                names[ordinal] = name
            }
        }
        var overridden = Set<Int32>()
        var programNamedDays = Set<Int32>()
        var overrideYears = Set<Int>()
        for override in overrides {
            let ordinal = override.day.ordinal
            let wasOff = status[ordinal].map { !$0 } ?? !WorkdayCalendar.baseIsWorkday(kind, ordinal)
            status[ordinal] = !override.isDayOff
            if let name = override.name, !name.isEmpty {
                names[ordinal] = name
                programNamedDays.insert(ordinal)
            } else if names[ordinal] == nil || wasOff != override.isDayOff || overridden.contains(ordinal) {
                // A shipped name survives only an unnamed override that agrees with it.
                names[ordinal] = override.isDayOff ? HolidayNames.holiday : HolidayNames.workday
                programNamedDays.remove(ordinal)
            }
            overridden.insert(ordinal)
            overrideYears.insert(override.day.year)
        }
        // Keep only real exceptions: a holiday on a Sunday changes nothing but its name.
        var exceptions: [Int32: Bool] = [:]
        for (ordinal, working) in status where working != WorkdayCalendar.baseIsWorkday(kind, ordinal) {
            exceptions[ordinal] = working
        }
        let sorted = exceptions.keys.sorted()
        var running = [0]
        running.reserveCapacity(sorted.count + 1)
        var total = 0
        for ordinal in sorted {
            total += (exceptions[ordinal] ?? false) ? 1 : -1
            running.append(total)
        }
        self.storage = Storage(
            overrides: overrides, exceptions: exceptions, exceptionOrdinals: sorted, runningDelta: running, names: names,
            programNamedDays: programNamedDays, overrideYears: overrideYears)
    }

    /// Two calendars are equal when built from the same kind and overrides.
    public static func == (a: WorkdayCalendar, b: WorkdayCalendar) -> Bool {
        a.kind == b.kind && a.overrides == b.overrides
    }

    /// Hashes the kind and overrides (everything else is derived from them).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(overrides)
    }

    // MARK: - One day

    /// The years for which `calendar china` ships the State Council's arrangements.
    public static var chinaDataYears: [Int] { ChinaHolidays.years.sorted() }

    /// Whether `day` is a working day. O(1).
    public func isWorkday(_ day: Day) -> Bool {
        isWorkday(ordinal: day.ordinal)
    }

    /// Whether `day` is a day off: a weekend (unless `calendar none`), a public
    /// holiday or a declared `holiday`, and not a make-up or declared working day.
    public func isDayOff(_ day: Day) -> Bool { !isWorkday(day) }

    /// Nil on a working day; else why it is off: the holiday's name (`国庆节`,
    /// `春节`, the override's name, or `holiday` for an unnamed `holiday`
    /// declaration), or `Saturday`/`Sunday`.
    public func dayOffReason(_ day: Day) -> String? {
        guard !isWorkday(day) else { return nil }
        if let name = names[day.ordinal] { return name }
        return day.weekday == .saturday ? "Saturday" : "Sunday"
    }

    /// ``dayOffReason(_:)`` in the plan's locale: `zh…` gives `周六`/`周日`/`假日`
    /// and the Chinese holiday names; anything else gives English (`Saturday`,
    /// `holiday`, `National Day and Mid-Autumn Festival`). Names the program gave
    /// are returned as written.
    public func dayOffReason(_ day: Day, locale: String) -> String? {
        guard !isWorkday(day) else { return nil }
        let chinese = HolidayNames.isChinese(locale)
        if let name = names[day.ordinal] {
            return programNamedDays.contains(day.ordinal) ? name : HolidayNames.localized(name, chinese: chinese)
        }
        if chinese { return day.weekday.chinese }
        return day.weekday == .saturday ? "Saturday" : "Sunday"
    }

    /// The name of a public holiday (`国庆节`), make-up working day (`国庆节调休`)
    /// or declared `holiday`/`workday` on `day`, if any. Weekends have none.
    public func specialDayName(_ day: Day) -> String? {
        names[day.ordinal]
    }

    /// ``specialDayName(_:)`` in the plan's locale (see ``dayOffReason(_:locale:)``).
    public func specialDayName(_ day: Day, locale: String) -> String? {
        guard let name = names[day.ordinal] else { return nil }
        if programNamedDays.contains(day.ordinal) { return name }
        return HolidayNames.localized(name, chinese: HolidayNames.isChinese(locale))
    }

    /// Whether the calendar knows `year`'s holidays. `china`: data ships for that
    /// year, or the program declared `holiday`/`workday` days in it (4.3: then it
    /// does not warn `no_calendar_data`). `weekends`/`none`: always true.
    public func hasData(forYear year: Int) -> Bool {
        kind != .china || ChinaHolidays.years.contains(year) || overrideYears.contains(year)
    }

    /// The years from `a`'s through `b`'s (either order) for which ``hasData(forYear:)``
    /// is false, ascending: what a computation spanning those days would warn about.
    public func yearsWithoutData(from a: Day, through b: Day) -> [Int] {
        let (low, high) = a <= b ? (a.year, b.year) : (b.year, a.year)
        return (low...high).filter { !hasData(forYear: $0) }
    }

    // MARK: - Stepping

    /// The first working day strictly after `day`; nil past 9999-12-31.
    public func nextWorkday(after day: Day) -> Day? {
        var ordinal = Int(day.ordinal)
        while ordinal < WorkdayCalendar.lastOrdinal {
            ordinal += 1
            if isWorkday(ordinal: Int32(ordinal)) { return Day(ordinal: ordinal) }
        }
        return nil
    }

    /// The last working day strictly before `day`; nil before 0001-01-01.
    public func previousWorkday(before day: Day) -> Day? {
        var ordinal = Int(day.ordinal)
        while ordinal > 0 {
            ordinal -= 1
            if isWorkday(ordinal: Int32(ordinal)) { return Day(ordinal: ordinal) }
        }
        return nil
    }

    /// `day` itself if it is a working day, else the next working day.
    public func rollForward(_ day: Day) -> Day? {
        isWorkday(day) ? day : nextWorkday(after: day)
    }

    /// `day` itself if it is a working day, else the previous working day.
    public func rollBack(_ day: Day) -> Day? {
        isWorkday(day) ? day : previousWorkday(before: day)
    }

    /// The `n`th working day after `day` (`n > 0`) or before it (`n < 0`), the base
    /// day excluded, so the result is always a working day; `day` itself for `n == 0`.
    /// Nil when it would leave 0001-01-01 … 9999-12-31. Fast for any `n`: the
    /// regular weeks outside the exceptions are jumped whole.
    public func adding(workdays n: Int, to day: Day) -> Day? {
        guard n != 0 else { return day }
        // More working days than there are days in the whole range: certainly out of it.
        guard n.magnitude <= UInt(WorkdayCalendar.lastOrdinal) else { return nil }
        let forward = n > 0
        var remaining = Int(n.magnitude)
        var ordinal = Int(day.ordinal)
        let perWeek = kind == .none ? 7 : 5
        let low = exceptionOrdinals.first.map(Int.init)
        let high = exceptionOrdinals.last.map(Int.init)
        while remaining > 0 {
            // Whole regular weeks first: 7 days hold exactly `perWeek` working days there.
            var weeks = (remaining - 1) / perWeek
            if weeks > 0, let low, let high {
                if forward {
                    if ordinal < low { weeks = min(weeks, (low - 1 - ordinal) / 7) } else if ordinal < high { weeks = 0 }
                } else {
                    if ordinal > high { weeks = min(weeks, (ordinal - high - 1) / 7) } else if ordinal > low { weeks = 0 }
                }
            }
            if weeks > 0 {
                ordinal += forward ? 7 * weeks : -7 * weeks
                guard (0...WorkdayCalendar.lastOrdinal).contains(ordinal) else { return nil }
                remaining -= weeks * perWeek
                continue
            }
            ordinal += forward ? 1 : -1
            guard (0...WorkdayCalendar.lastOrdinal).contains(ordinal) else { return nil }
            if isWorkday(ordinal: Int32(ordinal)) { remaining -= 1 }
        }
        return Day(ordinal: ordinal)
    }

    /// Working days in (a, b]; negative when `b < a` (the count in (b, a], negated). O(log n).
    public func workdays(from a: Day, through b: Day) -> Int {
        if b < a { return -workdays(from: b, through: a) }
        let (low, high) = (Int(a.ordinal), Int(b.ordinal))
        var count: Int
        if kind == .none {
            count = high - low
        } else {
            count = WorkdayCalendar.weekdaysBefore(high + 1) - WorkdayCalendar.weekdaysBefore(low + 1)
        }
        // Exceptions in (a, b]: the running delta up to b minus the running delta up to a.
        count += runningDelta[exceptionsUpTo(b.ordinal)] - runningDelta[exceptionsUpTo(a.ordinal)]
        return count
    }

    // MARK: - Internals

    /// The ordinal of 9999-12-31.
    static let lastOrdinal = Int(Day.maximum.ordinal)

    /// The base pattern: Monday–Friday, or every day for `calendar none`.
    private static func baseIsWorkday(_ kind: CalendarKind, _ ordinal: Int32) -> Bool {
        // Ordinal 0 (0001-01-01) was a Monday, so ordinal % 7 is 5 or 6 on weekends.
        kind == .none || ordinal % 7 < 5
    }

    /// Whether the day with this number is a working day.
    private func isWorkday(ordinal: Int32) -> Bool {
        let s = storage
        if !s.table.isEmpty {
            let offset = Int(ordinal) - Int(s.tableStart)
            if offset >= 0, offset < s.table.count {
                let t = s.table[offset]
                if t >= 0 { return t == 1 }
            }
            return WorkdayCalendar.baseIsWorkday(kind, ordinal)
        }
        return s.exceptions[ordinal] ?? WorkdayCalendar.baseIsWorkday(kind, ordinal)
    }

    /// Monday–Friday days among day numbers `0..<n` (n ≥ 0).
    private static func weekdaysBefore(_ n: Int) -> Int {
        (n / 7) * 5 + min(n % 7, 5)
    }

    /// How many exception days are ≤ `ordinal` (binary search).
    private func exceptionsUpTo(_ ordinal: Int32) -> Int {
        var low = 0
        var high = exceptionOrdinals.count
        while low < high {
            let mid = low + (high - low) / 2
            if exceptionOrdinals[mid] <= ordinal { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
