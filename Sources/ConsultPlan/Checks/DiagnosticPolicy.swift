// Severity overrides and silencing (LANGUAGE.md 6): `policy { severity RULE … }`
// and `// cplan: allow RULE — reason`, applied to every named diagnostic of a run.

/// Applies the planner's choices about named rules to diagnostics from any phase.
public enum DiagnosticPolicy {
    /// Parses `// cplan: allow RULE — reason` comments (`-` may stand for `—`; a
    /// reason is required — a directive without one, or naming an unknown rule, is
    /// itself a diagnostic and silences nothing).
    ///
    /// - Parameters:
    ///   - comments: The lexer's comments of one file, in source order.
    ///   - file: That file (for line numbers).
    ///   - id: Its ID in the evaluation's ``SourceMap``.
    /// - Returns: The valid directives, and diagnostics for malformed ones (CP0690–CP0692).
    public static func directives(in comments: [Comment], file: SourceFile, id: FileID) -> (directives: [AllowDirective], diagnostics: [Diagnostic]) {
        var directives: [AllowDirective] = []
        var diagnostics: [Diagnostic] = []
        for comment in comments {
            let parsed = AllowDirectiveParser.parse(comment, file: file, id: id)
            directives += parsed.directives
            diagnostics += parsed.diagnostics
        }
        return (directives, diagnostics)
    }

    /// Applies `policy { severity RULE off|warning|error }` to every diagnostic with
    /// a rule name (any phase: `fullwidth`, `series_topics`, `require`/`warn` too),
    /// and drops a finding of a named rule when an allow directive for that rule
    /// stands on the line before the finding's line (same file). Unnamed errors are
    /// never affected.
    ///
    /// Decision: the directive must be on the line directly above the line where the
    /// finding's span starts (the spec's "line before"); a trailing comment on the
    /// finding's own line does not count.
    ///
    /// With `reportUnused`, a directive that silenced nothing — no finding of its rule
    /// starts on the line below it — is itself reported (CP0693, a warning), as linters
    /// report unused suppressions: it is stale, misplaced (a blank line between), or
    /// names the wrong rule, and it would silence a future finding nobody looked at.
    /// A finding that `severity RULE off` drops still counts as silenced.
    ///
    /// - Returns: The diagnostics kept, in the given order, with severities overridden,
    ///   then the unused directives' warnings.
    public static func apply(
        _ diagnostics: [Diagnostic], policy: Policy, directives: [AllowDirective], sources: SourceMap,
        reportUnused: Bool = false
    ) -> [Diagnostic] {
        struct Key: Hashable {
            let file: FileID
            let line: Int
            let rule: String
        }
        let allowed = Set(directives.map { Key(file: $0.file, line: $0.line, rule: $0.rule) })
        var used = Set<Key>()
        var result: [Diagnostic] = []
        result.reserveCapacity(diagnostics.count)
        for var d in diagnostics {
            guard let rule = d.rule else {
                result.append(d)
                continue
            }
            var silenced = false
            if !allowed.isEmpty, let line = line(of: d.span, in: sources) {
                let key = Key(file: d.span.file, line: line - 1, rule: rule)
                if allowed.contains(key) {
                    silenced = true
                    used.insert(key)
                }
            }
            if let override = policy.severities[rule] {
                guard let severity = override else { continue }  // `severity RULE off`
                d.severity = severity
            }
            if silenced { continue }
            result.append(d)
        }
        guard reportUnused else { return result }
        for directive in directives where !used.contains(Key(file: directive.file, line: directive.line, rule: directive.rule)) {
            result.append(Diagnostic(
                RuleCode.directiveUnused,
                "`cplan: allow " + directive.rule + "` silences nothing: no `" + directive.rule
                    + "` finding starts on the line below it",
                at: directive.span,
                help: "remove the directive, or put it on the line right above the finding it is for"))
        }
        return result
    }

    /// The 1-based line a span starts on, if its file is in the map.
    private static func line(of span: Span, in sources: SourceMap) -> Int? {
        let index = span.file.rawValue
        guard index >= 0, index < sources.files.count else { return nil }
        return sources.files[index].lines.line(ofByte: span.start)
    }
}
