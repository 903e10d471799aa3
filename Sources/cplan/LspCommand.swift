// `cplan lsp`: the Language Server Protocol over stdin and stdout, for editors
// (the VS Code extension under grammar/ starts it); see the LanguageServer target.

import ArgumentParser
import ConsultPlan
#if canImport(Glibc)
import Glibc
#endif
import LanguageServer

/// Runs the language server until the client sends `exit`.
struct Lsp: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server (LSP over standard input and output).",
        discussion: """
            Speaks JSON-RPC 2.0 with Content-Length framing on standard input and \
            output, as editors expect; logs go to standard error. Offers \
            diagnostics (the same as `cplan check`), hover, completion, go to \
            definition, references, the outline, formatting and quick fixes.

            Exit codes: 0 after `shutdown` then `exit`; 1 when the input ends or \
            `exit` comes without `shutdown`.
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let configuration = ServerConfiguration(today: global.settings.today(), locale: global.locale)
        let status = StdioServer.run(configuration: configuration)
        throw ExitCode(status)
    }
}
