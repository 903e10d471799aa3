// Scale test: 100,000 meetings over a year with committee-sized participant
// lists; every check must finish quickly (the overlap sweep is not all-pairs).

import Testing
@testable import ConsultPlan

/// A deterministic generator (SplitMix64), so the plan is the same on every run.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
}

/// A plan of `count` meetings on the working days of 2025: `committees` committees of
/// `committeeSize` members; each meeting draws 5–20 participants from one committee;
/// 80% are timed (08:00–18:00, one to three hours), 15% untimed days, 5% two-to-four-day ranges;
/// 1% cancelled, 1% tentative, 2% with an `after` on an earlier meeting.
func largePlan(count: Int, committees: Int, committeeSize: Int, seed: UInt64 = 2025) -> Plan {
    var rng = SplitMix64(state: seed)
    var b = PlanBuilder(calendar: .weekends)
    b.members((0..<(committees * committeeSize)).map { ("m\($0)", "委员\($0)") })
    let workdays = (0..<365).compactMap { dayOf("2025-01-01").adding(days: $0) }.filter { !$0.weekday.isWeekend }
    b.plan.meetings.reserveCapacity(count)
    for k in 0..<count {
        let d = workdays[rng.below(workdays.count)]
        let kind = rng.below(100)
        let date: MeetingDate
        if kind < 80 {
            let start = 8 * 60 + 30 * rng.below(17)
            let end = start + 60 * (1 + rng.below(3))
            date = .timed(d, start: TimeOfDay(minutes: start)!, end: TimeOfDay(minutes: end)!)
        } else if kind < 95 {
            date = .day(d)
        } else {
            date = .days(d, min(d.adding(days: 1 + rng.below(3)) ?? d, dayOf("2025-12-31")))
        }
        let committee = rng.below(committees)
        var chosen = Set<Int>()
        let size = min(committeeSize, 5 + rng.below(16))
        while chosen.count < size { chosen.insert(committee * committeeSize + rng.below(committeeSize)) }
        let participants = chosen.sorted().map { "m\($0)" }
        let flags = rng.below(100)
        b.meeting(
            "meeting\(k)", flags == 0 ? .month(YearMonth(year: 2025, month: 1 + rng.below(12))!) : date,
            form: k % 50 == 0 ? "standing_committee" : "special_consultation", participants: participants,
            status: flags == 1 ? .cancelled : .planned, supervision: k % 7 == 0,
            after: flags == 2 || flags == 3 ? "meeting\(rng.below(max(1, k)))" : nil,
            invite: k % 3 == 0 ? ["zjj"] : [], feedback: k % 6 == 0 ? ["zjj"] : [])
    }
    return b.plan
}

@Suite struct CheckPerformanceTests {
    @Test func hundredThousandMeetingsCheckQuickly() {
        let plan = largePlan(count: 100_000, committees: 100, committeeSize: 50)
        let clock = ContinuousClock()
        var diagnostics: [Diagnostic] = []
        let elapsed = clock.measure { diagnostics = PlanChecks.run(plan) }
        let overlaps = diagnostics.filter { $0.code == RuleCode.overlap }.count
        let possible = diagnostics.filter { $0.code == RuleCode.possibleOverlap }.count
        print("PERF 100k meetings / 5000 members: \(elapsed) for \(diagnostics.count) diagnostics (\(overlaps) overlap, \(possible) possible_overlap)")
        #expect(overlaps > 0 && possible > 0)
        // Generous so a loaded CI machine does not flake; the measured time is printed above.
        #expect(elapsed < .seconds(20))
    }

    @Test func overlapSweepMatchesAllPairsOnASmallPlan() {
        // A dense small plan checked against a brute-force definition of the rules.
        let plan = largePlan(count: 400, committees: 2, committeeSize: 12, seed: 7)
        let found = OverlapRule.findPairs(plan).pairs
        var expected: [UInt64: Bool] = [:]
        let ms = plan.meetings
        for i in ms.indices {
            for j in ms.indices where j > i {
                let a = ms[i], b = ms[j]
                guard CheckContext.isDatedActive(a), CheckContext.isDatedActive(b),
                      !Set(a.participants).isDisjoint(with: b.participants),
                      a.date.firstDay <= b.date.lastDay, b.date.firstDay <= a.date.lastDay else { continue }
                if let ta = a.date.times, let tb = b.date.times {
                    if ta.start < tb.end && tb.start < ta.end { expected[UInt64(i) << 32 | UInt64(j)] = true }
                } else {
                    expected[UInt64(i) << 32 | UInt64(j)] = false
                }
            }
        }
        // Compared key by key: a failing whole-dictionary expectation would be slow to print.
        let missing = expected.keys.filter { found[$0] == nil }.sorted()
        let extra = found.keys.filter { expected[$0] == nil }.sorted()
        let wrongKind = expected.keys.filter { found[$0].map(\.isOverlap) != nil && found[$0]?.isOverlap != expected[$0] }.sorted()
        #expect(missing.isEmpty, "missing pairs: \(missing.prefix(5).map { ($0 >> 32, $0 & 0xFFFF_FFFF) })")
        #expect(extra.isEmpty, "extra pairs: \(extra.prefix(5).map { ($0 >> 32, $0 & 0xFFFF_FFFF) })")
        #expect(wrongKind.isEmpty)
        #expect(found.count > 100)
        for (key, finding) in found {
            let a = ms[Int(key >> 32)], b = ms[Int(key & 0xFFFF_FFFF)]
            #expect(finding.members.count == Set(a.participants).intersection(b.participants).count)
        }
    }
}
