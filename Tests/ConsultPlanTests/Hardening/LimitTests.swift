// Every limit of Limits (LANGUAGE.md 7.7 plus the hardening additions) set low by an
// embedder triggers with its own diagnostic code, and evaluation still ends normally.

import Testing
@testable import ConsultPlan

/// Evaluates `text` with `limits` and an in-memory loader; returns the diagnostic codes.
private func codes(_ text: String, limits: Limits, files: [String: String] = [:]) -> [String] {
    let engine = Engine(configuration: .init(includeLoader: MemoryLoader(files: files), limits: limits))
    return engine.evaluate(source: text, name: "main.cplan").diagnostics.map(\.code.id)
}

/// The spec's limits with one changed.
private func limits(_ change: (inout Limits) -> Void) -> Limits {
    var l = Limits()
    change(&l)
    return l
}

private let header = "plan \"P\" { year 2025 }\n"

@Suite struct LimitTests {
    @Test func defaultsAreTheDocumentedOnes() {
        let l = Limits()
        #expect(l.maxSourceBytes == 64 * 1024 * 1024)
        #expect(l.maxLineBytes == 1024 * 1024)
        #expect(l.maxNestingDepth == 256)
        #expect(l.maxIncludeDepth == 32)
        #expect(l.maxIncludedFiles == 1000)
        #expect(l.maxGeneratedMeetings == 100_000)
        #expect(l.maxEvaluationSteps == 100_000_000)
        #expect(l.maxDeclarations == 1_000_000)
        #expect(l.maxDiagnostics == 1000)
        #expect(l.maxOutputBytes == 1024 * 1024 * 1024)
    }

    @Test func sourceSize() {
        let found = codes(header + "// padding\n", limits: limits { $0.maxSourceBytes = 16 })
        #expect(found == ["CP0551"])
    }

    @Test func lineLength() {
        let found = codes(header + "let x = \"" + String(repeating: "a", count: 200) + "\"\n", limits: limits { $0.maxLineBytes = 100 })
        #expect(found.contains("CP0500"))
    }

    @Test func bracketNesting() {
        let found = codes(header + "let x = " + String(repeating: "[", count: 20) + String(repeating: "]", count: 20) + "\n",
                          limits: limits { $0.maxNestingDepth = 8 })
        #expect(found.contains("CP0501") || found.contains("CP0510"))
    }

    @Test func blockNestingGivesOneDiagnostic() {
        let text = header + String(repeating: "if true {\n", count: 50) + String(repeating: "}\n", count: 50)
        let found = codes(text, limits: limits { $0.maxNestingDepth = 8 })
        // One report of the nesting (the lexer's CP0501 for the braces, or the parser's CP0510).
        #expect(found.filter { $0 == "CP0510" || $0 == "CP0501" }.count == 1, "\(found)")
        #expect(!found.contains("CP0204"), "\(found)")
    }

    @Test func interpolationNesting() {
        let text = header + "let x = " + String(repeating: "\"\\(", count: 20) + "1" + String(repeating: ")\"", count: 20) + "\n"
        #expect(codes(text, limits: limits { $0.maxNestingDepth = 8 }).contains("CP0502"))
    }

    @Test func declarations() {
        let text = header + "for i in 1..50 { member m_\\(i) }\n"
        #expect(codes(text, limits: limits { $0.maxDeclarations = 10 }).contains("CP0524"))
    }

    @Test func generatedMeetings() {
        let text = header + "series s {\n  form symposium\n  every 1 days from 2025-01-01 until 2025-12-31\n}\n"
        #expect(codes(text, limits: limits { $0.maxGeneratedMeetings = 20 }).contains("CP0520"))
    }

    @Test func evaluationSteps() {
        let text = header + "let xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nfor a in xs { for b in xs { let c = a * b } }\n"
        #expect(codes(text, limits: limits { $0.maxEvaluationSteps = 50 }).contains("CP0521"))
    }

    @Test func hugeRangeStopsBeforeIterating() {
        let text = header + "for i in 1..9223372036854775807 { let x = i }\n"
        #expect(codes(text, limits: Limits()).contains("CP0521"))
    }

    @Test func includeDepth() {
        var files: [String: String] = [:]
        for i in 1...10 { files["f\(i).cplan"] = "include \"f\(i + 1).cplan\"\n" }
        files["f11.cplan"] = "member deep\n"
        let found = codes(header + "include \"f1.cplan\"\n", limits: limits { $0.maxIncludeDepth = 4 }, files: files)
        #expect(found.contains("CP0522"), "\(found)")
    }

    @Test func includeCount() {
        var files: [String: String] = [:]
        var text = header
        for i in 1...10 {
            files["p\(i).cplan"] = "member m\(i)\n"
            text += "include \"p\(i).cplan\"\n"
        }
        let found = codes(text, limits: limits { $0.maxIncludedFiles = 3 }, files: files)
        #expect(found.contains("CP0523"), "\(found)")
    }

    @Test func diagnosticsAreCapped() {
        let text = header + "let x = " + String(repeating: "@ ", count: 300) + "\n"
        let found = codes(text, limits: limits { $0.maxDiagnostics = 20 })
        #expect(found.count == 21, "\(found.count)")
        #expect(found.last == "CP0550")
    }

    @Test func capKeepsTheWorstSeverity() {
        let span = Span.point(FileID(0), 0)
        let warnings = (0..<5).map { _ in Diagnostic(DiagnosticCode("CP0104"), "w", at: span, severity: .warning) }
        let error = Diagnostic(DiagnosticCode("CP0100"), "e", at: span, severity: .error)
        let capped = (warnings + [error]).capped(at: 3)
        #expect(capped.count == 4)
        #expect(capped.last?.code.id == "CP0550")
        #expect(capped.last?.severity == .error)
        #expect([error].capped(at: 0).count == 1)
    }

    @Test func hugeNamesAreShortenedInMessages() {
        let name = String(repeating: "x", count: 200_000)
        let members = (0..<200).map { "member m\($0)\n" }.joined()
        let engine = Engine()
        let started = ContinuousClock.now
        let result = engine.evaluate(source: header + members + "let a = \(name)\nlet b = \(name)\n", name: "main.cplan")
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(result.diagnostics.count >= 2)
        for d in result.diagnostics {
            #expect(d.message.utf8.count < 2000, "\(d.code.id): \(d.message.utf8.count) bytes")
        }
    }

    /// The catalog's examples with the limit lowered as their explanations say.
    @Test(arguments: [("CP0550", limits { $0.maxDiagnostics = 3 }), ("CP0551", limits { $0.maxSourceBytes = 60 })])
    func catalogExamples(_ code: String, _ lowered: Limits) throws {
        let entry = try #require(DiagnosticCode(code).info)
        let engine = Engine(configuration: .init(limits: lowered))
        let bad = engine.evaluate(source: entry.badExample, name: "main.cplan").diagnostics.map(\.code.id)
        #expect(bad.contains(code), "\(bad)")
        let good = engine.evaluate(source: entry.goodExample, name: "main.cplan").diagnostics
        #expect(!good.contains { $0.severity == .error || $0.code.id == code }, "\(good.map(\.code.id))")
    }

    @Test func newCodesAreInTheCatalog() {
        for code in ["CP0550", "CP0551", "CP0552"] {
            #expect(DiagnosticCode(code).info != nil, "\(code) has no catalog entry")
        }
    }
}
