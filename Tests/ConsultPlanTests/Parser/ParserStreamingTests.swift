// The streaming parse (`keepTokens: false`, what the engine uses) against the
// whole-token-array parse: the same tree and diagnostics on every kind of input.
import Foundation
import Testing
@testable import ConsultPlan

private let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Parses `text` both ways and expects the same program and diagnostics.
private func expectSameParse(_ text: String, limits: Limits = Limits(), sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let file = SourceFile(name: "t.cplan", text: text)
    let kept = Parser.parse(file, id: FileID(0), mode: .file, limits: limits)
    let streamed = Parser.parse(file, id: FileID(0), mode: .file, limits: limits, keepTokens: false)
    #expect(streamed.program == kept.program, sourceLocation: sourceLocation)
    #expect(streamed.diagnostics == kept.diagnostics, sourceLocation: sourceLocation)
    #expect(streamed.comments == kept.comments, sourceLocation: sourceLocation)
    #expect(streamed.tokens.isEmpty, sourceLocation: sourceLocation)
}

@Suite struct ParserStreamingTests {
    @Test func examplesParseTheSame() throws {
        let folder = repositoryRoot.appendingPathComponent("examples")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".cplan") }
        #expect(!names.isEmpty)
        for name in names {
            expectSameParse(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
    }

    @Test func brokenInputParsesTheSame() {
        for text in [
            "", "\u{FEFF}plan \"x\" { year 2025 }", "meeting m \"a\" {\n  date 2025-13-01\n",
            "meeting m \"unterminated\n}\n", "let x = ((((1\n", "}}}\n) ]\n", "meeting 会议 “弯引号” { form plenary }",
            "let s = \"a\\(b\\(c))\"\nlet t = x_\\(1", "/* open comment\n meeting", "if true {\n else\n",
            String(repeating: "(", count: 400) + "1", String(repeating: "if true {\n", count: 300),
        ] {
            expectSameParse(text)
        }
        var short = Limits()
        short.maxLineBytes = 100
        expectSameParse(String(repeating: "x", count: 300) + "\nlet a = 1", limits: short)
    }

    @Test func manyStatementsParseTheSameAcrossWindowBoundaries() {
        // Far more tokens than the window keeps (drops every 16K tokens, refills by
        // 1K), with errors and multi-line statements scattered across the boundaries.
        var text = ""
        for i in 0..<6_000 {
            switch i % 7 {
            case 0: text += "meeting m\(i) \"议题\(i)\" {\n  form plenary\n  date 2025-01-0\(i % 9 + 1)\n  participants a, b,\n    c\n}\n"
            case 1: text += "let x\(i) = [1, 2,\n 3] + \n 4\n"
            case 2: text += "meeting bad\(i) { date 2025-02-30 }\n"
            case 3: text += "let broken\(i) = (1 +\n"
            case 4: text += "}\n"
            case 5: text += "// comment \(i)\nrequire all meeting where date > 2025-01-01\n"
            default: text += "let s\(i) = \"a\\(x\(i))b\" ; let t\(i) = 2\n"
            }
        }
        expectSameParse(text)
    }
}
