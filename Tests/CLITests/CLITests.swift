// End-to-end tests of the `cplan` binary: help, check (exit codes, folders,
// formats, colour), explain, and the hidden dump commands.

import ConsultPlan
import Foundation
import Testing

/// Whether the real lexer has landed (the stub reports nothing): tests that need
/// a diagnostic from a broken file run only then.
let lexerReportsErrors: Bool = {
    let file = SourceFile(name: "x.cplan", text: "plan \"unterminated\n")
    return !Lexer.tokenize(file, id: FileID(0)).diagnostics.isEmpty
}()

/// A file with a lexical error (an unterminated string) under a Chinese line.
let brokenPlan = "plan \"计划 {\n  year 2025\n}\n"

@Suite("cplan binary")
struct CLITests {
    @Test func helpListsPublicSubcommandsOnly() throws {
        let r = try runCPlan(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("check"))
        #expect(r.stdout.contains("explain"))
        #expect(!r.stdout.contains("dump-tokens"))
        #expect(!r.stdout.contains("dump-tree"))
    }

    @Test func checkHelpDocumentsExitCodes() throws {
        let r = try runCPlan(["check", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Exit codes:"))
        #expect(r.stdout.contains("--format"))
        #expect(r.stdout.contains("--strict"))
    }

    @Test func checkCleanSpecExampleExitsZero() throws {
        let s = try Scratch()
        defer { s.remove() }
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/spec-clean.cplan")
        try s.write("plan.cplan", try Data(contentsOf: example))
        let r = try s.run(["check", "--today", "2025-01-01", "plan.cplan"])
        #expect(r.status == 0, "stderr: \(r.stderr)\nstdout: \(r.stdout)")
        #expect(r.stderr.hasSuffix("in 1 file\n"))
        #expect(!r.stdout.contains("error["))
    }

    @Test func checkMissingFileExitsTwo() throws {
        let s = try Scratch()
        defer { s.remove() }
        let r = try s.run(["check", "nope.cplan"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("cplan: error: no such file or folder: nope.cplan"))
    }

    @Test func missingFileFailsEvenWhenOthersAreChecked() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.write("a.cplan", cleanPlan)
        let r = try s.run(["check", "--format", "json", "a.cplan", "nope.cplan"])
        #expect(r.status == 2)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(object?["files"] as? [String] == ["a.cplan"])
    }

    @Test func folderExpandsToSortedPlanFilesSkippingHiddenAndOthers() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.write("plans/b.cplan", cleanPlan)
        try s.write("plans/a.cplan", cleanPlan)
        try s.write("plans/sub/c.cplan", cleanPlan)
        try s.write("plans/.hidden/d.cplan", cleanPlan)
        try s.write("plans/notes.txt", "not a plan")
        let r = try s.run(["check", "--format", "json", "--today", "2025-03-01", "plans"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["files"] as? [String] == ["plans/a.cplan", "plans/b.cplan", "plans/sub/c.cplan"])
        #expect(r.stderr.hasSuffix("in 3 files\n"))
    }

    @Test func emptyFolderIsAnError() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.write("empty/readme.txt", "x")
        let r = try s.run(["check", "empty"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no .cplan files under empty"))
    }

    @Test func folderSkipsFilesThatAnotherIncludes() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.write("p/main.cplan", cleanPlan + "include \"parts/common.cplan\"\n")
        try s.write("p/parts/common.cplan", "committee econ \"经济委员会\"\n")
        let r = try s.run(["check", "--format", "json", "--today", "2025-03-01", "p"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let files = object["files"] as? [String] ?? []
        #expect(files.contains("p/main.cplan"))
        // Needs the parser to see the include; with the stub parser both files are programs.
        if !Parser.parse(SourceFile(name: "x", text: "include \"a.cplan\"\n"), id: FileID(0)).program.statements.isEmpty {
            #expect(files == ["p/main.cplan"])
        }
    }

    @Test func jsonShapeParses() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.write("a.cplan", cleanPlan)
        let r = try s.run(["check", "--format", "json", "--today", "2025-03-01", "a.cplan"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["files"] as? [String] == ["a.cplan"])
        #expect(object["errors"] is Int)
        #expect(object["warnings"] is Int)
        let list = try #require(object["diagnostics"] as? [[String: Any]])
        for d in list {
            for key in ["severity", "code", "rule", "message", "file", "line", "column"] {
                #expect(d[key] != nil, "missing \(key)")
            }
        }
    }

    @Test func sarifAndGithubFormatsRun() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.write("a.cplan", cleanPlan)
        let sarif = try s.run(["check", "--format", "sarif", "--today", "2025-03-01", "a.cplan"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let github = try s.run(["check", "--format", "github", "--today", "2025-03-01", "a.cplan"])
        for line in github.stdout.split(separator: "\n") {
            #expect(line.hasPrefix("::error ") || line.hasPrefix("::warning ") || line.hasPrefix("::notice "))
        }
    }

    @Test func badOptionValuesAreUsageErrors() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.write("a.cplan", cleanPlan)
        for args in [["check", "--today", "2025-02-30", "a.cplan"], ["check", "--today", "2025-4-17", "a.cplan"],
                     ["check", "--format", "xml", "a.cplan"], ["check", "--locale", "fr", "a.cplan"], ["check"], ["frobnicate"]] {
            let r = try s.run(args)
            #expect(r.status == 2, "\(args)")
            #expect(!r.stderr.isEmpty)
        }
        let r = try s.run(["check", "--today", "2025-4-17", "a.cplan"])
        #expect(r.stderr.contains("expected a day like 2025-04-17, found `2025-4-17`"))
    }

    @Test func invalidUTF8IsNotAnIOError() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.write("bad.cplan", Data([0x70, 0x6C, 0x61, 0x6E, 0x20, 0xFF, 0xFE, 0x0A]))
        let r = try s.run(["check", "bad.cplan"])
        #expect(r.status != 2)
        #expect(r.status != 0 || !lexerReportsErrors)
    }

    @Test(.enabled(if: lexerReportsErrors)) func brokenFileExitsOneWithRenderedDiagnostic() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.write("broken.cplan", brokenPlan)
        let r = try s.run(["check", "--locale", "en", "broken.cplan"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("error[CP"))
        #expect(r.stdout.contains(" --> broken.cplan:1:"))
        #expect(!r.stdout.contains("\u{1B}["))
        #expect(r.stderr.contains("error"))
        let always = try s.run(["check", "--locale", "en", "--color", "always", "broken.cplan"])
        #expect(always.stdout.contains("\u{1B}[1;31merror["))
        let never = try s.run(["check", "--color", "always", "--no-color", "broken.cplan"])
        #expect(!never.stdout.contains("\u{1B}["))
        // Without --locale a plan with no `locale` (or no plan at all) is reported in Chinese.
        let chinese = try s.run(["check", "broken.cplan"])
        #expect(chinese.stdout.contains("错误[CP"))
        #expect(!chinese.stdout.contains("error[CP"))
    }

    @Test(.enabled(if: lexerReportsErrors)) func strictFailsOnWarnings() throws {
        let s = try Scratch()
        defer { s.remove() }
        // Full-width digits: a `fullwidth` warning and nothing else from the lexer and parser.
        try s.write("w.cplan", "plan \"P\" {\n  year ２０２５\n}\npolicy {\n  min_topic_consultations 0\n}\n")
        let lenient = try s.run(["check", "--format", "json", "--today", "2025-03-01", "w.cplan"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lenient.stdout.utf8)) as? [String: Any])
        let list = try #require(object["diagnostics"] as? [[String: Any]])
        let warning = try #require(list.first { $0["code"] as? String == "CP0120" })
        #expect(warning["severity"] as? String == "warning")
        #expect(warning["line"] as? Int == 2)
        #expect(warning["column"] as? Int == 8)
        if (object["errors"] as? Int) == 0 {
            #expect(lenient.status == 0)
            #expect(try s.run(["check", "--strict", "w.cplan"]).status == 1)
        }
    }

    @Test(.enabled(if: lexerReportsErrors && FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func colourOnATerminalUnlessNoColor() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.write("broken.cplan", brokenPlan)
        // `script` gives cplan a pseudo-terminal as stdout.
        let command = "'\(cplanBinary.path)' check --locale en broken.cplan"
        let coloured = try runTool("/usr/bin/script", ["-qec", command, "/dev/null"], in: s.root, environment: [:])
        #expect(coloured.contains("\u{1B}[1;31merror["))
        let plain = try runTool("/usr/bin/script", ["-qec", command, "/dev/null"], in: s.root, environment: ["NO_COLOR": "1"])
        #expect(plain.contains("error[CP"))
        #expect(!plain.contains("\u{1B}[1;31m"))
    }

    @Test func explainKnownCodesAndRules() throws {
        let entries = DiagnosticCatalog.entries
        for entry in entries.prefix(5) {
            let r = try runCPlan(["explain", entry.code.id])
            #expect(r.status == 0)
            #expect(r.stdout.hasPrefix("\(entry.code.id): \(entry.title)"))
            #expect(r.stdout.contains("Example that triggers it:"))
        }
        if let ruled = entries.first(where: { $0.rule != nil }), let rule = ruled.rule {
            let r = try runCPlan(["explain", rule])
            #expect(r.status == 0)
            #expect(r.stdout.contains(ruled.code.id))
        }
    }

    @Test func explainUnknownExitsTwoWithHint() throws {
        let r = try runCPlan(["explain", "CP9999"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown diagnostic code or rule `CP9999`"))
        #expect(r.stderr.contains("cplan explain --list"))
        #expect(try runCPlan(["explain"]).status == 2)
    }

    @Test func explainListHasOneLinePerCode() throws {
        let r = try runCPlan(["explain", "--list"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == DiagnosticCatalog.entries.count)
        for (line, entry) in zip(lines, DiagnosticCatalog.entries) { #expect(line.hasPrefix(entry.code.id)) }
    }

    @Test func dumpTokensAndTree() throws {
        let s = try Scratch()
        defer { s.remove() }
        try s.write("a.cplan", cleanPlan)
        let tokens = try s.run(["dump-tokens", "a.cplan"])
        #expect(tokens.status == 0)
        #expect(tokens.stdout.hasSuffix("end-of-file \"\"\n"))
        for line in tokens.stdout.split(separator: "\n") {
            #expect(line.split(separator: " ").first?.contains(":") == true)
        }
        let tree = try s.run(["dump-tree", "a.cplan"])
        #expect(tree.status == 0)
        #expect(!tree.stdout.isEmpty)
        #expect(try s.run(["dump-tokens", "missing.cplan"]).status == 2)
    }

    @Test func closedStdoutDoesNotCrash() throws {
        // Like `cplan explain --list | true`: writing to a closed pipe must not kill cplan with SIGPIPE.
        let process = Process()
        process.executableURL = cplanBinary
        process.arguments = ["explain", "--list"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try pipe.fileHandleForReading.close()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }
}

/// Runs another tool and returns its standard output (stdin from /dev/null).
func runTool(_ path: String, _ arguments: [String], in folder: URL?, environment: [String: String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    env["TERM"] = env["TERM"] ?? "xterm"
    for (k, v) in environment { env[k] = v }
    process.environment = env
    process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}
