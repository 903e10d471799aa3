// Tests of overlap and possible_overlap: half-open spans, once per pair, the
// later meeting in schedule order, ranges as untimed days, skipped meetings.

import Testing
@testable import ConsultPlan

@Suite struct OverlapRuleTests {
    func builder() -> PlanBuilder {
        var b = PlanBuilder()
        b.members([("zhang", "张伟"), ("li", "李娜"), ("wang", "王强")])
        return b
    }

    @Test func overlappingTimedMeetingsAreAnErrorAtTheLaterDate() {
        var b = builder()
        b.meeting("housing", timed("2025-04-17", "09:00", "12:00"), participants: ["zhang", "li"])
        b.meeting("elder", timed("2025-04-17", "11:00", "12:30"), participants: ["zhang"])
        let found = findings(b.plan, RuleCode.overlap)
        #expect(found.count == 1)
        let d = found.first
        #expect(d?.severity == .error)
        #expect(d?.span == FixtureSpan.date(1))
        #expect(d?.message == "`elder` (2025-04-17 11:00–12:30) overlaps `housing` (2025-04-17 09:00–12:00) for 张伟")
        #expect(d?.notes == ["张伟 is already in `housing` 09:00–12:00 on 2025-04-17"])
        #expect(d?.labels == [DiagnosticLabel(FixtureSpan.date(0), "`housing` is dated here")])
        #expect(findings(b.plan, RuleCode.possibleOverlap).isEmpty)
    }

    @Test func spansTouchingAtNoonDoNotOverlap() {
        var b = builder()
        b.meeting("housing", timed("2025-04-17", "09:00", "12:00"), participants: ["zhang"])
        b.meeting("elder", timed("2025-04-17", "12:00", "14:00"), participants: ["zhang"])
        #expect(PlanChecks.run(b.plan).filter { $0.code == RuleCode.overlap || $0.code == RuleCode.possibleOverlap }.isEmpty)
    }

    @Test func noSharedParticipantOrDifferentDaysNoFinding() {
        var b = builder()
        b.meeting("a", timed("2025-04-17", "09:00", "12:00"), participants: ["zhang"])
        b.meeting("b", timed("2025-04-17", "10:00", "11:00"), participants: ["li"])
        b.meeting("c", timed("2025-04-18", "10:00", "11:00"), participants: ["zhang"])
        #expect(findings(b.plan, RuleCode.overlap).isEmpty)
    }

    @Test func laterInScheduleOrderNotDeclarationOrder() {
        var b = builder()
        b.meeting("afternoon", timed("2025-04-17", "10:00", "15:00"), participants: ["zhang"])
        b.meeting("morning", timed("2025-04-17", "09:00", "11:00"), participants: ["zhang"])
        let found = findings(b.plan, RuleCode.overlap)
        #expect(found.map(\.span) == [FixtureSpan.date(0)])
        #expect(found.first?.notes == ["张伟 is already in `morning` 09:00–11:00 on 2025-04-17"])
    }

    @Test func sameStartBreaksTiesByDeclarationOrder() {
        var b = builder()
        b.meeting("first", timed("2025-04-17", "09:00", "11:00"), participants: ["zhang"])
        b.meeting("second", timed("2025-04-17", "09:00", "10:00"), participants: ["zhang"])
        #expect(findings(b.plan, RuleCode.overlap).map(\.span) == [FixtureSpan.date(1)])
    }

    @Test func oncePerPairListingEverySharedParticipant() {
        var b = builder()
        b.meeting("a", timed("2025-04-17", "09:00", "12:00"), participants: ["zhang", "li", "wang"])
        b.meeting("b", timed("2025-04-17", "09:30", "10:00"), participants: ["zhang", "li", "wang"])
        let found = findings(b.plan, RuleCode.overlap)
        #expect(found.count == 1)
        #expect(found.first?.message.hasSuffix("for 3 participants") == true)
        #expect(found.first?.notes == [
            "张伟 is already in `a` 09:00–12:00 on 2025-04-17",
            "李娜 is already in `a` 09:00–12:00 on 2025-04-17",
            "王强 is already in `a` 09:00–12:00 on 2025-04-17",
        ])
    }

    @Test func threeMutuallyOverlappingMeetingsGiveThreePairs() {
        var b = builder()
        b.meeting("a", timed("2025-04-17", "09:00", "12:00"), participants: ["zhang"])
        b.meeting("b", timed("2025-04-17", "10:00", "13:00"), participants: ["zhang"])
        b.meeting("c", timed("2025-04-17", "11:00", "14:00"), participants: ["zhang"])
        b.meeting("d", timed("2025-04-17", "13:00", "15:00"), participants: ["zhang"])  // overlaps c only
        let found = findings(b.plan, RuleCode.overlap)
        #expect(found.map(\.message) == [
            "`b` (2025-04-17 10:00–13:00) overlaps `a` (2025-04-17 09:00–12:00) for 张伟",
            "`c` (2025-04-17 11:00–14:00) overlaps `a` (2025-04-17 09:00–12:00) for 张伟",
            "`c` (2025-04-17 11:00–14:00) overlaps `b` (2025-04-17 10:00–13:00) for 张伟",
            "`d` (2025-04-17 13:00–15:00) overlaps `c` (2025-04-17 11:00–14:00) for 张伟",
        ])
    }

    @Test func untimedAndTimedOnTheSameDayIsAPossibleOverlap() {
        var b = builder()
        b.meeting("timed", timed("2025-04-17", "14:00", "16:00"), participants: ["zhang"])
        b.meeting("untimed", onDay("2025-04-17"), participants: ["zhang", "li"])
        let found = findings(b.plan, RuleCode.possibleOverlap)
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        // The untimed day counts as 00:00, so the timed meeting is later in schedule order.
        #expect(found.first?.span == FixtureSpan.date(0))
        #expect(found.first?.message == "`timed` and `untimed` share 张伟 on 2025-04-17, and at least one has no times")
        #expect(found.first?.notes == ["张伟 is already in `untimed` on 2025-04-17 (no times)"])
        #expect(findings(b.plan, RuleCode.overlap).isEmpty)
    }

    @Test func overlappingDayRangesAreReportedOnceOnTheirFirstSharedDay() {
        var b = builder()
        b.meeting("quanhui", dayRange("2025-01-08", "2025-01-11"), form: "plenary", participants: ["zhang", "li"])
        b.meeting("visit", dayRange("2025-01-09", "2025-01-12"), participants: ["li", "zhang"])
        b.meeting("talk", timed("2025-01-10", "09:00", "10:00"), participants: ["li"])
        let found = findings(b.plan, RuleCode.possibleOverlap)
        #expect(found.map(\.message) == [
            "`visit` and `quanhui` share 2 participants on 2025-01-09, and at least one has no times",
            "`talk` and `quanhui` share 李娜 on 2025-01-10, and at least one has no times",
            "`talk` and `visit` share 李娜 on 2025-01-10, and at least one has no times",
        ])
        #expect(found.first?.notes == [
            "张伟 is already in `quanhui` on 2025-01-09 (2025-01-08 to 2025-01-11, no times)",
            "李娜 is already in `quanhui` on 2025-01-09 (2025-01-08 to 2025-01-11, no times)",
        ])
    }

    @Test func cancelledAndTentativeMeetingsAreSkipped() {
        var b = builder()
        b.meeting("a", timed("2025-04-17", "09:00", "12:00"), participants: ["zhang"])
        b.meeting("b", timed("2025-04-17", "10:00", "11:00"), participants: ["zhang"], status: .cancelled)
        b.meeting("c", .month(YearMonth(year: 2025, month: 4)!), participants: ["zhang"])
        b.meeting("d", .quarter(YearQuarter(year: 2025, quarter: 2)!), participants: ["zhang"])
        #expect(PlanChecks.run(b.plan).filter { $0.code == RuleCode.overlap || $0.code == RuleCode.possibleOverlap }.isEmpty)
    }

    @Test func manySharedParticipantsAreSummarised() {
        var b = PlanBuilder()
        let ids = (1...8).map { "m\($0)" }
        b.members(ids.map { ($0, "委员" + $0) })
        b.meeting("a", timed("2025-04-17", "09:00", "12:00"), participants: ids)
        b.meeting("b", timed("2025-04-17", "09:00", "12:00"), participants: ids)
        let notes = findings(b.plan, RuleCode.overlap).first?.notes ?? []
        #expect(notes.count == 6)
        #expect(notes.last == "… and 3 more shared participants: 委员m6, 委员m7, 委员m8")
    }
}
