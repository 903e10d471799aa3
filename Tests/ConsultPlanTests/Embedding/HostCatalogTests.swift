// The catalog entries of host function calls (CP0480–CP0499): each bad example triggers its
// code and each good example evaluates without errors, with the example host's functions.
import ConsultPlan
import Testing

private let hostEntries = DiagnosticCatalog.entries.filter { $0.code.id >= "CP0480" && $0.code.id <= "CP0499" }

@Test func theHostCodesHaveEntries() {
    #expect(hostEntries.map(\.code.id) == ["CP0480", "CP0481", "CP0482", "CP0483", "CP0484"])
}

@Test(arguments: hostEntries.map(\.code.id))
func hostBadExampleTriggersItsCode(code: String) throws {
    let entry = try #require(DiagnosticCatalog.entry(for: DiagnosticCode(code)))
    let result = Engine(configuration: ExampleHost.configuration()).evaluate(source: entry.badExample, name: "main.cplan")
    #expect(result.diagnostics.contains { $0.code.id == code }, "\(code): \(result.diagnostics.map { "\($0.code.id) \($0.message)" })")
}

@Test(arguments: hostEntries.map(\.code.id))
func hostGoodExampleHasNoErrors(code: String) throws {
    let entry = try #require(DiagnosticCatalog.entry(for: DiagnosticCode(code)))
    let result = Engine(configuration: ExampleHost.configuration()).evaluate(source: entry.goodExample, name: "main.cplan")
    #expect(!result.diagnostics.contains { $0.severity == .error || $0.code.id == code }, "\(code): \(result.diagnostics.map { "\($0.code.id) \($0.message)" })")
}
