// Tests of missing_feedback: invited departments without a feedback duty, one
// diagnostic per shared `invite` attribute, cancelled meetings ignored.

import Testing
@testable import ConsultPlan

@Suite struct MissingFeedbackRuleTests {
    @Test func inviteWithoutFeedbackWarnsAtTheInvite() {
        var b = PlanBuilder()
        b.meeting("housing", onDay("2025-04-22"), invite: ["zjj", "fgw"])
        let found = findings(b.plan, RuleCode.missingFeedback)
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.span == FixtureSpan.invite(0))
        #expect(found.first?.message == "`housing` invites departments but no `feedback` is required of them")
        #expect(found.first?.notes == ["invited: `zjj`, `fgw`"])
        #expect(found.first?.help == "add a duty such as `feedback zjj within 3 months` for each invited department that owes written feedback")
    }

    @Test func anyFeedbackDutyOrNoInviteIsFine() {
        var b = PlanBuilder()
        b.meeting("housing", onDay("2025-04-22"), invite: ["zjj", "fgw"], feedback: ["zjj"])
        b.meeting("elder", onDay("2025-04-23"))
        b.meeting("cancelled", onDay("2025-04-24"), status: .cancelled, invite: ["zjj"])
        #expect(findings(b.plan, RuleCode.missingFeedback).isEmpty)
    }

    @Test func seriesOccurrencesSharingOneInviteAreReportedOnce() {
        var b = PlanBuilder()
        for k in 1...3 { b.meeting("forum.\(k)", onDay("2025-03-0\(k + 2)"), invite: ["zjj"], series: "forum", spanOrder: 7) }
        let found = findings(b.plan, RuleCode.missingFeedback)
        #expect(found.count == 1)
        #expect(found.first?.span == FixtureSpan.invite(7))
        #expect(found.first?.message == "`forum.1` and 2 more meetings invite departments but no `feedback` is required of them")
        #expect(found.first?.notes.last == "meetings with this `invite`: `forum.1`, `forum.2`, `forum.3`")
    }
}
