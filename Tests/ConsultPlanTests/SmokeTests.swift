import Testing
@testable import ConsultPlan

@Test func dayArithmeticClampsMonthEnds() {
    let jan31 = Day(year: 2025, month: 1, day: 31)!
    #expect(jan31.adding(months: 1)?.description == "2025-02-28")
    #expect(Day(year: 2025, month: 3, day: 31)!.adding(months: -1)?.description == "2025-02-28")
    #expect(Day(year: 2025, month: 2, day: 29) == nil)
    #expect(Day("2025-04-22")?.weekday == .tuesday)
}
