// Rule `after_cycle` (LANGUAGE.md 6): meetings that are each `after` another,
// round in a circle, can never all be satisfied.

/// `after_cycle` (CP0609, error): a cycle of `after`. One diagnostic per cycle,
/// at the `after` of the cycle's meeting first in schedule order, listing the
/// cycle from there ("cycle: a → b → a"). Edges on a cycle get no `after_order`.
///
/// Decision: every non-cancelled meeting takes part, tentative ones too — a cycle
/// is impossible whatever the dates, so it is not a date check that a tentative
/// window could excuse (LANGUAGE.md 4.6 skips tentative meetings only in date
/// comparisons). Each meeting has at most one `after`, so the graph is functional
/// and a single iterative walk per unvisited meeting finds every cycle in O(n).
enum AfterCycleRule {
    /// The cycles, each a list of meeting indices starting at its first meeting in schedule order.
    static func cycles(_ ctx: CheckContext) -> [[Int]] {
        let meetings = ctx.plan.meetings
        // Successor of each meeting along `after` (nil: none, cancelled, or unknown target).
        // Nobody uses `after` (the index is built only then): no edges, no cycles.
        guard !ctx.meetingIndex.isEmpty else { return [] }
        let next: [Int?] = meetings.withUnsafeBufferPointer { ms in
            ms.indices.map { i in
                guard ms[i].status != .cancelled, let target = ms[i].after, let t = ctx.meetingIndex[target],
                      ms[t].status != .cancelled else { return nil }
                return t
            }
        }
        // 0 unvisited, 1 on the current walk, 2 finished.
        var state = [UInt8](repeating: 0, count: meetings.count)
        var found: [[Int]] = []
        var path: [Int] = []
        for startIndex in meetings.indices where state[startIndex] == 0 {
            path.removeAll(keepingCapacity: true)
            var current: Int? = startIndex
            // Each step marks a new meeting, so the walk ends within `meetings.count` steps.
            while let c = current, state[c] == 0 {
                state[c] = 1
                path.append(c)
                current = next[c]
            }
            if let c = current, state[c] == 1, let at = path.firstIndex(of: c) {
                var cycle = Array(path[at...])
                // Rotate to start at the meeting first in schedule order.
                if let first = cycle.indices.min(by: { ctx.scheduleRank[cycle[$0]] < ctx.scheduleRank[cycle[$1]] }) {
                    cycle = Array(cycle[first...] + cycle[..<first])
                }
                found.append(cycle)
            }
            for p in path { state[p] = 2 }
        }
        return found
    }

    static func check(_ ctx: CheckContext, cycles: [[Int]]) -> [Diagnostic] {
        let meetings = ctx.plan.meetings
        return cycles.compactMap { cycle -> Diagnostic? in
            guard let head = cycle.first else { return nil }
            let m = meetings[head]
            let names = (cycle + [head]).map { meetings[$0].id }
            let message = cycle.count == 1
                ? RuleText.ref(m) + " is `after` itself"
                : "`after` goes round in a circle: " + RuleText.ref(m) + " would have to come after itself"
            return Diagnostic(
                RuleCode.afterCycle, message, at: m.spans.after ?? m.spans.date,
                notes: ["cycle: " + names.joined(separator: " → ")],
                help: "remove one `after` from the cycle")
        }
    }
}
