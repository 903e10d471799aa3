// The machine formats of `cplan check`: JSON (LANGUAGE.md 8.1), GitHub workflow
// commands, SARIF 2.1.0, the summary line, merging, and JSON string escaping.

import Foundation
import Testing
@testable import ConsultPlan

@Suite("Check report formats")
struct CheckReportTests {
    /// Two files, an error with a label and help, a warning under Chinese text, and a placeless note.
    /// The codes are outside the catalog so the goldens do not change when it grows.
    private func sample() -> (SourceMap, [Diagnostic]) {
        var s = TestSources()
        let f = s.add("plan.cplan", "meeting m {\n  form plenery\n}\n")
        let g = s.add("docs/计划 2025.cplan", "title \"春季\"，\n")
        let e = Diagnostic(DiagnosticCode("CP9901"), "unknown form `plenery`", at: s.span("plenery", in: f), severity: .error,
                           labels: [DiagnosticLabel(s.span("m", in: f, occurrence: 2), "in this meeting")],
                           notes: ["forms: plenary, standing"], help: "did you mean `plenary`?")
        let w = Diagnostic(DiagnosticCode("CP9902"), "full-width `，` \"here\"", at: s.span("，", in: g), severity: .warning)
        let n = Diagnostic(DiagnosticCode("CP9903"), "line1\nline2: 100%, done", at: .none, severity: .note)
        return (s.map, [e, w, n])
    }

    @Test func jsonMatchesGoldenAndParses() throws {
        let (map, ds) = sample()
        let text = CheckReport.json(files: ["plan.cplan", "docs/计划 2025.cplan"], diagnostics: ds, sources: map)
        #expect(text == golden("check.json", text))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 1)
        #expect(object["warnings"] as? Int == 1)
        #expect(object["files"] as? [String] == ["plan.cplan", "docs/计划 2025.cplan"])
        let list = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(list.count == 3)
        #expect(list[0]["line"] as? Int == 2)
        #expect(list[0]["column"] as? Int == 8)
        #expect(list[0]["endColumn"] as? Int == 15)
        #expect(list[0]["rule"] is NSNull)
        #expect(list[0]["help"] as? String == "did you mean `plenary`?")
        #expect(list[1]["message"] as? String == "full-width `，` \"here\"")
        #expect(list[1]["column"] as? Int == 11)
        #expect(list[2]["file"] is NSNull)
        // Keys in the documented order.
        let keys = ["\"severity\"", "\"code\"", "\"rule\"", "\"message\"", "\"file\"", "\"line\"", "\"column\"", "\"endLine\"", "\"endColumn\"", "\"help\"", "\"notes\""]
        let positions = keys.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
    }

    @Test func emptyJSON() {
        let text = CheckReport.json(files: ["a.cplan"], diagnostics: [], sources: SourceMap())
        #expect(text == "{\n  \"files\": [\n    \"a.cplan\"\n  ],\n  \"errors\": 0,\n  \"warnings\": 0,\n  \"diagnostics\": []\n}\n")
    }

    @Test func githubAnnotations() {
        let (map, ds) = sample()
        let text = CheckReport.github(diagnostics: ds, sources: map)
        let expected = """
            ::error file=plan.cplan,line=2,col=8,endLine=2,endColumn=15,title=CP9901::unknown form `plenery`%0Anote: forms: plenary, standing%0Ahelp: did you mean `plenary`?
            ::warning file=docs/计划 2025.cplan,line=1,col=11,endLine=1,endColumn=12,title=CP9902::full-width `，` "here"
            ::notice title=CP9903::line1%0Aline2: 100%25, done

            """
        #expect(text == expected)
        #expect(CheckReport.escapeProperty("a:b,c%\r\n") == "a%3Ab%2Cc%25%0D%0A")
    }

    @Test func sarifShape() throws {
        let (map, ds) = sample()
        let text = CheckReport.sarif(files: ["plan.cplan"], diagnostics: ds, sources: map, informationURI: "https://example.com/cplan")
        // The golden holds the results only: the rules are the catalog, which other work extends.
        let resultsText = String(text[(text.range(of: "\"columnKind\"")?.lowerBound ?? text.startIndex)...])
        #expect(resultsText == golden("check.sarif-results", resultsText))
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.hasSuffix("sarif-schema-2.1.0.json") == true)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "cplan")
        #expect(driver["informationUri"] as? String == "https://example.com/cplan")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == DiagnosticCatalog.entries.count)
        for rule in rules {
            #expect(rule["id"] is String)
            #expect(rule["name"] is String)
            #expect((rule["defaultConfiguration"] as? [String: Any])?["level"] is String)
        }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 3)
        #expect(results.map { $0["level"] as? String } == ["error", "warning", "note"])
        for r in results {
            // Code scanning rejects results without a location.
            let location = try #require((r["locations"] as? [[String: Any]])?.first)
            let physical = try #require(location["physicalLocation"] as? [String: Any])
            #expect((physical["region"] as? [String: Any])?["startLine"] is Int)
        }
        let second = (results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect((second?["artifactLocation"] as? [String: Any])?["uri"] as? String == "docs/%E8%AE%A1%E5%88%92%202025.cplan")
        #expect(results[0]["relatedLocations"] is [[String: Any]])
    }

    @Test func summaryLine() {
        let e = Diagnostic(DiagnosticCode("CP0301"), "e", at: .none, severity: .error)
        let w = Diagnostic(DiagnosticCode("CP0110"), "w", at: .none, severity: .warning)
        let n = Diagnostic(DiagnosticCode("CP0699"), "n", at: .none, severity: .note)
        #expect(CheckReport.summary(fileCount: 4, diagnostics: [e, e, w, w, w]) == "2 errors, 3 warnings in 4 files")
        #expect(CheckReport.summary(fileCount: 1, diagnostics: [e]) == "1 error in 1 file")
        #expect(CheckReport.summary(fileCount: 2, diagnostics: [w]) == "1 warning in 2 files")
        #expect(CheckReport.summary(fileCount: 4, diagnostics: [n]) == "no problems in 4 files")
    }

    @Test func collectionMergesFilesByNameDeduplicatesAndSorts() {
        // Two evaluations that both include common.cplan report the same finding there.
        var first = SourceMap()
        let b = first.add(SourceFile(name: "b.cplan", text: "include \"common.cplan\"\nx\n"))
        let c1 = first.add(SourceFile(name: "common.cplan", text: "bad\n"))
        var second = SourceMap()
        let a = second.add(SourceFile(name: "a.cplan", text: "include \"common.cplan\"\n"))
        let c2 = second.add(SourceFile(name: "common.cplan", text: "bad\n"))
        let inCommon1 = Diagnostic(DiagnosticCode("CP0101"), "bad", at: Span(file: c1, start: 0, end: 3), severity: .error)
        let inCommon2 = Diagnostic(DiagnosticCode("CP0101"), "bad", at: Span(file: c2, start: 0, end: 3), severity: .error)
        let inB = Diagnostic(DiagnosticCode("CP0102"), "x", at: Span(file: b, start: 23, end: 24), severity: .warning)
        let inA = Diagnostic(DiagnosticCode("CP0103"), "a", at: Span(file: a, start: 0, end: 7), severity: .warning)
        var all = DiagnosticCollection()
        all.add([inB, inCommon1], from: first)
        all.add([inCommon2, inA], from: second)
        #expect(all.sources.files.map(\.name) == ["b.cplan", "common.cplan", "a.cplan"])
        let sorted = all.sorted()
        #expect(sorted.map(\.code.id) == ["CP0103", "CP0102", "CP0101"])
        #expect(all.sources.location(of: sorted[2].span).file == "common.cplan")
    }

    @Test func jsonStringEscaping() {
        #expect(JSONWriter.quoted("a\"b\\c\n\t\r\u{08}\u{0C}\u{01}\u{7F}\u{2028}中/") == "\"a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\\u007f\\u2028中/\"")
        let v: JSONValue = .object(["a": .array([]), "b": .object([JSONMember]()), "c": .array([.int(1), .null, .bool(true), .number("2.5")])])
        #expect(v.serialized() == "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    null,\n    true,\n    2.5\n  ]\n}")
        #expect(v.serialized(pretty: false) == "{\"a\":[],\"b\":{},\"c\":[1,null,true,2.5]}")
    }

    @Test func fileURIs() {
        #expect(CheckReport.fileURI("examples/plan.cplan") == "examples/plan.cplan")
        #expect(CheckReport.fileURI("/tmp/a b.cplan") == "file:///tmp/a%20b.cplan")
    }

    @Test func explanationsComeFromTheCatalog() {
        #expect(explanation(for: "CP9999") == nil)
        #expect(explanation(for: "no-such-rule") == nil)
        for entry in DiagnosticCatalog.entries {
            let text = explanation(for: entry.code.id.lowercased())
            #expect(text?.hasPrefix("\(entry.code.id): \(entry.title)\n") == true)
            #expect(text?.contains("Example that triggers it:") == true)
            #expect(text?.contains("Corrected:") == true)
            if let rule = entry.rule { #expect(explanation(for: rule) != nil) }
        }
        #expect(explanationList().split(separator: "\n").count == DiagnosticCatalog.entries.count)
    }

    @Test func explanationLayout() {
        let info = DiagnosticInfo("CP0000", rule: "demo", severity: .warning, title: "a demo",
                                  explanation: "Explains.\n", bad: "plan \"P\" {\n  year 2025\n}\n", good: "plan \"Q\" {}")
        let expected = """
            CP0000: a demo

              Rule:             demo
              Default severity: warning

            Explains.

            Example that triggers it:

                plan "P" {
                  year 2025
                }

            Corrected:

                plan "Q" {}

            """
        #expect(explanation(of: info) == expected)
    }
}
