// `:why EXPR` in a session: how a day was computed (arithmetic, the calendar's
// days off, deadline rolls) and, for a meeting, its notice, tasks and feedback due days.

extension PlanSession {
    /// Explains how the value of `input` (one expression) came about: for `day ±
    /// duration` the arithmetic step by step; for a day whether it is a working day
    /// and where a deadline landing on it would move; for a meeting its date,
    /// notice day, tasks and feedback duties with the explanations the evaluator
    /// recorded; for a series its occurrences; for a feedback duty its due day;
    /// for a list, each element (at most ``whyListLimit``). Errors come back as
    /// diagnostics; the session is not changed.
    public func why(_ input: String) -> SessionResponse {
        let file = SourceFile(name: "<why>", text: input)
        var probeSources = SourceMap()
        let probeID = probeSources.add(file)
        let probe = Parser.parse(file, id: probeID, mode: .repl, limits: configuration.limits)
        if probe.diagnostics.hasErrors {
            return SessionResponse(outcome: .rejected, diagnostics: probe.diagnostics.sortedForDisplay(), sources: probeSources)
        }
        guard probe.program.statements.count == 1, probe.program.statements[0].isBareExpression else {
            return SessionResponse(
                outcome: .rejected,
                lines: ["`:why` explains one expression, such as `2025-04-17 + 3 months`, `housing` or `housing.start`"],
                sources: probeSources)
        }
        let run = PlanSession.run(configuration, main: mainFile, entries: entries, expressions: file, captureOperands: true)
        var response = run.expressionResponse(locale: configuration.locale)
        guard response.outcome == .evaluated, let plan = run.result.plan, let value = run.values.first else { return response }
        let explainer = WhyExplainer(plan: plan, locale: configuration.locale ?? plan.header.locale)
        if let operands = run.operands, let line = explainer.arithmetic(operands.left, operands.right, subtract: operands.subtract) {
            response.lines = [line]
        } else {
            response.lines = explainer.explain(value)
        }
        return response
    }

    /// The most list elements `:why` explains one by one.
    public static let whyListLimit = 20
}

/// Builds the lines of `:why`.
struct WhyExplainer {
    /// The plan the values belong to.
    var plan: Plan
    /// The locale for form names.
    var locale: String

    /// The calendar.
    var calendar: WorkdayCalendar { plan.calendar }

    /// `2025-04-17 + 3 months = 2025-07-17 (Thu), a working day`, for day ± duration; nil otherwise.
    func arithmetic(_ left: SessionValue, _ right: SessionValue, subtract: Bool) -> String? {
        let base: Day, duration: Duration
        switch (left, right) {
        case (.day(let d), .duration(let u)) where !u.unit.isTimeOfDay:
            base = d
            duration = u
        case (.duration(let u), .day(let d)) where !subtract && !u.unit.isTimeOfDay:
            base = d
            duration = u
        default:
            return nil
        }
        guard let computed = calendar.deadline(from: base, duration, subtract ? .before : .after, roll: false) else {
            return nil
        }
        var line = computed.explanation
        line += dayTail(computed.day)
        if !calendar.isWorkday(computed.day) { line += rollNote(computed.day) }
        return line
    }

    /// `, a working day` when the day note says nothing more.
    func dayTail(_ d: Day) -> String {
        calendar.isWorkday(d) && calendar.specialDayName(d) == nil ? ", a working day" : ""
    }

    /// ` → a deadline landing here moves forward to … or back to …`.
    func rollNote(_ d: Day) -> String {
        var parts: [String] = []
        if let f = calendar.rollForward(d) { parts.append("forward to \(f) (\(calendar.dayNote(f)))") }
        if let b = calendar.rollBack(d) { parts.append("back to \(b) (\(calendar.dayNote(b)))") }
        guard !parts.isEmpty else { return "" }
        return " → a deadline landing here moves " + parts.joined(separator: " or ")
    }

    /// One day: `2025-10-07 (Tue, a day off: 国庆节) → a deadline landing here moves forward to 2025-10-09 (Thu) or …`.
    func day(_ d: Day) -> String {
        var line = "\(d) (\(calendar.dayNote(d)))" + dayTail(d)
        if !calendar.isWorkday(d) { line += rollNote(d) }
        if !calendar.hasData(forYear: d.year) {
            line += "; the calendar has no holiday data for \(d.year), so only weekends count as days off"
        }
        return line
    }

    /// The lines for any value.
    func explain(_ value: SessionValue) -> [String] {
        switch value {
        case .day(let d): return [day(d)]
        case .reference(.meeting, let id): return meeting(id)
        case .reference(.series, let id): return series(id)
        case .feedbackDuty(let m, let i): return duty(m, i)
        case .list(let items):
            var out: [String] = []
            for item in items.prefix(PlanSession.whyListLimit) { out += explain(item) }
            if items.count > PlanSession.whyListLimit {
                out.append("… and \(items.count - PlanSession.whyListLimit) more")
            }
            return out.isEmpty ? ["[] (an empty list)"] : out
        default:
            return [ValueText.describe(value, in: plan, locale: locale)
                + " — nothing was computed from the calendar; `:why` explains days, day arithmetic, meetings and feedback duties"]
        }
    }

    /// A meeting: when, notice, tasks, feedback, each with how it was computed.
    func meeting(_ id: String) -> [String] {
        guard let m = plan.meetings.first(where: { $0.id == id }) else { return ["meeting \(id)"] }
        let labels = Labels.for(locale)
        var out = ["meeting \(id): \(m.title) — \(ValueText.meetingSummary(m, labels))"]
        switch m.date {
        case .month, .quarter:
            out.append("  date: tentative, some time in \(ValueText.whenText(m.date).replacingTentative)")
        case .days(let a, let b):
            out.append("  date: \(day(a)) through \(day(b))")
        case .day(let d), .timed(let d, _, _):
            out.append("  date: \(day(d))")
        }
        if m.date != m.plannedDate {
            out.append("  held on another date than planned: planned \(ValueText.whenText(m.plannedDate)), held \(ValueText.whenText(m.date))")
        }
        if m.isCancelled { out.append("  cancelled" + (m.cancelReason.map { ": \($0)" } ?? "")) }
        if m.isTentative {
            out.append("  notice (\(m.notice) before): none yet; the meeting is tentative")
        } else if let notice = calendar.deadline(from: m.date.firstDay, m.notice, .before) {
            out.append("  notice (\(m.notice) before): \(notice.day) — \(notice.explanation)")
        }
        for t in m.tasks {
            let who: String
            switch t.by {
            case .id(let i)?: who = " by \(i)"
            case .text(let s)?: who = " by \(ValueText.quoted(s))"
            case nil: who = ""
            }
            let due = t.dueIsTentative ? "\(t.due) (the tentative window's first day)" : t.due.description
            let how = t.explanation.isEmpty ? "" : " — \(t.explanation)"
            out.append("  \(t.kind.rawValue) \(ValueText.quoted(t.title))\(who): due \(due)\(how)")
        }
        for (i, _) in m.feedback.enumerated() { out += duty(id, i).map { "  " + $0 } }
        if let report = m.report { out.append("  report: \(day(report))") }
        return out
    }

    /// A feedback duty: due day and how it was computed, and whether it was received.
    func duty(_ meetingID: String, _ index: Int) -> [String] {
        guard let m = plan.meetings.first(where: { $0.id == meetingID }), index < m.feedback.count else {
            return ["feedback \(index) of \(meetingID)"]
        }
        let d = m.feedback[index]
        var line = "feedback from \(d.department): due \(d.due?.description ?? "not yet")"
        if !d.explanation.isEmpty { line += " — \(d.explanation)" }
        switch d.received {
        case .some(.some(let day)): line += "; received \(day)"
        case .some(.none): line += "; received"
        case .none: break
        }
        return [line]
    }

    /// A series: each occurrence's day.
    func series(_ id: String) -> [String] {
        guard let s = plan.series.first(where: { $0.id == id }) else { return ["series \(id)"] }
        var out = ["series \(id): \(s.title) (\(s.occurrences.count) occurrence\(s.occurrences.count == 1 ? "" : "s"))"]
        let byID = Dictionary(plan.meetings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for occurrence in s.occurrences.prefix(PlanSession.whyListLimit * 3) {
            guard let m = byID[occurrence] else { continue }
            var line = "  \(occurrence): \(day(m.date.firstDay))"
            if m.date != m.plannedDate { line += " (planned \(ValueText.whenText(m.plannedDate)))" }
            if m.isCancelled { line += ", cancelled" }
            out.append(line)
        }
        return out
    }
}

extension String {
    /// `2025-07 (tentative)` → `2025-07`.
    fileprivate var replacingTentative: String {
        hasSuffix(" (tentative)") ? String(dropLast(" (tentative)".count)) : self
    }
}
