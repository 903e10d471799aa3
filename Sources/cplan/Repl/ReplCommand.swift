// `cplan repl [FILE]`: an interactive session over a plan, or a scripted one
// when stdin is not a terminal (`cplan repl plan.cplan < checks.txt`).

import ArgumentParser
import ConsultPlan
#if canImport(Glibc)
import Glibc
#endif

/// `cplan repl`.
struct Repl: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate expressions and declarations against a plan, interactively.",
        discussion: """
            Type an expression to see its value (a day shows its weekday and whether \
            it is a working day; meetings show as a table), or a declaration to add it \
            to the session's plan. An open (, [, { or \"\"\" continues on a `...` line. \
            Commands start with a colon: :load :reload :check :schedule :remind :why \
            :explain :help :quit (any unique prefix, such as :q). :help KEYWORD shows a \
            keyword's manual.

            On a terminal, lines are edited with GNU readline: history (Up, Ctrl-R), \
            Tab completion of commands, keywords and the plan's IDs. History is kept in \
            $CPLAN_HISTORY_FILE, else $XDG_DATA_HOME/cplan/history, else \
            ~/.local/share/cplan/history.

            When stdin is not a terminal, lines are read without prompts or echo and \
            only results and errors are printed, so a session can be scripted.

            Exit codes: 0 at the end of input; 1 when a scripted session (stdin not a \
            terminal) had an input rejected with errors; 2 when FILE cannot be read.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("A plan file to load first.", valueName: "file"))
    var file: String?

    func run() throws {
        var repl = ReplSession(options: global)
        if Terminal.isTerminal(STDIN_FILENO) {
            repl.write("cplan \(CPlan.configuration.version) — :help for help, :quit or Ctrl-D to leave\n")
        }
        if let file {
            guard repl.load(file, atStart: true) else { throw ExitCode(ExitStatus.usage) }
        }
        let status = repl.run(reader: LineReader(historyFile: LineReader.defaultHistoryFile()))
        if status != ExitStatus.success { throw ExitCode(status) }
    }
}
