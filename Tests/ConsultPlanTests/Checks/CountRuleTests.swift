// Tests of the counting rules: min_topic_consultations, supervision_share and
// no_plenary — what triggers them, what must not, and where they point.

import Testing
@testable import ConsultPlan

@Suite struct MinTopicConsultationsTests {
    @Test func threeTopicConsultationsAreTooFewByDefault() {
        var b = PlanBuilder()
        b.meeting("quanhui", onDay("2025-01-08"), form: "plenary")
        b.meeting("changwei", onDay("2025-02-12"), form: "standing_committee")
        for k in 1...3 { b.meeting("t\(k)", onDay("2025-03-1\(k)"), form: "symposium") }
        let found = findings(b.plan, RuleCode.minTopicConsultations)
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.span == FixtureSpan.plan)
        #expect(found.first?.message == "the plan has 3 topic consultations, fewer than the 4 required by default")
        #expect(found.first?.notes == ["counted: `t1`, `t2`, `t3`"])
    }

    @Test func fourAreEnough() {
        var b = PlanBuilder()
        for k in 1...4 { b.meeting("t\(k)", onDay("2025-03-1\(k)")) }
        #expect(findings(b.plan, RuleCode.minTopicConsultations).isEmpty)
    }

    @Test func cancelledMeetingsDoNotCountAndSeriesOccurrencesDo() {
        var b = PlanBuilder()
        b.plan.policy.minTopicConsultations = 3
        b.plan.policy.minTopicConsultationsSpan = Span(file: FileID(0), start: 42, end: 45)
        b.meeting("forum.1", onDay("2025-03-06"), form: "biweekly_forum", series: "forum")
        b.meeting("forum.2", onDay("2025-03-20"), form: "biweekly_forum", series: "forum")
        b.meeting("x", onDay("2025-04-22"), status: .cancelled)
        let found = findings(b.plan, RuleCode.minTopicConsultations)
        #expect(found.count == 1)
        #expect(found.first?.span == Span(file: FileID(0), start: 42, end: 45))
        #expect(found.first?.message == "the plan has 2 topic consultations, fewer than the 3 the policy requires")
        #expect(found.first?.notes.last == "1 cancelled topic consultation not counted: `x`")
        b.meeting("forum.3", onDay("2025-04-03"), form: "biweekly_forum", series: "forum")
        #expect(findings(b.plan, RuleCode.minTopicConsultations).isEmpty)
    }

    @Test func zeroSettingNeverFires() {
        var b = PlanBuilder()
        b.plan.policy.minTopicConsultations = 0
        #expect(findings(b.plan, RuleCode.minTopicConsultations).isEmpty)
    }
}

@Suite struct SupervisionShareTests {
    @Test func withoutSettingNoneAtAllIsTheFinding() {
        var b = PlanBuilder()
        for k in 1...4 { b.meeting("t\(k)", onDay("2025-03-1\(k)")) }
        let found = findings(b.plan, RuleCode.supervisionShare)
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.span == FixtureSpan.plan)
        b.plan.meetings[2].supervision = true
        #expect(findings(b.plan, RuleCode.supervisionShare).isEmpty)
    }

    @Test func notEvaluatedWithoutTopicConsultations() {
        var b = PlanBuilder()
        b.meeting("quanhui", onDay("2025-01-08"), form: "plenary")
        b.meeting("t", onDay("2025-03-11"), status: .cancelled)
        #expect(findings(b.plan, RuleCode.supervisionShare).isEmpty)
    }

    @Test func shareIsComparedExactlyAtTheBoundary() {
        var b = PlanBuilder()
        b.plan.policy.supervisionShare = ExactDecimal(mantissa: 25, scale: 2)  // 25%
        b.plan.policy.supervisionShareSpan = Span(file: FileID(0), start: 7, end: 10)
        for k in 1...8 { b.meeting("t\(k)", onDay("2025-03-1\(k)"), supervision: k <= 2) }
        // 2 of 8 is exactly 25%: not below.
        #expect(findings(b.plan, RuleCode.supervisionShare).isEmpty)
        b.meeting("t9", onDay("2025-03-19"))
        let found = findings(b.plan, RuleCode.supervisionShare)
        #expect(found.count == 1)
        #expect(found.first?.span == Span(file: FileID(0), start: 7, end: 10))
        #expect(found.first?.message == "supervision topics are 22.2% of the topic consultations, below the 25% the policy asks for")
        #expect(found.first?.notes.first == "marked `supervision`: 2 of 9 topic consultations (22.2%)")
        #expect(found.first?.help == "mark 1 more topic consultation `supervision`")
    }

    @Test func cancelledSupervisionTopicDoesNotCount() {
        var b = PlanBuilder()
        b.meeting("t1", onDay("2025-03-11"), status: .cancelled, supervision: true)
        b.meeting("t2", onDay("2025-03-12"))
        #expect(findings(b.plan, RuleCode.supervisionShare).count == 1)
    }
}

@Suite struct NoPlenaryTests {
    @Test func missingOrCancelledPlenaryWarnsAtPlanLine() {
        var b = PlanBuilder()
        b.meeting("t", onDay("2025-03-11"))
        var found = findings(b.plan, RuleCode.noPlenary)
        #expect(found.count == 1)
        #expect(found.first?.span == FixtureSpan.plan)
        #expect(found.first?.severity == .warning)
        b.meeting("quanhui", onDay("2025-01-08"), form: "plenary", status: .cancelled)
        found = findings(b.plan, RuleCode.noPlenary)
        #expect(found.count == 1)
        #expect(found.first?.notes == ["cancelled plenary meetings do not count: `quanhui`"])
    }

    @Test func aPlenaryRangeSatisfiesIt() {
        var b = PlanBuilder()
        b.meeting("quanhui", dayRange("2025-01-08", "2025-01-11"), form: "plenary")
        #expect(findings(b.plan, RuleCode.noPlenary).isEmpty)
    }
}
