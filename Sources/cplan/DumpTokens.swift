// `cplan dump-tokens FILE` (hidden, for debugging the lexer): one token per
// line as `line:col kind "text"`, with ` = value` for literals.

import ArgumentParser
import ConsultPlan
#if canImport(Glibc)
import Glibc
#endif

/// Prints the tokens of a file.
struct DumpTokens: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump-tokens",
        abstract: "Print the tokens of a file, one per line (for debugging).",
        discussion: "Lexical diagnostics go to standard error; the exit code is 0 unless the file cannot be read (2).",
        shouldDisplay: false
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The file to tokenize.", valueName: "file"))
    var file: String

    func run() throws {
        let source = try SourceFiles.readOrExit(file)
        var sources = SourceMap()
        let id = sources.add(source)
        let stream = Lexer.tokenize(source, id: id)
        var out = ""
        for token in stream.tokens {
            let at = sources.location(of: token.span)
            out += "\(at.line):\(at.column) \(Self.kindName(token.kind)) \(JSONWriter.quoted(token.text))"
            if token.value != .none { out += " = \(token.value)" }
            out += "\n"
        }
        Terminal.write(out)
        let renderer = DiagnosticRenderer(sources: sources, color: global.settings.useColor(on: STDERR_FILENO), locale: global.locale ?? "zh-CN")
        for d in stream.diagnostics.sortedForDisplay() { Terminal.writeError(renderer.render(d) + "\n") }
    }

    /// A short, stable name for a token kind.
    static func kindName(_ kind: TokenKind) -> String {
        switch kind {
        case .identifier: "identifier"
        case .interpolatedIdentifier: "interpolated-identifier"
        case .reserved(let w): "reserved(\(w.rawValue))"
        case .integer: "integer"
        case .decimal: "decimal"
        case .percent: "percent"
        case .string: "string"
        case .day: "day"
        case .month: "month"
        case .quarter: "quarter"
        case .time: "time"
        case .duration: "duration"
        case .punctuation(let p): "punctuation(\(p.rawValue))"
        case .newline: "newline"
        case .invalid: "invalid"
        case .endOfFile: "end-of-file"
        }
    }
}
