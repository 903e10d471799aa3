// Tests of the day_off rule: weekends under `calendar weekends`, nothing under
// `calendar none`, tentative and cancelled meetings skipped, only the first day counts.

import Testing
@testable import ConsultPlan

@Suite struct DayOffRuleTests {
    @Test func saturdayMeetingWarnsAtItsDateWithNeighbouringWorkdays() {
        var b = PlanBuilder()
        b.meeting("housing", timed("2025-04-19", "09:00", "12:00"))  // a Saturday
        let found = findings(b.plan, RuleCode.dayOff)
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.span == FixtureSpan.date(0))
        #expect(found.first?.message == "`housing` starts on 2025-04-19, which is a day off")
        #expect(found.first?.notes == ["2025-04-19 is a Saturday"])
        #expect(found.first?.help == "the nearest working days are 2025-04-18 (friday) and 2025-04-21 (monday)")
    }

    @Test func onlyTheFirstDayOfARangeCounts() {
        var b = PlanBuilder()
        b.meeting("quanhui", range("2025-01-10", "2025-01-13"), form: "plenary")  // Friday to Monday
        #expect(findings(b.plan, RuleCode.dayOff).isEmpty)
        b.meeting("late", range("2025-01-12", "2025-01-14"))  // starts Sunday
        #expect(findings(b.plan, RuleCode.dayOff).map(\.span) == [FixtureSpan.date(1)])
    }

    @Test func tentativeCancelledAndCalendarNoneAreSkipped() {
        var b = PlanBuilder()
        b.meeting("tentative", .month(YearMonth(year: 2025, month: 3)!))  // window starts on a Saturday
        b.meeting("off", on("2025-04-19"), status: .cancelled)
        #expect(findings(b.plan, RuleCode.dayOff).isEmpty)
        var none = PlanBuilder(calendar: .none)
        none.meeting("sat", on("2025-04-19"))
        #expect(findings(none.plan, RuleCode.dayOff).isEmpty)
    }

    @Test func everyOccurrenceOnADayOffIsReported() {
        var b = PlanBuilder()
        b.meeting("forum.1", on("2025-04-19"), series: "forum", spanOrder: 0)
        b.meeting("forum.2", on("2025-04-26"), series: "forum", spanOrder: 0)
        b.meeting("forum.3", on("2025-04-28"), series: "forum", spanOrder: 0)
        let found = findings(b.plan, RuleCode.dayOff)
        #expect(found.map(\.message) == ["`forum.1` starts on 2025-04-19, which is a day off",
                                         "`forum.2` starts on 2025-04-26, which is a day off"])
    }
}
