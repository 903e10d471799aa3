// Every catalog bad example's diagnostics, translated: each message, note, help and
// label has a Chinese template, and the translation keeps every backticked segment.
import Testing
@testable import ConsultPlan

/// Texts no template translates on purpose, with the reason.
let untranslatedOnPurpose: [String: String] = [:]

/// The backticked segments of a text, in order.
func backticked(_ text: String) -> [String] {
    let parts = text.split(separator: "`", omittingEmptySubsequences: false)
    return stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) }
}

/// Every English text of a diagnostic with where it came from.
func texts(of d: Diagnostic) -> [(kind: String, text: String)] {
    [("message", d.message)] + d.notes.map { ("note", $0) } + (d.help.map { [("help", $0)] } ?? [])
        + d.labels.map { ("label", $0.message) }
}

@Test(arguments: DiagnosticCatalog.entries.map(\.code.id))
func catalogBadExampleIsTranslated(code: String) throws {
    let entry = try #require(DiagnosticCatalog.entry(for: DiagnosticCode(code)))
    let localizer = DiagnosticLocalizer()
    let diagnostics = catalogBadExampleDiagnostics(entry)
    #expect(!diagnostics.isEmpty)
    for d in diagnostics {
        for (kind, text) in texts(of: d) where untranslatedOnPurpose[text] == nil {
            let chinese = localizer.chinese(for: text)
            #expect(chinese != nil, "\(d.code.id) \(kind) has no template: \(text)")
            guard let chinese else { continue }
            #expect(chinese != text || text.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(d.code.id) \(kind) unchanged: \(text)")
            for segment in backticked(text) {
                #expect(chinese.contains("`\(segment)`"), "\(d.code.id) \(kind) lost `\(segment)`: \(text) → \(chinese)")
            }
        }
    }
}
