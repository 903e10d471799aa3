// The cap on how many diagnostics one program reports (Limits.maxDiagnostics):
// the first ones in source order are kept and one CP0550 counts the rest; very long
// texts inside a diagnostic (a 1 MiB name quoted in a message) are shortened.

extension Array where Element == Diagnostic {
    /// At most `limit` of these diagnostics, in their current order, plus one
    /// `CP0550` at the span of the first dropped one saying how many were left out.
    ///
    /// The summary takes the worst severity among the dropped diagnostics, so a
    /// file whose errors all fall past the cap still fails. A limit below 1 is read as 1.
    public func capped(at limit: Int) -> [Diagnostic] {
        let keep = Swift.max(1, limit)
        guard count > keep else { return map(\.shortened) }
        let dropped = self[keep...]
        let severity = dropped.map(\.severity).min() ?? .error
        guard let first = dropped.first else { return self }
        var kept = self[..<keep].map(\.shortened)
        kept.append(Diagnostic(
            LimitCode.tooManyDiagnostics,
            "too many diagnostics: \(dropped.count) more after the first \(keep) are not shown",
            at: first.span, severity: severity,
            help: "fix the first problems and check again; a file that is not a plan (binary data, "
                + "another encoding) produces one diagnostic per character"))
        return kept
    }
}

extension Diagnostic {
    /// The longest text (in UTF-8 bytes) a message, label, note or help keeps whole.
    static let maxTextBytes = 1000

    /// This diagnostic with every text longer than ``maxTextBytes`` cut in the middle.
    ///
    /// Messages quote what was found; a hostile 1 MiB name quoted by each of
    /// 1,000 diagnostics would otherwise print a gigabyte.
    var shortened: Diagnostic {
        var d = self
        d.message = Diagnostic.shorten(message)
        d.notes = notes.map(Diagnostic.shorten)
        d.help = help.map(Diagnostic.shorten)
        d.labels = labels.map { DiagnosticLabel($0.span, Diagnostic.shorten($0.message)) }
        return d
    }

    /// `text`, or its first and last characters around `…(N bytes)…` when it is too long.
    static func shorten(_ text: String) -> String {
        guard text.utf8.count > maxTextBytes else { return text }
        let head = String(text.unicodeScalars.prefix(maxTextBytes / 2))
        let tail = String(text.unicodeScalars.suffix(80))
        return head + "…(\(text.utf8.count) bytes in all)…" + tail
    }
}
