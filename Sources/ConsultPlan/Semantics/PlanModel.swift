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
///
/// Stored in 64 bytes (128 before; a 100k-meeting plan holds 200,000 tasks, two per
/// meeting in one 176-byte allocation instead of 288): the explanation's facts as a day,
/// an amount, a unit and the calendar's kind and overrides instead of a
/// ``DeadlineExplanation`` with a whole `Duration`, the small fields packed into two words.
public struct MeetingTask: Sendable, Hashable {
    /// `prepare` or `follow_up`.
    public enum Kind: String, Sendable, Hashable, Codable {
        case prepare
        case followUp = "follow_up"
    }
    /// What to do.
    public var title: String
    /// ``by``'s ID or text ("" when nil): an `Assignee?` takes 17 bytes, which made the task 80.
    private var byString: String
    /// Where the attribute is.
    public var span: Span
    /// The computed due day (the window's first day for a tentative meeting, unless `due DAY`).
    public var due: Day
    /// The explanation's day (bits 0–21: day ordinals stay below 2^22), ``kind`` (bit 22),
    /// ``dueIsTentative`` (bit 23) and ``by``'s case (bits 24–25).
    private var dayAndFlags: UInt32
    /// The explanation's period amount (bits 0–22, two's complement), case (bits 23–26),
    /// period unit (bits 27–29) and calendar kind (bits 30–31).
    private var amountAndShape: UInt32
    /// The explanation's calendar overrides or text.
    private var factsContext: ExplanationContext?

    /// Which kind.
    public var kind: Kind {
        get { dayAndFlags.bits(at: 22, width: 1) != 0 ? .followUp : .prepare }
        set { dayAndFlags.setBits(at: 22, width: 1, to: newValue == .followUp ? 1 : 0) }
    }
    /// Whether `due` is the window placeholder of a tentative meeting.
    public var dueIsTentative: Bool {
        get { dayAndFlags.bits(at: 23, width: 1) != 0 }
        set { dayAndFlags.setBits(at: 23, width: 1, to: newValue ? 1 : 0) }
    }
    /// ``by``'s case: 0 nil, 1 an ID, 2 a text.
    private var byShape: UInt8 {
        get { UInt8(truncatingIfNeeded: dayAndFlags.bits(at: 24, width: 2)) }
        set { dayAndFlags.setBits(at: 24, width: 2, to: UInt32(newValue)) }
    }
    /// The explanation's base, written or window day.
    private var factsDay: Day {
        get { Day(ordinal: Int(dayAndFlags.bits(at: 0, width: 22))) ?? .minimum }
        set { dayAndFlags.setBits(at: 0, width: 22, to: UInt32(truncatingIfNeeded: newValue.ordinal)) }
    }
    /// The explanation's period amount (within ``PackedExplanation/amountRange``).
    private var factsAmount: Int32 {
        get { Int32(bitPattern: amountAndShape << 9) >> 9 }
        set { amountAndShape.setBits(at: 0, width: 23, to: UInt32(bitPattern: newValue)) }
    }
    /// The explanation's case.
    private var factsShape: ExplanationShape {
        get { ExplanationShape(rawValue: UInt8(truncatingIfNeeded: amountAndShape.bits(at: 23, width: 4))) ?? .emptyText }
        set { amountAndShape.setBits(at: 23, width: 4, to: UInt32(newValue.rawValue)) }
    }
    /// The explanation's period unit.
    private var factsUnit: DurationUnit {
        get { PackedExplanation.unit(amountAndShape.bits(at: 27, width: 3)) }
        set { amountAndShape.setBits(at: 27, width: 3, to: PackedExplanation.code(newValue)) }
    }
    /// The explanation's calendar kind.
    private var factsCalendarKind: CalendarKind {
        get { PackedExplanation.calendarKind(amountAndShape.bits(at: 30, width: 2)) }
        set { amountAndShape.setBits(at: 30, width: 2, to: PackedExplanation.code(newValue)) }
    }

    /// Who does it (the lead when not given); nil when there is neither.
    public var by: Assignee? {
        get {
            switch byShape {
            case 1: .id(byString)
            case 2: .text(byString)
            default: nil
            }
        }
        set {
            switch newValue {
            case .id(let s): (byString, byShape) = (s, 1)
            case .text(let s): (byString, byShape) = (s, 2)
            case nil: (byString, byShape) = ("", 0)
            }
        }
    }

    /// How the due day was computed, for `:why` and notes.
    public var explanation: String {
        get { explanationSource.text }
        set { explanationSource = .text(newValue) }
    }

    /// The facts the explanation is written from, when asked (few outputs read it).
    var explanationSource: DeadlineExplanation {
        get {
            PackedExplanation.unpack(
                shape: factsShape, day: factsDay, amount: factsAmount, unit: factsUnit, context: factsContext,
                calendarKind: factsCalendarKind, within: nil)
        }
        set { store(PackedExplanation(newValue, within: nil)) }
    }

    /// Keeps packed explanation facts.
    private mutating func store(_ p: PackedExplanation) {
        factsShape = p.shape
        factsDay = p.day
        factsAmount = p.amount
        factsUnit = p.unit
        factsCalendarKind = p.calendarKind
        factsContext = p.context
    }

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
        self.title = title
        self.byString = ""
        self.span = span
        self.due = due
        self.dayAndFlags = 0
        self.amountAndShape = 0
        self.factsContext = nil
        self.kind = kind
        self.dueIsTentative = dueIsTentative
        self.by = by
        store(PackedExplanation(explanationSource, within: nil))
    }

    /// Equal when every field is, the explanation compared by its facts or else by its text.
    public static func == (a: MeetingTask, b: MeetingTask) -> Bool {
        a.kind == b.kind && a.title == b.title && a.byShape == b.byShape && a.byString == b.byString
            && a.due == b.due && a.dueIsTentative == b.dueIsTentative && a.span == b.span
            && (a.storedFactsEqual(b) || a.explanationSource == b.explanationSource || a.explanation == b.explanation)
    }

    /// Whether the stored facts are the same (then so are the explanations), without
    /// rebuilding a calendar with overrides to compare them.
    private func storedFactsEqual(_ b: MeetingTask) -> Bool {
        factsShape == b.factsShape && factsDay == b.factsDay && amountAndShape == b.amountAndShape
            && ExplanationContext.same(factsContext, b.factsContext)
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
///
/// Stored in 72 bytes (144 before; one duty's array is a 112-byte allocation instead of
/// 192): the period's parts, the days as 4-byte ordinals, the explanation's facts reading
/// the duty's own period instead of a copy of it, the small fields packed into one word.
public struct FeedbackDuty: Sendable, Hashable {
    /// The department ID.
    public var department: String
    /// ``within``'s spelling.
    private var withinSpelling: String?
    /// ``within``'s amount.
    private var withinAmount: Int64
    /// The explanation's calendar overrides or text.
    private var factsContext: ExplanationContext?
    /// Where the attribute is.
    public var span: Span
    /// ``due`` (−1: nil).
    private var dueOrdinal: Int32
    /// ``received`` (−1: nil, −2: received with no day).
    private var receivedOrdinal: Int32
    /// The explanation's basis day (bits 0–21: day ordinals stay below 2^22), its case
    /// (bits 22–25) and calendar kind (26–27), ``within``'s unit (28–30), ``fromReport`` (31).
    private var dayAndFlags: UInt32

    /// The explanation's basis day.
    private var factsDay: Day {
        get { Day(ordinal: Int(dayAndFlags.bits(at: 0, width: 22))) ?? .minimum }
        set { dayAndFlags.setBits(at: 0, width: 22, to: UInt32(truncatingIfNeeded: newValue.ordinal)) }
    }
    /// The explanation's case.
    private var factsShape: ExplanationShape {
        get { ExplanationShape(rawValue: UInt8(truncatingIfNeeded: dayAndFlags.bits(at: 22, width: 4))) ?? .emptyText }
        set { dayAndFlags.setBits(at: 22, width: 4, to: UInt32(newValue.rawValue)) }
    }
    /// The explanation's calendar kind.
    private var factsCalendarKind: CalendarKind {
        get { PackedExplanation.calendarKind(dayAndFlags.bits(at: 26, width: 2)) }
        set { dayAndFlags.setBits(at: 26, width: 2, to: PackedExplanation.code(newValue)) }
    }
    /// ``within``'s unit.
    private var withinUnit: DurationUnit {
        get { PackedExplanation.unit(dayAndFlags.bits(at: 28, width: 3)) }
        set { dayAndFlags.setBits(at: 28, width: 3, to: PackedExplanation.code(newValue)) }
    }
    /// Whether counted from the report day.
    public var fromReport: Bool {
        get { dayAndFlags.bits(at: 31, width: 1) != 0 }
        set { dayAndFlags.setBits(at: 31, width: 1, to: newValue ? 1 : 0) }
    }

    /// The period as written.
    public var within: Duration {
        get { Duration(withinAmount, withinUnit, spelling: withinSpelling) }
        set {
            // Facts that count this period keep the text they had.
            if factsShape.readsWithin { store(PackedExplanation(text: explanation)) }
            withinAmount = newValue.amount
            withinUnit = newValue.unit
            withinSpelling = newValue.spelling
        }
    }
    /// The due day; nil for a tentative meeting.
    public var due: Day? {
        get { Day?(packedOrdinal: dueOrdinal) }
        set { dueOrdinal = newValue.packedOrdinal }
    }
    /// The day received, or `.some(nil)` when received with no day, nil when not received.
    public var received: Day?? {
        get {
            switch receivedOrdinal {
            case -1: return nil
            case -2: return .some(nil)
            default: return .some(Day(ordinal: Int(receivedOrdinal)))
            }
        }
        set {
            switch newValue {
            case .none: receivedOrdinal = -1
            case .some(.none): receivedOrdinal = -2
            case .some(.some(let d)): receivedOrdinal = d.ordinal
            }
        }
    }
    /// How the due day was computed.
    public var explanation: String {
        get { explanationSource.text }
        set { explanationSource = .text(newValue) }
    }

    /// The facts the explanation is written from, when asked (few outputs read it).
    var explanationSource: DeadlineExplanation {
        get {
            PackedExplanation.unpack(
                shape: factsShape, day: factsDay, amount: 0, unit: .days, context: factsContext,
                calendarKind: factsCalendarKind, within: within)
        }
        set { store(PackedExplanation(newValue, within: within)) }
    }

    /// Keeps packed explanation facts (a duty's facts have no amount or unit of their own).
    private mutating func store(_ p: PackedExplanation) {
        if p.shape == .deadlineBefore || p.shape == .deadlineAfter {
            // Not a feedback fact: written out now rather than given room in every duty.
            let text = PackedExplanation.unpack(
                shape: p.shape, day: p.day, amount: p.amount, unit: p.unit, context: p.context,
                calendarKind: p.calendarKind, within: nil
            ).text
            store(PackedExplanation(text: text))
            return
        }
        factsShape = p.shape
        factsDay = p.day
        factsCalendarKind = p.calendarKind
        factsContext = p.context
    }

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
        self.withinSpelling = within.spelling
        self.withinAmount = within.amount
        self.factsContext = nil
        self.span = span
        self.dueOrdinal = due.packedOrdinal
        self.receivedOrdinal = -1
        self.dayAndFlags = 0
        self.withinUnit = within.unit
        self.fromReport = fromReport
        self.factsShape = .emptyText
        self.factsCalendarKind = .none
        self.received = received
        self.explanationSource = explanationSource
    }

    /// Equal when every field is, the explanation compared by its facts or else by its text.
    public static func == (a: FeedbackDuty, b: FeedbackDuty) -> Bool {
        a.department == b.department && a.within == b.within && a.fromReport == b.fromReport && a.due == b.due
            && a.received == b.received && a.span == b.span
            && (a.storedFactsEqual(b) || a.explanationSource == b.explanationSource || a.explanation == b.explanation)
    }

    /// Whether the stored facts are the same (the periods compared apart, spelling included).
    private func storedFactsEqual(_ b: FeedbackDuty) -> Bool {
        factsShape == b.factsShape && factsDay == b.factsDay && factsCalendarKind == b.factsCalendarKind
            && (!factsShape.readsWithin || withinSpelling == b.withinSpelling)
            && ExplanationContext.same(factsContext, b.factsContext)
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
///
/// Stored compactly behind the same fields (240 bytes instead of 464; a 100k-meeting
/// plan holds 100,000): the dates packed, the topic kept only when it differs from the
/// title, form and source words as one-byte codes, the notice day as an ordinal, and
/// the fields most meetings leave at their defaults (planned date when unmoved, venue,
/// `with`, `after`, report, cancellation, absences, series) in one shared box
/// (``MeetingRareFields``) that is nil while all of them are. The whole model of the
/// 100k benchmark went from 1,272 to 845 bytes per meeting (`PhaseProbe --model`).
public struct Meeting: Sendable, Hashable {
    /// The ID (`housing`, `forum.3`).
    public var id: String
    /// ``title``.
    private var storedTitle: String
    /// ``topic`` when it is not the title.
    private var storedTopic: String?
    /// Lead committee, sector or party ID.
    public var lead: String?
    /// Expanded participants: member IDs, no duplicates, member declaration order.
    public var participants: [String]
    /// Invited department IDs.
    public var invite: [String]
    /// Tasks.
    public var tasks: [MeetingTask]
    /// Feedback duties.
    public var feedback: [FeedbackDuty]
    /// ``notice``'s spelling.
    private var noticeSpelling: String?
    /// ``notice``'s amount.
    private var noticeAmount: Int64
    /// Position in declaration order (the tie-breaker in schedule order).
    public var order: Int
    /// The rarely set fields; nil while all are at their defaults.
    private var rare: MeetingRareFields?
    /// Where things are, for diagnostics.
    public var spans: MeetingSpans
    /// ``date``.
    private var packedDate: PackedMeetingDate
    /// Status.
    public var status: MeetingStatus
    /// A 民主监督 topic.
    public var supervision: Bool
    /// ``notice``'s unit.
    private var noticeUnit: DurationUnit
    /// ``form`` as a ``MeetingWordCode``.
    private var formCode: UInt8
    /// ``source`` as a ``MeetingWordCode``.
    private var sourceCode: UInt8
    /// ``noticeDay`` (−1: nil).
    private var noticeDayOrdinal: Int32

    /// The form word (English); nil only after an error.
    public var form: String? {
        get { formCode == MeetingWordCode.other ? rare?.otherForm : MeetingWordCode.form(formCode) }
        set {
            let code = MeetingWordCode.form(newValue)
            if code == MeetingWordCode.other || rare?.otherForm != nil {
                writableRare().otherForm = code == MeetingWordCode.other ? newValue : nil
            }
            formCode = code
        }
    }
    /// Topic source word.
    public var source: String? {
        get { sourceCode == MeetingWordCode.other ? rare?.otherSource : MeetingWordCode.source(sourceCode) }
        set {
            let code = MeetingWordCode.source(newValue)
            if code == MeetingWordCode.other || rare?.otherSource != nil {
                writableRare().otherSource = code == MeetingWordCode.other ? newValue : nil
            }
            sourceCode = code
        }
    }

    /// The notice period in force.
    public var notice: Duration {
        get { Duration(noticeAmount, noticeUnit, spelling: noticeSpelling) }
        set {
            noticeAmount = newValue.amount
            noticeUnit = newValue.unit
            noticeSpelling = newValue.spelling
        }
    }
    /// The title.
    public var title: String {
        get { storedTitle }
        set {
            // A topic that read the title keeps the old one.
            if storedTopic == nil, newValue != storedTitle { storedTopic = storedTitle }
            storedTitle = newValue
            if storedTopic == newValue { storedTopic = nil }
        }
    }
    /// The topic (defaults to the title).
    public var topic: String {
        get { storedTopic ?? storedTitle }
        set { storedTopic = newValue == storedTitle ? nil : newValue }
    }
    /// When, after any `held DAY` move.
    public var date: MeetingDate {
        get { packedDate.value }
        set {
            let new = PackedMeetingDate(newValue)
            if new == packedDate { return }
            let planned = rare?.plannedDate ?? packedDate
            writableRare().plannedDate = planned == new ? nil : planned
            packedDate = new
        }
    }
    /// When, as planned.
    public var plannedDate: MeetingDate {
        get { (rare?.plannedDate ?? packedDate).value }
        set {
            let new = PackedMeetingDate(newValue)
            if new == packedDate {
                if rare?.plannedDate != nil { writableRare().plannedDate = nil }
            } else {
                writableRare().plannedDate = new
            }
        }
    }
    /// Venue.
    public var venue: String? {
        get { rare?.venue }
        set { if newValue != nil || rare != nil { writableRare().venue = newValue } }
    }
    /// Co-organisers.
    public var with: [String] {
        get { rare?.with ?? [] }
        set { if !newValue.isEmpty || rare != nil { writableRare().with = newValue } }
    }
    /// `after` target meeting ID.
    public var after: String? {
        get { rare?.after }
        set { if newValue != nil || rare != nil { writableRare().after = newValue } }
    }
    /// The report day.
    public var report: Day? {
        get { rare?.report }
        set { if newValue != nil || rare != nil { writableRare().report = newValue } }
    }
    /// The computed notice day (nil for tentative meetings).
    public var noticeDay: Day? {
        get { Day?(packedOrdinal: noticeDayOrdinal) }
        set { noticeDayOrdinal = newValue.packedOrdinal }
    }
    /// The cancellation reason.
    public var cancelReason: String? {
        get { rare?.cancelReason }
        set { if newValue != nil || rare != nil { writableRare().cancelReason = newValue } }
    }
    /// Members recorded absent without leave.
    public var absent: [String] {
        get { rare?.absent ?? [] }
        set { if !newValue.isEmpty || rare != nil { writableRare().absent = newValue } }
    }
    /// Members recorded on leave.
    public var leave: [String] {
        get { rare?.leave ?? [] }
        set { if !newValue.isEmpty || rare != nil { writableRare().leave = newValue } }
    }
    /// The series ID when this is an occurrence.
    public var series: String? {
        get { rare?.series }
        set { if newValue != nil || rare != nil { writableRare().series = newValue } }
    }
    /// 1-based occurrence number within its series.
    public var occurrence: Int? {
        get { rare?.occurrence }
        set { if newValue != nil || rare != nil { writableRare().occurrence = newValue } }
    }

    /// The rare-fields box, made or copied so that this meeting holds the only reference.
    private mutating func writableRare() -> MeetingRareFields {
        if let r = rare, isKnownUniquelyReferenced(&rare) { return r }
        let r = rare?.copy() ?? MeetingRareFields()
        rare = r
        return r
    }

    init(
        id: String, title: String, topic: String, form: String?, date: MeetingDate, plannedDate: MeetingDate,
        venue: String?, lead: String?, with: [String], participants: [String], invite: [String], source: String?,
        supervision: Bool, after: String?, tasks: [MeetingTask], feedback: [FeedbackDuty], report: Day?,
        notice: Duration, noticeDay: Day?, status: MeetingStatus, cancelReason: String?, absent: [String],
        leave: [String], series: String?, occurrence: Int?, order: Int, spans: MeetingSpans
    ) {
        self.id = id
        self.storedTitle = title
        self.storedTopic = topic == title ? nil : topic
        self.lead = lead
        self.participants = participants
        self.invite = invite
        self.tasks = tasks
        self.feedback = feedback
        self.noticeSpelling = notice.spelling
        self.noticeAmount = notice.amount
        self.order = order
        self.rare = nil
        self.spans = spans
        self.packedDate = PackedMeetingDate(date)
        self.noticeDayOrdinal = noticeDay.packedOrdinal
        self.status = status
        self.supervision = supervision
        self.noticeUnit = notice.unit
        self.formCode = MeetingWordCode.none
        self.sourceCode = MeetingWordCode.none
        self.form = form
        self.source = source
        self.plannedDate = plannedDate
        self.venue = venue
        self.with = with
        self.after = after
        self.report = report
        self.cancelReason = cancelReason
        self.absent = absent
        self.leave = leave
        self.series = series
        self.occurrence = occurrence
    }

    /// Equal when every field is (the notice period as `Duration` compares: not its spelling).
    public static func == (a: Meeting, b: Meeting) -> Bool {
        a.id == b.id && a.storedTitle == b.storedTitle && a.storedTopic == b.storedTopic
            && a.formCode == b.formCode && a.lead == b.lead && a.sourceCode == b.sourceCode && a.participants == b.participants && a.invite == b.invite
            && a.tasks == b.tasks && a.feedback == b.feedback && a.noticeAmount == b.noticeAmount
            && a.noticeUnit == b.noticeUnit && a.order == b.order
            && a.spans == b.spans && a.packedDate == b.packedDate && a.noticeDayOrdinal == b.noticeDayOrdinal
            && a.status == b.status && a.supervision == b.supervision && MeetingRareFields.same(a.rare, b.rare)
    }

    /// Hashes every field.
    public func hash(into h: inout Hasher) {
        h.combine(id)
        h.combine(title)
        h.combine(topic)
        h.combine(form)
        h.combine(date)
        h.combine(plannedDate)
        h.combine(venue)
        h.combine(lead)
        h.combine(with)
        h.combine(participants)
        h.combine(invite)
        h.combine(source)
        h.combine(supervision)
        h.combine(after)
        h.combine(tasks)
        h.combine(feedback)
        h.combine(report)
        h.combine(notice)
        h.combine(noticeDay)
        h.combine(status)
        h.combine(cancelReason)
        h.combine(absent)
        h.combine(leave)
        h.combine(series)
        h.combine(occurrence)
        h.combine(order)
        h.combine(spans)
    }
}

/// Source positions of a meeting's parts.
///
/// The optional spans are stored as spans with ``Span/absentMarker`` for nil: 84 bytes
/// instead of 100 in every meeting.
public struct MeetingSpans: Sendable, Hashable {
    /// The declaration (keyword through closing brace).
    public var declaration: Span
    /// The ID.
    public var name: Span
    /// The `date` attribute (a series' `every` for occurrences).
    public var date: Span
    /// ``invite``, or the marker.
    private var storedInvite: Span
    /// ``after``, or the marker.
    private var storedAfter: Span
    /// ``form``, or the marker.
    private var storedForm: Span
    /// ``participants``, or the marker.
    private var storedParticipants: Span

    /// The `invite` attribute.
    public var invite: Span? {
        get { storedInvite.unlessAbsent }
        set { storedInvite = newValue ?? .absentMarker }
    }
    /// The `after` attribute.
    public var after: Span? {
        get { storedAfter.unlessAbsent }
        set { storedAfter = newValue ?? .absentMarker }
    }
    /// The `form` attribute.
    public var form: Span? {
        get { storedForm.unlessAbsent }
        set { storedForm = newValue ?? .absentMarker }
    }
    /// The `participants` attribute.
    public var participants: Span? {
        get { storedParticipants.unlessAbsent }
        set { storedParticipants = newValue ?? .absentMarker }
    }

    /// Creates the spans.
    public init(declaration: Span, name: Span, date: Span, invite: Span? = nil, after: Span? = nil, form: Span? = nil, participants: Span? = nil) {
        self.declaration = declaration
        self.name = name
        self.date = date
        self.storedInvite = invite ?? .absentMarker
        self.storedAfter = after ?? .absentMarker
        self.storedForm = form ?? .absentMarker
        self.storedParticipants = participants ?? .absentMarker
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
