// Before/after golden files for the formatter: Fixtures/format/NAME.cplan is
// the messy input, NAME.formatted.cplan the expected output (UPDATE_GOLDEN=1 rewrites).

import Foundation
import Testing
@testable import ConsultPlan

private let formatFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/format")

@Test func formatterGoldenFiles() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: formatFixtures.path)
        .filter { $0.hasSuffix(".cplan") && !$0.hasSuffix(".formatted.cplan") }.sorted()
    #expect(!names.isEmpty)
    for name in names {
        let input = try Data(contentsOf: formatFixtures.appendingPathComponent(name))
        let result = Formatter.format(SourceFile(name: name, bytes: Array(input)))
        guard let out = result.formatted else {
            Issue.record("\(name) did not format: \(result.diagnostics.map(\.message))")
            continue
        }
        let golden = formatFixtures.appendingPathComponent(name.replacingOccurrences(of: ".cplan", with: ".formatted.cplan"))
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(out.utf8).write(to: golden)
            continue
        }
        let expected = (try? String(contentsOf: golden, encoding: .utf8)) ?? "<missing golden file>"
        #expect(out == expected, "\(name):\n\(LineDiff.unified(old: expected, new: out, oldName: "expected", newName: "actual"))")
    }
}

@Test func fileWithSyntaxErrorsIsNotFormatted() {
    let result = Formatter.format(source: "meeting x {\n  form plenary\n")
    #expect(result.formatted == nil)
    #expect(result.diagnostics.contains { $0.severity == .error })
}

@Test func lineDiffShowsOnlyChangedHunks() {
    let old = (1...20).map { "line \($0)" }.joined(separator: "\n") + "\n"
    let new = old.replacingOccurrences(of: "line 10\n", with: "line ten\n")
    let d = LineDiff.unified(old: old, new: new, oldName: "a", newName: "b")
    #expect(d.contains("-line 10\n+line ten\n"))
    #expect(d.contains("@@ -7,7 +7,7 @@"))
    #expect(LineDiff.unified(old: old, new: old, oldName: "a", newName: "b").isEmpty)
}
