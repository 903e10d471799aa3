// The evaluated plan: what checks, renderers, the REPL and embedders read.
// Plain values with every name resolved and every date computed.

/// Which days are off (LANGUAGE.md 4.3).
public enum CalendarKind: String, Sendable, Hashable, Codable {
    /// Weekends, the State Council's public holidays, and its make-up working days.
    case china
    /// Saturdays and Sundays off.
    case weekends
    /// Every day a working day.
    case none
}

/// The `plan` declaration's settings.
public struct PlanHeader: Sendable, Hashable {
    /// The plan's title.
    public var title: String
    /// The plan's year.
    public var year: Int
    /// The organisation, if given.
    public var organization: String?
    /// Which calendar counts working days.
    public var calendar: CalendarKind
    /// IANA time zone name, default `Asia/Shanghai`.
    public var timezone: String
    /// `zh-CN` or `en`, default `zh-CN`.
    public var locale: String
    /// Where the `plan` keyword is (rules without a better place report here).
    public var span: Span
}

/// The `policy` settings (LANGUAGE.md 6); defaults when absent.
public struct Policy: Sendable, Hashable {
    /// Fewest topic consultations; default 4.
    public var minTopicConsultations: Int = 4
    /// Where it was set, if it was.
    public var minTopicConsultationsSpan: Span?
    /// Smallest share of supervision topics; nil means "at least one".
    public var supervisionShare: ExactDecimal?
    /// Where it was set, if it was.
    public var supervisionShareSpan: Span?
    /// Default notice period; default 5 workdays.
    public var notice: Duration = Duration(5, .workdays)
    /// Most unexcused absences before a warning; nil means no limit.
    public var maxAbsences: Int?
    /// Rule name → severity override (`nil` value means off).
    public var severities: [String: Severity?] = [:]
    /// Creates the default policy.
    public init() {}
}

/// A kind of declared organisation or person, used in kind errors and `--who`.
public enum EntityKind: String, Sendable, Hashable, Codable {
    case committee, sector, party, department, member, group, meeting, series, template, binding
}

/// A committee, sector, party or department.
public struct Organization: Sendable, Hashable {
    /// The ID.
    public var id: String
    /// The title (defaults to the ID).
    public var title: String
    /// Which kind.
    public var kind: EntityKind
    /// A committee's chair (a member ID).
    public var chair: String?
    /// A department's contact.
    public var contact: String?
    /// Members (IDs in member declaration order): for committees, sectors, parties.
    public var members: [String]
    /// Where it is declared.
    public var span: Span
}

/// A CPPCC member (委员).
public struct Member: Sendable, Hashable {
    /// The ID.
    public var id: String
    /// The name.
    public var title: String
    /// Sector ID.
    public var sector: String?
    /// Committee ID.
    public var committee: String?
    /// Party ID.
    public var party: String?
    /// Role words (`standing`, `vice_chair` …).
    public var roles: [String]
    /// Contact text.
    public var contact: String?
    /// Where it is declared.
    public var span: Span
}

/// A named set of members.
public struct Group: Sendable, Hashable {
    /// The ID.
    public var id: String
    /// The title.
    public var title: String
    /// Member IDs in member declaration order.
    public var members: [String]
    /// Where it is declared.
    public var span: Span
}

/// When a meeting takes place.
public enum MeetingDate: Sendable, Hashable {
    /// One day, no times.
    case day(Day)
    /// One day with a time span.
    case timed(Day, start: TimeOfDay, end: TimeOfDay)
    /// A range of days, both included.
    case days(Day, Day)
    /// Tentative: some time in this month.
    case month(YearMonth)
    /// Tentative: some time in this quarter.
    case quarter(YearQuarter)

    /// The first day (the window's first day when tentative).
    public var firstDay: Day {
        switch self {
        case .day(let d), .timed(let d, _, _), .days(let d, _): d
        case .month(let m): m.firstDay
        case .quarter(let q): q.firstDay
        }
    }

    /// The last day (the window's last day when tentative).
    public var lastDay: Day {
        switch self {
        case .day(let d), .timed(let d, _, _): d
        case .days(_, let e): e
        case .month(let m): m.lastDay
        case .quarter(let q): q.lastDay
        }
    }

    /// Whether dated by month or quarter.
    public var isTentative: Bool {
        switch self {
        case .month, .quarter: true
        default: false
        }
    }

    /// The time span, if timed.
    public var times: (start: TimeOfDay, end: TimeOfDay)? {
        if case .timed(_, let s, let e) = self { return (s, e) }
        return nil
    }
}

/// `planned`, `held` or `cancelled` (8.1).
public enum MeetingStatus: String, Sendable, Hashable, Codable {
    case planned, held, cancelled
}

/// Who does a task: a declared unit or member, or free text.
public enum Assignee: Sendable, Hashable {
    /// A declared ID.
    case id(String)
    /// A string (`by "市政协办公室"`).
    case text(String)
}

/// A preparation or follow-up task with its computed due day.
public struct MeetingTask: Sendable, Hashable {
    /// `prepare` or `follow_up`.
    public enum Kind: String, Sendable, Hashable, Codable {
        case prepare
        case followUp = "follow_up"
    }
    /// Which kind.
    public var kind: Kind
    /// What to do.
    public var title: String
    /// Who does it (the lead when not given); nil when there is neither.
    public var by: Assignee?
    /// The computed due day (the window's first day for a tentative meeting, unless `due DAY`).
    public var due: Day
    /// Whether `due` is the window placeholder of a tentative meeting.
    public var dueIsTentative: Bool
    /// How the due day was computed, for `:why` and notes.
    public var explanation: String {
        get { explanationSource.text }
        set { explanationSource = .text(newValue) }
    }
    /// Where the attribute is.
    public var span: Span
    /// The facts the explanation is written from, when asked (few outputs read it).
    var explanationSource: DeadlineExplanation

    init(
        kind: Kind, title: String, by: Assignee?, due: Day, dueIsTentative: Bool, explanation: String, span: Span
    ) {
        self.init(
            kind: kind, title: title, by: by, due: due, dueIsTentative: dueIsTentative,
            explanationSource: .text(explanation), span: span)
    }

    init(
        kind: Kind, title: String, by: Assignee?, due: Day, dueIsTentative: Bool,
        explanationSource: DeadlineExplanation, span: Span
    ) {
        self.kind = kind
        self.title = title
        self.by = by
        self.due = due
        self.dueIsTentative = dueIsTentative
        self.explanationSource = explanationSource
        self.span = span
    }

    /// Equal when every field is, the explanation compared by its facts or else by its text.
    public static func == (a: MeetingTask, b: MeetingTask) -> Bool {
        a.kind == b.kind && a.title == b.title && a.by == b.by && a.due == b.due && a.dueIsTentative == b.dueIsTentative
            && a.span == b.span && (a.explanationSource == b.explanationSource || a.explanation == b.explanation)
    }

    /// Hashes every field but the explanation (equal tasks may reach one text from different facts).
    public func hash(into h: inout Hasher) {
        h.combine(kind)
        h.combine(title)
        h.combine(by)
        h.combine(due)
        h.combine(dueIsTentative)
        h.combine(span)
    }
}

/// Written feedback a department owes on a meeting's results.
public struct FeedbackDuty: Sendable, Hashable {
    /// The department ID.
    public var department: String
    /// The period as written.
    public var within: Duration
    /// Whether counted from the report day.
    public var fromReport: Bool
    /// The due day; nil for a tentative meeting.
    public var due: Day?
    /// The day received, or `.some(nil)` when received with no day, nil when not received.
    public var received: Day??
    /// How the due day was computed.
    public var explanation: String {
        get { explanationSource.text }
        set { explanationSource = .text(newValue) }
    }
    /// Where the attribute is.
    public var span: Span
    /// The facts the explanation is written from, when asked (few outputs read it).
    var explanationSource: DeadlineExplanation

    init(
        department: String, within: Duration, fromReport: Bool, due: Day?, received: Day??, explanation: String,
        span: Span
    ) {
        self.init(
            department: department, within: within, fromReport: fromReport, due: due, received: received,
            explanationSource: .text(explanation), span: span)
    }

    init(
        department: String, within: Duration, fromReport: Bool, due: Day?, received: Day??,
        explanationSource: DeadlineExplanation, span: Span
    ) {
        self.department = department
        self.within = within
        self.fromReport = fromReport
        self.due = due
        self.received = received
        self.explanationSource = explanationSource
        self.span = span
    }

    /// Equal when every field is, the explanation compared by its facts or else by its text.
    public static func == (a: FeedbackDuty, b: FeedbackDuty) -> Bool {
        a.department == b.department && a.within == b.within && a.fromReport == b.fromReport && a.due == b.due
            && a.received == b.received && a.span == b.span
            && (a.explanationSource == b.explanationSource || a.explanation == b.explanation)
    }

    /// Hashes every field but the explanation (equal duties may reach one text from different facts).
    public func hash(into h: inout Hasher) {
        h.combine(department)
        h.combine(within)
        h.combine(fromReport)
        h.combine(due)
        h.combine(received)
        h.combine(span)
    }
}

/// How a task's or feedback duty's due day was computed, kept as facts and written out
/// only when read: `explain`, `:why` and verbose outputs read a few, while building a
/// 100k-meeting plan wrote 300k strings nobody read.
enum DeadlineExplanation: Sendable, Hashable {
    /// A text as given.
    case text(String)
    /// `due DAY` as written.
    case asWritten(Day)
    /// A tentative meeting's task: its window's first day.
    case tentativeWindow(Day)
    /// `base ± period`, rolled to a working day (``WorkdayCalendar/deadline(from:_:_:roll:)``).
    case deadline(base: Day, period: Duration, direction: DeadlineDirection, calendar: WorkdayCalendar)
    /// A feedback period counted from `basis`.
    case feedback(within: Duration, basis: FeedbackBasis, calendar: WorkdayCalendar)

    /// What a feedback period counts from.
    enum FeedbackBasis: Sendable, Hashable {
        /// The meeting's last day.
        case lastDay(Day)
        /// `from report`, with the report day.
        case report(Day)
        /// `from report` with no report day: the meeting's last day.
        case lastDayWithoutReport(Day)

        /// The day counted from.
        var day: Day {
            switch self {
            case .lastDay(let d), .report(let d), .lastDayWithoutReport(let d): d
            }
        }
    }

    /// Equal facts write equal texts: a feedback period's spelling is part of its text,
    /// though `Duration` equality ignores it.
    static func == (a: DeadlineExplanation, b: DeadlineExplanation) -> Bool {
        switch (a, b) {
        case (.text(let x), .text(let y)): x == y
        case (.asWritten(let x), .asWritten(let y)): x == y
        case (.tentativeWindow(let x), .tentativeWindow(let y)): x == y
        case let (.deadline(b1, p1, d1, c1), .deadline(b2, p2, d2, c2)): b1 == b2 && p1 == p2 && d1 == d2 && c1 == c2
        case let (.feedback(w1, s1, c1), .feedback(w2, s2, c2)):
            w1 == w2 && w1.spelling == w2.spelling && s1 == s2 && c1 == c2
        default: false
        }
    }

    /// The text, exactly as it used to be written when the deadline was computed.
    var text: String {
        switch self {
        case .text(let s): return s
        case .asWritten(let day): return "due \(day) as written"
        case .tentativeWindow(let first): return "the meeting is tentative: dated the first day of its window, \(first)"
        case .deadline(let base, let period, let direction, let calendar):
            return calendar.deadline(from: base, period, direction, roll: true)?.explanation ?? ""
        case .feedback(let within, let basis, let calendar):
            guard let dl = calendar.deadline(from: basis.day, within, .after, roll: true) else { return "" }
            let shown: String
            switch basis {
            case .lastDay(let d): shown = "the meeting's last day \(d)"
            case .report(let d): shown = "the report day \(d)"
            case .lastDayWithoutReport(let d): shown = "the meeting's last day \(d) (no report day is recorded)"
            }
            return "\(within) after \(shown): \(dl.explanation)"
        }
    }
}

/// A meeting or a series occurrence, fully evaluated.
public struct Meeting: Sendable, Hashable {
    /// The ID (`housing`, `forum.3`).
    public var id: String
    /// The title.
    public var title: String
    /// The topic (defaults to the title).
    public var topic: String
    /// The form word (English); nil only after an error.
    public var form: String?
    /// When, after any `held DAY` move.
    public var date: MeetingDate
    /// When, as planned.
    public var plannedDate: MeetingDate
    /// Venue.
    public var venue: String?
    /// Lead committee, sector or party ID.
    public var lead: String?
    /// Co-organisers.
    public var with: [String]
    /// Expanded participants: member IDs, no duplicates, member declaration order.
    public var participants: [String]
    /// Invited department IDs.
    public var invite: [String]
    /// Topic source word.
    public var source: String?
    /// A 民主监督 topic.
    public var supervision: Bool
    /// `after` target meeting ID.
    public var after: String?
    /// Tasks.
    public var tasks: [MeetingTask]
    /// Feedback duties.
    public var feedback: [FeedbackDuty]
    /// The report day.
    public var report: Day?
    /// The notice period in force.
    public var notice: Duration
    /// The computed notice day (nil for tentative meetings).
    public var noticeDay: Day?
    /// Status.
    public var status: MeetingStatus
    /// The cancellation reason.
    public var cancelReason: String?
    /// Members recorded absent without leave.
    public var absent: [String]
    /// Members recorded on leave.
    public var leave: [String]
    /// The series ID when this is an occurrence.
    public var series: String?
    /// 1-based occurrence number within its series.
    public var occurrence: Int?
    /// Position in declaration order (the tie-breaker in schedule order).
    public var order: Int
    /// Where things are, for diagnostics.
    public var spans: MeetingSpans
}

/// Source positions of a meeting's parts.
public struct MeetingSpans: Sendable, Hashable {
    /// The declaration (keyword through closing brace).
    public var declaration: Span
    /// The ID.
    public var name: Span
    /// The `date` attribute (a series' `every` for occurrences).
    public var date: Span
    /// The `invite` attribute.
    public var invite: Span?
    /// The `after` attribute.
    public var after: Span?
    /// The `form` attribute.
    public var form: Span?
    /// The `participants` attribute.
    public var participants: Span?
    /// Creates the spans.
    public init(declaration: Span, name: Span, date: Span, invite: Span? = nil, after: Span? = nil, form: Span? = nil, participants: Span? = nil) {
        self.declaration = declaration
        self.name = name
        self.date = date
        self.invite = invite
        self.after = after
        self.form = form
        self.participants = participants
    }
}

extension Meeting {
    /// Topic consultations are meetings whose form is neither plenary nor standing committee (4.2).
    public var isTopicConsultation: Bool {
        guard let f = form else { return false }
        return f != "plenary" && f != "standing_committee"
    }
    /// Whether dated by month or quarter.
    public var isTentative: Bool { date.isTentative }
    /// Whether cancelled.
    public var isCancelled: Bool { status == .cancelled }
}

/// A series declaration's facts that checks need after expansion.
public struct SeriesInfo: Sendable, Hashable {
    /// The ID.
    public var id: String
    /// The title.
    public var title: String
    /// Occurrence IDs in order.
    public var occurrences: [String]
    /// Number of `topics` given (nil when none).
    public var topicCount: Int?
    /// Where `topics` is.
    public var topicsSpan: Span?
    /// Where `every` is.
    public var everySpan: Span
    /// Where it is declared.
    public var span: Span
}

/// The steps of approval in canonical order (5).
public enum ApprovalStepKind: String, Sendable, Hashable, CaseIterable, Codable {
    case drafted, revised, reviewed, approved
}

/// One approval step.
public struct ApprovalStep: Sendable, Hashable {
    /// Which step.
    public var kind: ApprovalStepKind
    /// The day.
    public var day: Day
    /// Who (free text).
    public var by: [String]
    /// Where the attribute is.
    public var span: Span
}

/// A user-declared day off or working day.
public struct CalendarOverride: Sendable, Hashable {
    /// The day.
    public var day: Day
    /// Whether it is a day off (`holiday`) or a working day (`workday`).
    public var isDayOff: Bool
    /// The name given, if any.
    public var name: String?
}
