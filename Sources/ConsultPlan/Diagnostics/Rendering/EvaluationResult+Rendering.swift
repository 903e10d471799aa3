// Conveniences for embedders on an evaluation's result: whether it has errors, and its
// diagnostics rendered as `cplan check` renders them (human text or the JSON document).

extension EvaluationResult {
    /// Whether any diagnostic is an error (the plan then should not be used for outputs).
    public var hasErrors: Bool { diagnostics.hasErrors }

    /// The diagnostics as human text, rustc style (``DiagnosticRenderer``), each followed by a
    /// blank line, exactly as `cplan check` prints them; empty when there are none.
    ///
    /// - Parameters:
    ///   - color: ANSI colours; pass true only when writing to a terminal.
    ///   - locale: the language of the messages; nil means ``diagnosticLocale(configured:)``.
    public func renderedDiagnostics(color: Bool = false, locale: String? = nil) -> String {
        CheckReport.human(diagnostics: diagnostics, sources: sources, color: color, locale: locale ?? diagnosticLocale())
    }

    /// The language diagnostics are shown in (LANGUAGE.md 8): `configured` (the host's
    /// `--locale`) when given, else ``configuredLocale`` (``Engine/Configuration/locale``),
    /// else the plan's `locale` (`zh-CN` unless the plan says `locale "en"`), else `zh-CN`
    /// when there is no plan (syntax errors).
    public func diagnosticLocale(configured: String? = nil) -> String {
        configured ?? configuredLocale ?? plan?.header.locale ?? "zh-CN"
    }

    /// The diagnostics in one of `cplan check`'s formats (human, JSON, GitHub, SARIF),
    /// for the file names the host shows (the main file's name by default).
    public func renderedDiagnostics(format: DiagnosticFormat, files: [String]? = nil, color: Bool = false, locale: String? = nil) -> String {
        let names = files ?? sources.files.first.map { [$0.name] } ?? []
        return CheckReport.render(
            format, files: names, diagnostics: diagnostics, sources: sources, color: color, locale: locale ?? diagnosticLocale())
    }
}
