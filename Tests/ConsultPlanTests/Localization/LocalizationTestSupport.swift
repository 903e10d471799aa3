// What the localisation tests run: every catalog bad example evaluated the way its
// phase's catalog test evaluates it, so the real English messages are collected.
import Testing
@testable import ConsultPlan

/// The limits and host each catalog example assumes (lowered where the default takes long).
func localizationConfiguration(for code: String, text: String) -> Engine.Configuration {
    var limits = Limits()
    switch code {
    case "CP0500": limits.maxLineBytes = 64
    case "CP0520": limits.maxGeneratedMeetings = 1000
    case "CP0521": limits.maxEvaluationSteps = 100_000
    case "CP0523": limits.maxIncludedFiles = 100
    case "CP0524": limits.maxDeclarations = 1000
    case "CP0529": limits.maxNestingDepth = 3
    default: break
    }
    var configuration = code >= "CP0480" && code <= "CP0499" ? ExampleHost.configuration() : Engine.Configuration()
    configuration.limits = limits
    configuration.includeLoader = code == "CP0528" ? nil : CatalogLoader(mainText: text)
    return configuration
}

/// The diagnostics of one catalog entry's bad example: the lexer's own (for CP01xx and
/// the lexer limits) and the Engine's, which together cover every phase.
func catalogBadExampleDiagnostics(_ entry: DiagnosticInfo) -> [Diagnostic] {
    let id = entry.code.id
    let configuration = localizationConfiguration(for: id, text: entry.badExample)
    let bytes = catalogExampleBytes(entry.badExample)
    var diagnostics = Engine(configuration: configuration)
        .evaluate(file: SourceFile(name: "main.cplan", bytes: bytes)).diagnostics
    if DiagnosticCatalog.lexerEntries.contains(where: { $0.code == entry.code }) {
        diagnostics += Lexer.tokenize(SourceFile(name: "main.cplan", bytes: bytes), id: FileID(0), limits: configuration.limits).diagnostics
    }
    return diagnostics
}
