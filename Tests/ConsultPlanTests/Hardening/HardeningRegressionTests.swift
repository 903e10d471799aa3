// Inputs that once crashed, hung or misbehaved (found by fuzzing or by hand):
// each file under Fixtures/hardening/ runs through every phase and must end with a diagnostic.

import Foundation
import Testing
@testable import ConsultPlan

/// The folder of regression inputs, found through #filePath (not bundle resources).
private let hardeningFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/hardening")

/// Every regression input's file name, sorted.
private let hardeningInputs: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: hardeningFolder.path)) ?? []
    return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
}()

/// Includes resolve to the input itself (so cycles are reachable) or to nothing.
private struct SelfLoader: IncludeLoader {
    let main: SourceFile
    func load(path: String, from includingFile: String, mainFile: String) -> Result<SourceFile, IncludeLoadError> {
        path == "self.cplan" ? .success(SourceFile(name: "self.cplan", bytes: main.bytes)) : .failure(IncludeLoadError(message: "not found"))
    }
}

@Suite struct HardeningRegressionTests {
    @Test func thereAreRegressionInputs() {
        #expect(hardeningInputs.count >= 5)
    }

    @Test(arguments: hardeningInputs)
    func everyPhaseEndsWithADiagnostic(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: hardeningFolder.appendingPathComponent(name)))
        let file = SourceFile(name: name, bytes: bytes)
        let started = Date()

        let stream = Lexer.tokenize(file, id: FileID(0))
        #expect(stream.tokens.last?.kind == .endOfFile)
        for mode in [ParseMode.file, .repl] {
            let parsed = Parser.parse(file, id: FileID(0), mode: mode)
            for d in parsed.diagnostics {
                #expect(d.span.start >= 0 && d.span.start <= d.span.end && d.span.end <= bytes.count, "\(d.code.id) span out of the file")
            }
        }
        // The formatter's laws (FuzzFormat): a clean file formats to text that parses
        // cleanly and formats to itself.
        if let once = Formatter.format(file).formatted {
            let again = Formatter.format(SourceFile(name: name, text: once))
            #expect(again.formatted == once, "formatting \(name) is not idempotent or no longer parses: \(again.diagnostics.map(\.message))")
        }

        let engine = Engine(configuration: .init(includeLoader: SelfLoader(main: file)))
        let result = engine.evaluate(file: file)
        #expect(!result.diagnostics.isEmpty, "no diagnostic for \(name)")
        _ = DiagnosticRenderer(sources: result.sources).render(result.diagnostics)
        if let plan = result.plan {
            for format in ScheduleFormat.allCases { _ = renderSchedule(plan, format: format) }
        }
        #expect(Date().timeIntervalSince(started) < 10, "\(name) took too long")
    }
}
