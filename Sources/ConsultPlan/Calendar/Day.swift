// A calendar day in the proleptic Gregorian calendar, 0001-01-01 … 9999-12-31,
// stored as a day number so arithmetic and comparison are integer operations.

/// A calendar day. Arithmetic that would leave 0001-01-01 … 9999-12-31 returns nil.
public struct Day: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// Days since 0001-01-01 (which is 0).
    public let ordinal: Int32

    /// The first representable day.
    public static let minimum = Day(unchecked: 0)
    /// The last representable day.
    public static let maximum = Day(year: 9999, month: 12, day: 31)!

    private init(unchecked ordinal: Int32) { self.ordinal = ordinal }

    /// A day from its ordinal, if within range.
    public init?(ordinal: Int) {
        guard ordinal >= 0, ordinal <= 3_652_058 else { return nil }
        self.ordinal = Int32(ordinal)
    }

    /// A day from year, month and day; nil when impossible (`2025-02-29`) or out of range.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(year: year, month: month) else { return nil }
        let y = year - 1
        var n = y * 365 + y / 4 - y / 100 + y / 400
        n += Day.daysBeforeMonth(year: year, month: month) + day - 1
        self.ordinal = Int32(n)
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month (0 for an invalid month).
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: isLeap(year) ? 29 : 28
        default: 0
        }
    }

    private static let cumulative = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

    private static func daysBeforeMonth(year: Int, month: Int) -> Int {
        cumulative[month - 1] + (month > 2 && isLeap(year) ? 1 : 0)
    }

    /// Year, month and day.
    public var components: (year: Int, month: Int, day: Int) {
        // Civil-from-days (Howard Hinnant's algorithm), shifted to our epoch.
        let days = Int(ordinal) - 719_162  // days since 1970-01-01
        let zz = days + 719_468
        let era = (zz >= 0 ? zz : zz - 146_096) / 146_097
        let doe = zz - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// The year.
    public var year: Int { components.year }
    /// The month, 1–12.
    public var month: Int { components.month }
    /// The day of the month, 1–31.
    public var dayOfMonth: Int { components.day }

    /// The weekday.
    public var weekday: Weekday {
        // 0001-01-01 was a Monday.
        Weekday(rawValue: Int(ordinal) % 7 + 1) ?? .monday
    }

    /// The day `n` days later (earlier for negative `n`), or nil outside the range.
    public func adding(days n: Int) -> Day? {
        let (sum, overflow) = Int(ordinal).addingReportingOverflow(n)
        guard !overflow else { return nil }
        return Day(ordinal: sum)
    }

    /// The day `n` months later, clamped to the month's end (01-31 + 1 month = 02-28).
    public func adding(months n: Int) -> Day? {
        let c = components
        let (total, o1) = (c.year * 12 + (c.month - 1)).addingReportingOverflow(n)
        guard !o1 else { return nil }
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        guard (1...9999).contains(y) else { return nil }
        return Day(year: y, month: m, day: min(c.day, Day.daysIn(year: y, month: m)))
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: Day) -> Int { Int(other.ordinal) - Int(ordinal) }

    /// `YYYY-MM-DD`.
    ///
    /// Written as ten ASCII bytes into one small (inline, unallocated) string: days are
    /// formatted millions of times in a large plan's explanations and outputs.
    public var description: String {
        let c = components
        guard (0...9999).contains(c.year), (1...12).contains(c.month), (1...31).contains(c.day) else {
            return Day.pad(c.year, 4) + "-" + Day.pad(c.month, 2) + "-" + Day.pad(c.day, 2)
        }
        return String(unsafeUninitializedCapacity: 10) { b in
            guard b.count >= 10 else { return 0 }
            func digit(_ d: Int) -> UInt8 { UInt8(truncatingIfNeeded: 0x30 + d) }
            b[0] = digit(c.year / 1000)
            b[1] = digit(c.year / 100 % 10)
            b[2] = digit(c.year / 10 % 10)
            b[3] = digit(c.year % 10)
            b[4] = 0x2D
            b[5] = digit(c.month / 10)
            b[6] = digit(c.month % 10)
            b[7] = 0x2D
            b[8] = digit(c.day / 10)
            b[9] = digit(c.day % 10)
            return 10
        }
    }

    /// `n` in decimal, zero-padded on the left to `width` digits.
    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        let count = s.utf8.count
        return count >= width ? s : String(repeating: "0", count: width - count) + s
    }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    /// Parses `YYYY-MM-DD` exactly; nil for anything else or an impossible day.
    public init?(_ text: String) {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D,
              let y = Day.digits(u[0..<4]), let m = Day.digits(u[5..<7]), let d = Day.digits(u[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func digits(_ s: ArraySlice<UInt8>) -> Int? {
        var n = 0
        for b in s {
            guard b >= 0x30, b <= 0x39 else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return s.isEmpty ? nil : n
    }
}

/// A day of the week; raw values follow ISO 8601 (Monday = 1).
public enum Weekday: Int, Sendable, Hashable, CaseIterable, Codable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The English value word (`monday`).
    public var word: String {
        switch self {
        case .monday: "monday"
        case .tuesday: "tuesday"
        case .wednesday: "wednesday"
        case .thursday: "thursday"
        case .friday: "friday"
        case .saturday: "saturday"
        case .sunday: "sunday"
        }
    }

    /// The Chinese name (`周一`).
    public var chinese: String {
        ["周一", "周二", "周三", "周四", "周五", "周六", "周日"][rawValue - 1]
    }

    /// Saturday or Sunday.
    public var isWeekend: Bool { self == .saturday || self == .sunday }
}

/// A month, `YYYY-MM`: the window of a tentative meeting.
public struct YearMonth: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// The year, 1–9999.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// Nil when out of range.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }
    /// The first day of the month.
    public var firstDay: Day { Day(year: year, month: month, day: 1) ?? .minimum }
    /// The last day of the month.
    public var lastDay: Day { Day(year: year, month: month, day: Day.daysIn(year: year, month: month)) ?? .minimum }
    /// `YYYY-MM`.
    public var description: String { Day.pad(year, 4) + "-" + Day.pad(month, 2) }
    public static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
}

/// A quarter, `YYYY-Qn`: the window of a tentative meeting.
public struct YearQuarter: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// The year, 1–9999.
    public let year: Int
    /// The quarter, 1–4.
    public let quarter: Int
    /// Nil when out of range.
    public init?(year: Int, quarter: Int) {
        guard (1...9999).contains(year), (1...4).contains(quarter) else { return nil }
        self.year = year
        self.quarter = quarter
    }
    /// The first day of the quarter.
    public var firstDay: Day { Day(year: year, month: quarter * 3 - 2, day: 1) ?? .minimum }
    /// The last day of the quarter.
    public var lastDay: Day {
        Day(year: year, month: quarter * 3, day: Day.daysIn(year: year, month: quarter * 3)) ?? .minimum
    }
    /// `YYYY-Qn`.
    public var description: String { Day.pad(year, 4) + "-Q" + String(quarter) }
    public static func < (a: YearQuarter, b: YearQuarter) -> Bool { (a.year, a.quarter) < (b.year, b.quarter) }
}

/// A time of day in minutes since midnight, 00:00–24:00 (24:00 only as an end).
public struct TimeOfDay: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// Minutes since midnight, 0…1440.
    public let minutes: Int
    /// Nil unless 0 ≤ hour ≤ 24, 0 ≤ minute ≤ 59, and 24 only as 24:00.
    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else { return nil }
        self.minutes = hour * 60 + minute
    }
    /// From minutes since midnight, if within 0…1440.
    public init?(minutes: Int) {
        guard (0...1440).contains(minutes) else { return nil }
        self.minutes = minutes
    }
    /// Whether this is 24:00, which may only end a span.
    public var isEndOfDay: Bool { minutes == 1440 }
    /// `HH:MM`.
    public var description: String { Day.pad(minutes / 60, 2) + ":" + Day.pad(minutes % 60, 2) }
    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutes < b.minutes }
}
