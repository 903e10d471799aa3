// Options every subcommand takes: the evaluation date, the locale and colour.
// The CLI is the only place that reads the clock.

import ArgumentParser
import ConsultPlan

/// When to colour diagnostics.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    /// Colour when the stream is a terminal and NO_COLOR is unset.
    case auto
    /// Always colour.
    case always
    /// Never colour.
    case never
}

/// Options shared by every subcommand (`@OptionGroup var global: GlobalOptions`).
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The evaluation date, `today()`; default: the system date in the plan's time zone.", valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(name: .long, help: ArgumentHelp("Language of messages and human outputs: zh-CN or en (default: the plan's).", valueName: "locale"))
    var locale: String?

    @Option(name: .long, help: "Colour diagnostics: auto (a terminal and NO_COLOR unset), always or never.")
    var color: ColorChoice = .auto

    @Flag(name: .customLong("no-color"), help: "Same as --color never.")
    var noColor = false

    mutating func validate() throws {
        if let today, Day(today) == nil {
            throw ValidationError("--today: expected a day like 2025-04-17, found `\(today)`")
        }
        if let locale, !["zh-CN", "en"].contains(locale) {
            throw ValidationError("--locale: expected zh-CN or en, found `\(locale)`")
        }
    }

    /// The parsed options as plain values (what the commands run with).
    var settings: RunSettings { RunSettings(today: today, locale: locale, color: color, noColor: noColor) }
}
