// Golden files: every `*.cplan` under Fixtures/checks is evaluated (today 2025-06-01),
// checked and rendered; the result must equal its `.diagnostics` file (UPDATE_GOLDEN=1 rewrites).

import Foundation
import Testing
@testable import ConsultPlan

/// The fixtures folder, found from this file's path.
let checkFixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/checks")

/// The fixture names, sorted.
let checkFixtureNames: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: checkFixtures.path)) ?? []
    return names.filter { $0.hasSuffix(".cplan") }.sorted()
}()

/// Diagnostics as `cplan check` shows them, then one summary line per diagnostic
/// (code, rule, severity) so a golden diff is easy to read.
func renderChecked(_ result: CheckedProgram) -> String {
    let renderer = DiagnosticRenderer(sources: result.sources)
    var out = result.diagnostics.map { renderer.render($0) }.joined(separator: "\n")
    out += "\n-- summary --\n"
    for d in result.diagnostics {
        let at = result.sources.location(of: d.span)
        out += "\(at.line):\(at.column) \(d.severity.rawValue)[\(d.code.id)] \(d.rule ?? "-")\n"
    }
    return out
}

@Test func checkFixturesExist() {
    #expect(checkFixtureNames.count >= 8)
}

@Test(arguments: checkFixtureNames)
func checkFixtureMatchesGolden(_ name: String) throws {
    let source = try String(contentsOf: checkFixtures.appendingPathComponent(name), encoding: .utf8)
    let rendered = renderChecked(checkProgram(source, name: name, today: "2025-06-01"))
    let golden = checkFixtures.appendingPathComponent(name.replacingOccurrences(of: ".cplan", with: ".diagnostics"))
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try rendered.write(to: golden, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(rendered == expected, "checking \(name) differs from \(golden.lastPathComponent)")
}

@Test func sectionOneChecksClean() throws {
    // LANGUAGE.md 1: "This example checks clean: no errors, no warnings."
    let source = try String(contentsOf: checkFixtures.appendingPathComponent("section1.cplan"), encoding: .utf8)
    let result = checkProgram(source, name: "section1.cplan", today: "2025-01-01")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.code.id) \($0.message)" })")
}
