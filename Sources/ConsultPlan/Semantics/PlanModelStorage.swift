// Compact storage behind the plan model's public fields: packed dates, absent-span markers,
// form/source word codes, the rarely set meeting fields in one shared box, explanation facts.

/// A ``MeetingDate`` in 9 bytes (the enum takes 32): a 100k-meeting plan holds one per
/// meeting, read back through ``Meeting/date`` with a switch and no allocation.
struct PackedMeetingDate: Sendable, Hashable {
    /// A day's ordinal, or a window's year.
    private var first: Int32
    /// The end day's ordinal, start minutes << 16 | end minutes, or a window's month/quarter.
    private var second: Int32
    /// Which ``MeetingDate`` case.
    private var shape: UInt8

    /// Packs a date (every part is range-checked by its own type, so each fits).
    init(_ date: MeetingDate) {
        switch date {
        case .day(let d):
            (first, second, shape) = (d.ordinal, 0, 0)
        case .timed(let d, let s, let e):
            (first, second, shape) = (d.ordinal, Int32(truncatingIfNeeded: s.minutes << 16 | e.minutes), 1)
        case .days(let a, let b):
            (first, second, shape) = (a.ordinal, b.ordinal, 2)
        case .month(let m):
            (first, second, shape) = (Int32(truncatingIfNeeded: m.year), Int32(truncatingIfNeeded: m.month), 3)
        case .quarter(let q):
            (first, second, shape) = (Int32(truncatingIfNeeded: q.year), Int32(truncatingIfNeeded: q.quarter), 4)
        }
    }

    /// The date again (the fallbacks are unreachable: only valid parts were packed).
    var value: MeetingDate {
        switch shape {
        case 0: return .day(Day(ordinal: Int(first)) ?? .minimum)
        case 1:
            let s = TimeOfDay(minutes: Int(second >> 16)), e = TimeOfDay(minutes: Int(second & 0xFFFF))
            guard let s, let e else { return .day(Day(ordinal: Int(first)) ?? .minimum) }
            return .timed(Day(ordinal: Int(first)) ?? .minimum, start: s, end: e)
        case 2: return .days(Day(ordinal: Int(first)) ?? .minimum, Day(ordinal: Int(second)) ?? .minimum)
        case 3:
            guard let m = YearMonth(year: Int(first), month: Int(second)) else { return .day(.minimum) }
            return .month(m)
        default:
            guard let q = YearQuarter(year: Int(first), quarter: Int(second)) else { return .day(.minimum) }
            return .quarter(q)
        }
    }
}

extension Span {
    /// Stands for "no span" in an optional span stored without its optional's padding
    /// (a `Span?` takes 16 bytes, a `Span` 12); no source file has this ID.
    @inline(__always) static var absentMarker: Span { Span(file: FileID(Int(Int32.min)), start: 0, end: 0) }

    /// Nil for ``absentMarker``.
    @inline(__always) var unlessAbsent: Span? { file.rawValue == Int(Int32.min) ? nil : self }
}

extension Day? {
    /// The ordinal, or −1 for nil (ordinals are ≥ 0): a `Day?` stored in 4 bytes.
    @inline(__always) var packedOrdinal: Int32 { self?.ordinal ?? -1 }

    /// A `Day?` from ``packedOrdinal``.
    @inline(__always) init(packedOrdinal: Int32) {
        self = packedOrdinal < 0 ? nil : Day(ordinal: Int(packedOrdinal))
    }
}

/// A meeting's fields that most meetings leave at their defaults, in one copy-on-write
/// box that a meeting holds only when one of them is set: the planned date when a record
/// moved the meeting, venue, co-organisers, `after`, report day, cancellation, absences,
/// and the series of an occurrence. In the 100k benchmark no meeting needs it, and its
/// 200 bytes would otherwise sit in every one of the 100,000 `Meeting`s.
final class MeetingRareFields: @unchecked Sendable {
    // @unchecked: mutated only through `Meeting.writableRare()`, after a uniqueness check.
    /// The planned date when it differs from the date (nil: the same).
    var plannedDate: PackedMeetingDate?
    /// ``Meeting/venue``.
    var venue: String?
    /// ``Meeting/with``.
    var with: [String] = []
    /// ``Meeting/after``.
    var after: String?
    /// ``Meeting/report``.
    var report: Day?
    /// ``Meeting/cancelReason``.
    var cancelReason: String?
    /// ``Meeting/absent``.
    var absent: [String] = []
    /// ``Meeting/leave``.
    var leave: [String] = []
    /// ``Meeting/series``.
    var series: String?
    /// ``Meeting/occurrence``.
    var occurrence: Int?
    /// ``Meeting/form`` when it is not one of the form words.
    var otherForm: String?
    /// ``Meeting/source`` when it is not one of the source words.
    var otherSource: String?

    /// All defaults.
    init() {}

    /// A copy for a writer that does not hold the only reference.
    func copy() -> MeetingRareFields {
        let c = MeetingRareFields()
        c.plannedDate = plannedDate
        c.venue = venue
        c.with = with
        c.after = after
        c.report = report
        c.cancelReason = cancelReason
        c.absent = absent
        c.leave = leave
        c.series = series
        c.occurrence = occurrence
        c.otherForm = otherForm
        c.otherSource = otherSource
        return c
    }

    /// Whether two meetings' rare fields are equal, a missing box counting as all defaults.
    static func same(_ a: MeetingRareFields?, _ b: MeetingRareFields?) -> Bool {
        if a === b { return true }
        let x = a ?? MeetingRareFields.defaults, y = b ?? MeetingRareFields.defaults
        return x.plannedDate == y.plannedDate && x.venue == y.venue && x.with == y.with && x.after == y.after
            && x.report == y.report && x.cancelReason == y.cancelReason && x.absent == y.absent && x.leave == y.leave
            && x.series == y.series && x.occurrence == y.occurrence && x.otherForm == y.otherForm
            && x.otherSource == y.otherSource
    }

    /// The defaults, compared against when a meeting has no box (never mutated).
    static let defaults = MeetingRareFields()
}

/// What a task's or feedback duty's explanation needs beyond its small numbers: the
/// calendar's overrides (its kind is stored beside them; a calendar is derived from the
/// two, and the one without overrides is shared), or a text given as is (tests,
/// `explanation = …`). One reference: 8 bytes in each of a large plan's 300k deadlines,
/// where a `WorkdayCalendar` takes 16.
enum ExplanationContext: Sendable {
    /// The overrides of the calendar the deadline was computed with.
    case overrides([CalendarOverride])
    /// A text given as is.
    case text(ExplanationText)

    /// Whether two contexts hold equal overrides or equal texts (identical storage is
    /// equal at once): lets `==` on tasks compare stored facts without rebuilding calendars.
    static func same(_ a: ExplanationContext?, _ b: ExplanationContext?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (.overrides(let x)?, .overrides(let y)?): return x == y
        case (.text(let x)?, .text(let y)?): return x === y || x.text == y.text
        default: return false
        }
    }

    /// The calendar of `kind` with these overrides (nil when a text is held).
    func calendar(_ kind: CalendarKind) -> WorkdayCalendar? {
        if case .overrides(let o) = self { return WorkdayCalendar(kind: kind, overrides: o) }
        return nil
    }
}

/// A boxed explanation text: a reference keeps ``ExplanationContext`` at 16 bytes.
final class ExplanationText: Sendable {
    /// The text.
    let text: String
    /// Boxes a text.
    init(_ text: String) { self.text = text }
}

/// Which ``DeadlineExplanation`` case a task or duty stores, in one byte.
enum ExplanationShape: UInt8, Sendable {
    /// `.text` held in the context.
    case text
    /// `.text("")`.
    case emptyText
    /// `.text` of ``ExplanationShape/tentativeFeedbackText``, the evaluator's text for
    /// every feedback duty of a tentative meeting (no box per duty).
    case tentativeFeedback
    /// `.asWritten(day)`.
    case asWritten
    /// `.tentativeWindow(day)`.
    case tentativeWindow
    /// `.deadline(base: day, amount unit, .before, calendar)`.
    case deadlineBefore
    /// `.deadline(base: day, amount unit, .after, calendar)`.
    case deadlineAfter
    /// `.feedback(within: the duty's own, basis: .lastDay(day), calendar)`.
    case feedbackFromLastDay
    /// `.feedback(…, basis: .report(day), …)`.
    case feedbackFromReport
    /// `.feedback(…, basis: .lastDayWithoutReport(day), …)`.
    case feedbackFromLastDayWithoutReport

    /// The evaluator's explanation of a tentative meeting's feedback duty.
    static let tentativeFeedbackText = "the meeting is tentative, so the feedback has no due day yet"

    /// Whether the facts read the duty's `within`.
    var readsWithin: Bool { rawValue >= ExplanationShape.feedbackFromLastDay.rawValue }
}

/// A ``DeadlineExplanation`` taken apart into the small fields a task or duty stores.
struct PackedExplanation {
    /// The case.
    var shape: ExplanationShape
    /// The base, written, window or basis day.
    var day: Day = .minimum
    /// A deadline period's amount (a deadline that was computed stays within the day range).
    var amount: Int32 = 0
    /// A deadline period's unit.
    var unit: DurationUnit = .days
    /// The calendar's overrides, or the text.
    var context: ExplanationContext?
    /// The calendar's kind.
    var calendarKind: CalendarKind = .none

    /// Packs `e`; `within` is the duty's own period (nil for a task): a feedback fact
    /// counting the same period stores no copy of it. What does not fit is written out now.
    init(_ e: DeadlineExplanation, within: Duration?) {
        switch e {
        case .text(let s): self.init(text: s)
        case .asWritten(let d): self.init(shape: .asWritten, day: d)
        case .tentativeWindow(let d): self.init(shape: .tentativeWindow, day: d)
        case .deadline(let base, let period, let direction, let calendar):
            // The text reads the amount and unit only (not the spelling).
            if let amount = Int32(exactly: period.amount), PackedExplanation.amountRange.contains(amount) {
                self.init(
                    shape: direction == .before ? .deadlineBefore : .deadlineAfter, day: base, amount: amount,
                    unit: period.unit, context: .overrides(calendar.overrides), calendarKind: calendar.kind)
            } else {
                self.init(text: e.text)
            }
        case .feedback(let w, let basis, let calendar):
            guard let within, w.amount == within.amount, w.unit == within.unit, w.spelling == within.spelling else {
                self.init(text: e.text)
                return
            }
            let shape: ExplanationShape
            switch basis {
            case .lastDay: shape = .feedbackFromLastDay
            case .report: shape = .feedbackFromReport
            case .lastDayWithoutReport: shape = .feedbackFromLastDayWithoutReport
            }
            self.init(
                shape: shape, day: basis.day, context: .overrides(calendar.overrides), calendarKind: calendar.kind)
        }
    }

    /// The amounts a task stores (23 bits; a computed deadline's amount is within ±3,652,059).
    static let amountRange: ClosedRange<Int32> = -(1 << 22)...(1 << 22) - 1

    /// A unit's 3-bit code.
    static func code(_ unit: DurationUnit) -> UInt32 {
        switch unit {
        case .days: 0
        case .weeks: 1
        case .months: 2
        case .workdays: 3
        case .hours: 4
        case .minutes: 5
        }
    }

    /// The unit of a 3-bit code.
    static func unit(_ code: UInt32) -> DurationUnit {
        switch code {
        case 1: .weeks
        case 2: .months
        case 3: .workdays
        case 4: .hours
        case 5: .minutes
        default: .days
        }
    }

    /// A calendar kind's 2-bit code.
    static func code(_ kind: CalendarKind) -> UInt32 {
        switch kind {
        case .china: 0
        case .weekends: 1
        case .none: 2
        }
    }

    /// The calendar kind of a 2-bit code.
    static func calendarKind(_ code: UInt32) -> CalendarKind {
        switch code {
        case 0: .china
        case 1: .weekends
        default: .none
        }
    }

    /// A text as given.
    init(text: String) {
        if text.isEmpty {
            self.init(shape: .emptyText)
        } else if text == ExplanationShape.tentativeFeedbackText {
            self.init(shape: .tentativeFeedback)
        } else {
            self.init(shape: .text, context: .text(ExplanationText(text)))
        }
    }

    /// Every field.
    init(
        shape: ExplanationShape, day: Day = .minimum, amount: Int32 = 0, unit: DurationUnit = .days,
        context: ExplanationContext? = nil, calendarKind: CalendarKind = .none
    ) {
        self.shape = shape
        self.day = day
        self.amount = amount
        self.unit = unit
        self.context = context
        self.calendarKind = calendarKind
    }

    /// The explanation again; `within` is the duty's period (feedback shapes only).
    static func unpack(
        shape: ExplanationShape, day: Day, amount: Int32, unit: DurationUnit, context: ExplanationContext?,
        calendarKind: CalendarKind, within: Duration?
    ) -> DeadlineExplanation {
        let calendar = context?.calendar(calendarKind) ?? WorkdayCalendar.standard(calendarKind)
        switch shape {
        case .text:
            if case .text(let box) = context { return .text(box.text) }
            return .text("")
        case .emptyText: return .text("")
        case .tentativeFeedback: return .text(ExplanationShape.tentativeFeedbackText)
        case .asWritten: return .asWritten(day)
        case .tentativeWindow: return .tentativeWindow(day)
        case .deadlineBefore, .deadlineAfter:
            return .deadline(
                base: day, period: Duration(Int64(amount), unit),
                direction: shape == .deadlineBefore ? .before : .after, calendar: calendar)
        case .feedbackFromLastDay, .feedbackFromReport, .feedbackFromLastDayWithoutReport:
            let basis: DeadlineExplanation.FeedbackBasis
            switch shape {
            case .feedbackFromLastDay: basis = .lastDay(day)
            case .feedbackFromReport: basis = .report(day)
            default: basis = .lastDayWithoutReport(day)
            }
            return .feedback(within: within ?? Duration(0, .days), basis: basis, calendar: calendar)
        }
    }
}

/// A meeting's form and source words in one byte each (a `String?` takes 16): they are
/// value words from fixed lists (4.1, 4.2), and the strings handed back are the lists' own.
/// A code is the word's position in ``Keywords/formOrder`` or ``ValueWordKind/sourceWords``, plus one.
enum MeetingWordCode {
    /// No word (nil).
    static let none: UInt8 = 0
    /// A word not in the list, kept in ``MeetingRareFields``.
    static let other: UInt8 = 255

    /// The code of a form word (a meeting's form is set as it is built: 100k times in the benchmark).
    static func form(_ word: String?) -> UInt8 { code(of: word, in: Keywords.formOrder) }
    /// The form word of a code (nil for ``none`` and ``other``).
    static func form(_ code: UInt8) -> String? { word(of: code, in: Keywords.formOrder) }
    /// The code of a source word.
    static func source(_ word: String?) -> UInt8 { code(of: word, in: ValueWordKind.sourceWords) }
    /// The source word of a code (nil for ``none`` and ``other``).
    static func source(_ code: UInt8) -> String? { word(of: code, in: ValueWordKind.sourceWords) }

    /// The position + 1 of `word` in `words`, lengths compared first (a few integer
    /// comparisons and one string comparison).
    private static func code(of word: String?, in words: [String]) -> UInt8 {
        guard let word else { return none }
        let length = word.utf8.count
        for (i, w) in words.enumerated() where i < Int(other) - 1 && w.utf8.count == length && w == word {
            return UInt8(i + 1)
        }
        return other
    }

    private static func word(of code: UInt8, in words: [String]) -> String? {
        code == none || code == other || Int(code) > words.count ? nil : words[Int(code) - 1]
    }
}

// The packed words of `MeetingTask` and `FeedbackDuty`: one pair of accessors for every
// field, so each field states only where it is and how wide.
extension UInt32 {
    /// The `width` bits from bit `shift` up (width 1…31).
    @inline(__always)
    func bits(at shift: UInt32, width: UInt32) -> UInt32 {
        self >> shift & (1 << width &- 1)
    }

    /// Replaces the `width` bits from bit `shift` up with the low bits of `value`.
    @inline(__always)
    mutating func setBits(at shift: UInt32, width: UInt32, to value: UInt32) {
        let mask: UInt32 = (1 << width &- 1) << shift
        self = self & ~mask | value << shift & mask
    }
}
