// The whole check pipeline for tests: what Engine.evaluate reports (plan rules,
// allow directives and policy included), as `cplan check` sees it.

import Testing
@testable import ConsultPlan

/// What a checked program produced.
struct CheckedProgram {
    /// Every diagnostic after policy and directives, sorted for display.
    var diagnostics: [Diagnostic]
    /// The files, for rendering.
    var sources: SourceMap
}

/// Evaluates `text` as `name` on `today`: `Engine.evaluate` runs the plan checks,
/// the allow directives and the policy, exactly as `cplan check` does.
func checkProgram(_ text: String, name: String = "plan.cplan", today: String = "2025-01-01") -> CheckedProgram {
    let configuration = Engine.Configuration(today: Day(today) ?? .minimum)
    let result = Engine(configuration: configuration).evaluate(source: text, name: name)
    return CheckedProgram(diagnostics: result.diagnostics, sources: result.sources)
}

/// The catalog entries this phase owns.
let ruleCatalogCodes = DiagnosticCatalog.ruleEntries.map(\.code.id)

@Test(arguments: ruleCatalogCodes)
func ruleCatalogBadExampleTriggersItsCode(code: String) throws {
    let entry = try #require(DiagnosticCatalog.entry(for: DiagnosticCode(code)))
    let result = checkProgram(entry.badExample)
    let found = result.diagnostics.map { "\($0.code.id) \($0.message)" }
    #expect(result.diagnostics.contains { $0.code.id == code }, "\(code): \(found)")
}

@Test(arguments: ruleCatalogCodes)
func ruleCatalogGoodExampleDoesNotTriggerIt(code: String) throws {
    let entry = try #require(DiagnosticCatalog.entry(for: DiagnosticCode(code)))
    let result = checkProgram(entry.goodExample)
    let found = result.diagnostics.map { "\($0.code.id) \($0.message)" }
    #expect(!result.diagnostics.contains { $0.code.id == code }, "\(code): \(found)")
    // Only the rules' own findings may remain in a good example (warnings of other rules), never errors
    // other than the plan-level counts the small examples do not aim to satisfy.
    let unexpected = result.diagnostics.filter { $0.severity == .error && $0.code != RuleCode.minTopicConsultations }
    #expect(unexpected.isEmpty, "\(code): \(found)")
}

@Test func everyRuleCodeHasACompleteCatalogEntry() {
    for entry in DiagnosticCatalog.ruleEntries {
        #expect(!entry.title.isEmpty && !entry.explanation.isEmpty && !entry.badExample.isEmpty && !entry.goodExample.isEmpty)
        #expect(entry.badExample != entry.goodExample)
    }
    let names = Set(DiagnosticCatalog.ruleEntries.compactMap(\.rule))
    #expect(names == ["min_topic_consultations", "supervision_share", "no_plenary", "day_off", "overlap", "possible_overlap",
                      "missing_feedback", "after_order", "after_cycle", "approval_order", "approval_late", "max_absences"])
}
