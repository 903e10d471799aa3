// Every lexer catalog entry is complete, its bad example produces its code and
// its good example lexes without any diagnostic.
import Testing
@testable import ConsultPlan

@Suite struct LexerCatalogTests {
    static let lexerCodes = DiagnosticCatalog.lexerEntries.map(\.code.id)

    @Test func everyEmittedCodeHasAnEntry() {
        let named = [
            LexerCode.invalidUTF8, LexerCode.controlCharacter, LexerCode.unexpectedCharacter,
            LexerCode.unterminatedString, LexerCode.unknownEscape, LexerCode.invalidUnicodeEscape,
            LexerCode.unterminatedComment, LexerCode.multilineDelimiter, LexerCode.multilineIndentation,
            LexerCode.unterminatedInterpolation, LexerCode.malformedDate, LexerCode.impossibleDay,
            LexerCode.malformedTime, LexerCode.impossibleTime, LexerCode.unknownUnit, LexerCode.numberTooLarge,
            LexerCode.fractionalDuration, LexerCode.fullwidth, LexerCode.lineTooLong, LexerCode.nestingTooDeep,
            LexerCode.interpolationTooDeep,
        ]
        #expect(Set(named.map(\.id)) == Set(LexerCatalogTests.lexerCodes))
        #expect(named.count == LexerCatalogTests.lexerCodes.count)
        for code in named { #expect(code.info != nil, "\(code)") }
    }

    @Test func codesAreInTheLexerRanges() {
        for id in LexerCatalogTests.lexerCodes {
            guard let n = Int(id.dropFirst(2)) else {
                Issue.record("bad code \(id)")
                continue
            }
            #expect((100...149).contains(n) || (500...509).contains(n), "\(id)")
        }
    }

    @Test func onlyFullwidthIsAWarning() {
        for e in DiagnosticCatalog.lexerEntries {
            #expect(e.isSyntax)
            #expect(!e.title.isEmpty && e.explanation.count > 60)
            if e.code.id == "CP0120" {
                #expect(e.severity == .warning && e.rule == "fullwidth")
            } else {
                #expect(e.severity == .error && e.rule == nil)
            }
        }
        #expect(DiagnosticCatalog.lookup("fullwidth")?.code.id == "CP0120")
    }

    @Test(arguments: DiagnosticCatalog.lexerEntries.map(\.code.id))
    func badExampleProducesTheCodeAndGoodExampleIsClean(id: String) {
        guard let e = DiagnosticCatalog.entry(for: DiagnosticCode(id)) else {
            Issue.record("no entry")
            return
        }
        // The line-length example assumes a lowered limit (its explanation says so).
        var limits = Limits()
        if id == "CP0500" { limits.maxLineBytes = 64 }
        let bad = lex(bytes: catalogExampleBytes(e.badExample), limits: limits)
        #expect(bad.diagnostics.contains { $0.code == e.code }, "bad example gives \(codes(bad))")
        let good = lex(bytes: catalogExampleBytes(e.goodExample), limits: limits)
        #expect(good.diagnostics.isEmpty, "good example gives \(codes(good)): \(good.diagnostics.map(\.message))")
    }
}
