// `textDocument/formatting`: the whole document replaced by `cplan fmt`'s output,
// or no edit when the file has syntax errors or is already formatted.

import ConsultPlan

/// Formatting edits.
enum FormattingProvider {
    /// The edits for a document: one whole-document TextEdit, or none.
    static func edits(for document: TextDocument) -> [LSPAny] {
        let result = Formatter.format(SourceFile(name: document.uri, text: document.text))
        guard let formatted = result.formatted, formatted != document.text else { return [] }
        let whole = LSPRange(start: LSPPosition(line: 0, character: 0), end: document.positions.endPosition)
        return [["range": whole.json, "newText": .string(formatted)]]
    }
}
