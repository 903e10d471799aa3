// `cplan report attendance FILE`: per member, held meetings as participant,
// attended, excused and absent.
import ArgumentParser
import ConsultPlan
#if canImport(Glibc)
import Glibc
#endif

/// `cplan report`: reports over the records of a plan.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print reports over what the records say happened.",
        subcommands: [AttendanceReportCommand.self]
    )
}

/// `cplan report attendance`.
struct AttendanceReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: "Per member: held meetings as participant, attended, excused (leave), absent.",
        discussion: """
            A meeting counts as held when a record says `held`, or when its last day \
            is before today() and it is not cancelled.
            """
    )

    @Argument(help: "The plan file (.cplan), or a tracking file that includes it.")
    var file: String

    @Option(help: "Output format: table, markdown, csv or json.")
    var format: ReportFormat = .table

    @OptionGroup var output: OutputOptions

    mutating func validate() throws {
        try output.validateCommon()
    }

    func run() throws {
        let plan = try RenderCommandSupport.evaluate(file, options: output, today: nil)
        let text = renderAttendance(plan, rows: attendanceReport(plan), format: format, options: output.renderOptions(for: plan))
        try RenderCommandSupport.emit(text, to: output.outputFile)
    }
}
