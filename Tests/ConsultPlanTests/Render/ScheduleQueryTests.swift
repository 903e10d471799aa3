// Schedule selection and order: month overlap, --who (takes part, leads,
// co-organises, invited), --form (English or Chinese), cancelled included.
import Testing
@testable import ConsultPlan

@Suite struct ScheduleQueryTests {
    let plan = RenderTestPlan.make()

    func ids(_ q: ScheduleQuery) -> [String] { plan.schedule(q).map(\.id) }

    @Test func orderIsStartThenDeclaration() {
        // Tentative meetings sort at their window's first day; untimed days at 00:00.
        #expect(ids(ScheduleQuery()) == ["quanhui", "forum.1", "forum.2", "eco", "forum.3", "housing", "long", "q3"])
        // Same day: an untimed meeting (00:00) before a timed one, and declaration order on a tie.
        var p = plan
        p.meetings[7].date = .day(RenderTestPlan.day("2025-04-22"))  // long: untimed on housing's day
        p.meetings[2].date = .timed(RenderTestPlan.day("2025-04-22"), start: RenderTestPlan.time(9, 0), end: RenderTestPlan.time(10, 0))
        let order = p.schedule().map(\.id)
        let i = order.firstIndex(of: "long") ?? -1, j = order.firstIndex(of: "housing") ?? -1, k = order.firstIndex(of: "forum.1") ?? -1
        #expect(i < j && j < k)  // long 00:00; housing and forum.1 both 09:00 → declaration order
    }

    @Test func monthOverlap() {
        #expect(ids(ScheduleQuery(month: YearMonth(year: 2025, month: 4))) == ["eco", "forum.3", "housing"])
        // A quarter window overlaps each of its months.
        #expect(ids(ScheduleQuery(month: YearMonth(year: 2025, month: 8))) == ["q3"])
        #expect(ids(ScheduleQuery(month: YearMonth(year: 2025, month: 3))) == ["forum.1", "forum.2"])
    }

    @Test func whoAndForm() {
        // A member: meetings they take part in.
        #expect(ids(ScheduleQuery(who: "li")) == ["quanhui", "housing", "long", "q3"])
        // A party: leads (q3) or co-organises (housing with minge), plus its member zhang's meetings.
        #expect(ids(ScheduleQuery(who: "minge")) == ["quanhui", "forum.1", "forum.2", "eco", "forum.3", "housing", "q3"])
        // A department: invited.
        #expect(ids(ScheduleQuery(who: "fgw")) == ["forum.1", "housing"])
        #expect(ids(ScheduleQuery(form: "biweekly_forum")) == ["forum.1", "forum.2", "forum.3"])
        #expect(ids(ScheduleQuery(form: "专题协商会")) == ["housing"])
        #expect(ids(ScheduleQuery(month: YearMonth(year: 2025, month: 3), form: "biweekly_forum")) == ["forum.1", "forum.2"])
    }

    @Test func attendanceCounts() {
        let rows = attendanceReport(plan)
        // quanhui (held; zhang absent, li on leave) and forum.1 (held); forum.2 cancelled does not count.
        #expect(rows.map { "\($0.member) \($0.held) \($0.attended) \($0.excused) \($0.absent)" } == [
            "zhang 2 1 0 1", "li 1 0 1 0", "wang 2 2 0 0",
        ])
        // A planned meeting whose last day has passed counts as held.
        var p = plan
        p.today = RenderTestPlan.day("2025-04-23")
        #expect(attendanceReport(p).first { $0.member == "li" }?.held == 2)
    }
}
