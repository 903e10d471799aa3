// STUB — the CLI work replaces this. TEMPORARY root registering the output
// commands of the render branch (schedule, remind, report) so they can be run
// here; the integrator adds them to the real root command's `subcommands`.
import ArgumentParser
import ConsultPlan

struct CPlanRenderStub: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cplan",
        subcommands: [ScheduleCommand.self, RemindCommand.self, ReportCommand.self]
    )
}

CPlanRenderStub.main()
