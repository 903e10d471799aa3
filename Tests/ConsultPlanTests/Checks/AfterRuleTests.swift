// Tests of after_order and after_cycle: timed single days compare times, other
// dates compare days; tentative skipped; a cycle reported once, its edges not ordered.

import Testing
@testable import ConsultPlan

@Suite struct AfterOrderRuleTests {
    @Test func timedSingleDaysMayShareADay() {
        var b = PlanBuilder()
        b.meeting("survey", timed("2025-04-22", "09:00", "12:00"))
        b.meeting("housing", timed("2025-04-22", "12:00", "15:00"), after: "survey")
        #expect(findings(b.plan, RuleCode.afterOrder).isEmpty)
        b.plan.meetings[1].date = timed("2025-04-22", "11:59", "15:00")
        let found = findings(b.plan, RuleCode.afterOrder)
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.span == FixtureSpan.after(1))
        #expect(found.first?.message == "`housing` is `after` `survey` but starts 2025-04-22 11:59, before `survey` ends at 2025-04-22 12:00")
        #expect(found.first?.help == "start `housing` at 12:00 or later on 2025-04-22, or on a later day")
    }

    @Test func untimedNeedsALaterDay() {
        var b = PlanBuilder()
        b.meeting("survey", onDay("2025-04-22"))
        b.meeting("housing", onDay("2025-04-22"), after: "survey")
        let found = findings(b.plan, RuleCode.afterOrder)
        #expect(found.count == 1)
        #expect(found.first?.message == "`housing` is `after` `survey` but starts 2025-04-22, the day `survey` ends")
        b.plan.meetings[1].date = onDay("2025-04-23")
        #expect(findings(b.plan, RuleCode.afterOrder).isEmpty)
    }

    @Test func timedAfterARangeComparesDays() {
        var b = PlanBuilder()
        b.meeting("quanhui", dayRange("2025-01-08", "2025-01-11"), form: "plenary")  // ends on a Saturday
        b.meeting("followup", timed("2025-01-10", "14:00", "16:00"), after: "quanhui")
        let found = findings(b.plan, RuleCode.afterOrder)
        #expect(found.first?.message == "`followup` is `after` `quanhui` but starts 2025-01-10, not after the day `quanhui` ends (2025-01-11)")
        #expect(found.first?.help == "move `followup` to a day after 2025-01-11; the first working day after it is 2025-01-13 (monday)")
        b.plan.meetings[1].date = timed("2025-01-12", "14:00", "16:00")
        #expect(findings(b.plan, RuleCode.afterOrder).isEmpty)
    }

    @Test func tentativeCancelledAndUnknownTargetsAreSkipped() {
        var b = PlanBuilder()
        b.meeting("survey", .month(YearMonth(year: 2025, month: 5)!))
        b.meeting("housing", onDay("2025-04-22"), after: "survey")
        b.meeting("gone", onDay("2025-06-02"), status: .cancelled)
        b.meeting("late", onDay("2025-04-01"), after: "gone")
        b.meeting("ghost", onDay("2025-04-01"), after: "nosuch")
        b.meeting("tentative", .quarter(YearQuarter(year: 2025, quarter: 1)!), after: "housing")
        #expect(findings(b.plan, RuleCode.afterOrder).isEmpty)
    }
}

@Suite struct AfterCycleRuleTests {
    @Test func aTwoCycleIsReportedOnceAtTheEarlierMeeting() {
        var b = PlanBuilder()
        b.meeting("housing", onDay("2025-04-22"), after: "survey")
        b.meeting("survey", onDay("2025-04-15"), after: "housing")
        let found = findings(b.plan, RuleCode.afterCycle)
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.span == FixtureSpan.after(1))
        #expect(found.first?.notes == ["cycle: survey → housing → survey"])
        #expect(findings(b.plan, RuleCode.afterOrder).isEmpty)
    }

    @Test func selfLoopAndSeparateCycles() {
        var b = PlanBuilder()
        b.meeting("a", onDay("2025-03-03"), after: "a")
        b.meeting("b", onDay("2025-03-05"), after: "c")
        b.meeting("c", onDay("2025-03-06"), after: "d")
        b.meeting("d", onDay("2025-03-04"), after: "b")
        b.meeting("tail", onDay("2025-03-02"), after: "b")  // leads into a cycle, is not on it
        let found = findings(b.plan, RuleCode.afterCycle)
        #expect(found.map { $0.notes } == [["cycle: a → a"], ["cycle: d → b → c → d"]])
        #expect(found.map(\.message) == ["`a` is `after` itself",
                                         "`after` goes round in a circle: `d` would have to come after itself"])
        // The edge into the cycle is ordinary and checked: tail (03-02) is not after b (03-05).
        #expect(findings(b.plan, RuleCode.afterOrder).map(\.span) == [FixtureSpan.after(4)])
    }

    @Test func tentativeMeetingsStillFormCyclesButCancelledOnesBreakThem() {
        var b = PlanBuilder()
        b.meeting("x", .month(YearMonth(year: 2025, month: 5)!), after: "y")
        b.meeting("y", onDay("2025-04-15"), after: "x")
        #expect(findings(b.plan, RuleCode.afterCycle).count == 1)
        b.plan.meetings[0].status = .cancelled
        #expect(findings(b.plan, RuleCode.afterCycle).isEmpty)
    }

    @Test func aLongChainIsNoProblem() {
        var b = PlanBuilder(calendar: .none)
        let n = 50_000
        for k in 0..<n {
            b.meeting("m\(k)", onDay("2025-06-01"), after: k + 1 < n ? "m\(k + 1)" : "m0")
        }
        let found = findings(b.plan, RuleCode.afterCycle)
        #expect(found.count == 1)
        #expect(found.first?.span == FixtureSpan.after(0))
    }
}
