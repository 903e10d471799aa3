// Every production of grammar/cplan.ebnf has an input that parses: one fixture per
// major production under Fixtures/grammar/, plus every plan in examples/.

import Foundation
import Testing
@testable import ConsultPlan

/// The repository root, found from this file's path (Tests/ConsultPlanTests/Grammar/…).
private let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

/// The `.cplan` files directly inside `folder` (relative to the repository root), sorted.
private func cplanFiles(in folder: String) -> [URL] {
    let dir = repositoryRoot.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { $0.hasSuffix(".cplan") }.sorted().map { dir.appendingPathComponent($0) }
}

/// Parses a file and describes every diagnostic as `file:offset: CODE message`.
private func parseProblems(_ url: URL) throws -> (statements: Int, problems: [String]) {
    let data = try Data(contentsOf: url)
    let file = SourceFile(name: url.lastPathComponent, bytes: [UInt8](data))
    let result = Parser.parse(file, id: FileID(0))
    let problems = result.diagnostics.map { "\(url.lastPathComponent)@\($0.span.start): \($0.code) \($0.message)" }
    return (result.program.statements.count, problems)
}

/// The productions the fixtures must cover (one file each, named for the production).
private let requiredFixtures = [
    "plan-declaration", "policy-declaration", "committee-declaration", "member-declaration",
    "group-declaration", "meeting-declaration", "series-declaration", "approval-declaration",
    "holiday-declaration", "record-declaration", "let-statement", "for-statement",
    "if-statement", "template-statement", "include-statement", "require-statement",
    "expression", "string-literal", "duration-literal", "chinese-keywords",
]

@Test func everyMajorProductionHasAFixture() {
    let names = Set(cplanFiles(in: "Tests/ConsultPlanTests/Fixtures/grammar").map {
        $0.deletingPathExtension().lastPathComponent
    })
    for required in requiredFixtures {
        #expect(names.contains(required), "missing Fixtures/grammar/\(required).cplan")
    }
}

@Test
func everyGrammarFixtureParsesWithoutDiagnostics() throws {
    let files = cplanFiles(in: "Tests/ConsultPlanTests/Fixtures/grammar")
    #expect(files.count >= requiredFixtures.count)
    for url in files {
        let (statements, problems) = try parseProblems(url)
        #expect(problems.isEmpty, "\(problems)")
        #expect(statements > 0, "\(url.lastPathComponent) parsed to no statements")
    }
}

@Test
func everyExamplePlanParsesWithoutDiagnostics() throws {
    let files = cplanFiles(in: "examples")
    #expect(files.count >= 4)
    for url in files {
        let (statements, problems) = try parseProblems(url)
        #expect(problems.isEmpty, "\(problems)")
        #expect(statements > 10, "\(url.lastPathComponent) parsed to \(statements) statements")
    }
}

/// Loads included files from the folder of the including file, for the example check.
private struct ExampleFolderLoader: IncludeLoader {
    func load(path: String, from includingFile: String, mainFile: String) -> Result<SourceFile, IncludeLoadError> {
        let url = URL(fileURLWithPath: includingFile).deletingLastPathComponent().appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(IncludeLoadError(message: "not found: \(url.path)"))
        }
        return .success(SourceFile(name: url.path, bytes: [UInt8](data)))
    }
}

@Test
func everyExamplePlanChecksClean() throws {
    // Mid-July 2025: the tracking file's "as of" day. The 2026 plan is in the future then.
    let today = try #require(Day(year: 2025, month: 7, day: 15))
    let engine = Engine(configuration: .init(today: today, includeLoader: ExampleFolderLoader()))
    for url in cplanFiles(in: "examples") {
        let data = try Data(contentsOf: url)
        let result = engine.evaluate(file: SourceFile(name: url.path, bytes: [UInt8](data)))
        let problems = result.diagnostics.map { "\(url.lastPathComponent): \($0.severity) \($0.code) \($0.message)" }
        #expect(problems.isEmpty, "\(problems)")
        #expect(result.plan != nil, "\(url.lastPathComponent) built no plan")
    }
}
