// The cap on how many diagnostics one program reports (Limits.maxDiagnostics):
// the first ones in source order are kept and one CP0540 counts the rest.

extension Array where Element == Diagnostic {
    /// At most `limit` of these diagnostics, in their current order, plus one
    /// `CP0540` at the span of the first dropped one saying how many were left out.
    ///
    /// The summary takes the worst severity among the dropped diagnostics, so a
    /// file whose errors all fall past the cap still fails. A limit below 1 is read as 1.
    public func capped(at limit: Int) -> [Diagnostic] {
        let keep = Swift.max(1, limit)
        guard count > keep else { return self }
        let dropped = self[keep...]
        let severity = dropped.map(\.severity).min() ?? .error
        guard let first = dropped.first else { return self }
        var kept = Array(self[..<keep])
        kept.append(Diagnostic(
            LimitCode.tooManyDiagnostics,
            "too many diagnostics: \(dropped.count) more after the first \(keep) are not shown",
            at: first.span, severity: severity,
            help: "fix the first problems and check again; a file that is not a plan (binary data, "
                + "another encoding) produces one diagnostic per character"))
        return kept
    }
}
