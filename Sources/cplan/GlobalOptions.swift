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
    /// The default plan time zone (LANGUAGE.md 3: `timezone`, default Asia/Shanghai).
    static let defaultTimeZone = RunSettings.defaultTimeZone

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

    /// The `--today` day, if given.
    var explicitToday: Day? { settings.explicitToday }

    /// `--today`, else the system date in `timeZone` (an unknown zone counts as Asia/Shanghai).
    func today(inTimeZone timeZone: String = RunSettings.defaultTimeZone) -> Day {
        settings.today(inTimeZone: timeZone)
    }

    /// The system date in an IANA time zone (see ``RunSettings/systemDay(inTimeZone:now:)``).
    static func systemDay(inTimeZone identifier: String, now: Int = ZoneClock.now()) -> Day {
        RunSettings.systemDay(inTimeZone: identifier, now: now)
    }

    /// Whether to colour output written to `descriptor`.
    func useColor(on descriptor: Int32) -> Bool { settings.useColor(on: descriptor) }

    /// An engine configured with these options, the file include loader and `today`.
    func engine(today: Day, limits: Limits = Limits()) -> Engine { settings.engine(today: today, limits: limits) }
}
