// The manual-page text `cplan explain CODE` prints, and the list for
// `cplan explain --list`, both built from DiagnosticCatalog.

/// The long explanation of a diagnostic code (`CP0201`, case-insensitive) or a
/// rule name (`overlap`), manual-page style; nil when the catalog has no entry:
///
/// ```
/// CP0604: two meetings overlap
///
///   Rule:             overlap
///   Default severity: error
///
/// <explanation>
///
/// Example that triggers it:
///
///     <bad example, indented four spaces>
///
/// Corrected:
///
///     <good example>
/// ```
public func explanation(for codeOrRule: String) -> String? {
    guard let info = DiagnosticCatalog.lookup(codeOrRule.trimmingSpaces) else { return nil }
    return explanation(of: info)
}

/// The explanation text of one catalog entry (see ``explanation(for:)``).
public func explanation(of info: DiagnosticInfo) -> String {
    var out = "\(info.code.id): \(info.title)\n\n"
    out += "  Rule:             \(info.rule ?? "(none: this diagnostic cannot be silenced)")\n"
    out += "  Default severity: \(info.severity.rawValue)\n\n"
    out += info.explanation.trimmingLineEnds + "\n\n"
    out += "Example that triggers it:\n\n" + indented(info.badExample) + "\n"
    out += "Corrected:\n\n" + indented(info.goodExample)
    return out
}

/// One line per catalog entry, `CODE  severity  rule  title`, columns aligned; ends with a line feed.
public func explanationList() -> String {
    let entries = DiagnosticCatalog.entries
    let ruleWidth = max(4, entries.map { ($0.rule ?? "-").count }.max() ?? 0)
    var out = ""
    for e in entries {
        let severity = e.severity.rawValue.padded(to: 7)
        let rule = (e.rule ?? "-").padded(to: ruleWidth)
        out += "\(e.code.id)  \(severity)  \(rule)  \(e.title)\n"
    }
    return out
}

/// Each line of `text` indented four spaces, with a final line feed.
private func indented(_ text: String) -> String {
    text.trimmingLineEnds.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : "    " + $0 }
        .joined(separator: "\n") + "\n"
}

extension String {
    /// Without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }

    /// Without leading and trailing line ends.
    fileprivate var trimmingLineEnds: String {
        var s = Substring(self)
        while let f = s.first, f == "\n" || f == "\r\n" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == "\n" || l == "\r\n" || l == "\r" || l == " " { s.removeLast() }
        return String(s)
    }

    /// Padded with spaces on the right to `width` characters.
    fileprivate func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
