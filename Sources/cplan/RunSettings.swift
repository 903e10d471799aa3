// The global options as plain values: what every command runs with, whether the
// command line was read by ArgumentParser or by the `check` fast path.

import ConsultPlan

/// `--today`, `--locale`, `--color` and `--no-color`, already validated.
///
/// Why a plain struct beside ``GlobalOptions``: creating an ArgumentParser
/// `ParsableArguments` value (even without parsing) instantiates its property
/// wrappers and name tables — measurable in a 3 ms cold start — so the `check`
/// fast path builds this instead, and ``GlobalOptions/settings`` gives the same.
struct RunSettings {
    /// The default plan time zone (LANGUAGE.md 3: `timezone`, default Asia/Shanghai).
    static let defaultTimeZone = "Asia/Shanghai"

    /// `--today` as written (already checked to be a day).
    var today: String?
    /// `--locale` (zh-CN or en).
    var locale: String?
    /// `--color`.
    var color: ColorChoice = .auto
    /// `--no-color`.
    var noColor = false

    /// The `--today` day, if given.
    var explicitToday: Day? { today.flatMap { Day($0) } }

    /// `--today`, else the system date in `timeZone` (an unknown zone counts as Asia/Shanghai).
    func today(inTimeZone timeZone: String = RunSettings.defaultTimeZone) -> Day {
        if let day = explicitToday { return day }
        return RunSettings.systemDay(inTimeZone: timeZone)
    }

    /// The system date in an IANA time zone. Without time zone data, Asia/Shanghai
    /// falls back to the fixed UTC+8 it has kept since 1991.
    static func systemDay(inTimeZone identifier: String, now: Int = ZoneClock.now()) -> Day {
        let c = ZoneClock.local(at: now, in: ZoneClock.zone(identifier))
        return Day(year: c.year, month: c.month, day: c.day) ?? Day.minimum
    }

    /// Whether to colour output written to `descriptor`.
    func useColor(on descriptor: Int32) -> Bool {
        if noColor { return false }
        switch color {
        case .always: return true
        case .never: return false
        case .auto: return Terminal.isTerminal(descriptor) && !Terminal.noColorRequested
        }
    }

    /// An engine configured with these settings, the file include loader and `today`.
    /// No subcommand reads the syntax trees of an evaluation, so they are not kept: a large
    /// plan's peak memory is then its evaluated model, not its model plus its whole tree.
    func engine(today: Day, limits: Limits = Limits()) -> Engine {
        var configuration = Engine.Configuration(
            today: today, includeLoader: FileIncludeLoader(limits: limits), limits: limits, locale: locale)
        configuration.keepsSyntaxTrees = false
        return Engine(configuration: configuration)
    }
}
