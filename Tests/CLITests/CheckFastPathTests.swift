// The direct reader of plain `cplan check` lines: which lines it takes, and that
// each gives exactly what the ArgumentParser path gives for the same request.

import Foundation
import Testing
@testable import cplan

@Suite("check fast path")
struct CheckFastPathTests {
    @Test func takesOnlyPlainCheckLines() {
        let taken: [[String]] = [
            ["check", "a.cplan"],
            ["check", "--today", "2025-06-01", "a.cplan", "b.cplan"],
            ["check", "a.cplan", "--strict", "--format", "json", "--locale", "en", "--color", "never", "--no-color"],
        ]
        for line in taken { #expect(CheckFastPath.command(for: line) != nil, "\(line)") }
        let left: [[String]] = [
            [], ["check"], ["schedule", "a.cplan"], ["check", "--help"], ["check", "-h"], ["check", "help"],
            ["check", "--today=2025-06-01", "a.cplan"], ["check", "--today", "2025-13-01", "a.cplan"],
            ["check", "--today", "2025-06-01", "--today", "2025-06-02", "a.cplan"], ["check", "--strict", "--strict", "a.cplan"],
            ["check", "--format", "xml", "a.cplan"], ["check", "--locale", "fr", "a.cplan"], ["check", "--color", "red", "a.cplan"],
            ["check", "--today"], ["check", "--format", "--strict", "a.cplan"], ["check", "--", "a.cplan"], ["check", "-", "a.cplan"],
            ["check", "--unknown", "a.cplan"], ["check", "--version", "a.cplan"],
        ]
        for line in left { #expect(CheckFastPath.command(for: line) == nil, "\(line)") }
    }

    @Test func setsEveryOption() throws {
        let c = try #require(CheckFastPath.command(for: ["check", "x.cplan", "--strict", "--format", "sarif", "--today", "2025-01-02", "--locale", "en", "--color", "always", "--no-color", "y.cplan"]))
        #expect(c.files == ["x.cplan", "y.cplan"])
        #expect(c.strict && c.format == .sarif)
        #expect(c.settings.today == "2025-01-02" && c.settings.locale == "en" && c.settings.color == .always && c.settings.noColor)
        let d = try #require(CheckFastPath.command(for: ["check", "x.cplan"]))
        #expect(!d.strict && d.format == .human && d.settings.today == nil && d.settings.locale == nil && d.settings.color == .auto && !d.settings.noColor)
    }

    /// The same request through both paths (`--today=D` makes ArgumentParser read the line).
    @Test func sameOutputAsArgumentParser() throws {
        let s = try Scratch()
        defer { s.remove() }
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        try s.write("clean.cplan", try Data(contentsOf: fixtures.appendingPathComponent("spec-clean.cplan")))
        try s.write("broken.cplan", "plan \"计划 {\n  year 2025\n}\n")
        let cases: [[String]] = [
            ["clean.cplan"], ["broken.cplan"], ["clean.cplan", "broken.cplan", "--strict"], ["missing.cplan"],
            ["broken.cplan", "--format", "json", "--locale", "en"], ["broken.cplan", "--format", "sarif"],
            ["broken.cplan", "--format", "github", "--color", "always"], ["broken.cplan", "--color", "always", "--no-color"],
        ]
        for rest in cases {
            let fast = try s.run(["check", "--today", "2025-06-01"] + rest)
            let parsed = try s.run(["check", "--today=2025-06-01"] + rest)
            #expect(fast.status == parsed.status, "\(rest)")
            #expect(fast.stdout == parsed.stdout, "\(rest)")
            #expect(fast.stderr == parsed.stderr, "\(rest)")
        }
    }
}
