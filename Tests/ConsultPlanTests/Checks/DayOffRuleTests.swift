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
        b.meeting("quanhui", dayRange("2025-01-10", "2025-01-13"), form: "plenary")  // Friday to Monday
        #expect(findings(b.plan, RuleCode.dayOff).isEmpty)
        b.meeting("late", dayRange("2025-01-12", "2025-01-14"))  // starts Sunday
        #expect(findings(b.plan, RuleCode.dayOff).map(\.span) == [FixtureSpan.date(1)])
    }

    @Test func tentativeCancelledAndCalendarNoneAreSkipped() {
        var b = PlanBuilder()
        b.meeting("tentative", .month(YearMonth(year: 2025, month: 3)!))  // window starts on a Saturday
        b.meeting("off", onDay("2025-04-19"), status: .cancelled)
        #expect(findings(b.plan, RuleCode.dayOff).isEmpty)
        var none = PlanBuilder(calendar: .none)
        none.meeting("sat", onDay("2025-04-19"))
        #expect(findings(none.plan, RuleCode.dayOff).isEmpty)
    }

    @Test func everyOccurrenceOnADayOffIsReported() {
        var b = PlanBuilder()
        b.meeting("forum.1", onDay("2025-04-19"), series: "forum", spanOrder: 0)
        b.meeting("forum.2", onDay("2025-04-26"), series: "forum", spanOrder: 0)
        b.meeting("forum.3", onDay("2025-04-28"), series: "forum", spanOrder: 0)
        let found = findings(b.plan, RuleCode.dayOff)
        #expect(found.map(\.message) == ["`forum.1` starts on 2025-04-19, which is a day off",
                                         "`forum.2` starts on 2025-04-26, which is a day off"])
    }
}

@Suite struct DayOffChinaCalendarTests {
    @Test func publicHolidayIsNamedAndTheWorkdaysAroundItSuggested() {
        var b = PlanBuilder(calendar: .china)
        b.meeting("housing", onDay("2025-10-02"))
        let found = findings(b.plan, RuleCode.dayOff)
        #expect(found.first?.notes == ["2025-10-02 is a public holiday (国庆节、中秋节)"])
        #expect(found.first?.help == "the nearest working days are 2025-09-30 (tuesday) and 2025-10-09 (thursday)")
    }

    @Test func makeUpWorkdayIsNoDayOffAndDeclaredHolidayIs() {
        var b = PlanBuilder(calendar: .china)
        b.meeting("sunday", onDay("2025-09-28"))  // a Sunday, but a make-up working day
        b.meeting("anniversary", onDay("2025-11-12"))
        b.plan.calendar = WorkdayCalendar(
            kind: .china, overrides: [CalendarOverride(day: dayOf("2025-11-12"), isDayOff: true, name: "校庆")])
        let found = findings(b.plan, RuleCode.dayOff)
        #expect(found.map(\.notes) == [["2025-11-12 is a declared holiday (校庆)"]])
    }
}
