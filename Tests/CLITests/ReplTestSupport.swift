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
    let process = Process()
    process.executableURL = cplanBinary
    process.arguments = arguments
    process.currentDirectoryURL = packageRoot
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    env["CPLAN_HISTORY_FILE"] = FileManager.default.temporaryDirectory.appendingPathComponent("cplan-history-\(UUID().uuidString)").path
    process.environment = env
    let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("cplan-out-\(UUID().uuidString)")
    let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("cplan-err-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    defer {
        try? FileManager.default.removeItem(at: outURL)
        try? FileManager.default.removeItem(at: errURL)
    }
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardInput = try FileHandle(forReadingFrom: input)
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    let stdout = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
    let stderr = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
    return CLIResult(status: process.terminationStatus, stdout: stdout, stderr: stderr)
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
