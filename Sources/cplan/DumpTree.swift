// `cplan dump-tree FILE` (hidden, for debugging the parser): the syntax tree
// of a file; parse diagnostics go to stderr.

import ArgumentParser
import ConsultPlan
#if canImport(Glibc)
import Glibc
#endif

/// Prints the syntax tree of a file.
struct DumpTree: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump-tree",
        abstract: "Print the syntax tree of a file (for debugging).",
        discussion: "Syntax diagnostics go to standard error; the exit code is 0 unless the file cannot be read (2).",
        shouldDisplay: false
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The file to parse.", valueName: "file"))
    var file: String

    func run() throws {
        let source = try SourceFiles.readOrExit(file)
        var sources = SourceMap()
        let id = sources.add(source)
        let parsed = Parser.parse(source, id: id)
        Terminal.write(Self.treeText(parsed.program))
        let renderer = DiagnosticRenderer(sources: sources, color: global.settings.useColor(on: STDERR_FILENO), locale: global.locale ?? "zh-CN")
        for d in parsed.diagnostics.sortedForDisplay() { Terminal.writeError(renderer.render(d) + "\n") }
    }

    /// The tree as text, as the parser's golden tests show it.
    static func treeText(_ program: Program) -> String {
        let text = dumpTree(program)
        return text.hasSuffix("\n") ? text : text + "\n"
    }
}
