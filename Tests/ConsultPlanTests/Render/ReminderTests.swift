// Reminder selection, status, order and `--who` over the synthetic plan
// (LANGUAGE.md 8, 4.5 received feedback, 4.6 tentative meetings).
import Testing
@testable import ConsultPlan

@Suite struct ReminderTests {
    let plan = RenderTestPlan.make()
    let on = RenderTestPlan.day("2025-04-15")

    func summary(_ rs: [Reminder]) -> [String] {
        rs.map { "\($0.date) \($0.kind.rawValue) \($0.meeting ?? "-") \($0.status.rawValue)" }
    }

    @Test func selectsRangeOverdueAndTentativeInOrder() {
        let rs = plan.reminders(on: on, days: 14)
        #expect(summary(rs) == [
            "2025-04-01 notice eco tentative",
            "2025-04-01 prepare eco tentative",
            "2025-04-01 meeting eco tentative",
            "2025-04-01 feedback eco tentative",
            "2025-04-03 feedback forum.1 overdue",
            "2025-04-15 notice housing due",
            "2025-04-17 meeting forum.3 upcoming",
            "2025-04-20 approval - upcoming",
            "2025-04-22 meeting housing upcoming",
            "2025-04-28 prepare q3 upcoming",
        ])
    }

    @Test func whoHoldsIDsAndByHoldsText() {
        let rs = plan.reminders(on: on, days: 14)
        let housingMeeting = rs.first { $0.kind == .meeting && $0.meeting == "housing" }
        #expect(housingMeeting?.who == ["zhang", "li", "wang", "zjj", "fgw"])
        #expect(housingMeeting?.by == [])
        let approval = rs.first { $0.kind == .approval }
        #expect(approval?.who == [])
        #expect(approval?.by == ["市委常委会会议"])
        #expect(approval?.meeting == nil)
        // A task with no `by` falls back to the lead.
        #expect(rs.first { $0.kind == .prepare && $0.meeting == "eco" }?.who == ["econ"])
        // A string `by` goes in `by`, not `who`.
        let followUp = plan.reminders(on: RenderTestPlan.day("2025-05-01"), days: 0).first { $0.kind == .followUp }
        #expect(followUp?.who == [])
        #expect(followUp?.by == ["市政协办公室"])
        #expect(followUp?.status == .due)
    }

    @Test func endpointsAreIncluded() {
        // housing's meeting is on 04-22: included from on=04-08 with 14 days, excluded with 13.
        let start = RenderTestPlan.day("2025-04-08")
        #expect(plan.reminders(on: start, days: 14).contains { $0.kind == .meeting && $0.meeting == "housing" })
        #expect(!plan.reminders(on: start, days: 13).contains { $0.kind == .meeting && $0.meeting == "housing" })
        // Dated `on` itself is `due`.
        let day22 = plan.reminders(on: RenderTestPlan.day("2025-04-22"), days: 0)
        #expect(day22.first { $0.meeting == "housing" }?.status == .due)
    }

    @Test func overdueUntilReceived() {
        var p = plan
        let later = RenderTestPlan.day("2025-09-01")
        // Not received: overdue long after, keeping the due day.
        let before = p.reminders(on: later, days: 0).filter { $0.status == .overdue }
        #expect(summary(before) == [
            "2025-04-03 feedback forum.1 overdue",
            "2025-05-20 feedback housing overdue",
            "2025-07-22 feedback housing overdue",
        ])
        // Received (with or without a day): no reminder, before or after the due day.
        guard let i = p.meetings.firstIndex(where: { $0.id == "forum.1" }) else { Issue.record("no forum.1"); return }
        p.meetings[i].feedback[0].received = .some(nil)
        #expect(!p.reminders(on: later, days: 0).contains { $0.meeting == "forum.1" })
        #expect(!p.reminders(on: RenderTestPlan.day("2025-03-30"), days: 10).contains { $0.meeting == "forum.1" && $0.kind == .feedback })
    }

    @Test func cancelledMeetingsHaveNoReminders() {
        // forum.2 is cancelled: its feedback (due 04-17) and meeting (03-20) never show.
        let all = plan.reminders(on: RenderTestPlan.day("2025-03-01"), days: 60)
        #expect(!all.contains { $0.meeting == "forum.2" })
        #expect(all.contains { $0.meeting == "forum.3" })
    }

    @Test func tentativeListedWhileWindowOverlapsAndNeverOverdue() {
        // Window April: listed from a range that touches April only.
        #expect(plan.reminders(on: RenderTestPlan.day("2025-03-25"), days: 7).contains { $0.meeting == "eco" })
        #expect(!plan.reminders(on: RenderTestPlan.day("2025-03-01"), days: 7).contains { $0.meeting == "eco" })
        let late = plan.reminders(on: RenderTestPlan.day("2025-04-30"), days: 0).filter { $0.meeting == "eco" }
        #expect(late.count == 4)
        #expect(late.allSatisfy { $0.status == .tentative && $0.date == RenderTestPlan.day("2025-04-01") })
        // After the window: gone, and the feedback (due unknown) is never overdue.
        #expect(!plan.reminders(on: RenderTestPlan.day("2025-12-01"), days: 0).contains { $0.meeting == "eco" })
        // The quarter meeting's explicit `due DAY` keeps its day and an ordinary status.
        let q3 = plan.reminders(on: RenderTestPlan.day("2025-04-28"), days: 0).filter { $0.meeting == "q3" }
        #expect(summary(q3) == ["2025-04-28 prepare q3 due"])
    }

    @Test func whoFilter() {
        func ids(_ who: String) -> [String] {
            plan.reminders(on: on, days: 14, who: who).map { "\($0.kind.rawValue):\($0.meeting ?? "-")" }
        }
        // A member: reminders naming them.
        #expect(ids("li") == ["meeting:housing", "prepare:q3"])
        // A committee: itself and its members.
        #expect(ids("social") == ["notice:housing", "meeting:forum.3", "meeting:housing", "prepare:q3"])
        // A group: its members.
        #expect(ids("changwei") == ["meeting:eco", "meeting:forum.3", "meeting:housing"])
        // A department.
        #expect(ids("zjj") == ["meeting:eco", "feedback:eco", "meeting:housing"])
        #expect(ids("nobody").isEmpty)
    }

    @Test func textFollowsLocale() {
        let zh = plan.reminders(on: on, days: 0).first { $0.kind == .notice && $0.meeting == "housing" }
        let en = plan.reminders(on: on, days: 0, locale: "en").first { $0.kind == .notice && $0.meeting == "housing" }
        #expect(zh?.text == "发出会议通知和材料：推进老旧小区改造提升")
        #expect(en?.text == "Send the notice and materials: 推进老旧小区改造提升")
    }
}
