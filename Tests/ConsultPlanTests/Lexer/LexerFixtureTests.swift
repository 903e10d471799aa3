// Fixture-driven lexer tests: the spec's section 1 example lexes cleanly, and
// golden dumps of tokens and diagnostics (rewritten when UPDATE_GOLDEN=1).
import Foundation
import Testing
@testable import ConsultPlan

/// The folder of the lexer fixtures, found from this file's path.
private let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/lexer")

/// Lexes a fixture, with a source map for line and column.
private func lexFixture(_ name: String) throws -> (SourceMap, TokenStream) {
    let data = try Data(contentsOf: fixtures.appendingPathComponent(name))
    var map = SourceMap()
    let id = map.add(SourceFile(name: name, bytes: Array(data)))
    return (map, Lexer.tokenize(map[id], id: id))
}

/// Compares `actual` with the golden file, or rewrites it when UPDATE_GOLDEN=1.
private func checkGolden(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let url = fixtures.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "golden \(name) differs; run with UPDATE_GOLDEN=1 to rewrite", sourceLocation: sourceLocation)
}

@Suite struct LexerFixtureTests {
    @Test func specExampleLexesWithoutDiagnostics() throws {
        let (map, stream) = try lexFixture("spec-example.cplan")
        #expect(stream.diagnostics.isEmpty, "\(stream.diagnostics.map(\.message))")
        #expect(!stream.tokens.contains { $0.kind == .invalid })
        #expect(stream.comments.count == 7)
        let lines = stream.tokens.map { t -> String in
            let loc = map.location(of: t.span)
            return "\(loc.line):\(loc.column)\(t.atLineStart ? "^" : "") \(dump(t))"
        }
        try checkGolden(lines.joined(separator: "\n") + "\n", "spec-example.tokens")
    }

    @Test func specExampleStatementEnds() throws {
        let (_, stream) = try lexFixture("spec-example.cplan")
        // The `topics` list continues over its trailing comma; `require … else` is one statement.
        let t = stream.tokens
        guard let topics = t.firstIndex(where: { $0.text == "topics" }) else {
            Issue.record("no topics")
            return
        }
        let list = t[topics...].prefix { $0.kind != .newline && !$0.is(.rightBrace) }
        #expect(list.filter { $0.kind == .string }.count == 8)
        guard let require = t.firstIndex(where: { $0.is(.require) }) else { return }
        #expect(t[require...].contains { $0.is(.else) })
        #expect(!t[require...].contains { $0.kind == .newline })
    }

    @Test func errorFixtureGoldenDiagnostics() throws {
        let (map, stream) = try lexFixture("errors.cplan")
        let lines = stream.diagnostics.map { d -> String in
            let loc = map.location(of: d.span)
            var s = "\(loc.line):\(loc.column) \(d.code) \(d.severity.rawValue): \(d.message)"
            if let help = d.help { s += "\n    help: \(help)" }
            for f in d.fixIts {
                let from = map.location(of: f.span)
                s += "\n    fix: \(from.line):\(from.column)+\(f.span.length) → \(f.replacement.debugDescription)"
            }
            return s
        }
        try checkGolden(lines.joined(separator: "\n") + "\n", "errors.diagnostics")
        #expect(Set(stream.diagnostics.map(\.code.id)).count >= 12)
    }
}
