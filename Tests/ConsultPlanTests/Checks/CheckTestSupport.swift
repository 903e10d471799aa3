// Builders for synthetic plans: a few lines make a meeting, a member or an
// approval step, so each rule test states only what matters to it.

import Testing
@testable import ConsultPlan

/// A day from `YYYY-MM-DD` (tests only; a typo fails loudly through `#require` at the call).
func dayOf(_ text: String) -> Day {
    Day(text) ?? Day.minimum
}

/// A time from `HH:MM`.
func timeOf(_ text: String) -> TimeOfDay {
    let parts = text.split(separator: ":").compactMap { Int($0) }
    return TimeOfDay(hour: parts.first ?? 0, minute: parts.count > 1 ? parts[1] : 0) ?? TimeOfDay(minutes: 0)!
}

/// `date 2025-04-22 09:00..12:00`.
func timed(_ d: String, _ start: String, _ end: String) -> MeetingDate {
    .timed(dayOf(d), start: timeOf(start), end: timeOf(end))
}

/// `date 2025-04-22`.
func onDay(_ d: String) -> MeetingDate { .day(dayOf(d)) }

/// `date 2025-01-08 .. 2025-01-11`.
func dayRange(_ a: String, _ b: String) -> MeetingDate { .days(dayOf(a), dayOf(b)) }

/// Where each synthetic meeting's parts are: meeting `k` (0-based order) occupies
/// bytes `k*100 ..< k*100+90` of file 0, its `date` at +10, `after` at +30, `invite` at +50.
enum FixtureSpan {
    static func declaration(_ order: Int) -> Span { Span(file: FileID(0), start: order * 100, end: order * 100 + 90) }
    static func date(_ order: Int) -> Span { Span(file: FileID(0), start: order * 100 + 10, end: order * 100 + 20) }
    static func after(_ order: Int) -> Span { Span(file: FileID(0), start: order * 100 + 30, end: order * 100 + 40) }
    static func invite(_ order: Int) -> Span { Span(file: FileID(0), start: order * 100 + 50, end: order * 100 + 60) }
    /// The `plan` line.
    static let plan = Span(file: FileID(0), start: 1_000_000, end: 1_000_004)
}

/// A plan under construction.
struct PlanBuilder {
    var plan: Plan

    init(calendar: CalendarKind = .weekends, today: String = "2025-01-01") {
        let header = PlanHeader(
            title: "测试计划", year: 2025, organization: nil, calendar: calendar, timezone: "Asia/Shanghai",
            locale: "zh-CN", span: FixtureSpan.plan)
        plan = Plan(header: header, calendar: WorkdayCalendar(kind: calendar), today: dayOf(today))
    }

    /// Adds a meeting; returns its index.
    @discardableResult
    mutating func meeting(
        _ id: String, _ date: MeetingDate, form: String = "special_consultation", participants: [String] = [],
        status: MeetingStatus = .planned, supervision: Bool = false, after: String? = nil, invite: [String] = [],
        feedback: [String] = [], notice: Day? = nil, absent: [String] = [], leave: [String] = [],
        series: String? = nil, spanOrder: Int? = nil
    ) -> Int {
        let order = plan.meetings.count
        let s = spanOrder ?? order
        let duties = feedback.map {
            FeedbackDuty(department: $0, within: Duration(3, .months), fromReport: false, due: nil, received: nil,
                         explanation: "", span: FixtureSpan.invite(s))
        }
        let m = Meeting(
            id: id, title: id, topic: id, form: form, date: date, plannedDate: date, venue: nil, lead: nil, with: [],
            participants: participants, invite: invite, source: nil, supervision: supervision, after: after, tasks: [],
            feedback: duties, report: nil, notice: Duration(5, .workdays),
            noticeDay: notice ?? (date.isTentative ? nil : date.firstDay.adding(days: -7)), status: status,
            cancelReason: nil, absent: absent, leave: leave, series: series, occurrence: nil, order: order,
            spans: MeetingSpans(
                declaration: FixtureSpan.declaration(s), name: FixtureSpan.declaration(s), date: FixtureSpan.date(s),
                invite: invite.isEmpty ? nil : FixtureSpan.invite(s), after: after == nil ? nil : FixtureSpan.after(s)))
        plan.meetings.append(m)
        return order
    }

    /// Adds members with their names; each declared at `500_000 + k*10`.
    mutating func members(_ pairs: [(String, String)]) {
        for (id, name) in pairs {
            let k = plan.members.count
            plan.members.append(Member(
                id: id, title: name, sector: nil, committee: nil, party: nil, roles: [], contact: nil,
                span: Span(file: FileID(0), start: 500_000 + k * 10, end: 500_000 + k * 10 + 5)))
        }
    }

    /// Adds an approval step, its span at `900_000 + k*10`.
    mutating func approval(_ kind: ApprovalStepKind, _ d: String) {
        let k = plan.approval.count
        plan.approval.append(ApprovalStep(
            kind: kind, day: dayOf(d), by: [], span: Span(file: FileID(0), start: 900_000 + k * 10, end: 900_000 + k * 10 + 5)))
    }

    /// Enough plenary and topic consultations that count rules stay quiet.
    mutating func quietCounts() {
        meeting("quanhui", onDay("2025-01-08"), form: "plenary")
        for (k, d) in ["2025-02-11", "2025-03-11", "2025-05-13", "2025-06-10"].enumerated() {
            meeting("topic\(k + 1)", onDay(d), supervision: k == 0)
        }
    }
}

/// Runs the checks and keeps the diagnostics with this code.
func findings(_ plan: Plan, _ code: DiagnosticCode) -> [Diagnostic] {
    PlanChecks.run(plan).filter { $0.code == code }
}
