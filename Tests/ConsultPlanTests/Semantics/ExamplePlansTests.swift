// The example plans under examples/ evaluate without any diagnostic from evaluation
// (the plan checks run later, in the integrator's hook), with the dates their comments give.
import Foundation
import Testing
@testable import ConsultPlan

/// The repository root, found from this file's path.
private let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Reads includes relative to the including file, inside the examples folder.
private struct ExamplesLoader: IncludeLoader {
    func load(path: String, from includingFile: String, mainFile: String) -> Result<SourceFile, IncludeLoadError> {
        let url = URL(fileURLWithPath: includingFile).deletingLastPathComponent().appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(IncludeLoadError(message: "not found: \(path)"))
        }
        return .success(SourceFile(name: url.standardizedFileURL.path, bytes: [UInt8](data)))
    }
}

private let examplePlans: [String] = {
    let folder = repositoryRoot.appendingPathComponent("examples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".cplan") }.sorted()
}()

/// Evaluates an example as of mid-July 2025 (the tracking file's "as of" day).
func evaluateExample(_ name: String, keepsSyntaxTrees: Bool = true) throws -> EvaluationResult {
    let url = repositoryRoot.appendingPathComponent("examples").appendingPathComponent(name)
    let data = try Data(contentsOf: url)
    var configuration = Engine.Configuration(today: Day(year: 2025, month: 7, day: 15) ?? .minimum, includeLoader: ExamplesLoader())
    configuration.keepsSyntaxTrees = keepsSyntaxTrees
    return Engine(configuration: configuration).evaluate(file: SourceFile(name: url.standardizedFileURL.path, bytes: [UInt8](data)))
}

/// Releasing each meeting's syntax once it is built (what the `cplan` subcommands do) must
/// change nothing but `programs`: the same meetings, the same diagnostics.
@Test(arguments: examplePlans)
func releasingSyntaxTreesChangesNothing(_ name: String) throws {
    let kept = try evaluateExample(name)
    let released = try evaluateExample(name, keepsSyntaxTrees: false)
    #expect(!kept.programs.isEmpty)
    #expect(released.programs.isEmpty)
    #expect(kept.diagnostics == released.diagnostics)
    #expect(kept.plan?.meetings == released.plan?.meetings)
    #expect(kept.plan?.members == released.plan?.members)
    #expect(kept.plan?.series == released.plan?.series)
}

@Test(arguments: examplePlans)
func examplePlanEvaluatesClean(_ name: String) throws {
    let result = try evaluateExample(name)
    // The plan checks (CP06xx) and their allow directives are tested with the integration.
    let problems = result.diagnostics.filter { !$0.code.id.hasPrefix("CP06") }.map { d -> String in
        let loc = result.sources.location(of: d.span)
        return "\(name):\(loc.line):\(loc.column) \(d.severity) \(d.code) \(d.message)"
    }
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    #expect(result.plan != nil)
}
