// Diagnostics in the reader's language (LANGUAGE.md 8: messages follow --locale, default
// the plan's): the English texts the phases build are translated when they are rendered.

/// Translates a diagnostic's message, notes, help and label messages into a locale.
///
/// The phases build their messages in English; this works at rendering time, so
/// no emission site changes. For a Chinese locale (any `zh…`), each text is
/// matched against templates (one table per phase: `LexerMessages+zh.swift`,
/// `ParserMessages+zh.swift`, `SemanticMessages+zh.swift`, `RuleMessages+zh.swift`):
/// literal English with holes for the variable parts (backticked names, numbers,
/// days, times), which are carried over unchanged. A text no template matches
/// stays English: never a half-translated message. Codes, rule names, spans and
/// fix-its are kept. Any other locale returns the diagnostic as it is.
public struct DiagnosticLocalizer: Sendable {
    /// Creates a localizer (the tables are shared and built once).
    public init() {}

    /// Whether `locale` asks for Chinese (`zh-CN`, `zh`, `zh-Hans` …).
    public static func isChinese(_ locale: String) -> Bool {
        locale.lowercased().hasPrefix("zh")
    }

    /// `d` with its texts in `locale`.
    public func localized(_ d: Diagnostic, locale: String) -> Diagnostic {
        guard Self.isChinese(locale) else { return d }
        return Self.rewriting(d, with: translate)
    }

    /// `d` with every text (message, notes, help, labels) passed through `text`.
    private static func rewriting(_ d: Diagnostic, with text: (String) -> String) -> Diagnostic {
        var out = d
        out.message = text(d.message)
        out.notes = d.notes.map(text)
        out.help = d.help.map(text)
        out.labels = d.labels.map { DiagnosticLabel($0.span, text($0.message)) }
        return out
    }

    /// Every diagnostic of `ds` in `locale`, in the same order. Each distinct text is
    /// translated once: a broken file repeats the same message hundreds of times.
    public func localized(_ ds: [Diagnostic], locale: String) -> [Diagnostic] {
        guard Self.isChinese(locale) else { return ds }
        var memo: [String: String] = [:]
        func translated(_ text: String) -> String {
            if let known = memo[text] { return known }
            let result = translate(text)
            memo[text] = result
            return result
        }
        return ds.map { Self.rewriting($0, with: translated) }
    }

    /// The Chinese text for one English text, or nil when no template matches it.
    public func chinese(for text: String) -> String? {
        // A multi-line text (a note listing lines) is translated line by line, all or nothing.
        if text.contains("\n") {
            var lines: [String] = []
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.isEmpty { lines.append(""); continue }
                guard let t = chinese(for: String(line)) else { return nil }
                lines.append(t)
            }
            return lines.joined(separator: "\n")
        }
        if Self.containsHan(text), !text.contains(where: { $0.isASCII && $0.isLetter }) {
            return text  // already Chinese (a `require … else "至少一名委员"` message)
        }
        // The most specific matching template wins (the most literal text), so a general
        // pattern such as "`{0}` is {1:d}" never takes a message a precise one describes.
        // Templates are tried most specific first (ties in table order), so the first
        // that matches and fills is the best one.
        for template in Self.templatesBySpecificity {
            if let captures = template.match(text),
               let filled = template.fill(captures, tables: Self.wordTables, nested: { chinese(for: $0) }) {
                return filled
            }
        }
        return nil
    }

    /// ``templates`` ordered by specificity, most specific first; a stable order, so
    /// among equally specific templates the earlier in ``templates`` comes first.
    static let templatesBySpecificity: [MessageTemplate] = templates.enumerated()
        .sorted { a, b in
            a.element.specificity != b.element.specificity
                ? a.element.specificity > b.element.specificity : a.offset < b.offset
        }
        .map(\.element)

    /// `text` in Chinese when a template matches, else unchanged.
    func translate(_ text: String) -> String { chinese(for: text) ?? text }

    private static func containsHan(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    /// Every template; on equal specificity the earlier wins (rules, evaluation, parser, lexer, shared).
    static let templates: [MessageTemplate] = {
        let pairs = ruleMessagesZh + semanticMessagesZh + parserMessagesZh + lexerMessagesZh + sharedMessagesZh
            + hardeningMessagesZh
        return pairs.map { MessageTemplate($0.0, $0.1) }
    }()

    /// The severity word as printed in the header of a human diagnostic.
    public static func severityWord(_ severity: Severity, locale: String) -> String {
        guard isChinese(locale) else { return severity.rawValue }
        switch severity {
        case .error: return "错误"
        case .warning: return "警告"
        case .note: return "注"
        }
    }

    /// The footer words `note` and `help` (`注`, `提示` in Chinese).
    public static func footerWord(_ english: String, locale: String) -> String {
        guard isChinese(locale) else { return english }
        switch english {
        case "note": return "注"
        case "help": return "提示"
        default: return english
        }
    }
}
