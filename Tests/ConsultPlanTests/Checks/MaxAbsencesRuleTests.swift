// Tests of max_absences: unexcused absences in held meetings above the policy
// limit; leave, unheld meetings and cancelled meetings do not count.

import Testing
@testable import ConsultPlan

@Suite struct MaxAbsencesRuleTests {
    func builder() -> PlanBuilder {
        var b = PlanBuilder(today: "2025-06-01")
        b.members([("zhang", "张伟"), ("li", "李娜")])
        b.plan.policy.maxAbsences = 1
        return b
    }

    @Test func moreAbsencesThanAllowedWarnsAtTheMember() {
        var b = builder()
        b.meeting("m1", onDay("2025-03-12"), participants: ["zhang", "li"], status: .held, absent: ["zhang"])
        b.meeting("m2", onDay("2025-04-16"), participants: ["zhang", "li"], absent: ["zhang"], leave: ["li"])  // past: held
        let found = findings(b.plan, RuleCode.maxAbsences)
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.span == Span(file: FileID(0), start: 500_000, end: 500_005))
        #expect(found.first?.message == "张伟 (`zhang`) was absent without leave from 2 held meetings, more than the 1 the policy allows")
        #expect(found.first?.notes == ["absent from: `m1` (2025-03-12), `m2` (2025-04-16)"])
    }

    @Test func atTheLimitLeaveFutureAndCancelledDoNotCount() {
        var b = builder()
        b.meeting("m1", onDay("2025-03-12"), participants: ["zhang"], status: .held, absent: ["zhang"])
        b.meeting("m2", onDay("2025-04-16"), participants: ["zhang"], leave: ["zhang"])
        b.meeting("m3", onDay("2025-09-16"), participants: ["zhang"], absent: ["zhang"])  // not yet held
        b.meeting("m4", onDay("2025-02-16"), participants: ["zhang"], status: .cancelled, absent: ["zhang"])
        #expect(findings(b.plan, RuleCode.maxAbsences).isEmpty)
    }

    @Test func noSettingNoCheck() {
        var b = builder()
        b.plan.policy.maxAbsences = nil
        for k in 1...5 { b.meeting("m\(k)", onDay("2025-03-1\(k)"), status: .held, absent: ["zhang"]) }
        #expect(findings(b.plan, RuleCode.maxAbsences).isEmpty)
    }
}
