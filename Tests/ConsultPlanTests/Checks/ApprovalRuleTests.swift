// Tests of approval_order and approval_late: any subset in any written order,
// the first breaking step, same-day approval allowed, only dated meetings count.

import Testing
@testable import ConsultPlan

@Suite struct ApprovalOrderRuleTests {
    @Test func canonicalOrderWhateverTheWrittenOrder() {
        var b = PlanBuilder()
        b.approval(.approved, "2024-12-20")
        b.approval(.drafted, "2024-11-20")
        b.approval(.reviewed, "2024-12-12")
        #expect(findings(b.plan, RuleCode.approvalOrder).isEmpty)
    }

    @Test func equalDaysAreAllowed() {
        var b = PlanBuilder()
        b.approval(.drafted, "2024-12-01")
        b.approval(.revised, "2024-12-01")
        #expect(findings(b.plan, RuleCode.approvalOrder).isEmpty)
    }

    @Test func reportsOnlyTheFirstBreakingStep() {
        var b = PlanBuilder()
        b.approval(.approved, "2024-11-01")  // also before drafted, but later in the canonical order
        b.approval(.drafted, "2024-12-01")
        b.approval(.revised, "2024-11-15")
        let found = findings(b.plan, RuleCode.approvalOrder)
        #expect(found.count == 1)
        #expect(found.first?.span == Span(file: FileID(0), start: 900_020, end: 900_025))
        #expect(found.first?.message == "`revised` on 2024-11-15 is before `drafted` on 2024-12-01")
        #expect(found.first?.labels.first?.span == Span(file: FileID(0), start: 900_010, end: 900_015))
    }
}

@Suite struct ApprovalLateRuleTests {
    @Test func sameDayAsTheFirstNoticeIsAllowed() {
        var b = PlanBuilder()
        b.meeting("housing", onDay("2025-04-22"), notice: dayOf("2025-04-15"))
        b.approval(.approved, "2025-04-15")
        #expect(findings(b.plan, RuleCode.approvalLate).isEmpty)
        b.plan.approval[0].day = dayOf("2025-04-16")
        let found = findings(b.plan, RuleCode.approvalLate)
        #expect(found.count == 1)
        #expect(found.first?.span == Span(file: FileID(0), start: 900_000, end: 900_005))
        #expect(found.first?.message == "the plan is approved on 2025-04-16, after the first notice day 2025-04-15")
        #expect(found.first?.notes == ["the notice of `housing` (2025-04-22, notice 5 workdays) is due on 2025-04-15"])
    }

    @Test func theEarliestNoticeOfDatedActiveMeetingsCounts() {
        var b = PlanBuilder()
        b.meeting("early", onDay("2025-02-10"), status: .cancelled, notice: dayOf("2025-02-03"))
        b.meeting("tentative", .month(YearMonth(year: 2025, month: 1)!))
        b.meeting("housing", onDay("2025-04-22"), notice: dayOf("2025-04-15"))
        b.meeting("elder", onDay("2025-03-10"), notice: dayOf("2025-03-03"))
        b.approval(.approved, "2025-03-01")
        #expect(findings(b.plan, RuleCode.approvalLate).isEmpty)
        b.plan.approval[0].day = dayOf("2025-03-04")
        #expect(findings(b.plan, RuleCode.approvalLate).first?.notes.first?.contains("`elder`") == true)
    }

    @Test func noApprovedStepNoCheck() {
        var b = PlanBuilder()
        b.meeting("housing", onDay("2025-04-22"), notice: dayOf("2025-04-15"))
        b.approval(.reviewed, "2025-05-01")
        #expect(findings(b.plan, RuleCode.approvalLate).isEmpty)
    }
}
