// Meetings (LANGUAGE.md 4.1–4.3, 4.6): dates, units, participants, tasks, feedback
// duties and notice days, computed with the workday calendar; records applied (4.5).

extension Evaluator {
    /// The ID of a meeting source.
    func meetingID(_ source: MeetingSource) -> String {
        switch source {
        case .declared(let i): declarationID(i)
        case .occurrence(let s, let n, _, _): "\(seriesEntries[s].id).\(n)"
        }
    }

    /// A meeting or occurrence by ID.
    func meeting(id: String) -> Meeting? {
        indexOfMeeting(id).flatMap(meeting(at:))
    }

    /// The index in ``meetingSources`` of a meeting ID (remembering the last one asked).
    func indexOfMeeting(_ id: String) -> Int? {
        if let last = lastMeetingLookup {
            if last.id == id { return last.index }
            // Scans in order (`meetings where …`, a loop over the meetings) ask for the next
            // declared meeting: compare its ID (read in place) before hashing. A declared ID
            // is registered once (duplicates are refused), so the index is the one the table holds.
            let next = last.index + 1
            if next < meetingSources.count, case .declared(let d) = meetingSources[next], declarationID(d) == id {
                lastMeetingLookup = (id, next)
                return next
            }
        }
        let i: Int
        if case .declaration(let d)? = names[id], meetingSourceOfDeclaration[d] >= 0 {
            i = Int(meetingSourceOfDeclaration[d])
        } else if let o = meetingIndex[id] {
            i = o
        } else {
            return nil
        }
        lastMeetingLookup = (id, i)
        return i
    }

    /// The meeting at an index in ``meetingSources`` (built once in phase 2; provisional in phase 1).
    func meeting(at index: Int) -> Meeting? {
        guard ensureMeeting(at: index) else { return nil }
        return meetingCache[index]
    }

    /// Reads a meeting in place (built first if needed): `body` reads stored fields through
    /// `pointee` (`$0.pointee.title`), which copies that field only, where binding the
    /// `Meeting` would copy all ~20 of its references. Nil when it cannot be built.
    func withMeeting<R>(at index: Int, _ body: (UnsafePointer<Meeting>) -> R) -> R? {
        guard ensureMeeting(at: index) else { return nil }
        return meetingCache.borrow(index, body)
    }

    /// ``withMeeting(at:_:)`` by ID.
    func withMeeting<R>(id: String, _ body: (UnsafePointer<Meeting>) -> R) -> R? {
        guard let i = indexOfMeeting(id) else { return nil }
        return withMeeting(at: i, body)
    }

    /// Builds the meeting at `index` unless it is cached; false when it cannot be built.
    func ensureMeeting(at index: Int) -> Bool {
        if meetingCache.contains(index) { return true }
        guard !meetingsInProgress.contains(index),
              !(isFinal && !unbuildableMeetings.isEmpty && unbuildableMeetings.contains(index))
        else { return false }
        meetingsInProgress.append(index)
        defer { meetingsInProgress.removeLast() }
        let m = building { buildMeeting(index) }
        if let m {
            meetingCache.set(index, m)
            hasCachedBuilds = true
            // Built for good: nothing reads a declared meeting's syntax again (its title is
            // cached, queries read the built meeting), so the tree can go.
            if isFinal, !configuration.keepsSyntaxTrees, case .declared(let d) = meetingSources[index] {
                declarations[d].releaseSyntax()
            }
            return true
        } else if isFinal {
            // Reported once; later references see nothing rather than the same errors again.
            unbuildableMeetings.insert(index)
        }
        return false
    }

    /// Builds a meeting from its declaration, or an occurrence from its series.
    private func buildMeeting(_ index: Int) -> Meeting? {
        let source = meetingSources[index]
        let id = meetingID(source)
        let declarationIndex: Int
        var planned: MeetingDate?
        var occurrenceTopic: String?
        var seriesID: String?
        var occurrenceNumber: Int?
        // An occurrence's is its series' `every`; a declared meeting's is read below from the
        // declaration copied there (each read out of the entry copies the whole declaration).
        var seriesDateSpan: Span?
        switch source {
        case .declared(let i):
            declarationIndex = i
            if declarations[i].skimmedBodyStart >= 0 { parseSkimmedBody(ofDeclaration: i) }
        case .occurrence(let s, let n, let day, let topic):
            let series = seriesEntries[s]
            declarationIndex = series.declaration
            planned = series.times.map { .timed(day, start: $0.start, end: $0.end) } ?? .day(day)
            occurrenceTopic = topic
            seriesID = series.id
            occurrenceNumber = n
            seriesDateSpan = series.everySpan
        }
        let entry = declarations[declarationIndex]
        let d = entry.declaration
        let dateSpan = seriesDateSpan ?? d.attributes.first { $0.name == .date }?.span ?? entry.nameSpan
        return inScope(entry.locals) { () -> Meeting? in
            if case .declared = source {
                checkRepeatedAttributes(d)
                if let a = attribute(d, .date) {
                    planned = meetingDate(a)
                } else {
                    error(
                        SemanticCode.missingAttribute, "meeting `\(id)` has no `date`", at: entry.nameSpan,
                        help: "add `date 2025-04-22` (or a range, a month `2025-05` or a quarter `2025-Q2`)")
                }
            }
            let title = seriesID.map { self.title(of: .series, $0) } ?? self.title(ofDeclaration: declarationIndex, expression: d.title)
            guard let plannedDate = planned else { return nil }
            if case .declared = source, let year = header?.year { checkYear(plannedDate, year: year, at: dateSpan) }
            var m = Meeting(
                id: id, title: title, topic: occurrenceTopic ?? title, form: nil, date: plannedDate,
                plannedDate: plannedDate, venue: nil, lead: nil, with: [], participants: [], invite: [], source: nil,
                supervision: false, after: nil, tasks: [], feedback: [], report: nil, notice: policy.notice,
                noticeDay: nil, status: .planned, cancelReason: nil, absent: [], leave: [], series: seriesID,
                occurrence: occurrenceNumber, order: index,
                spans: MeetingSpans(declaration: d.span, name: entry.nameSpan, date: dateSpan))
            readAttributes(d, into: &m, isOccurrence: seriesID != nil, topicFixed: occurrenceTopic != nil)
            // Most plans record little: skip hashing the ID when there are no records at all.
            let facts = records.isEmpty ? nil : records[id]
            if let facts { applyRecord(facts, to: &m) }
            computeDeadlines(d, &m)
            m.status = status(of: m, facts: facts)
            return m
        }
    }

    /// `date D`: DAY, DAY TIME..TIME, DAY..DAY, MONTH, QUARTER, or any day-valued expression.
    func meetingDate(_ a: Attribute) -> MeetingDate? {
        let dayExpression: Expression
        var times: (start: Expression, end: Expression)?
        if let parts = a.dateParts {
            dayExpression = parts.day
            times = parts.times
        } else if case .single(let e) = a.value {
            dayExpression = e
        } else {
            return nil
        }
        if let times {
            guard let day = dayValue(dayExpression, what: "a timed meeting's date"),
                  let span = timeSpan(times.start, times.end)
            else { return nil }
            return .timed(day, start: span.start, end: span.end)
        }
        let v = eval(dayExpression)
        switch v {
        case .day(let d): return .day(d)
        case .range(.day(let a), .day(let b)):
            guard a <= b else {
                error(
                    SemanticCode.endBeforeStart, "the meeting ends on \(b), before it starts on \(a)",
                    at: dayExpression.span, help: "write the first day first: `\(b) .. \(a)`")
                return nil
            }
            return a == b ? .day(a) : .days(a, b)
        case .month(let m): return .month(m)
        case .quarter(let q): return .quarter(q)
        case .invalid: return nil
        default:
            error(
                SemanticCode.wrongType,
                "a date is a day, a day range, a month or a quarter; found \(withArticle(v.typeName))",
                at: dayExpression.span)
            return nil
        }
    }

    /// `TIME..TIME`: the start before the end, 24:00 only as an end.
    func timeSpan(_ s: Expression, _ e: Expression) -> (start: TimeOfDay, end: TimeOfDay)? {
        func time(_ x: Expression) -> TimeOfDay? {
            let v = eval(x)
            if case .time(let t) = v { return t }
            if case .invalid = v { return nil }
            error(SemanticCode.wrongType, "expected a time like 09:00, found \(withArticle(v.typeName))", at: x.span)
            return nil
        }
        guard let start = time(s), let end = time(e) else { return nil }
        if start.isEndOfDay {
            // The parser rejects a literal 24:00 start; a computed one is caught here.
            error(SemanticCode.endBeforeStart, "24:00 may only end a time span", at: s.span, help: "start at 00:00 instead")
            return nil
        }
        guard start < end else {
            error(
                SemanticCode.endBeforeStart, "the time span ends at \(end), not after its start \(start)",
                at: s.span.merged(with: e.span))
            return nil
        }
        return (start, end)
    }

    /// A day, day range or window outside the plan's year is an error at its `date`.
    func checkYear(_ date: MeetingDate, year: Int, at span: Span) {
        let first = date.firstDay, last = date.lastDay
        guard first.year != year || last.year != year else { return }
        let outside = first.year != year ? first : last
        let shown: String
        switch date {
        case .month(let m): shown = "the month \(m)"
        case .quarter(let q): shown = "the quarter \(q)"
        default: shown = "\(outside)"
        }
        error(
            SemanticCode.outsideYear, "the meeting falls on \(shown), outside the plan's year \(year)", at: span,
            help: "a plan covers one year; move the meeting to \(year) or into next year's plan")
    }

    /// Reads the meeting attributes other than `date` (shared by meetings and occurrences).
    private func readAttributes(_ d: Declaration, into m: inout Meeting, isOccurrence: Bool, topicFixed: Bool) {
        // Each attribute is passed to `readAttribute` in place: `for a in d.attributes`
        // copied every attribute out of the array (retaining its payload) to read it.
        d.attributes.withUnsafeBufferPointer { attributes in
            for i in attributes.indices { readAttribute(attributes[i], into: &m, topicFixed: topicFixed) }
        }
        if m.form == nil, m.spans.form == nil, !isOccurrence {
            error(
                SemanticCode.missingAttribute, "meeting `\(m.id)` has no `form`", at: m.spans.name,
                help: "add a form such as `form special_consultation`")
        }
    }

    /// One attribute of ``readAttributes(_:into:isOccurrence:topicFixed:)``.
    private func readAttribute(_ a: Attribute, into m: inout Meeting, topicFixed: Bool) {
        switch a.name {
        case .form:
            m.spans.form = a.span
            m.form = singleExpression(a).flatMap { valueWordAttribute($0, kind: .form, what: "`form`") }
        case .topic:
            // An occurrence's topic from `topics` wins over the series `topic`.
            let t = singleExpression(a).flatMap { stringValue($0, what: "`topic`") }
            if let t, !topicFixed { m.topic = t }
        case .venue:
            m.venue = singleExpression(a).flatMap { stringValue($0, what: "`venue`") }
        case .lead:
            m.lead = singleExpression(a).flatMap {
                referenceID($0, allowed: [.committee, .sector, .party], what: "`lead`")
            }
        case .with:
            m.with = uniqueIDs(a, allowed: [.committee, .sector, .party], what: "`with`")
        case .invite:
            m.spans.invite = a.span
            m.invite = sharedList(uniqueIDs(a, allowed: [.department], what: "`invite`"))
        case .participants:
            m.spans.participants = a.span
            var ids: [String] = []
            // Most lists name members one by one (8 in the benchmark): one allocation
            // instead of four doublings. A single expression (a group) may hand its array over.
            if case .list(let listed) = a.value, listed.count > 1 { ids.reserveCapacity(listed.count) }
            forEachExpression(in: a) { e in expandMembers(eval(e), at: e.span, what: "`participants`", into: &ids) }
            m.participants = orderedParticipants(ids)
        case .source:
            m.source = singleExpression(a).flatMap { valueWordAttribute($0, kind: .source, what: "`source`") }
        case .supervision:
            m.supervision = true
        case .after:
            m.spans.after = a.span
            m.after = singleExpression(a).flatMap { referenceID($0, allowed: [.meeting], what: "`after`") }
        case .report:
            m.report = singleExpression(a).flatMap { dayValue($0, what: "`report`") }
        case .notice:
            if let p = singleExpression(a).flatMap({ periodValue($0, what: "a notice period") }) { m.notice = p }
        default: break
        }
    }

    /// `list`, or an equal list built before (so the two share one array). Plans name the
    /// same participants and departments again and again (the 100k benchmark has 151
    /// distinct lists for 100,000 meetings): sharing saves ≈ 240 bytes per meeting.
    /// Lists are found by their first ID and length; at most 8 candidates are compared, so a
    /// plan of all-different lists costs a bounded amount per meeting, never a scan.
    func sharedList(_ list: [String]) -> [String] {
        guard isFinal else { return list }
        if let shared = sharedLists.value(for: list) { return shared }
        sharedLists.remember(list, for: list)
        return list
    }

    /// The participants `ids` in member order (``orderedMembers(_:)``), shared: an input
    /// list seen before gives the same answer without looking up each member's position
    /// again (8 name lookups per meeting in the benchmark).
    func orderedParticipants(_ ids: [String]) -> [String] {
        guard isFinal else { return orderedMembers(ids) }
        if let ordered = orderedParticipantLists.value(for: ids) { return ordered }
        let ordered = sharedList(orderedMembers(ids))
        orderedParticipantLists.remember(ordered, for: ids)
        return ordered
    }

    /// Distinct IDs of the allowed kinds, in written order.
    private func uniqueIDs(_ a: Attribute, allowed: [EntityKind], what: String) -> [String] {
        var out: [String] = []
        func add(_ item: Value, at span: Span) {
            if let id = referenceID(item, at: span, allowed: allowed, what: what), !out.contains(id) {
                out.append(id)
            }
        }
        forEachExpression(in: a) { e in
            // A single value is taken as it is: wrapping it in a one-element array cost an
            // allocation for every `invite` of every meeting.
            let v = eval(e)
            if case .list(let items) = v {
                for item in items { add(item, at: e.span) }
            } else {
                add(v, at: e.span)
            }
        }
        return out
    }

    /// Notice day, task and feedback deadlines (4.3), from the dates after any `held DAY` move.
    private func computeDeadlines(_ d: Declaration, _ m: inout Meeting) {
        let tentative = m.date.isTentative
        let first = m.date.firstDay, last = m.date.lastDay
        if !tentative {
            m.noticeDay = deadline(from: first, m.notice, .before, at: m.spans.date, what: "the notice day")
        }
        // Sized before the appends: most meetings have a `prepare` and a `follow_up`, which
        // grew the array twice (two allocations of ~130-byte elements per meeting).
        var taskCount = 0, feedbackCount = 0
        // Counted by name: reading `value` of a compactly stored task or feedback builds
        // its public case (a heap box) just to be looked at.
        d.attributes.withUnsafeBufferPointer { attributes in
            for i in attributes.indices {
                switch attributes[i].name {
                case .prepare, .followUp: taskCount += 1
                case .feedback: feedbackCount += 1
                default: break
                }
            }
        }
        if taskCount > 0 { m.tasks.reserveCapacity(m.tasks.count + taskCount) }
        if feedbackCount > 0 { m.feedback.reserveCapacity(m.feedback.count + feedbackCount) }
        d.attributes.withUnsafeBufferPointer { attributes in
            for i in attributes.indices {
                // Only these attributes carry a task or a feedback duty (the parser builds them so);
                // the name is read in place and only these are copied out.
                let name = attributes[i].name
                guard name == .prepare || name == .followUp || name == .feedback else { continue }
                let a = attributes[i]
                if let (titleExpression, byExpression, due) = a.taskParts {
                    let kind: MeetingTask.Kind = a.name == .followUp ? .followUp : .prepare
                    let title = stringValue(titleExpression, what: "a task") ?? ""
                    var by: Assignee? = m.lead.map { .id($0) }
                    if let byExpression {
                        let v = eval(byExpression)
                        if case .string(let s) = v {
                            by = .text(s)
                        } else if let id = referenceID(
                            v, at: byExpression.span, allowed: [.committee, .sector, .party, .department, .member],
                            what: "`by`")
                        {
                            by = .id(id)
                        }
                    }
                    guard let (day, isTentative, explanation) = taskDue(kind, due, tentative: tentative, first: first, last: last)
                    else { continue }
                    m.tasks.append(
                        MeetingTask(
                            kind: kind, title: title, by: by, due: day, dueIsTentative: isTentative,
                            explanationSource: explanation, span: a.span))
                } else if let (departmentExpression, withinExpression, fromReport) = a.feedbackParts {
                    guard let department = referenceID(departmentExpression, allowed: [.department], what: "`feedback`"),
                          let within = periodValue(withinExpression, what: "a feedback period")
                    else { continue }
                    var duty = FeedbackDuty(
                        department: department, within: within, fromReport: fromReport != nil, due: nil, received: nil,
                        explanation: "", span: a.span)
                    if tentative {
                        duty.explanation = "the meeting is tentative, so the feedback has no due day yet"
                    } else {
                        var base = last
                        var basis = DeadlineExplanation.FeedbackBasis.lastDay(last)
                        if fromReport != nil {
                            if let report = m.report {
                                base = report
                                basis = .report(report)
                            } else {
                                basis = .lastDayWithoutReport(last)
                                report(
                                    Diagnostic(
                                        SemanticCode.noReportDay,
                                        "`from report`, but `\(m.id)` has no report day; the feedback period counts from the meeting's last day \(last)",
                                        at: fromReport?.span ?? a.span, severity: .note,
                                        help: "record the day the report was sent, like `report \(last)`"))
                            }
                        }
                        if let day = deadline(from: base, within, .after, at: a.span, what: "the feedback due day") {
                            duty.due = day
                            duty.explanationSource = .feedback(within: within, basis: basis, calendar: calendar)
                        }
                    }
                    m.feedback.append(duty)
                }
            }
        }
        if !records.isEmpty, let facts = records[m.id] { applyReceived(facts, to: &m) }
    }

    /// A task's due day: `due DAY` as written; `N before` from the first day rolled back;
    /// `N after` from the last day rolled forward; a tentative meeting's window start.
    private func taskDue(
        _ kind: MeetingTask.Kind, _ due: DueSpec, tentative: Bool, first: Day, last: Day
    ) -> (Day, Bool, DeadlineExplanation)? {
        switch due {
        case .day(let e):
            guard let day = dayValue(e, what: "a due day") else { return nil }
            return (day, false, .asWritten(day))
        case .relative(let durationExpression, let directionWord):
            // The English words first: each is its own spelling, and comparing is cheaper than
            // the table (every `follow_up … after` went to the table).
            let text = directionWord.text
            let before = text == "before" || (text != "after" && Keywords.grammarWord(text, is: "before"))
            if kind == .prepare && !before || kind == .followUp && before {
                error(
                    SemanticCode.dueDirection,
                    kind == .prepare
                        ? "a `prepare` task is due before the meeting; found `\(directionWord.text)`"
                        : "a `follow_up` task is due after the meeting; found `\(directionWord.text)`",
                    at: directionWord.span,
                    help: kind == .prepare ? "write `due N before`, or `due DAY`" : "write `due N after`, or `due DAY`")
                return nil
            }
            guard let period = periodValue(durationExpression, what: "a task deadline") else { return nil }
            if tentative {
                return (first, true, .tentativeWindow(first))
            }
            let base = before ? first : last
            let direction: DeadlineDirection = before ? .before : .after
            guard let day = deadline(from: base, period, direction, at: durationExpression.span, what: "the due day")
            else { return nil }
            return (day, false, .deadline(base: base, period: period, direction: direction, calendar: calendar))
        }
    }

    /// An attribute deadline's day, rolled to a working day; notes years without calendar data.
    /// The explanation is not written here (``DeadlineExplanation`` writes it when read).
    func deadline(from base: Day, _ period: Duration, _ direction: DeadlineDirection, at span: Span, what: String) -> Day? {
        guard let dl = calendar.deadlineDays(from: base, period, direction, roll: true) else {
            error(
                SemanticCode.deadlineOutOfRange,
                "\(what) (\(period) \(direction == .before ? "before" : "after") \(base)) leaves the range of days",
                at: span)
            return nil
        }
        noteComputed(base)
        noteComputed(dl.day)
        return dl.day
    }

    /// Remembers a computed day whose year has no calendar data under `calendar china` (4.3).
    func noteComputed(_ day: Day) {
        // Nearly every day falls in the plan's year: remember the days of one year known to
        // have data, compared as day numbers (a year from a day number is a civil-calendar
        // computation, ≈ 1% of `check` when done for every deadline).
        if let days = yearWithData, days.contains(day.ordinal) { return }
        let year = day.year
        guard silence == 0, calendar.kind == .china else { return }
        if overrideYears.contains(year) || calendar.hasData(forYear: year) {
            if let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31) {
                yearWithData = first.ordinal...last.ordinal
            }
            return
        }
        yearsWithoutData.insert(year)
    }

    /// Status (4.5): held when recorded held, or over and not cancelled; cancelled; else planned.
    private func status(of m: Meeting, facts: RecordFacts?) -> MeetingStatus {
        if facts?.cancelled != nil { return .cancelled }
        if facts?.held != nil { return .held }
        return m.date.lastDay < configuration.today ? .held : .planned
    }
}

/// Built meetings by index in ``Evaluator/meetingSources``: an array rather than a
/// `[Int: Meeting]`, since phase 2 builds every index in order (100k meetings: no hashing,
/// no rehash copies of 560-byte values), read in place through ``borrow(_:_:)``.
///
/// The array holds the built prefix `0 ..< n` only; a meeting built out of order (a
/// reference ahead, a provisional build in phase 1) waits in a dictionary until the
/// prefix reaches it, so no store ever fills a gap (that would be O(n) per store).
/// Read through a pointer: an array element is copied whole even to read one field,
/// while a field reached through `pointee` is copied alone.
struct MeetingSlots {
    /// Meetings `0 ..< slots.count`, all built.
    private var slots: [Meeting] = []
    /// Meetings built out of order, all at indices above `slots.count`.
    private var ahead: [Int: Meeting] = [:]

    /// Whether nothing is built.
    var isEmpty: Bool { slots.isEmpty && ahead.isEmpty }

    // `contains` and `borrow` are `mutating` though they change nothing: called on the
    // evaluator's stored property, a non-mutating method is handed a copy of the struct (a
    // retain and release of both its collections, ≈ 150 instructions of every read of a
    // built meeting, most of a `where` condition's field read, callgrind); a mutating one is
    // handed the property's address.

    /// Whether the meeting at `index` is built.
    mutating func contains(_ index: Int) -> Bool {
        (index >= 0 && index < slots.count) || (!ahead.isEmpty && ahead[index] != nil)
    }

    /// A copy of the meeting at `index`, if built.
    subscript(index: Int) -> Meeting? {
        if index >= 0 && index < slots.count { return slots[index] }
        return ahead.isEmpty ? nil : ahead[index]
    }

    /// Calls `body` with the address of the meeting at `index`; nil when it is not built.
    /// The pointer is valid during `body` only, and nothing may build meetings meanwhile:
    /// `body` must not reach the cache (it reads the meeting it is given).
    mutating func borrow<R>(_ index: Int, _ body: (UnsafePointer<Meeting>) -> R) -> R? {
        if index >= 0 && index < slots.count {
            return slots.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return nil }
                return body(base + index)
            }
        }
        guard !ahead.isEmpty, let m = ahead[index] else { return nil }
        return withUnsafePointer(to: m) { body($0) }
    }

    /// Stores a built meeting.
    mutating func set(_ index: Int, _ m: consuming Meeting) {
        guard index >= 0 else { return }
        if index < slots.count {
            slots[index] = m
        } else if index > slots.count {
            ahead[index] = m
        } else {
            slots.append(m)
            // Take in the meetings built ahead that now continue the prefix.
            while !ahead.isEmpty, let next = ahead.removeValue(forKey: slots.count) { slots.append(next) }
        }
    }

    /// Makes room for `count` meetings.
    mutating func reserve(_ count: Int) { slots.reserveCapacity(count) }

    /// Forgets every meeting.
    mutating func removeAll() {
        slots = []
        ahead = [:]
    }

    /// The built meetings in index order (the prefix shares its storage when nothing waits).
    func built() -> [Meeting] {
        if ahead.isEmpty { return slots }
        var out = slots
        out.reserveCapacity(slots.count + ahead.count)
        for index in ahead.keys.sorted() {
            if let m = ahead[index] { out.append(m) }
        }
        return out
    }
}

/// Values by a dense integer index (a declaration's position), nil until set.
///
/// Phase 1 forgets everything after each declaration, so there a dictionary (a store
/// at a high index costs nothing); phase 2 fills nearly every index once, so there an
/// array, its gaps filled as they come (in all, no more than the number of indices).
struct IndexedCache<Value> {
    /// Values by index in dense mode.
    private var slots: [Value?] = []
    /// Values by index in sparse mode.
    private var sparse: [Int: Value] = [:]
    /// Whether stores go to `slots`.
    private var dense = false

    /// Whether nothing is set.
    var isEmpty: Bool { slots.isEmpty && sparse.isEmpty }

    /// The value at `index`, if set.
    subscript(index: Int) -> Value? {
        if dense { return index >= 0 && index < slots.count ? slots[index] : nil }
        return sparse.isEmpty ? nil : sparse[index]
    }

    /// Sets the value at `index`.
    mutating func set(_ index: Int, _ value: Value) {
        guard index >= 0 else { return }
        guard dense else {
            sparse[index] = value
            return
        }
        if index == slots.count {
            slots.append(value)
            return
        }
        if index > slots.count { slots.append(contentsOf: repeatElement(nil, count: index - slots.count + 1)) }
        slots[index] = value
    }

    /// Forgets every value; `dense` for the phase that fills every index once.
    mutating func removeAll(dense: Bool = false) {
        slots = []
        sparse = [:]
        self.dense = dense
    }
}

/// Lists remembered by their content, for ``Evaluator/sharedList(_:)`` and
/// ``Evaluator/orderedParticipants(_:)``: found by the first ID (a ``StringTable``) and then
/// compared, at most 8 candidates with the same first ID, so a plan of all-different lists
/// costs a bounded amount per lookup, never a scan.
struct ListPool {
    /// Each key with its value and the index of the previous entry with the same first ID (-1: none).
    private var entries: [(key: [String], value: [String], next: Int)] = []
    /// The newest entry by first ID.
    private var heads = StringTable<Int>()

    /// The value remembered for a list equal to `key`, if any.
    func value(for key: [String]) -> [String]? {
        guard let first = key.first, var i = heads[first] else { return nil }
        var looked = 0
        while i >= 0, looked < 8 {
            let entry = entries[i]
            if entry.key.count == key.count, entry.key == key { return entry.value }
            i = entry.next
            looked += 1
        }
        return nil
    }

    /// Remembers `value` for `key` (an empty key is not remembered).
    mutating func remember(_ value: [String], for key: [String]) {
        guard let first = key.first else { return }
        entries.append((key, value, heads[first] ?? -1))
        heads.set(entries.count - 1, for: first)
    }
}
