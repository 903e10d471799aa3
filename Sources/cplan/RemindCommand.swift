// `cplan remind FILE --on DAY`: the reminders dated from --on through
// --on + --days, plus every overdue feedback, in any output format.
import ArgumentParser
import ConsultPlan
#if canImport(Glibc)
import Glibc
#endif

/// `cplan remind`.
struct RemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "Print the reminders as of a day.",
        discussion: """
            Lists notices, preparation and follow-up tasks, meetings, written feedback \
            and approval steps dated from --on through --on + --days (both included), \
            plus every overdue feedback. --on also sets today() unless --today is given.
            """
    )

    @Argument(help: "The plan file (.cplan).")
    var file: String

    @Option(help: ArgumentHelp("The day the reminders are for.", valueName: "YYYY-MM-DD"))
    var on: String

    @Option(help: ArgumentHelp("How many days after --on to include.", valueName: "N"))
    var days: Int = 14

    @Option(help: ArgumentHelp("Only reminders for this ID or one of its members.", valueName: "ID"))
    var who: String?

    @Option(help: "Output format: table, markdown, csv, json, ics or html.")
    var format: ScheduleFormat = .table

    @OptionGroup var output: OutputOptions

    mutating func validate() throws {
        try output.validateCommon()
        if Day(on) == nil { throw ValidationError("--on: expected a day like 2025-04-17, found `\(on)`") }
        if days < 0 { throw ValidationError("--days: expected a number of days, 0 or more, found \(days)") }
        if days > 3660 { throw ValidationError("--days: at most 3660 (ten years), found \(days)") }
    }

    func run() throws {
        guard let onDay = Day(on) else { throw ExitCode(2) }
        // --on also sets today() unless --today is given (LANGUAGE.md 8).
        let today = output.global.settings.explicitToday ?? onDay
        let plan = try RenderCommandSupport.evaluate(file, options: output, today: today)
        if let who { try RenderCommandSupport.requireDeclared(who, in: plan) }
        let options = output.renderOptions(for: plan)
        let reminders = plan.reminders(on: onDay, days: days, who: who, locale: output.locale)
        let text = renderReminders(plan, reminders: reminders, on: onDay, days: days, format: format, options: options)
        try RenderCommandSupport.emit(text, to: output.outputFile)
    }
}
