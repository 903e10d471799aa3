// Rule `after_order` (LANGUAGE.md 6): `after M` says a meeting must follow M;
// this compares the dates once both are known.

/// `after_order` (CP0608, error): `after M` not satisfied. When both meetings are
/// timed single days, the start must be at or after M's end; otherwise the first
/// day must be after M's last day. Reported at the `after`.
///
/// Skipped when either meeting is tentative or cancelled, and for edges on a
/// cycle (those get `after_cycle` instead). An unknown target is the evaluator's error.
enum AfterOrderRule {
    static func check(_ ctx: CheckContext, cycles: [[Int]]) -> [Diagnostic] {
        let meetings = ctx.plan.meetings
        var onCycle = Set<Int>()
        for c in cycles { onCycle.formUnion(c) }
        var result: [Diagnostic] = []
        guard !ctx.meetingIndex.isEmpty else { return [] }  // nobody uses `after`
        // By index: binding each `Meeting` would copy it; only `after` edges need the values.
        var withAfter: [Int] = []
        meetings.withUnsafeBufferPointer { ms in
            for i in ms.indices where ms[i].after != nil { withAfter.append(i) }
        }
        for i in withAfter {
            guard !meetings[i].isCancelled, !meetings[i].isTentative, !onCycle.contains(i) else { continue }
            let m = meetings[i]
            guard let target = m.after, let t = ctx.meetingIndex[target], t != i else { continue }
            let before = meetings[t]
            guard CheckContext.isDatedActive(before) else { continue }
            let span = m.spans.after ?? m.spans.date
            let label = DiagnosticLabel(before.spans.date, RuleText.ref(before) + " is dated here")
            if case .timed(let day, let start, _) = m.date, case .timed(let tDay, _, let tEnd) = before.date {
                guard (day, start) < (tDay, tEnd) else { continue }
                result.append(Diagnostic(
                    RuleCode.afterOrder,
                    RuleText.ref(m) + " is `after` " + RuleText.ref(before) + " but starts \(day) \(start), before "
                        + RuleText.ref(before) + " ends at \(tDay) \(tEnd)",
                    at: span, labels: [label],
                    notes: [RuleText.ref(before) + " is " + RuleText.when(before.date),
                            RuleText.ref(m) + " is " + RuleText.when(m.date)],
                    help: "start " + RuleText.ref(m) + " at \(tEnd) or later on \(tDay), or on a later day"))
                continue
            }
            let first = m.date.firstDay, last = before.date.lastDay
            guard first <= last else { continue }
            var help = "move " + RuleText.ref(m) + " to a day after \(last)"
            if let next = DayOffExplanation.nextWorkday(after: last, in: ctx.plan.calendar) {
                help += "; the first working day after it is \(next) (\(next.weekday.word))"
            }
            result.append(Diagnostic(
                RuleCode.afterOrder,
                RuleText.ref(m) + " is `after` " + RuleText.ref(before) + " but starts \(first), "
                    + (first == last ? "the day " : "not after the day ") + RuleText.ref(before)
                    + (first == last ? " ends" : " ends (\(last))"),
                at: span, labels: [label],
                notes: [RuleText.ref(before) + " is " + RuleText.when(before.date),
                        RuleText.ref(m) + " is " + RuleText.when(m.date),
                        "unless both are timed on single days, `after` needs a later day"],
                help: help))
        }
        return result
    }
}
