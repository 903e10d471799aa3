// Runs the built `cplan` binary (<package>/.build/debug/cplan, built first by
// `swift test` because this target depends on it) in a scratch folder.

import Foundation

/// What one run of `cplan` produced.
struct CLIResult {
    /// The exit status.
    var status: Int32
    /// Standard output.
    var stdout: String
    /// Standard error.
    var stderr: String
}

/// A scratch folder with plan files, and a way to run `cplan` inside it.
struct Scratch {
    /// The folder (removed by ``remove()``).
    let root: URL

    /// A fresh, empty folder under the system's temporary folder.
    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("cplan-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// Writes a file (creating folders) relative to the root.
    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    /// Writes raw bytes.
    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Deletes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Runs `cplan arguments…` with the working folder at the root and stdin from /dev/null.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIResult {
        try runCPlan(arguments, in: root, environment: environment)
    }
}

/// The binary under test.
let cplanBinary: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent(".build/debug/cplan")

/// Runs `cplan` and collects its output through files (pipes could fill up and block).
/// Stdin is `input` (a non-terminal stdin), else /dev/null.
func runCPlan(
    _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:], input: URL? = nil
) throws -> CLIResult {
    let process = Process()
    process.executableURL = cplanBinary
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    for (k, v) in environment { env[k] = v }
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
    process.standardInput = try input.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle(forReadingAtPath: "/dev/null")
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

/// A small program with no problems.
let cleanPlan = """
    plan "政协工作计划" {
      year 2025
    }

    """
