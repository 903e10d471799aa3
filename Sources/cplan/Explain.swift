// `cplan explain CODE|RULE`: the long explanation of a diagnostic from the
// catalog, or `--list` for every code with its title.

import ArgumentParser
import ConsultPlan

/// Explains a diagnostic code or rule name.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain a diagnostic code (CP0201) or rule name (overlap).",
        discussion: "Exit codes: 0 explained; 2 an unknown code or rule, or no argument."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "List every diagnostic code with its default severity, rule and title.")
    var list = false

    @Argument(help: ArgumentHelp("A code such as CP0201 or a rule name such as overlap.", valueName: "code"))
    var code: String?

    mutating func validate() throws {
        if !list, code == nil {
            throw ValidationError("give a code such as CP0201 or a rule name, or --list")
        }
    }

    func run() throws {
        if list {
            Terminal.write(explanationList())
            return
        }
        guard let code else { return }
        guard let text = explanation(for: code) else {
            Terminal.error("unknown diagnostic code or rule `\(code)`")
            Terminal.writeError("help: `cplan explain --list` shows every code and rule\n")
            throw ExitCode(ExitStatus.usage)
        }
        Terminal.write(text)
    }
}
