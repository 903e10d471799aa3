// Conveniences for embedders on an evaluation's result: whether it has errors, and its
// diagnostics rendered as `cplan check` renders them (human text or the JSON document).

extension EvaluationResult {
    /// Whether any diagnostic is an error (the plan then should not be used for outputs).
    public var hasErrors: Bool { diagnostics.hasErrors }

    /// The diagnostics as human text, rustc style (``DiagnosticRenderer``), each followed by a
    /// blank line, exactly as `cplan check` prints them; empty when there are none.
    ///
    /// - Parameter color: ANSI colours; pass true only when writing to a terminal.
    public func renderedDiagnostics(color: Bool = false) -> String {
        CheckReport.human(diagnostics: diagnostics, sources: sources, color: color)
    }

    /// The diagnostics in one of `cplan check`'s formats (human, JSON, GitHub, SARIF),
    /// for the file names the host shows (the main file's name by default).
    public func renderedDiagnostics(format: DiagnosticFormat, files: [String]? = nil, color: Bool = false) -> String {
        let names = files ?? sources.files.first.map { [$0.name] } ?? []
        return CheckReport.render(format, files: names, diagnostics: diagnostics, sources: sources, color: color)
    }
}
