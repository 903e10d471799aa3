// Durations as written: an amount and a unit. Calendar units (days, weeks,
// months) and working days are kept apart because they count differently.

/// The unit of a duration (LANGUAGE.md 2.6).
public enum DurationUnit: String, Sendable, Hashable, Codable, CaseIterable {
    case days, weeks, months, workdays, hours, minutes

    /// The English spelling for an amount (`1 day`, `3 days`).
    public func english(_ amount: Int64) -> String {
        let singular: String
        switch self {
        case .days: singular = "day"
        case .weeks: singular = "week"
        case .months: singular = "month"
        case .workdays: singular = "workday"
        case .hours: singular = "hour"
        case .minutes: singular = "minute"
        }
        return amount == 1 ? singular : singular + "s"
    }

    /// The usual Chinese spelling (`天`, `周`, `个月`, `个工作日`, `小时`, `分钟`).
    public var chinese: String {
        switch self {
        case .days: "天"
        case .weeks: "周"
        case .months: "个月"
        case .workdays: "个工作日"
        case .hours: "小时"
        case .minutes: "分钟"
        }
    }

    /// Whether the unit measures time of day rather than calendar time.
    public var isTimeOfDay: Bool { self == .hours || self == .minutes }
}

/// A duration: a non-negative count of one unit, as written (`3 months`, `20个工作日`).
public struct Duration: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The count (negative only as the result of arithmetic).
    public var amount: Int64
    /// The unit.
    public var unit: DurationUnit
    /// The text it was written as, if it came from source (`3个月`); used by interpolation.
    public var spelling: String?

    /// Creates a duration.
    public init(_ amount: Int64, _ unit: DurationUnit, spelling: String? = nil) {
        self.amount = amount
        self.unit = unit
        self.spelling = spelling
    }

    /// `3 months`.
    public var description: String { spelling ?? "\(amount) \(unit.english(amount))" }

    public static func == (a: Duration, b: Duration) -> Bool { a.amount == b.amount && a.unit == b.unit }
    public func hash(into h: inout Hasher) {
        h.combine(amount)
        h.combine(unit)
    }
}
