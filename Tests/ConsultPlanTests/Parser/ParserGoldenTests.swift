// Golden files: every `ok-*.cplan` under Fixtures/parser parses with no
// diagnostics and its dumpTree matches `ok-*.tree` (UPDATE_GOLDEN=1 rewrites them).
import Foundation
import Testing
@testable import ConsultPlan

/// The fixtures folder, found from this file's path (not a bundle resource).
let parserFixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/parser")

/// The names of the `ok-*.cplan` fixtures, sorted.
let okFixtures: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: parserFixtures.path)) ?? []
    return names.filter { $0.hasPrefix("ok-") && $0.hasSuffix(".cplan") }.sorted()
}()

@Test func fixturesExist() {
    #expect(okFixtures.count >= 6)
}

@Test(arguments: okFixtures)
func okFixtureParsesCleanAndMatchesGolden(_ name: String) throws {
    let source = try String(contentsOf: parserFixtures.appendingPathComponent(name), encoding: .utf8)
    let parsed = parse(source)
    #expect(parsed.summary == [], "diagnostics in \(name): \(parsed.diagnostics.map(\.message))")
    let dump = dumpTree(parsed.program)
    let golden = parserFixtures.appendingPathComponent(name.replacingOccurrences(of: ".cplan", with: ".tree"))
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try dump.write(to: golden, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(dump == expected, "dumpTree of \(name) differs from \(golden.lastPathComponent)")
}

@Test func chineseSectionOneHasTheEnglishShape() throws {
    let en = try String(contentsOf: parserFixtures.appendingPathComponent("ok-section1.cplan"), encoding: .utf8)
    let zh = try String(contentsOf: parserFixtures.appendingPathComponent("ok-section1-zh.cplan"), encoding: .utf8)
    let a = parse(en), b = parse(zh)
    #expect(a.summary == [] && b.summary == [])
    #expect(dumpTree(a.program, spellings: false) == dumpTree(b.program, spellings: false))
    // With spellings the dumps differ: the Chinese keywords are kept.
    #expect(dumpTree(b.program).contains("meeting@协商活动"))
    #expect(dumpTree(b.program).contains("(before@之前)") == false)
    #expect(dumpTree(b.program).contains("before@之前"))
}

@Test func dumpTreeIsDeterministicAndSpanFree() throws {
    let text = "meeting m \"T\" { form plenary  date 2025-01-08 }\n"
    let a = parse(text)
    let b = parse("\n\n   " + text.replacingOccurrences(of: "  ", with: "     "))
    #expect(dumpTree(a.program) == dumpTree(b.program))
    #expect(dumpTree(a.program) == """
        (program
          (meeting m (title "T")
            (body
              (form plenary)
              (date (date 2025-01-08)))))

        """)
}
