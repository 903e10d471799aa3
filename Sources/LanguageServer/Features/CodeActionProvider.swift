// `textDocument/codeAction`: quick fixes from the fix-its that diagnostics carry
// (full-width punctuation, did-you-mean names), one action per diagnostic.

import ConsultPlan

/// Quick fixes.
enum CodeActionProvider {
    /// The actions for diagnostics of the main file whose span touches `range` (bytes).
    static func actions(in range: Range<Int>, analysis: DocumentAnalysis) -> [LSPAny] {
        var result: [LSPAny] = []
        for d in analysis.evaluation.diagnostics.sortedForDisplay() {
            guard d.span.file == DocumentAnalysis.mainFile,
                d.span.start <= range.upperBound, range.lowerBound <= d.span.end
            else { continue }
            var fixes = d.fixIts.filter { $0.span.file == DocumentAnalysis.mainFile }
            if d.fixIts.isEmpty, let suggestion = suggestedName(in: d, analysis: analysis) {
                fixes = [FixIt(span: d.span, replacement: suggestion)]
            }
            guard !fixes.isEmpty else { continue }
            let positions = analysis.document.positions
            let edits: [LSPAny] = fixes.map { ["range": positions.range(of: $0.span).json, "newText": .string($0.replacement)] }
            result.append([
                "title": .string(title(for: d, fixes: fixes, analysis: analysis)),
                "kind": "quickfix",
                "diagnostics": [PublishedDiagnostics.convert(d, in: analysis)],
                "isPreferred": .bool(d.fixIts.isEmpty || fixes.count == d.fixIts.count),
                "edit": ["changes": .object([analysis.document.uri: .array(edits)])],
            ])
        }
        return result
    }

    /// `Replace `，` with `,`` for one edit; the help line otherwise.
    static func title(for d: Diagnostic, fixes: [FixIt], analysis: DocumentAnalysis) -> String {
        if fixes.count == 1, let fix = fixes.first {
            let old = analysis.text(of: fix.span)
            if old.isEmpty { return "Insert `\(fix.replacement)` (\(d.code.id))" }
            if fix.replacement.isEmpty { return "Remove `\(old)` (\(d.code.id))" }
            return "Replace `\(old)` with `\(fix.replacement)` (\(d.code.id))"
        }
        return (d.help ?? "Apply \(fixes.count) fixes") + " (\(d.code.id))"
    }

    /// The name in a "did you mean `x`?" help when the diagnostic's span is one
    /// name: the evaluator suggests names in its help without a fix-it, and
    /// replacing the misspelt word with the suggestion is exactly the fix.
    static func suggestedName(in d: Diagnostic, analysis: DocumentAnalysis) -> String? {
        guard let help = d.help, let open = help.firstRange(of: "did you mean `") else { return nil }
        let rest = help[open.upperBound...]
        guard let close = rest.firstIndex(of: "`") else { return nil }
        let suggestion = String(rest[..<close])
        let written = analysis.text(of: d.span)
        guard !suggestion.isEmpty, !written.isEmpty, written != suggestion,
            written.unicodeScalars.allSatisfy(TextScan.isIdentifierScalar),
            suggestion.unicodeScalars.allSatisfy({ TextScan.isIdentifierScalar($0) || $0 == "." || $0 == " " })
        else { return nil }
        return suggestion
    }
}
