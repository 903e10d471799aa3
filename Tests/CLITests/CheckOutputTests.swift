// `cplan check` as CI sees it, on the built binary: the JSON output validated against
// grammar/schema/check.schema.json, SARIF and GitHub annotations checked, exit codes and summary.

import ConsultPlan
import Foundation
import Testing

/// The repository root (three levels above this file).
private let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Whether `python3` can import `jsonschema` (.ci/run installs it).
private let hasJSONSchema = python(["-c", "import jsonschema"]).status == 0

/// Runs `python3 arguments…` and returns its exit status and combined output.
private func python(_ arguments: [String]) -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("cplan-py-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: outURL) }
    guard let out = try? FileHandle(forWritingTo: outURL) else { return (-1, "cannot create \(outURL.path)") }
    process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
    process.standardOutput = out
    process.standardError = out
    do { try process.run() } catch { return (-1, "could not start python3: \(error)") }
    process.waitUntilExit()
    try? out.close()
    let text = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
    return (process.terminationStatus, text)
}

/// Validates each JSON file against the schema with `jsonschema` (draft 2020-12),
/// after checking the schema itself; returns the validator's report on failure.
private let validatorScript = """
    import sys, json, jsonschema
    schema = json.load(open(sys.argv[1], encoding='utf-8'))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    problems = 0
    for path in sys.argv[2:]:
        doc = json.load(open(path, encoding='utf-8'))
        for e in validator.iter_errors(doc):
            problems += 1
            print(path, '/'.join(str(p) for p in e.absolute_path), e.message)
    print('validated', len(sys.argv) - 2, 'documents,', problems, 'problems')
    sys.exit(1 if problems else 0)
    """

/// One `cplan check` run to examine: the working folder and the arguments after `check`.
struct CheckRun: CustomTestStringConvertible, Sendable {
    /// A short name for the test output.
    var name: String
    /// Relative to the repository root.
    var folder: String
    /// Files and folders, relative to `folder`.
    var paths: [String]
    /// `--today`.
    var today = "2025-07-15"

    var testDescription: String { name }

    /// Runs `cplan check --format FORMAT` (plus `extra`) for this run.
    func run(format: String, extra: [String] = []) throws -> CLIResult {
        try runCPlan(["check", "--format", format, "--today", today] + extra + paths,
                     in: repositoryRoot.appendingPathComponent(folder))
    }
}

/// Plans of the repository, clean and broken, English and Chinese keywords.
private let repositoryRuns = [
    CheckRun(name: "examples (clean; English, Chinese, include, tentative)", folder: "examples", paths: ["."]),
    CheckRun(name: "check fixtures (rule findings)", folder: "Tests/ConsultPlanTests/Fixtures", paths: ["checks"]),
    CheckRun(name: "lexer errors + Chinese section 1", folder: "Tests/ConsultPlanTests/Fixtures",
             paths: ["lexer/errors.cplan", "parser/ok-section1-zh.cplan", "parser/ok-chinese-spellings.cplan"]),
    CheckRun(name: "grammar snippets + formatter inputs", folder: "Tests/ConsultPlanTests/Fixtures", paths: ["grammar", "format"]),
    CheckRun(name: "CLI fixture + one example", folder: "Tests", paths: ["CLITests/Fixtures", "../examples/xixiangtang-2026.cplan"]),
]

/// A scratch folder with harder cases: Chinese file names, a BOM and CRLF, an empty
/// file, invalid UTF-8, a part two programs include, a wide CJK line with an error.
private func makeHardCases() throws -> Scratch {
    let s = try Scratch()
    try s.write("计划/南宁市.cplan", """
        plan "南宁市政协2025年度协商工作计划" { year 2025 }
        policy { min_topic_consultations 0 }
        committee 社法委 "社会和法制委员会"
        member 王强 "王强" { committee 社法委 }
        meeting 座谈 "关于“十五五”规划的协商座谈" { form symposium  date 2025-10-01  lead 未知委员会 }

        """)
    try s.write("计划/bom-crlf.cplan", Data([0xEF, 0xBB, 0xBF]) + Data("plan \"P\" {\r\n  year 2025\r\n}\r\nmeeting m \"会\" { form plenary  date 2025-02-30 }\r\n".utf8))
    try s.write("empty.cplan", "")
    try s.write("gbk.cplan", Data([0x70, 0x6C, 0x61, 0x6E, 0x20, 0x22, 0xB9, 0xFA, 0x22, 0x0A]))
    try s.write("shared/main-a.cplan", "plan \"A\" { year 2025 }\npolicy { min_topic_consultations 0 }\ninclude \"common.cplan\"\n")
    try s.write("shared/main-b.cplan", "plan \"B\" { year 2025 }\npolicy { min_topic_consultations 0 }\ninclude \"common.cplan\"\n")
    try s.write("shared/common.cplan", "committee c \"C\"\nmember m \"M\" { committee nope }\n")
    try s.write("fullwidth.cplan", "plan \"全角\" {\n  year ２０２５\n}\npolicy {\n  min_topic_consultations 0\n}\n")
    return s
}

/// The JSON document of one run, parsed.
private struct CheckDocument {
    var files: [String]
    var errors: Int
    var warnings: Int
    var diagnostics: [[String: Any]]

    init(_ text: String) throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        files = try #require(object["files"] as? [String])
        errors = try #require(object["errors"] as? Int)
        warnings = try #require(object["warnings"] as? Int)
        diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
    }
}

@Suite("cplan check output")
struct CheckOutputTests {
    // MARK: JSON against the schema

    @Test(.enabled(if: hasJSONSchema, "SKIPPED: python3 with the `jsonschema` package is needed (pip install jsonschema)"))
    func jsonOutputValidatesAgainstTheSchema() throws {
        let scratch = try makeHardCases()
        defer { scratch.remove() }
        var documents: [String] = []
        for run in repositoryRuns {
            for extra in [[], ["--locale", "en"], ["--locale", "zh-CN"]] {
                documents.append(try run.run(format: "json", extra: extra).stdout)
            }
        }
        documents.append(try scratch.run(["check", "--format", "json", "--today", "2025-03-01", "."]).stdout)
        documents.append(try scratch.run(["check", "--format", "json", "empty.cplan", "missing.cplan"]).stdout)

        let out = try Scratch()
        defer { out.remove() }
        var paths: [String] = []
        for (i, text) in documents.enumerated() {
            #expect(text.hasSuffix("}\n"), "document \(i) is not one JSON object: \(text.prefix(200))")
            try out.write("doc\(i).json", text)
            paths.append(out.root.appendingPathComponent("doc\(i).json").path)
        }
        let schema = repositoryRoot.appendingPathComponent("grammar/schema/check.schema.json").path
        let result = python(["-c", validatorScript, schema] + paths)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("validated \(documents.count) documents, 0 problems"))
    }

    @Test(.enabled(if: hasJSONSchema, "SKIPPED: python3 with the `jsonschema` package is needed (pip install jsonschema)"))
    func schemaRejectsWrongDocuments() throws {
        // The schema is not vacuous: each broken document below must fail.
        let bad = [
            #"{"files": [], "warnings": 0, "diagnostics": []}"#,
            #"{"files": [], "errors": -1, "warnings": 0, "diagnostics": []}"#,
            #"{"files": [], "errors": 0, "warnings": 0, "diagnostics": [{"severity": "fatal", "code": "CP0201", "rule": null, "message": "m", "file": "a", "line": 1, "column": 1, "endLine": 1, "endColumn": 2, "help": null, "notes": [], "labels": []}]}"#,
            #"{"files": [], "errors": 0, "warnings": 0, "diagnostics": [{"severity": "error", "code": "E201", "rule": null, "message": "m", "file": "a", "line": 1, "column": 1, "endLine": 1, "endColumn": 2, "help": null, "notes": [], "labels": []}]}"#,
            #"{"files": [], "errors": 0, "warnings": 0, "diagnostics": [{"severity": "error", "code": "CP0201", "rule": null, "message": "m", "file": "a", "line": 0, "column": 1, "endLine": 1, "endColumn": 2, "help": null, "notes": [], "labels": []}]}"#,
            #"{"files": [], "errors": 0, "warnings": 0, "diagnostics": [{"severity": "error", "code": "CP0201", "rule": null, "message": "m", "file": "a", "line": null, "column": 1, "endLine": 1, "endColumn": 2, "help": null, "notes": [], "labels": []}]}"#,
            #"{"files": [], "errors": 0, "warnings": 0, "diagnostics": [{"severity": "error", "code": "CP0201", "rule": null, "message": "m", "file": null, "line": 1, "column": null, "endLine": null, "endColumn": null, "help": null, "notes": [], "labels": []}]}"#,
            #"{"files": [], "errors": 0, "warnings": 0, "diagnostics": [{"severity": "error", "code": "CP0201", "message": "m", "file": "a", "line": 1, "column": 1, "endLine": 1, "endColumn": 2, "help": null, "notes": [], "labels": []}]}"#,
        ]
        let good = #"{"files": ["a"], "errors": 1, "warnings": 0, "diagnostics": [{"severity": "error", "code": "CP0201", "rule": null, "message": "m", "file": null, "line": null, "column": null, "endLine": null, "endColumn": null, "help": null, "notes": [], "labels": []}]}"#
        let out = try Scratch()
        defer { out.remove() }
        let schema = repositoryRoot.appendingPathComponent("grammar/schema/check.schema.json").path
        try out.write("good.json", good)
        #expect(python(["-c", validatorScript, schema, out.root.appendingPathComponent("good.json").path]).status == 0)
        for (i, text) in bad.enumerated() {
            try out.write("bad\(i).json", text)
            let result = python(["-c", validatorScript, schema, out.root.appendingPathComponent("bad\(i).json").path])
            #expect(result.status == 1, "bad document \(i) passed: \(result.output)")
        }
    }

    // MARK: JSON, SARIF and GitHub agree, on every run

    @Test(arguments: repositoryRuns)
    func formatsAgreeOnRepositoryPlans(run: CheckRun) throws {
        let json = try run.run(format: "json")
        let sarif = try run.run(format: "sarif")
        let github = try run.run(format: "github")
        try checkFormatsAgree(json: json, sarif: sarif, github: github)
        if run.folder == "examples" {
            // Every example checks clean, warnings included (examples/README.md).
            let doc = try CheckDocument(json.stdout)
            // nanning-2025 is checked through tracking-2025, which includes it.
            #expect(doc.diagnostics.isEmpty && doc.files.count == 3, "\(doc.files): \(json.stdout)")
            #expect(try run.run(format: "human", extra: ["--strict"]).status == 0)
        }
    }

    @Test func formatsAgreeOnHardCases() throws {
        let s = try makeHardCases()
        defer { s.remove() }
        let args = ["check", "--today", "2025-03-01", "--format"]
        let json = try s.run(args + ["json", "."])
        let doc = try CheckDocument(json.stdout)
        // The part both programs include is reported once, under its own name.
        let unknown = doc.diagnostics.filter { $0["code"] as? String == "CP0301" && ($0["file"] as? String)?.hasSuffix("common.cplan") == true }
        #expect(unknown.count == 1, "\(unknown)")
        #expect(!doc.files.contains { $0.hasSuffix("common.cplan") })
        #expect(doc.diagnostics.contains { $0["code"] as? String == "CP0100" && $0["file"] as? String == "gbk.cplan" })
        #expect(doc.diagnostics.contains { $0["code"] as? String == "CP0111" && $0["file"] as? String == "计划/bom-crlf.cplan" && $0["line"] as? Int == 4 })
        try checkFormatsAgree(json: json, sarif: try s.run(args + ["sarif", "."]), github: try s.run(args + ["github", "."]))
        // A Chinese file name is percent-encoded in SARIF and left alone in annotations.
        let sarif = try s.run(args + ["sarif", "计划"]).stdout
        #expect(sarif.contains("%E8%AE%A1%E5%88%92/%E5%8D%97%E5%AE%81%E5%B8%82.cplan"))
        #expect(try s.run(args + ["github", "计划"]).stdout.contains("file=计划/南宁市.cplan,"))
    }

    /// JSON's counts, order and places; SARIF's structure; GitHub's line syntax; and that the
    /// three say the same thing.
    private func checkFormatsAgree(json: CLIResult, sarif: CLIResult, github: CLIResult) throws {
        let doc = try CheckDocument(json.stdout)
        let list = doc.diagnostics

        // Counts and exit status.
        #expect(doc.errors == list.count(where: { $0["severity"] as? String == "error" }))
        #expect(doc.warnings == list.count(where: { $0["severity"] as? String == "warning" }))
        #expect(json.status == (doc.errors > 0 ? 1 : 0), "stderr: \(json.stderr)")
        #expect(sarif.status == json.status && github.status == json.status)
        #expect(Set(doc.files).count == doc.files.count, "files repeated: \(doc.files)")
        #expect(json.stderr == expectedSummary(doc) + "\n")

        // Sorted by file, then line and column; placeless first; no duplicates.
        var previous: (file: String, line: Int, column: Int)? = nil
        var seen = Set<String>()
        for d in list {
            let key = try String(decoding: JSONSerialization.data(withJSONObject: d, options: [.sortedKeys]), as: UTF8.self)
            #expect(seen.insert(key).inserted, "duplicate diagnostic \(key)")
            guard let file = d["file"] as? String, let line = d["line"] as? Int, let column = d["column"] as? Int else {
                #expect(previous == nil, "a diagnostic without a place after placed ones")
                continue
            }
            if let p = previous {
                let ordered = p.file < file || (p.file == file && (p.line, p.column) <= (line, column))
                #expect(ordered, "\(p) before \(file):\(line):\(column)")
            }
            previous = (file, line, column)
            #expect(DiagnosticCatalog.entry(for: DiagnosticCode(d["code"] as? String ?? "")) != nil, "uncatalogued \(d)")
            #expect((d["rule"] as? String) == DiagnosticCode(d["code"] as? String ?? "").rule)
        }

        // SARIF 2.1.0.
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.contains("sarif-schema-2.1.0") == true)
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = try #require(runs.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "cplan")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ruleIDs = rules.compactMap { $0["id"] as? String }
        #expect(ruleIDs.count == rules.count)
        #expect(Set(ruleIDs).count == ruleIDs.count, "rule ids repeat")
        #expect(ruleIDs == DiagnosticCatalog.entries.map(\.code.id))
        for rule in rules {
            #expect((rule["shortDescription"] as? [String: Any])?["text"] as? String != nil)
            let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String
            #expect(["error", "warning", "note"].contains(level ?? ""), "\(rule["id"] ?? "?")")
        }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == list.count)
        for (result, d) in zip(results, list) {
            let ruleId = try #require(result["ruleId"] as? String)
            #expect(ruleIDs.contains(ruleId))
            #expect(ruleId == d["code"] as? String)
            if let index = result["ruleIndex"] as? Int {
                #expect(ruleIDs.indices.contains(index) && ruleIDs[index] == ruleId)
            }
            #expect(result["level"] as? String == d["severity"] as? String)
            let text = (result["message"] as? [String: Any])?["text"] as? String ?? ""
            #expect(text.hasPrefix(d["message"] as? String ?? "\u{0}"))
            let locations = try #require(result["locations"] as? [[String: Any]], "a result without a location")
            #expect(locations.count == 1)
            let related = result["relatedLocations"] as? [[String: Any]] ?? []
            #expect(related.count == (d["labels"] as? [Any])?.count ?? 0)
            for location in locations + related {
                let physical = try #require(location["physicalLocation"] as? [String: Any])
                let uri = (physical["artifactLocation"] as? [String: Any])?["uri"] as? String ?? ""
                #expect(!uri.isEmpty && !uri.contains(" ") && uri.unicodeScalars.allSatisfy(\.isASCII), "uri \(uri)")
                let region = try #require(physical["region"] as? [String: Any])
                let startLine = try #require(region["startLine"] as? Int)
                #expect(startLine >= 1)
                for key in ["startColumn", "endLine", "endColumn"] {
                    if let v = region[key] as? Int { #expect(v >= 1, "\(key) = \(v)") }
                }
                if let endLine = region["endLine"] as? Int { #expect(endLine >= startLine) }
            }
            if let line = d["line"] as? Int {
                let region = (locations.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
                #expect(region?["startLine"] as? Int == line)
                #expect(region?["startColumn"] as? Int == d["column"] as? Int)
                #expect(region?["endColumn"] as? Int == d["endColumn"] as? Int)
            }
        }

        // GitHub workflow commands: one line per diagnostic.
        let lines = github.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(github.stdout.isEmpty || github.stdout.hasSuffix("\n"))
        #expect(lines.count == list.count)
        let pattern = /^::(error|warning|notice) file=([^,:]+),line=([0-9]+),col=([0-9]+),endLine=[0-9]+,endColumn=[0-9]+,title=[^:]+::(.+)$/
        let placeless = /^::(error|warning|notice) title=[^:]+::(.+)$/
        for (line, d) in zip(lines, list) {
            if let m = try pattern.wholeMatch(in: String(line)) {
                let command = d["severity"] as? String == "note" ? "notice" : d["severity"] as? String
                #expect(String(m.1) == command)
                #expect(Int(m.3) == d["line"] as? Int && Int(m.4) == d["column"] as? Int, "\(line)")
                #expect(!m.5.contains("\n"))
            } else {
                let matchesPlaceless = try placeless.wholeMatch(in: String(line)) != nil
                #expect(d["file"] is NSNull && matchesPlaceless, "bad annotation: \(line)")
            }
        }
    }

    // MARK: behaviour of `cplan check`

    @Test func filesAndFoldersInOneRunSortedWithoutDuplicates() throws {
        let s = try Scratch()
        defer { s.remove() }
        let warnOnly = "plan \"P\" {\n  year 2025\n}\npolicy {\n  min_topic_consultations 0\n}\n"
        try s.write("z.cplan", warnOnly + "member a \"A\" { committee x }\nmember b \"B\" { committee y }\n")
        try s.write("dir/b.cplan", warnOnly + "include \"part.cplan\"\n")
        try s.write("dir/a.cplan", warnOnly + "include \"part.cplan\"\nmember c \"C\" { committee q }\n")
        try s.write("dir/part.cplan", "member p \"P\" { committee missing }\n")
        // A file given twice, once inside a folder given too, in no particular order.
        let r = try s.run(["check", "--format", "json", "--today", "2025-03-01", "z.cplan", "dir", "./z.cplan", "dir/a.cplan"])
        let doc = try CheckDocument(r.stdout)
        #expect(doc.files.count == 3, "\(doc.files)")
        #expect(Set(doc.files.map { ($0 as NSString).lastPathComponent }) == ["z.cplan", "a.cplan", "b.cplan"])
        let places = doc.diagnostics.map { "\($0["file"] as? String ?? "-"):\($0["line"] as? Int ?? 0):\($0["code"] as? String ?? "")" }
        #expect(places == [
            "dir/a.cplan:1:CP0603", "dir/a.cplan:8:CP0301", "dir/b.cplan:1:CP0603",
            "dir/part.cplan:1:CP0301", "z.cplan:1:CP0603", "z.cplan:7:CP0301", "z.cplan:8:CP0301",
        ])
        #expect(r.status == 1)
        #expect(r.stderr == "4 errors, 3 warnings in 3 files\n")
        // Human output: the same order, the summary on stderr only.
        let human = try s.run(["check", "--today", "2025-03-01", "dir", "z.cplan"])
        let arrows = human.stdout.split(separator: "\n").filter { $0.hasPrefix(" --> ") }.map { $0.dropFirst(5) }
        #expect(arrows == ["dir/a.cplan:1:1", "dir/a.cplan:8:26", "dir/b.cplan:1:1", "dir/part.cplan:1:26",
                           "z.cplan:1:1", "z.cplan:7:26", "z.cplan:8:26"])
        #expect(!human.stdout.contains("in 3 files"))
        #expect(human.stderr == "4 errors, 3 warnings in 3 files\n")
    }

    @Test func exitCodesAndSummaries() throws {
        let s = try Scratch()
        defer { s.remove() }
        let header = "plan \"P\" {\n  year 2025\n}\npolicy {\n  min_topic_consultations 0\n}\n"
        try s.write("clean.cplan", header + "meeting q \"全体会议\" { form plenary  date 2025-01-10 }\n")
        try s.write("warn.cplan", header)
        try s.write("error.cplan", header + "meeting q \"全体会议\" { form plenary  date 2025-02-30 }\n")
        try s.write("two-errors.cplan", header + "member a \"A\" { committee x }\nmember b \"B\" { committee y }\n")
        try FileManager.default.createSymbolicLink(
            atPath: s.root.appendingPathComponent("dangling.cplan").path, withDestinationPath: "nowhere.cplan")
        let today = ["--today", "2025-01-01", "--locale", "en"]

        func check(_ args: [String]) throws -> CLIResult { try s.run(["check"] + today + args) }

        let clean = try check(["clean.cplan"])
        #expect(clean.status == 0 && clean.stdout.isEmpty && clean.stderr == "no problems in 1 file\n", "\(clean)")
        #expect(try check(["--strict", "clean.cplan"]).status == 0)

        let warn = try check(["warn.cplan"])
        #expect(warn.status == 0 && warn.stderr == "1 warning in 1 file\n", "\(warn)")
        #expect(warn.stdout.contains("warning[CP0603]"))
        let strict = try check(["--strict", "warn.cplan"])
        #expect(strict.status == 1 && strict.stderr == "1 warning in 1 file\n")
        #expect(try check(["--strict", "--format", "github", "warn.cplan", "clean.cplan"]).status == 1)

        // A file with a syntax error gets only syntax diagnostics (LANGUAGE.md 6): no no_plenary warning.
        let error = try check(["error.cplan"])
        #expect(error.status == 1 && error.stderr == "1 error in 1 file\n", "\(error)")
        #expect(try check(["--format", "sarif", "error.cplan"]).status == 1)
        let all = try check(["clean.cplan", "warn.cplan", "error.cplan", "two-errors.cplan"])
        #expect(all.status == 1 && all.stderr == "3 errors, 2 warnings in 4 files\n", "\(all.stderr)")

        // Usage and I/O errors: 2, even when other files were checked.
        let missing = try check(["clean.cplan", "missing.cplan"])
        #expect(missing.status == 2 && missing.stderr.contains("missing.cplan"))
        let dangling = try check(["dangling.cplan"])
        #expect(dangling.status == 2, "\(dangling)")
        #expect(try check(["--format", "xml", "clean.cplan"]).status == 2)
        #expect(try check(["--strictly", "clean.cplan"]).status == 2)
        #expect(try s.run(["check"]).status == 2)
        try s.write("no-plans/readme.txt", "nothing here")
        #expect(try check(["no-plans"]).status == 2)
        if getuid() != 0 {
            try s.write("locked.cplan", header)
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: s.root.appendingPathComponent("locked.cplan").path)
            #expect(try check(["locked.cplan"]).status == 2)
        }
    }

    @Test func checkHelpDocumentsEveryExitCode() throws {
        let r = try runCPlan(["check", "--help"])
        #expect(r.status == 0)
        let help = r.stdout
        #expect(help.contains("Exit codes:"))
        #expect(help.contains("  0  no errors (warnings allowed unless --strict)"))
        #expect(help.contains("  1  at least one error, or a warning with --strict"))
        #expect(help.contains("  2  a usage or I/O error"))
        #expect(help.contains("human, json, github") && help.contains("sarif"))
        // Continuation lines of the exit-code list stay indented under their code.
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        let two = try #require(lines.firstIndex { $0.hasPrefix("  2  ") })
        var i = two + 1
        while i < lines.count, lines[i].hasPrefix(" ") {
            #expect(lines[i].hasPrefix("     "), "badly wrapped: \(lines[i])")
            i += 1
        }
        #expect(i > two + 1 && lines[two + 1].hasPrefix("     "), "the text of exit code 2 is not indented under it")
    }

    // MARK: what the README and the hook file promise

    @Test func preCommitHooksRunAsWritten() throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        // `- id: X` … `entry: cplan …` … optional `args: [a, b]` … optional `pass_filenames: false`.
        var hooks: [(id: String, entry: [String], args: [String], passFilenames: Bool)] = []
        for line in text.split(separator: "\n").map(String.init) {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("- id: ") {
                hooks.append((String(t.dropFirst(6)), [], [], true))
            } else if !hooks.isEmpty, t.hasPrefix("entry: ") {
                hooks[hooks.count - 1].entry = t.dropFirst(7).split(separator: " ").map(String.init)
            } else if !hooks.isEmpty, t.hasPrefix("args: [") {
                hooks[hooks.count - 1].args = t.dropFirst(7).dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            } else if !hooks.isEmpty, t == "pass_filenames: false" {
                hooks[hooks.count - 1].passFilenames = false
            } else if !hooks.isEmpty, t.hasPrefix("files: ") || t.hasPrefix("language: ") {
                #expect(t == "files: \\.cplan$" || t == "language: system", "\(t)")
            }
        }
        #expect(hooks.map(\.id) == ["cplan-check", "cplan-fmt"])
        #expect(hooks.first?.entry == ["cplan", "check", "--strict"])
        #expect(hooks.last?.entry == ["cplan", "fmt", "--check"])

        let s = try Scratch()
        defer { s.remove() }
        try s.write("plans/main.cplan", "plan \"P\" {\n  year 2025\n}\npolicy {\n  min_topic_consultations 0\n}\ninclude \"part.cplan\"\nmeeting q \"全体会议\" { form plenary  date 2025-01-10 }\n")
        try s.write("plans/part.cplan", "committee c \"委员会\"\n")
        #expect(try s.run(["fmt", "-w", "plans"]).status == 0)
        // As pre-commit runs them: entry + args (+ the changed files unless pass_filenames is false).
        func runHooks(changed: [String]) throws -> [String: Int32] {
            var status: [String: Int32] = [:]
            for hook in hooks {
                let argv = Array(hook.entry.dropFirst()) + hook.args + (hook.passFilenames ? changed : [])
                status[hook.id] = try s.run(argv).status
            }
            return status
        }
        #expect(try runHooks(changed: ["plans/part.cplan"]) == ["cplan-check": 0, "cplan-fmt": 0])
        try s.write("plans/part.cplan", "committee c \"委员会\"\nmember m   \"M\" { committee c }\n")
        let failing = try runHooks(changed: ["plans/part.cplan"])
        #expect(failing["cplan-fmt"] == 1)
        try s.write("plans/part.cplan", "committee c \"委员会\"\nmember m \"M\" { committee nope }\n")
        #expect(try runHooks(changed: ["plans/part.cplan"])["cplan-check"] == 1)
    }

    @Test func readmeCommandsExist() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("swift run cplan check examples/nanning-2025.cplan"))
        #expect(readme.contains("\nswift test "))
        let help = try runCPlan(["--help"]).stdout
        var commands = Set<String>()
        for m in readme.matches(of: /\| `cplan ([a-z]+)( attendance)?/) { commands.insert(String(m.1) + String(m.2 ?? "")) }
        #expect(commands.count >= 8, "\(commands)")
        for command in commands.sorted() where command != "repl" {
            #expect(help.contains("  \(command.split(separator: " ")[0]) "), "`cplan \(command)` is not in cplan --help")
            let r = try runCPlan(command.split(separator: " ").map(String.init) + ["--help"])
            #expect(r.status == 0, "cplan \(command) --help: \(r.stderr)")
        }
        #expect(readme.contains("--format github") && readme.contains("--format sarif") && readme.contains("upload-sarif"))
    }

    // MARK: explain

    @Test func explainPrintsEveryCodeAndRule() throws {
        for entry in DiagnosticCatalog.entries {
            for spelling in [entry.code.id, entry.code.id.lowercased()] {
                let r = try runCPlan(["explain", spelling])
                #expect(r.status == 0, "\(spelling): \(r.stderr)")
                #expect(r.stdout.hasPrefix("\(entry.code.id): \(entry.title)\n"), "\(spelling)")
                #expect(r.stdout.contains("Example that triggers it:") && r.stdout.contains("Corrected:"))
                #expect(r.stderr.isEmpty)
            }
        }
        for rule in DiagnosticCatalog.ruleNames.sorted() {
            let r = try runCPlan(["explain", rule])
            #expect(r.status == 0, "\(rule): \(r.stderr)")
            #expect(r.stdout.contains("Rule:             \(rule)\n"), "\(rule)")
        }
    }
}

/// `"1 error"`, `"2 warnings"`.
private func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

/// The summary line `cplan check` prints on stderr for a document.
private func expectedSummary(_ doc: CheckDocument) -> String {
    var parts: [String] = []
    if doc.errors > 0 { parts.append(plural(doc.errors, "error")) }
    if doc.warnings > 0 { parts.append(plural(doc.warnings, "warning")) }
    let files = plural(doc.files.count, "file")
    return parts.isEmpty ? "no problems in \(files)" : parts.joined(separator: ", ") + " in \(files)"
}
