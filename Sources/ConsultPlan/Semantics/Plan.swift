// The whole evaluated plan: header, policy, people and units, meetings (series
// expanded, records applied), approval, and the calendar that dated it all.

/// An evaluated plan. Produced by ``Engine/evaluate(source:name:)``; read by
/// checks, renderers, the REPL and embedders.
public struct Plan: Sendable {
    /// The `plan` declaration.
    public var header: PlanHeader
    /// The `policy` (defaults when absent).
    public var policy: Policy
    /// Committees, sectors, parties and departments, each in declaration order.
    public var committees: [Organization]
    /// Sectors (界别) in declaration order.
    public var sectors: [Organization]
    /// Parties and other organisations (党派) in declaration order.
    public var parties: [Organization]
    /// Party and government departments (部门) in declaration order.
    public var departments: [Organization]
    /// Members in declaration order.
    public var members: [Member]
    /// Groups in declaration order.
    public var groups: [Group]
    /// Every meeting and series occurrence, cancelled ones included, in declaration order.
    public var meetings: [Meeting]
    /// Series, for the checks that look at a series as a whole.
    public var series: [SeriesInfo]
    /// Approval steps as written.
    public var approval: [ApprovalStep]
    /// The calendar every date was computed with.
    public var calendar: WorkdayCalendar
    /// The evaluation date (`today()`).
    public var today: Day

    /// Creates a plan.
    public init(
        header: PlanHeader, policy: Policy = Policy(), committees: [Organization] = [], sectors: [Organization] = [],
        parties: [Organization] = [], departments: [Organization] = [], members: [Member] = [], groups: [Group] = [],
        meetings: [Meeting] = [], series: [SeriesInfo] = [], approval: [ApprovalStep] = [],
        calendar: WorkdayCalendar, today: Day
    ) {
        self.header = header
        self.policy = policy
        self.committees = committees
        self.sectors = sectors
        self.parties = parties
        self.departments = departments
        self.members = members
        self.groups = groups
        self.meetings = meetings
        self.series = series
        self.approval = approval
        self.calendar = calendar
        self.today = today
    }

    /// Meetings that are not cancelled (the `meetings` collection of the language).
    public var activeMeetings: [Meeting] { meetings.filter { !$0.isCancelled } }
}
