// GitHub Actions workflow commands: one `::error file=…,line=…::message` line per
// diagnostic, so findings show up as annotations on the pull request.

extension CheckReport {
    /// One workflow command per diagnostic, each on its own line:
    ///
    /// `::error file=plan.cplan,line=12,col=8,endLine=12,endColumn=15,title=CP0201::message`
    ///
    /// Warnings use `::warning`, notes `::notice`. The title is the code (and the
    /// rule name in parentheses when there is one). Notes and help follow the
    /// message on their own lines (`%0A`). A diagnostic without a place has no
    /// `file`/`line` properties.
    /// `locale` only names the `note:`/`help:` prefixes; pass diagnostics already localized.
    public static func github(diagnostics: [Diagnostic], sources: SourceMap, locale: String = "en") -> String {
        let noteWord = DiagnosticLocalizer.footerWord("note", locale: locale)
        let helpWord = DiagnosticLocalizer.footerWord("help", locale: locale)
        var out = ""
        for d in diagnostics {
            let command: String = switch d.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
            var properties: [String] = []
            if let r = SourceRegion(d.span, in: sources) {
                properties.append("file=" + escapeProperty(r.file))
                properties.append("line=\(r.line)")
                properties.append("col=\(r.column)")
                properties.append("endLine=\(r.endLine)")
                properties.append("endColumn=\(r.endColumn)")
            }
            let title = d.rule.map { "\(d.code.id) (\($0))" } ?? d.code.id
            properties.append("title=" + escapeProperty(title))
            var message = d.message
            for note in d.notes { message += "\n\(noteWord): " + note }
            if let help = d.help { message += "\n\(helpWord): " + help }
            out += "::\(command) " + properties.joined(separator: ",") + "::" + escapeData(message) + "\n"
        }
        return out
    }

    /// Escapes a workflow command's message: `%`, CR and LF.
    public static func escapeData(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Escapes a workflow command's property value: as ``escapeData(_:)`` plus `:` and `,`.
    public static func escapeProperty(_ s: String) -> String {
        var out = ""
        for c in escapeData(s).unicodeScalars {
            switch c {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
