// Helpers for the acceptance tests: load a plan from Fixtures/acceptance/, evaluate it
// through the public Engine as the CLI does, and read diagnostics, schedule and reminders.

import ConsultPlan
import Foundation
import Testing

/// The folder holding the acceptance plans and their golden schedules.
let acceptanceFixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/acceptance")

/// Evaluating acceptance plans, the way a stranger would run `cplan`.
enum Acceptance {
    /// Every `.cplan` file of the fixture folder, by name (so plans may include each other).
    static func allFiles() throws -> [String: String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: acceptanceFixtures.path)
            .filter { $0.hasSuffix(".cplan") }
        var files: [String: String] = [:]
        for name in names {
            files[name] = try String(contentsOf: acceptanceFixtures.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    /// Evaluates the fixture `name` as of `today`, includes resolved inside the fixture folder.
    static func evaluate(_ name: String, today: String) throws -> EvaluationResult {
        let files = try allFiles()
        let text = try #require(files[name], "no fixture named \(name)")
        let day = try #require(Day(today))
        let engine = Engine(configuration: Engine.Configuration(
            today: day, includeLoader: InMemoryIncludeLoader(files: files)))
        return engine.evaluate(source: text, name: name)
    }

    /// The diagnostics as `CODE file:line:column`, in the engine's order.
    static func diagnosticLines(_ result: EvaluationResult) -> [String] {
        result.diagnostics.map { d in
            let at = result.sources.location(of: d.span)
            return "\(d.code.id) \(at.file):\(at.line):\(at.column)"
        }
    }

    /// The diagnostics as `CODE line:column`, sorted: for comparing with annotations.
    static func codeLines(_ result: EvaluationResult) -> [String] {
        result.diagnostics.map { d in
            let at = result.sources.location(of: d.span)
            return "\(d.code.id) \(at.line):\(at.column)"
        }.sorted()
    }

    /// The diagnostics as `rule line:column` (rule, else code), sorted: for comparing with annotations.
    static func ruleLines(_ result: EvaluationResult) -> [String] {
        result.diagnostics.map { d in
            let at = result.sources.location(of: d.span)
            return "\(d.rule ?? d.code.id) \(at.line):\(at.column)"
        }.sorted()
    }

    /// `schedule --format json` for the evaluated plan.
    static func scheduleJSON(_ plan: Plan) -> String {
        renderSchedule(plan, format: .json)
    }

    /// The meetings of the schedule JSON, by ID.
    static func scheduledMeetings(_ plan: Plan) throws -> [String: [String: Any]] {
        let data = Data(scheduleJSON(plan).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let meetings = try #require(object["meetings"] as? [[String: Any]])
        var byID: [String: [String: Any]] = [:]
        for meeting in meetings {
            if let id = meeting["id"] as? String { byID[id] = meeting }
        }
        return byID
    }

    /// The feedback due days of one scheduled meeting, by department (`"null"` when the due day is null).
    static func feedbackDue(_ meeting: [String: Any]?) -> [String: String] {
        var due: [String: String] = [:]
        for duty in (meeting?["feedback"] as? [[String: Any]]) ?? [] {
            if let department = duty["department"] as? String {
                due[department] = (duty["due"] as? String) ?? "null"
            }
        }
        return due
    }

    /// Reminders as `date kind meeting status`, e.g. `2026-02-25 notice 专题 upcoming`.
    static func reminderLines(_ plan: Plan, on: String, days: Int, who: String? = nil) throws -> [String] {
        let day = try #require(Day(on))
        return plan.reminders(on: day, days: days, who: who).map {
            "\($0.date) \($0.kind.rawValue) \($0.meeting ?? "-") \($0.status.rawValue)"
        }
    }

    /// The day of one reminder kind for one meeting over the whole year (the first one).
    static func reminderDay(_ plan: Plan, _ kind: ReminderKind, _ meeting: String) throws -> String? {
        let start = try #require(Day("\(plan.header.year - 1)-12-01"))
        return plan.reminders(on: start, days: 500)
            .first { $0.kind == kind && $0.meeting == meeting }
            .map { "\($0.date)" }
    }

    /// Compares `text` with the golden file `name` in the fixture folder, or rewrites it
    /// when UPDATE_GOLDEN=1.
    static func expectGolden(_ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = acceptanceFixtures.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(text == golden, "\(name) differs from the golden file; UPDATE_GOLDEN=1 refreshes it", sourceLocation: sourceLocation)
    }

    /// The `EXPECT` annotations of a broken plan: `EXPECT CODE line:column` (f, g) or
    /// `EXPECT rule@column` on the line it concerns (h), as `CODE-or-rule line:column`, sorted.
    static func annotations(_ name: String, extra: [String] = []) throws -> [String] {
        let text = try #require(try allFiles()[name])
        var found = extra
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            while let range = rest.range(of: "EXPECT ") {
                rest = rest[range.upperBound...]
                let word = rest.prefix { !$0.isWhitespace }
                if let at = word.firstIndex(of: "@") {
                    let column = word[word.index(after: at)...]
                    if !column.isEmpty, column.allSatisfy(\.isNumber) {
                        found.append("\(word[..<at]) \(index + 1):\(column)")
                    }
                } else if word.hasPrefix("CP"), word.dropFirst(2).allSatisfy(\.isNumber) {
                    let place = rest.dropFirst(word.count + 1).prefix { !$0.isWhitespace }
                    found.append("\(word) \(place)")
                }
            }
        }
        return found.sorted()
    }
}
