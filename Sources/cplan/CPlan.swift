// The root `cplan` command: its subcommands and how errors become exit codes
// (0 success, 1 findings, 2 usage or I/O errors, as LANGUAGE.md 8 requires).

import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// The `cplan` command. To add a subcommand, write its type in its own file and
/// add it to `subcommands` below; it takes `@OptionGroup var global: GlobalOptions`.
struct CPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cplan",
        abstract: "Check, explain and render the annual consultation plans of a CPPCC office.",
        discussion: """
            Exit codes: 0 success; 1 the program has errors (or warnings, with \
            `check --strict`); 2 a usage or I/O error.
            """,
        version: "0.3.0",
        subcommands: [
            Check.self,
            ScheduleCommand.self,
            RemindCommand.self,
            ReportCommand.self,
            Fmt.self,
            Explain.self,
            DumpTokens.self,
            DumpTree.self,
            Lsp.self,
            Repl.self,
        ]
    )

    /// Where SARIF output says the tool is documented (`tool.driver.informationUri`).
    /// The project has no public home yet, and SARIF makes the field optional, so it
    /// is left out rather than filled with a made-up address; set it here once there is one.
    static let homepage: String? = nil

    /// Parses the arguments, runs the command and exits. Argument errors exit 2
    /// (ArgumentParser's default is 64, but the spec promises 2 for usage errors).
    static func runAndExit() -> Never {
        do {
            var command = try parseAsRoot(nil)
            try command.run()
            exit(withError: nil)
        } catch let code as ExitCode {
            Glibc.exit(code.rawValue)
        } catch {
            if exitCode(for: error) == .validationFailure {
                Terminal.writeError(fullMessage(for: error) + "\n")
                Glibc.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

/// The exit statuses every subcommand uses.
enum ExitStatus {
    /// Nothing wrong.
    static let success: Int32 = 0
    /// The program has errors (or warnings under `--strict`).
    static let findings: Int32 = 1
    /// A usage error or an I/O error (missing file, unreadable file).
    static let usage: Int32 = 2
}

/// A failure that ends a command with a message and exit status 2.
struct CommandFailure: Error {
    /// What to print after `cplan: error: `.
    var message: String
}
