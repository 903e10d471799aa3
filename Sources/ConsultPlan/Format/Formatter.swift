// The canonical layout of a plan (`cplan fmt`): 2-space indentation, one
// attribute per line, ASCII punctuation, the author's keyword spelling, at most
// one blank line, every comment kept. Printing works from the syntax tree; comments
// come back from the lexer's side table by position.

/// What formatting returns.
public struct FormatResult: Sendable {
    /// The formatted text; nil when the file has syntax errors (it is then never rewritten).
    public var formatted: String?
    /// The lexical and syntax diagnostics of the input.
    public var diagnostics: [Diagnostic]
}

/// The formatter. Formatting is idempotent, keeps every comment in order, and
/// leaves the syntax tree unchanged (ignoring positions).
public enum Formatter {
    /// The widest a line may get before a value list wraps (display columns).
    public static let lineWidth = 100

    /// Formats a file. Output uses LF line ends and no BOM and ends with one newline.
    public static func format(_ file: SourceFile, id: FileID = FileID(0)) -> FormatResult {
        let parsed = Parser.parse(file, id: id)
        if parsed.diagnostics.contains(where: { $0.severity == .error }) {
            return FormatResult(formatted: nil, diagnostics: parsed.diagnostics)
        }
        var printer = LayoutPrinter(file: file, parsed: parsed)
        printer.printProgram(parsed.program)
        return FormatResult(formatted: printer.finish(), diagnostics: parsed.diagnostics)
    }

    /// Formats text (convenience for embedders and tests).
    public static func format(source: String, name: String = "<input>") -> FormatResult {
        format(SourceFile(name: name, text: source))
    }
}
