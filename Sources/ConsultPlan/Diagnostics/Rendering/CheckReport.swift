// What `cplan check` prints, as pure functions of the diagnostics: the human
// text, the JSON document of LANGUAGE.md 8.1, and the one-line summary.

/// The output formats of `cplan check --format`.
public enum DiagnosticFormat: String, Sendable, Hashable, CaseIterable {
    /// rustc-style text (``DiagnosticRenderer``).
    case human
    /// The stable JSON document (LANGUAGE.md 8.1).
    case json
    /// GitHub Actions workflow commands (`::error file=…::message`).
    case github
    /// SARIF 2.1.0 for code-scanning tools.
    case sarif
}

/// Builds the outputs of `cplan check` from diagnostics and the files they point into.
public enum CheckReport {
    /// The document in `format`. `files` are the programs checked (their names as shown).
    public static func render(
        _ format: DiagnosticFormat, files: [String], diagnostics: [Diagnostic], sources: SourceMap,
        color: Bool = false, informationURI: String? = nil, locale: String = "en"
    ) -> String {
        // Messages follow the locale in every format (LANGUAGE.md 8); JSON keys, codes and rule names do not.
        let localized = DiagnosticLocalizer().localized(diagnostics, locale: locale)
        switch format {
        case .human: return human(diagnostics: diagnostics, sources: sources, color: color, locale: locale)
        case .json: return json(files: files, diagnostics: localized, sources: sources)
        case .github: return github(diagnostics: localized, sources: sources, locale: locale)
        case .sarif: return sarif(files: files, diagnostics: localized, sources: sources, informationURI: informationURI, locale: locale)
        }
    }

    /// Human text: each diagnostic rendered, followed by a blank line; empty when there are none.
    /// `locale` as in ``DiagnosticRenderer/locale``.
    public static func human(diagnostics: [Diagnostic], sources: SourceMap, color: Bool = false, locale: String = "en") -> String {
        let renderer = DiagnosticRenderer(sources: sources, color: color, locale: locale)
        return diagnostics.map { renderer.render($0) + "\n" }.joined()
    }

    /// The JSON document of LANGUAGE.md 8.1, pretty-printed with a final line feed:
    ///
    /// `{"files": […], "errors": N, "warnings": N, "diagnostics": [{"severity", "code",
    /// "rule", "message", "file", "line", "column", "endLine", "endColumn", "help",
    /// "notes", "labels"}]}`.
    ///
    /// `rule` and `help` are null when absent; `file`, `line`, `column`, `endLine`
    /// and `endColumn` are null for a diagnostic with no place (``Span/none``).
    /// Columns count Unicode scalars; `endColumn` is exclusive. Each label is
    /// `{"message", "file", "line", "column", "endLine", "endColumn"}`.
    public static func json(files: [String], diagnostics: [Diagnostic], sources: SourceMap) -> String {
        let doc = JSONValue.object([
            "files": .array(files.map { .string($0) }),
            "errors": .int(count(.error, in: diagnostics)),
            "warnings": .int(count(.warning, in: diagnostics)),
            "diagnostics": .array(diagnostics.map { jsonObject($0, sources: sources) }),
        ])
        return doc.serialized() + "\n"
    }

    /// One diagnostic as a JSON object (the elements of `diagnostics` in ``json(files:diagnostics:sources:)``).
    public static func jsonObject(_ d: Diagnostic, sources: SourceMap) -> JSONValue {
        var members = [
            JSONMember("severity", .string(d.severity.rawValue)),
            JSONMember("code", .string(d.code.id)),
            JSONMember("rule", .string(d.rule)),
            JSONMember("message", .string(d.message)),
        ]
        members += regionMembers(d.span, sources: sources)
        members.append(JSONMember("help", .string(d.help)))
        members.append(JSONMember("notes", .array(d.notes.map { .string($0) })))
        members.append(JSONMember("labels", .array(d.labels.map { label in
            .object([JSONMember("message", .string(label.message))] + regionMembers(label.span, sources: sources))
        })))
        return .object(members)
    }

    private static func regionMembers(_ span: Span, sources: SourceMap) -> [JSONMember] {
        let r = SourceRegion(span, in: sources)
        return [
            JSONMember("file", .string(r?.file)),
            JSONMember("line", .int(r?.line)),
            JSONMember("column", .int(r?.column)),
            JSONMember("endLine", .int(r?.endLine)),
            JSONMember("endColumn", .int(r?.endColumn)),
        ]
    }

    /// `"2 errors, 3 warnings in 4 files"`, `"1 error in 1 file"`, or
    /// `"no problems in 4 files"`. Notes are not counted.
    public static func summary(fileCount: Int, diagnostics: [Diagnostic]) -> String {
        let errors = count(.error, in: diagnostics)
        let warnings = count(.warning, in: diagnostics)
        let files = plural(fileCount, "file")
        var parts: [String] = []
        if errors > 0 { parts.append(plural(errors, "error")) }
        if warnings > 0 { parts.append(plural(warnings, "warning")) }
        if parts.isEmpty { return "no problems in \(files)" }
        return parts.joined(separator: ", ") + " in \(files)"
    }

    /// How many diagnostics have `severity`.
    public static func count(_ severity: Severity, in diagnostics: [Diagnostic]) -> Int {
        diagnostics.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    private static func plural(_ n: Int, _ word: String) -> String {
        "\(n) \(word)\(n == 1 ? "" : "s")"
    }
}
