// Guards against quadratic steps in the checker (issue 10): the whole pipeline
// (parse, evaluate, plan rules, schedule and reminders) on plans of n and 4n.

import Testing

@testable import ConsultPlan

/// Each test times the pipeline on a generated plan and on one four times larger
/// (linear is 4×, quadratic 16×). Measured in a debug build: 3.8× for meetings, 1.8×
/// for members (they are a part of the work). The bounds (8× and 5×) leave room for
/// noise — tests run in parallel — and each size is timed three times, the fastest
/// run counting.
///
/// The plans are clean (`calendar none`, one meeting per day and hour slot), so no
/// diagnostic cap or early stop makes the larger plan artificially cheap.
@Suite(.serialized) struct ScalingTests {
    /// Members m1…m`members`; `meetings` meetings of 8 participants each, on distinct
    /// (day, hour) slots of 2025 from 08:00, with a task and a feedback duty each; and
    /// one meeting of everyone on 2025-12-31 at 20:00 (the overlap rule sees each member
    /// in many meetings).
    static func plan(meetings: Int, members: Int) -> String {
        var s = """
            plan "Scaling" {
              year 2025
              calendar none
            }
            policy {
              min_topic_consultations 0
            }
            committee c "委员会"
            department d "部门"

            """
        for m in 1...members { s += "member m\(m) \"委员\(m)\" { committee c }\n" }
        for i in 0..<meetings {
            // 10 hour slots a day, 365 days: 3,650 distinct slots.
            let day = Day(year: 2025, month: 1, day: 1)?.adding(days: i / 10) ?? .minimum
            let hour = 8 + i % 10
            let first = (i * 8) % members
            let people = (0..<8).map { "m\((first + $0) % members + 1)" }.joined(separator: ", ")
            s += """
                meeting k\(i) "议题\(i)" {
                  form symposium
                  date \(day) \(hour < 10 ? "0" : "")\(hour):00..\(hour < 10 ? "0" : "")\(hour):50
                  lead c
                  participants \(people)
                  invite d\(i % 5 == 0 ? "\n  supervision" : "")
                  prepare "材料" due 3 days before
                  feedback d within 1 month
                }

                """
        }
        s += """
            meeting plenary "全体会议" {
              form plenary
              date 2025-12-31 20:00..21:00
              participants all
            }

            """
        return s
    }

    /// The fastest of three runs of the whole pipeline on `text`, in seconds; fails the
    /// test if the plan is not clean (a broken plan would time the wrong thing).
    static func fastestRun(_ text: String, keepsTrees: Bool = true) -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let clock = ContinuousClock()
            var problems: [String] = []
            let elapsed = clock.measure {
                let file = SourceFile(name: "scaling.cplan", bytes: Array(text.utf8))
                let today = Day(year: 2025, month: 6, day: 1) ?? .minimum
                var configuration = Engine.Configuration(today: today)
                configuration.keepsSyntaxTrees = keepsTrees
                let result = Engine(configuration: configuration).evaluate(file: file)
                problems = result.diagnostics.prefix(3).map { "\($0.code.id) \($0.message)" }
                if let plan = result.plan {
                    _ = renderScheduleUTF8(plan, format: .json)
                    _ = plan.reminders(on: today, days: 14)
                }
            }
            #expect(problems.isEmpty, "the generated plan must check clean: \(problems)")
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            best = min(best, seconds)
        }
        return best
    }

    /// Both ways: with trees kept, and without (the `cplan` subcommands: meeting bodies
    /// skimmed with the file and parsed as each meeting is built).
    @Test(arguments: [true, false])
    func timeGrowsLinearlyWithMeetings(keepsTrees: Bool) {
        let small = Self.fastestRun(Self.plan(meetings: 800, members: 400), keepsTrees: keepsTrees)
        let large = Self.fastestRun(Self.plan(meetings: 3200, members: 400), keepsTrees: keepsTrees)
        #expect(large / small < 8, "800 meetings: \(small) s; 3,200 meetings: \(large) s")
    }

    /// The plan rules over `count` meetings that all name the same participant array (a
    /// long series, or the evaluator's shared lists), each in its own 5-minute slot: the
    /// fastest of three runs, in seconds.
    static func rulesOnSharedLists(_ count: Int) -> Double {
        var builder = PlanBuilder()
        let people = (1...8).map { "m\($0)" }
        builder.members(people.map { ($0, "委员\($0)") })
        for i in 0..<count {
            // 144 slots a day (08:00–20:00), distinct for every meeting: nobody is double-booked.
            let minute = 8 * 60 + (i % 144) * 5
            guard let day = Day(year: 2025, month: 1, day: 1)?.adding(days: i / 144),
                  let start = TimeOfDay(minutes: minute), let end = TimeOfDay(minutes: minute + 4)
            else { continue }
            builder.meeting("k\(i)", .timed(day, start: start, end: end), participants: people)
        }
        let plan = builder.plan
        var best = Double.infinity
        for _ in 0..<3 {
            let elapsed = ContinuousClock().measure { _ = PlanChecks.run(plan) }
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return best
    }

    /// Meetings sharing one participant array: the overlap rule once reserved exactly
    /// `count + 8` index slots for each such meeting, copying its whole index array every
    /// time (quadratic: 72% of `check` at 100k once the evaluator shared equal lists).
    @Test func rulesGrowLinearlyWithMeetingsSharingAList() {
        let small = Self.rulesOnSharedLists(16000)
        let large = Self.rulesOnSharedLists(64000)
        #expect(large / small < 8, "16,000 meetings: \(small) s; 64,000 meetings: \(large) s")
    }

    @Test func timeGrowsLinearlyWithParticipants() {
        // Same meetings, four times the members: the everyone-meeting and every member's
        // list of meetings grow fourfold.
        let small = Self.fastestRun(Self.plan(meetings: 400, members: 1000))
        let large = Self.fastestRun(Self.plan(meetings: 400, members: 4000))
        // Members are a part of the work here, so the whole time grows by less than 4×.
        #expect(large / small < 5, "1,000 members: \(small) s; 4,000 members: \(large) s")
    }
}
