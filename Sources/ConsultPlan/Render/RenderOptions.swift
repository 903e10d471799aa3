// The public entry points of the renderers: formats, options, the schedule
// query, and one function per output (schedule, reminders).

/// The output formats of `cplan schedule` and `cplan remind`.
public enum ScheduleFormat: String, Sendable, Hashable, CaseIterable {
    /// An aligned text table that fits a 100-column terminal.
    case table
    /// Markdown: a heading and a table per month.
    case markdown
    /// RFC 4180 CSV with a header row.
    case csv
    /// The stable JSON shapes of LANGUAGE.md 8.1.
    case json
    /// iCalendar (RFC 5545).
    case ics
    /// One self-contained HTML page.
    case html
}

/// How renderers present a plan.
public struct RenderOptions: Sendable {
    /// `zh-CN` or `en` for every label; nil means the plan's locale.
    public var locale: String?
    /// The creation time for iCalendar `DTSTAMP`, in the plan's time zone;
    /// nil means the plan's evaluation day at 00:00 (the library never reads the clock).
    public var now: (day: Day, time: TimeOfDay)?
    /// Whether CSV output starts with a UTF-8 byte order mark (for spreadsheet programs).
    public var csvBOM: Bool
    /// The plan time zone's offset from UTC in minutes, for zones the library
    /// does not know (it knows the fixed-offset zones of China and its neighbours,
    /// see `ICalendarTimeZone`). A host with a time-zone database may pass it.
    public var utcOffsetMinutes: Int?

    /// Creates options.
    public init(locale: String? = nil, now: (day: Day, time: TimeOfDay)? = nil, csvBOM: Bool = false, utcOffsetMinutes: Int? = nil) {
        self.locale = locale
        self.now = now
        self.csvBOM = csvBOM
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// The locale in force for `plan`.
    func labels(for plan: Plan) -> Labels { Labels.for(locale ?? plan.header.locale) }
}

/// Which meetings a schedule shows.
public struct ScheduleQuery: Sendable, Hashable {
    /// Only meetings whose dates (or tentative window) overlap this month.
    public var month: YearMonth?
    /// Only meetings that concern this ID: it takes part (a member, or a member
    /// of the committee, sector, party or group named), leads, co-organises
    /// (`with`) or is invited.
    public var who: String?
    /// Only meetings of this form (the English word or a Chinese alias).
    public var form: String?

    /// Creates a query; no filters means the whole year.
    public init(month: YearMonth? = nil, who: String? = nil, form: String? = nil) {
        self.month = month
        self.who = who
        self.form = form
    }
}

extension Plan {
    /// The meetings a schedule lists, in schedule order: by start (an untimed
    /// day counts as 00:00, a tentative meeting as its window's first day),
    /// then declaration order. Cancelled meetings are included (their status says so).
    public func schedule(_ query: ScheduleQuery = ScheduleQuery()) -> [Meeting] {
        let order = scheduleOrder(query)
        // Already in schedule order and nothing filtered out: share the array, copy nothing.
        if order.count == meetings.count, order.indices.allSatisfy({ order[$0] == $0 }) { return meetings }
        return order.map { meetings[$0] }
    }

    /// The indices into `meetings` of ``schedule(_:)``, in its order (no meeting copied).
    func scheduleOrder(_ query: ScheduleQuery) -> [Int] {
        let wanted = query.who.map { concernedIDs(for: $0) }
        let form = query.form.map { Keywords.forms[$0] ?? $0 }
        // The sort moves small keys, not meetings: a Meeting is ~560 bytes holding a
        // dozen references, and sorting 100,000 of them (plus the filtered copy) cost
        // ≈ 0.13 s of retains, releases and moves in the year's schedule. The index
        // breaks ties last, as the stable sort of the filtered meetings did.
        var keys: [(day: Int32, minute: Int, order: Int, index: Int)] = []
        keys.reserveCapacity(meetings.count)
        meetings.withUnsafeBufferPointer { all in
            for i in all.indices {
                let date = all[i].date
                if let month = query.month, date.firstDay > month.lastDay || date.lastDay < month.firstDay { continue }
                if let form, all[i].form != form { continue }
                if let wanted, let who = query.who {
                    let organises = all[i].lead == who || all[i].with.contains(who) || all[i].invite.contains(who)
                    if !organises && !all[i].participants.contains(where: wanted.contains) { continue }
                }
                keys.append((date.firstDay.ordinal, date.times?.start.minutes ?? 0, all[i].order, i))
            }
        }
        keys.sort { a, b in (a.day, a.minute, a.order, a.index) < (b.day, b.minute, b.order, b.index) }
        return keys.map(\.index)
    }
}

/// Renders the schedule of `plan` (the meetings `query` selects) in `format`.
/// Deterministic: the same plan, query and options give the same text.
public func renderSchedule(_ plan: Plan, format: ScheduleFormat, query: ScheduleQuery = ScheduleQuery(), options: RenderOptions = RenderOptions()) -> String {
    let meetings = plan.schedule(query)
    let labels = options.labels(for: plan)
    switch format {
    case .table: return TableRenderer.schedule(plan, meetings, labels)
    case .markdown: return MarkdownRenderer.schedule(plan, meetings, labels)
    case .csv: return CSVRenderer.schedule(plan, meetings, labels, bom: options.csvBOM)
    case .json: return JSONRenderer.schedule(plan, meetings)
    case .ics: return ICSRenderer.schedule(plan, meetings, labels, options)
    case .html: return HTMLRenderer.schedule(plan, meetings, labels, query: query)
    }
}

/// ``renderSchedule(_:format:query:options:)`` as its UTF-8 bytes, for a host that
/// writes them out: the JSON of a 100,000-meeting year is 68 MB, and turning it into a
/// `String` (validating and copying it) only to write its bytes costs ≈ 0.05 s.
public func renderScheduleUTF8(_ plan: Plan, format: ScheduleFormat, query: ScheduleQuery = ScheduleQuery(), options: RenderOptions = RenderOptions()) -> [UInt8] {
    guard format == .json else { return Array(renderSchedule(plan, format: format, query: query, options: options).utf8) }
    return JSONRenderer.scheduleUTF8(plan, order: plan.scheduleOrder(query))
}

/// Renders reminders (from ``Plan/reminders(on:days:who:locale:)``) asked for
/// `on` with `days` days ahead, in `format`.
public func renderReminders(_ plan: Plan, reminders: [Reminder], on: Day, days: Int, format: ScheduleFormat, options: RenderOptions = RenderOptions()) -> String {
    let labels = options.labels(for: plan)
    let last = on.adding(days: max(0, days)) ?? .maximum
    switch format {
    case .table: return TableRenderer.reminders(plan, reminders, on: on, last: last, labels)
    case .markdown: return MarkdownRenderer.reminders(plan, reminders, on: on, last: last, labels)
    case .csv: return CSVRenderer.reminders(plan, reminders, labels, bom: options.csvBOM)
    case .json: return JSONRenderer.reminders(reminders, on: on, days: days)
    case .ics: return ICSRenderer.reminders(plan, reminders, labels, options)
    case .html: return HTMLRenderer.reminders(plan, reminders, on: on, last: last, labels)
    }
}
