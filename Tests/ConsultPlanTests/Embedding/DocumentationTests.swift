// The DocC catalog is checked like code: every ```cplan block of the Language Guide
// evaluates without errors (```cplan-error blocks must fail), and the list of codes is current.
import ConsultPlan
import Foundation
import Testing

/// The DocC catalog, found from this file.
private let catalog = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/ConsultPlan/ConsultPlan.docc")

/// A fenced block of a documentation article.
struct DocumentationExample: CustomTestStringConvertible, Sendable {
    /// `cplan` or `cplan-error`.
    var language: String
    /// The block's text.
    var text: String
    /// The article and the 1-based line of the opening fence.
    var place: String

    var testDescription: String { place }
}

/// Every ```cplan and ```cplan-error block of an article.
func cplanExamples(in article: String) -> [DocumentationExample] {
    guard let text = try? String(contentsOf: catalog.appendingPathComponent(article), encoding: .utf8) else { return [] }
    var out: [DocumentationExample] = []
    var current: (language: String, line: Int, lines: [Substring])?
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if var block = current {
            if line.trimmingCharacters(in: .whitespaces) == "```" {
                out.append(DocumentationExample(
                    language: block.language, text: block.lines.joined(separator: "\n") + "\n",
                    place: "\(article):\(block.line)"))
                current = nil
            } else {
                block.lines.append(line)
                current = block
            }
        } else if line == "```cplan" || line == "```cplan-error" {
            current = (String(line.dropFirst(3)), number + 1, [])
        }
    }
    return out
}

/// Errors of an evaluation, the plan checks included (as `cplan check` reports them),
/// after the plan's `severity` settings.
private func errors(of text: String) -> [String] {
    let result = Engine(configuration: Engine.Configuration(today: Day(year: 2025, month: 1, day: 1) ?? .minimum))
        .evaluate(source: text, name: "example.cplan")
    var found = result.diagnostics
    if let plan = result.plan {
        for d in PlanChecks.run(plan) where !found.contains(d) {
            guard let rule = d.rule, let setting = plan.policy.severities[rule] else {
                found.append(d)
                continue
            }
            if let severity = setting {
                var changed = d
                changed.severity = severity
                found.append(changed)
            }
        }
    }
    return found.filter { $0.severity == .error }.map { "\($0.code.id) \($0.message)" }
}

private let guideExamples = cplanExamples(in: "LanguageGuide.md") + cplanExamples(in: "GettingStarted.md")

@Test func theGuideHasExamples() {
    #expect(guideExamples.filter { $0.language == "cplan" }.count >= 12)
    #expect(guideExamples.contains { $0.language == "cplan-error" })
}

@Test(arguments: guideExamples)
func guideExampleEvaluatesAsMarked(_ example: DocumentationExample) {
    let found = errors(of: example.text)
    if example.language == "cplan-error" {
        #expect(!found.isEmpty, "\(example.place) should show an error")
    } else {
        #expect(found.isEmpty, "\(example.place): \(found)")
    }
}

/// The generated list of codes in ReadingDiagnostics.md.
private func codeListing() -> String {
    var rows = ["| code | title | rule | severity |", "|---|---|---|---|"]
    for e in DiagnosticCatalog.entries {
        let title = e.title.replacingOccurrences(of: "|", with: "\\|")
        rows.append("| \(e.code.id) | \(title) | \(e.rule.map { "`\($0)`" } ?? "—") | \(e.severity.rawValue) |")
    }
    return rows.joined(separator: "\n")
}

@Test func theDiagnosticsArticleListsEveryCode() throws {
    let url = catalog.appendingPathComponent("ReadingDiagnostics.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    let begin = "<!-- codes:begin -->\n", end = "<!-- codes:end -->"
    let start = try #require(text.range(of: begin)), stop = try #require(text.range(of: end))
    let expected = codeListing() + "\n"
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        let updated = String(text[..<start.upperBound]) + expected + String(text[stop.lowerBound...])
        try updated.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    #expect(String(text[start.upperBound..<stop.lowerBound]) == expected, "run with UPDATE_GOLDEN=1 to regenerate")
}
