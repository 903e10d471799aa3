// What an accepted session input changed in the plan: entities added, meetings
// whose computed facts changed, calendar days, bindings, and the lines the REPL prints.

/// What an input changed in a ``PlanSession``'s plan.
public struct PlanChanges: Sendable, Hashable {
    /// One declaration the input added.
    public struct Addition: Sendable, Hashable {
        /// The kind.
        public var kind: EntityKind
        /// The ID.
        public var id: String
        /// A short description: `2025-04-22, 专题协商会` for a meeting, the title otherwise.
        public var summary: String
    }

    /// Declarations added, in plan order (a `plan` header typed in comes first, with kind `binding` and ID `plan`).
    public var added: [Addition] = []
    /// Meetings that existed before and whose evaluated facts changed (dates,
    /// deadlines, status, participants…), by ID, in plan order.
    public var changedMeetings: [String] = []
    /// `holiday`/`workday` days added to the calendar.
    public var calendarDays: [CalendarOverride] = []
    /// Top-level `let` names the input bound, with their values.
    public var bindings: [String: SessionValue] = [:]
    /// The order of ``bindings``' names as written.
    public var bindingOrder: [String] = []
    /// Whether the `plan` header (title, year, calendar, locale…) changed.
    public var headerChanged = false
    /// Whether the `policy` changed.
    public var policyChanged = false
    /// Whether approval steps changed.
    public var approvalChanged = false
    /// Other statements taken (`template NAME`, `require`, `warn`).
    public var otherStatements: [String] = []
    /// The report, one line per change (`added meeting housing (2025-04-22, 专题协商会)`,
    /// `changed: 1 meeting (housing)`), or `ok (no change to the plan)`.
    public var lines: [String] = []

    /// Compares the plan before and after an input.
    init(from old: Plan?, to new: Plan?, input: Program?, run: SessionRun, locale: String?) {
        guard let new else { return }
        let labels = Labels.for(locale ?? new.header.locale)
        let oldIDs: Set<String> = Set(old.map(PlanChanges.entityKeys) ?? [])
        // Series occurrences are reported with their series, not one by one.
        let occurrenceIDs = Set(new.series.flatMap(\.occurrences))
        for (kind, id, summary) in PlanChanges.entities(new, labels) where !oldIDs.contains("\(kind.rawValue):\(id)") {
            if kind == .meeting, occurrenceIDs.contains(id) { continue }
            added.append(Addition(kind: kind, id: id, summary: summary))
        }
        if let old {
            let before = Dictionary(old.meetings.map { ($0.id, PlanChanges.comparable($0)) }, uniquingKeysWith: { a, _ in a })
            for m in new.meetings {
                if let b = before[m.id], b != PlanChanges.comparable(m) { changedMeetings.append(m.id) }
            }
            calendarDays = new.calendar.overrides.filter { !old.calendar.overrides.contains($0) }
            headerChanged = PlanChanges.comparable(old.header) != PlanChanges.comparable(new.header)
            var oldPolicy = old.policy, newPolicy = new.policy
            oldPolicy.minTopicConsultationsSpan = nil
            newPolicy.minTopicConsultationsSpan = nil
            oldPolicy.supervisionShareSpan = nil
            newPolicy.supervisionShareSpan = nil
            policyChanged = oldPolicy != newPolicy
            approvalChanged = old.approval.map { [$0.kind.rawValue, $0.day.description] + $0.by }
                != new.approval.map { [$0.kind.rawValue, $0.day.description] + $0.by }
        }
        for (name, value) in run.bindings {
            bindings[name] = value
            bindingOrder.append(name)
        }
        otherStatements = run.otherStatements
        // A `plan` typed into a session that had none adds the header rather than changing it.
        let declaresPlan = input?.statements.contains { statement in
            if case .declaration(let d) = statement.kind { return d.kind == .plan }
            return false
        } ?? false
        if headerChanged, declaresPlan {
            headerChanged = false
            added.insert(Addition(kind: .binding, id: "plan", summary: "\(ValueText.quoted(new.header.title)), year \(new.header.year)"), at: 0)
        }
        lines = makeLines(new)
    }

    /// The report lines.
    private func makeLines(_ plan: Plan) -> [String] {
        var out: [String] = []
        for a in added {
            // The plan header is reported as `added plan ("Title", year 2025)`.
            out.append(a.kind == .binding ? "added \(a.id) (\(a.summary))" : "added \(a.kind.rawValue) \(a.id) (\(a.summary))")
        }
        for name in bindingOrder {
            if let v = bindings[name] { out.append("\(name) = \(ValueText.short(v, plan))") }
        }
        for day in calendarDays {
            let what = day.isDayOff ? "a day off" : "a working day"
            out.append("calendar: \(day.day) (\(day.day.weekday.chinese) \(ValueText.englishName(day.day.weekday))) is now \(what)"
                + (day.name.map { ": \($0)" } ?? ""))
        }
        if headerChanged { out.append("changed: the plan header") }
        if policyChanged { out.append("changed: the policy") }
        if approvalChanged { out.append("changed: the approval steps") }
        if !changedMeetings.isEmpty {
            let n = changedMeetings.count
            let shown = changedMeetings.prefix(10).joined(separator: ", ") + (n > 10 ? ", …" : "")
            out.append("changed: \(n) meeting\(n == 1 ? "" : "s") (\(shown))")
        }
        for s in otherStatements { out.append("added \(s)") }
        if out.isEmpty { out.append("ok (no change to the plan)") }
        return out
    }

    /// `kind:id` of every entity, for membership tests.
    static func entityKeys(_ plan: Plan) -> [String] {
        entities(plan, Labels.english).map { "\($0.0.rawValue):\($0.1)" }
    }

    /// Every entity of a plan with a short summary, in plan order.
    static func entities(_ plan: Plan, _ labels: Labels) -> [(EntityKind, String, String)] {
        var out: [(EntityKind, String, String)] = []
        for o in plan.committees + plan.sectors + plan.parties + plan.departments { out.append((o.kind, o.id, o.title)) }
        for m in plan.members { out.append((.member, m.id, m.title)) }
        for g in plan.groups { out.append((.group, g.id, "\(g.title), \(g.members.count) member\(g.members.count == 1 ? "" : "s")")) }
        for s in plan.series {
            var summary = "\(s.occurrences.count) occurrence\(s.occurrences.count == 1 ? "" : "s")"
            let days = plan.meetings.filter { $0.series == s.id }.map(\.date.firstDay)
            if let first = days.min(), let last = days.max() { summary += ", \(first) … \(last)" }
            out.append((.series, s.id, summary))
        }
        for m in plan.meetings {
            var summary = ValueText.whenText(m.date)
            if m.form != nil { summary += ", " + labels.formName(m.form) }
            out.append((.meeting, m.id, summary))
        }
        return out
    }

    /// A meeting without its source positions (which move when inputs are added).
    static func comparable(_ m: Meeting) -> Meeting {
        var c = m
        c.spans = MeetingSpans(declaration: .none, name: .none, date: .none)
        c.tasks = c.tasks.map { t in
            var t = t
            t.span = .none
            return t
        }
        c.feedback = c.feedback.map { f in
            var f = f
            f.span = .none
            return f
        }
        return c
    }

    /// A header without its source position.
    static func comparable(_ h: PlanHeader) -> PlanHeader {
        var c = h
        c.span = .none
        return c
    }
}
