// Records (LANGUAGE.md 4.5): what happened to a meeting — held, cancelled, report,
// received, absent, leave — merged across records, contradictions reported, applied to meetings.

/// The merged records of one meeting.
struct RecordFacts: Sendable {
    /// `held [DAY]`.
    var held: (day: Day?, span: Span)?
    /// `cancelled ["reason"]`.
    var cancelled: (reason: String?, span: Span)?
    /// `report DAY`.
    var report: (day: Day, span: Span)?
    /// `received DEPT [DAY]`, once per department.
    var received: [(department: String, day: Day?, span: Span)] = []
    /// Members absent without leave.
    var absent: [(member: String, span: Span)] = []
    /// Members on leave.
    var leave: [(member: String, span: Span)] = []
}

extension Evaluator {
    /// Collects every `record` (phase 2, before meetings are built).
    func collectRecords() {
        for (d, scope) in recordDeclarations {
            inScope(scope) { collectRecord(d) }
        }
    }

    private func collectRecord(_ d: Declaration) {
        guard let target = d.target else { return }
        let v = eval(target)
        let id: String
        switch v {
        case .invalid: return
        case .reference(.meeting, let m): id = m
        case .reference(.series, let s):
            error(
                SemanticCode.recordTarget, "a record is about one meeting; `\(s)` is a series", at: target.span,
                help: "record an occurrence, for example `record \(s).1 { … }`")
            return
        default:
            error(
                SemanticCode.recordTarget, "a record is about a meeting or an occurrence, found \(withArticle(v.typeName))",
                at: target.span)
            return
        }
        var facts = records[id] ?? RecordFacts()
        var receivedHere = Set<String>()
        for a in d.attributes {
            switch a.value {
            case .held(let dayExpression):
                let day = dayExpression.flatMap { dayValue($0, what: "`held`") }
                if let c = facts.cancelled {
                    heldAndCancelled(id, at: a.keyword.span, other: c.span)
                } else if let h = facts.held {
                    if let x = h.day, let y = day, x != y {
                        contradiction(id, "held on \(y)", "held on \(x)", at: a.span, first: h.span)
                    } else if h.day == nil {
                        facts.held = (day, a.span)
                    }
                } else {
                    facts.held = (day, a.span)
                }
            case .cancelled(let reasonExpression):
                let reason = reasonExpression.flatMap { stringValue($0, what: "a cancellation reason") }
                if let h = facts.held {
                    heldAndCancelled(id, at: a.keyword.span, other: h.span)
                } else if let c = facts.cancelled {
                    if let x = c.reason, let y = reason, x != y {
                        contradiction(id, "cancelled \"\(y)\"", "cancelled \"\(x)\"", at: a.span, first: c.span)
                    } else if c.reason == nil {
                        facts.cancelled = (reason, a.span)
                    }
                } else {
                    facts.cancelled = (reason, a.span)
                }
            case .single(let e) where a.name == .report:
                guard let day = dayValue(e, what: "`report`") else { continue }
                if let r = facts.report, r.day != day {
                    contradiction(id, "report \(day)", "report \(r.day)", at: a.span, first: r.span)
                } else if facts.report == nil {
                    facts.report = (day, a.span)
                }
            case .received(let departmentExpression, let dayExpression):
                guard let department = referenceID(departmentExpression, allowed: [.department], what: "`received`")
                else { continue }
                let day = dayExpression.flatMap { dayValue($0, what: "`received`") }
                if !receivedHere.insert(department).inserted {
                    error(
                        SemanticCode.receivedTwice, "`received \(department)` is given twice in this record",
                        at: a.span, help: "keep one of them")
                    continue
                }
                if let k = facts.received.firstIndex(where: { $0.department == department }) {
                    let old = facts.received[k]
                    if let x = old.day, let y = day, x != y {
                        contradiction(
                            id, "received \(department) \(y)", "received \(department) \(x)", at: a.span, first: old.span)
                    } else if old.day == nil {
                        facts.received[k] = (department, day, a.span)
                    }
                } else {
                    facts.received.append((department, day, a.span))
                }
            case .list, .single:
                guard a.name == .absent || a.name == .leave else { continue }
                for e in expressions(a) {
                    var values: [Value] = []
                    let v = eval(e)
                    if case .list(let items) = v { values = items } else { values = [v] }
                    for item in values {
                        guard let member = referenceID(item, at: e.span, allowed: [.member], what: "`\(a.keyword.text)`")
                        else { continue }
                        let other = a.name == .absent ? facts.leave : facts.absent
                        if let o = other.first(where: { $0.member == member }) {
                            error(
                                SemanticCode.absentAndLeave,
                                "`\(member)` is recorded both absent and on leave for `\(id)`", at: e.span,
                                labels: [DiagnosticLabel(o.span, "recorded here")],
                                help: "`leave` is an excused absence, `absent` an unexcused one; keep one")
                            continue
                        }
                        if a.name == .absent {
                            if !facts.absent.contains(where: { $0.member == member }) { facts.absent.append((member, e.span)) }
                        } else if !facts.leave.contains(where: { $0.member == member }) {
                            facts.leave.append((member, e.span))
                        }
                    }
                }
            default: break
            }
        }
        records[id] = facts
    }

    private func heldAndCancelled(_ id: String, at span: Span, other: Span) {
        error(
            SemanticCode.heldAndCancelled, "`\(id)` is recorded both held and cancelled", at: span,
            labels: [DiagnosticLabel(other, "recorded here")], help: "a meeting is either held or cancelled; keep one")
    }

    private func contradiction(_ id: String, _ now: String, _ before: String, at span: Span, first: Span) {
        error(
            SemanticCode.contradictoryRecords, "records of `\(id)` contradict each other: \(now) here, \(before) before",
            at: span, labels: [DiagnosticLabel(first, "recorded here")])
    }

    /// Applies held/cancelled/report/absent/leave before deadlines are computed: `held DAY`
    /// moves the first day, keeping the length and times (4.3).
    func applyRecord(_ facts: RecordFacts, to m: inout Meeting) {
        if let h = facts.held, let day = h.day {
            switch m.plannedDate {
            case .day: m.date = .day(day)
            case .timed(_, let s, let e): m.date = .timed(day, start: s, end: e)
            case .days(let a, let b):
                if let end = day.adding(days: a.days(to: b)) { m.date = .days(day, end) } else { m.date = .day(day) }
            case .month, .quarter: m.date = .day(day)
            }
            if let year = header?.year, m.date.firstDay.year != year || m.date.lastDay.year != year {
                error(
                    SemanticCode.outsideYear, "`\(m.id)` is recorded held on \(day), outside the plan's year \(year)",
                    at: h.span)
            }
        }
        if let c = facts.cancelled { m.cancelReason = c.reason }
        if let r = facts.report {
            if let planned = m.report, planned != r.day {
                contradiction(m.id, "report \(r.day)", "report \(planned) in the meeting", at: r.span, first: m.spans.declaration)
            }
            m.report = r.day
        }
        m.absent = orderedMembers(facts.absent.map(\.member))
        m.leave = orderedMembers(facts.leave.map(\.member))
    }

    /// `received DEPT [DAY]`: the department must owe feedback on the meeting.
    func applyReceived(_ facts: RecordFacts, to m: inout Meeting) {
        for r in facts.received {
            let indices = m.feedback.indices.filter { m.feedback[$0].department == r.department }
            guard !indices.isEmpty else {
                error(
                    SemanticCode.receivedWithoutDuty,
                    "`\(r.department)` owes no feedback on `\(m.id)`, so nothing can be received from it", at: r.span,
                    help: m.feedback.isEmpty
                        ? "the meeting has no `feedback` duty"
                        : "the departments that owe feedback: \(m.feedback.map(\.department).joined(separator: ", "))")
                continue
            }
            for i in indices { m.feedback[i].received = .some(r.day) }
        }
    }
}
