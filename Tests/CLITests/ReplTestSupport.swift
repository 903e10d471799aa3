// Helpers for the REPL's end-to-end tests: running `cplan repl` with stdin from
// a file, the package root, and golden files under Fixtures/repl/.

import Foundation
import Testing

/// The package root (the folder of Package.swift).
let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Fixtures/repl/.
let replFixtures: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/repl", isDirectory: true)

/// Runs `cplan arguments…` in the package root with stdin read from `input`
/// (a pipe-like, non-terminal stdin) and no history file.
func runRepl(_ arguments: [String], input: URL) throws -> CLIResult {
    let history = FileManager.default.temporaryDirectory.appendingPathComponent("cplan-history-\(UUID().uuidString)").path
    return try runCPlan(arguments, in: packageRoot, environment: ["CPLAN_HISTORY_FILE": history], input: input)
}

/// Compares `actual` with the golden file `name` under Fixtures/repl/, or rewrites
/// it when UPDATE_GOLDEN=1.
func expectReplGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = replFixtures.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try Data(actual.utf8).write(to: url)
        return
    }
    let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    #expect(actual == expected, "output differs from \(name); run with UPDATE_GOLDEN=1 to rewrite", sourceLocation: sourceLocation)
}
