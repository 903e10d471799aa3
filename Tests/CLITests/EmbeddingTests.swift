// A separate Swift package (examples/embedding) that depends on this one by path embeds the
// library with the documented API only, and gets the same results as the CLI on the same plan.

import Foundation
import Testing

/// The repository root, found from this file.
private let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The example's own build folder, kept under the root's `.build` so later runs are incremental.
private let scratchPath = repositoryRoot.appendingPathComponent(".build/embedding-example")

/// The built example.
private let portalBinary = scratchPath.appendingPathComponent("debug/plan-portal")

/// What running a program produced, or nil when it ran past its time limit.
private struct ProgramOutput {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs `executable arguments…`, output through files, killed after `timeout` seconds.
private func run(_ executable: URL, _ arguments: [String], in folder: URL? = nil, timeout: TimeInterval) throws -> ProgramOutput? {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("embed-out-\(UUID().uuidString)")
    let err = FileManager.default.temporaryDirectory.appendingPathComponent("embed-err-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    defer {
        try? FileManager.default.removeItem(at: out)
        try? FileManager.default.removeItem(at: err)
    }
    let outHandle = try FileHandle(forWritingTo: out)
    let errHandle = try FileHandle(forWritingTo: err)
    process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
    process.standardOutput = outHandle
    process.standardError = errHandle
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
    if process.isRunning {
        process.terminate()
        process.waitUntilExit()
        return nil
    }
    try outHandle.close()
    try errHandle.close()
    return ProgramOutput(
        status: process.terminationStatus,
        stdout: String(decoding: (try? Data(contentsOf: out)) ?? Data(), as: UTF8.self),
        stderr: String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self))
}

/// Builds the example package once per test run (a lazily initialised global): nil on success,
/// else what went wrong.
private let portalBuildFailure: String? = {
    let swift = URL(fileURLWithPath: "/usr/bin/env")
    let arguments = ["swift", "build", "--package-path", repositoryRoot.appendingPathComponent("examples/embedding").path,
                     "--scratch-path", scratchPath.path]
    do {
        guard var output = try run(swift, arguments, timeout: 1800)
        else { return "`swift build` of examples/embedding took more than 30 minutes" }
        // In a warm scratch folder SwiftPM can keep a stale build description of the path
        // dependency: a source file added to it is seen one build late, one removed from it
        // fails the build ("missing inputs"). Forgetting the descriptions and building again
        // settles both (a fresh clone never needs it).
        if output.status != 0 {
            forgetBuildDescriptions(in: scratchPath)
            if let again = try run(swift, arguments, timeout: 1800) { output = again }
        }
        guard output.status == 0 else { return "swift build failed (\(output.status)):\n\(output.stdout)\n\(output.stderr)" }
        return FileManager.default.isExecutableFile(atPath: portalBinary.path) ? nil : "no binary at \(portalBinary.path)"
    } catch {
        return "cannot run swift build: \(error)"
    }
}()

/// Removes SwiftPM's cached build descriptions (`*.yaml` and `<triple>/<config>/description.json`)
/// under a scratch folder, so the next build plans from the sources as they are.
private func forgetBuildDescriptions(in scratch: URL) {
    let fm = FileManager.default
    for name in (try? fm.contentsOfDirectory(atPath: scratch.path)) ?? [] {
        let url = scratch.appendingPathComponent(name)
        if name.hasSuffix(".yaml") { try? fm.removeItem(at: url) }
        for config in (try? fm.contentsOfDirectory(atPath: url.path)) ?? [] {
            try? fm.removeItem(at: url.appendingPathComponent(config).appendingPathComponent("description.json"))
        }
    }
}

/// Runs the example.
private func portal(_ arguments: [String], in folder: URL? = nil) throws -> ProgramOutput {
    try #require(portalBuildFailure == nil, "\(portalBuildFailure ?? "")")
    return try #require(try run(portalBinary, arguments, in: folder, timeout: 120))
}

/// Set CPLAN_SKIP_EMBEDDING_BUILD=1 to skip these tests (they build a second package).
private let buildEnabled = ProcessInfo.processInfo.environment["CPLAN_SKIP_EMBEDDING_BUILD"] != "1"

@Suite(.enabled(if: buildEnabled), .serialized)
struct EmbeddingExampleTests {
    @Test func theExampleEmbedsThePlanAndItsHostFunction() throws {
        let output = try portal([])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Embedded portal plan 2025: 2 meetings")
        // `participants members_of(econ)` came from the host function.
        #expect(lines.contains("- housing [special_consultation] 2025-04-22: zhang, li; feedback: zjj by 2025-05-22"))
        #expect(lines.contains("Reminders from 2025-04-10 for 14 days:"))
        #expect(lines.contains("  2025-04-15 notice upcoming: Send the notice and materials: Renewing old residential compounds (econ)"))
        #expect(lines.contains { $0.hasPrefix("  2025-04-22 meeting upcoming: Attend:") && $0.hasSuffix("(zhang, li, zjj)") })
        #expect(output.stdout.contains("\"id\": \"housing\""))
        #expect(!output.stdout.contains("\"id\": \"plenary\""), "the JSON snippet is April only")
    }

    @Test func remindersEqualTheCLIs() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        for name in ["nanning-2025.cplan", "tracking-2025.cplan"] {
            let text = try String(contentsOf: repositoryRoot.appendingPathComponent("examples/\(name)"), encoding: .utf8)
            try scratch.write(name, text)
        }
        for (file, on) in [("tracking-2025.cplan", "2025-07-15"), ("nanning-2025.cplan", "2025-04-01")] {
            let embedded = try portal(["--plan", file, "--on", on, "--days", "30", "--json-reminders"], in: scratch.root)
            let cli = try scratch.run(["remind", file, "--on", on, "--days", "30", "--format", "json"])
            #expect(embedded.status == 0 && cli.status == 0, "\(embedded.stderr)\(cli.stderr)")
            #expect(embedded.stdout.contains("\"reminders\""))
            #expect(embedded.stdout == cli.stdout, "\(file) --on \(on)")
            #expect(embedded.stderr == cli.stderr)
        }
    }

    @Test func theScheduleEqualsTheCLIs() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        for name in ["nanning-2025.cplan", "provincial-2025-tentative.cplan"] {
            let text = try String(contentsOf: repositoryRoot.appendingPathComponent("examples/\(name)"), encoding: .utf8)
            try scratch.write(name, text)
            let embedded = try portal(["--plan", name, "--today", "2025-03-01", "--json-schedule"], in: scratch.root)
            let cli = try scratch.run(["schedule", name, "--today", "2025-03-01", "--format", "json"])
            #expect(embedded.status == 0 && cli.status == 0, "\(embedded.stderr)\(cli.stderr)")
            #expect(embedded.stdout.contains("\"meetings\""))
            #expect(embedded.stdout == cli.stdout, "\(name)")
        }
    }

    @Test func diagnosticsEqualTheCLIs() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("bad.cplan", "plan \"P\" { year 2025 }\nmeeting m { form plenery  date 2025-05-06 }\n")
        let embedded = try portal(["--plan", "bad.cplan", "--json-schedule"], in: scratch.root)
        let schedule = try scratch.run(["schedule", "bad.cplan", "--today", "2025-04-10", "--format", "json"])
        #expect(embedded.status == 1 && schedule.status == 1)
        #expect(embedded.stdout.isEmpty && schedule.stdout.isEmpty)
        // The plan has no `locale`, so its messages are Chinese (LANGUAGE.md 8), in the host and the CLI alike.
        #expect(embedded.stderr.contains("错误[CP0308]"))
        // `renderedDiagnostics()` prints what `cplan check` prints on stdout.
        let check = try scratch.run(["check", "bad.cplan", "--today", "2025-04-10"])
        #expect(check.status == 1)
        #expect(embedded.stderr == check.stdout)
    }
}
