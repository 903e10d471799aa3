// Diagnostics as `textDocument/publishDiagnostics` carries them: the codes and
// spans of `cplan check`, with help and notes appended and labels as related information.

import ConsultPlan

/// Converts library diagnostics to protocol diagnostics for one document.
///
/// Decision: a document gets the diagnostics of its own evaluation only.
/// A diagnostic located in an included file is shown on the `include`
/// statement that reads that file (the first one if none matches), its
/// message prefixed with the file's name and its real place given as related
/// information, so an error in an included file is never silently lost, and
/// two open documents never overwrite each other's diagnostics.
enum PublishedDiagnostics {
    /// Protocol severity numbers.
    static func severity(_ s: Severity) -> Int {
        switch s {
        case .error: 1
        case .warning: 2
        case .note: 3
        }
    }

    /// Every diagnostic of the analysis, converted, in display order.
    static func all(_ analysis: DocumentAnalysis) -> [LSPAny] {
        analysis.evaluation.diagnostics.sortedForDisplay().map { convert($0, in: analysis) }
    }

    /// The text shown: the message, then `note:` and `help:` lines.
    static func message(of d: Diagnostic) -> String {
        var text = d.message
        for note in d.notes { text += "\nnote: " + note }
        if let help = d.help { text += "\nhelp: " + help }
        return text
    }

    /// Where a diagnostic shows in the document.
    static func range(of d: Diagnostic, in analysis: DocumentAnalysis) -> LSPRange {
        if d.span.file == DocumentAnalysis.mainFile { return analysis.document.positions.range(of: d.span) }
        return includeRange(for: d.span.file, in: analysis)
    }

    /// The `include` statement through which `file` was read.
    static func includeRange(for file: FileID, in analysis: DocumentAnalysis) -> LSPRange {
        let positions = analysis.document.positions
        var first: Span?
        let target = file.rawValue >= 0 && file.rawValue < analysis.evaluation.sources.files.count
            ? analysis.evaluation.sources[file].name : nil
        for statement in analysis.parse.program.statements {
            guard case .include(_, let path) = statement.kind else { continue }
            if first == nil { first = statement.span }
            if case .string(let literal) = path.kind, let written = literal.plainText, let target,
                FilePaths.join(FilePaths.folder(of: analysis.fileName), written) == target
            {
                return positions.range(of: statement.span)
            }
        }
        if let first { return positions.range(of: first) }
        return LSPRange(start: LSPPosition(line: 0, character: 0), end: LSPPosition(line: 0, character: 0))
    }

    /// One diagnostic.
    static func convert(_ d: Diagnostic, in analysis: DocumentAnalysis) -> LSPAny {
        var text = message(of: d)
        var related: [LSPAny] = []
        if d.span.file != DocumentAnalysis.mainFile, !d.span.isNone {
            if let (uri, range) = analysis.location(of: d.span) {
                related.append(["location": ["uri": .string(uri), "range": range.json], "message": "reported here"])
            }
            let name = d.span.file.rawValue < analysis.evaluation.sources.files.count
                ? analysis.evaluation.sources[d.span.file].name : "an included file"
            text = "in \(name): " + text
        }
        for label in d.labels {
            guard let (uri, range) = analysis.location(of: label.span) else { continue }
            related.append(["location": ["uri": .string(uri), "range": range.json], "message": .string(label.message)])
        }
        var object: [String: LSPAny] = [
            "range": range(of: d, in: analysis).json,
            "severity": .integer(severity(d.severity)),
            "code": .string(d.code.id),
            "source": "cplan",
            "message": .string(text),
        ]
        if !related.isEmpty { object["relatedInformation"] = .array(related) }
        return .object(object)
    }
}
