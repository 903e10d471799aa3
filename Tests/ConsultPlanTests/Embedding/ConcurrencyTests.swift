// One plan evaluated from eight tasks at once gives identical results: the engine, its
// configuration and its results are values, and evaluation shares no mutable state.
import ConsultPlan
import Foundation
import Testing

/// The repository's examples folder, found from this file.
private let examples = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("examples")

/// What one evaluation produced, in comparable form.
private struct Outcome: Hashable, Sendable {
    var diagnostics: [Diagnostic]
    var meetings: [Meeting]
    var reminders: [Reminder]
    var json: String
    var rendered: String
}

@Test func eightTasksEvaluatingTheSamePlanAgree() async throws {
    let text = try String(contentsOf: examples.appendingPathComponent("nanning-2025.cplan"), encoding: .utf8)
    let today = try #require(Day(year: 2025, month: 4, day: 1))
    let nine = try #require(TimeOfDay(hour: 9, minute: 0))
    var configuration = ExampleHost.configuration(today: today)
    configuration.locale = "en"
    let engine = Engine(configuration: configuration)
    let outcomes = await withTaskGroup(of: Outcome?.self) { group in
        for _ in 0..<8 {
            group.addTask {
                let result = engine.evaluate(source: text, name: "nanning-2025.cplan")
                guard let plan = result.plan else { return nil }
                let options = RenderOptions(locale: "en", now: (today, nine))
                return Outcome(
                    diagnostics: result.diagnostics, meetings: plan.meetings,
                    reminders: plan.reminders(on: today, days: 30),
                    json: renderSchedule(plan, format: .json, options: options),
                    rendered: result.renderedDiagnostics())
            }
        }
        var all: [Outcome?] = []
        for await o in group { all.append(o) }
        return all
    }
    #expect(outcomes.count == 8)
    let first = try #require(outcomes.first ?? nil)
    #expect(!first.meetings.isEmpty)
    #expect(!first.reminders.isEmpty)
    for o in outcomes { #expect(o == first) }
}

@Test func oneEngineValueServesConcurrentDifferentPlans() async throws {
    let engine = Engine(configuration: ExampleHost.configuration())
    let results = await withTaskGroup(of: (Int, Int).self) { group in
        for n in 1...8 {
            group.addTask {
                var source = "plan \"P\" { year 2025 }\npolicy { min_topic_consultations 0 }\n"
                for i in 1...n { source += "meeting m\(i) { form symposium  date 2025-05-\(String(format: "%02d", i + 5)) }\n" }
                let plan = engine.evaluate(source: source, name: "p\(n).cplan").plan
                return (n, plan?.meetings.count ?? -1)
            }
        }
        var out: [(Int, Int)] = []
        for await r in group { out.append(r) }
        return out
    }
    #expect(results.count == 8)
    for (n, count) in results { #expect(count == n) }
}

@Test func hostFunctionsCalledFromEightTasksAgree() async throws {
    let source = """
        plan "P" { year 2025 }
        policy { min_topic_consultations 1 }
        committee econ
        member zhang { committee econ }
        member li
        meeting m { form symposium  date 2025-05-06  participants members_of(econ) }
        let days = holidays_from_hr_system(2025)
        require count(days) == 2
        """
    let engine = Engine(configuration: ExampleHost.configuration())
    let participants = await withTaskGroup(of: [String]?.self) { group in
        for _ in 0..<8 {
            group.addTask {
                let result = engine.evaluate(source: source, name: "p.cplan")
                return result.hasErrors ? nil : result.plan?.meetings.first?.participants
            }
        }
        var out: [[String]?] = []
        for await p in group { out.append(p) }
        return out
    }
    #expect(participants.count == 8)
    for p in participants { #expect(p == ["zhang", "li"]) }
}
