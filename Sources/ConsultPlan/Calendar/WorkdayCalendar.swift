// STUB — replaced by the calendar work (issue 3). Signatures are the contract.

/// Which days are working days under the plan's calendar and overrides.
public struct WorkdayCalendar: Sendable, Hashable {
    /// The calendar kind.
    public let kind: CalendarKind
    /// Creates a calendar with user overrides (`holiday`/`workday` declarations).
    public init(kind: CalendarKind, overrides: [CalendarOverride] = []) {
        self.kind = kind
    }
    /// Whether `day` is a working day.
    public func isWorkday(_ day: Day) -> Bool { kind == .none || !day.weekday.isWeekend }
}
