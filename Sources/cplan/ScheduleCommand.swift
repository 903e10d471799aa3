// `cplan schedule FILE`: the year's schedule in any output format, and the
// helpers the output commands (schedule, remind, report) share.
import ArgumentParser
import ConsultPlan
import Foundation

extension ScheduleFormat: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}

/// `cplan schedule`.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Print the year's schedule of meetings.",
        discussion: """
            Meetings are ordered by start, then declaration order; cancelled meetings \
            are listed with their status. Diagnostics go to stderr; on errors nothing \
            is printed and the exit status is 1.
            """
    )

    @Argument(help: "The plan file (.cplan).")
    var file: String

    @Option(help: "Output format: table, markdown, csv, json, ics or html.")
    var format: ScheduleFormat = .table

    @Option(help: ArgumentHelp("Only meetings overlapping this month.", valueName: "YYYY-MM"))
    var month: String?

    @Option(help: ArgumentHelp("Only meetings this ID takes part in, leads, co-organises or is invited to.", valueName: "ID"))
    var who: String?

    @Option(help: ArgumentHelp("Only meetings of this form (English word or Chinese alias).", valueName: "form"))
    var form: String?

    @OptionGroup var output: OutputOptions

    mutating func validate() throws {
        try output.validateCommon()
        if let month, RenderCommandSupport.parseMonth(month) == nil {
            throw ValidationError("--month: expected a month like 2025-04, found `\(month)`")
        }
        if let form, Keywords.forms[form] == nil {
            throw ValidationError("--form: unknown form `\(form)`; expected one of \(Keywords.formOrder.joined(separator: ", "))")
        }
    }

    func run() throws {
        let plan = try RenderCommandSupport.evaluate(file, options: output, today: nil)
        if let who { try RenderCommandSupport.requireDeclared(who, in: plan) }
        let query = ScheduleQuery(month: month.flatMap(RenderCommandSupport.parseMonth), who: who, form: form)
        let text = renderSchedule(plan, format: format, query: query, options: output.renderOptions(for: plan))
        try RenderCommandSupport.emit(text, to: output.outputFile)
    }
}

/// Options every output command takes.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file (atomically: a temporary file beside it, then rename) instead of stdout.", valueName: "file"))
    var outputFile: String?

    @Option(help: ArgumentHelp("The creation time for iCalendar DTSTAMP, in the plan's time zone; default: the clock.", valueName: "YYYY-MM-DDTHH:MM"))
    var now: String?

    /// `--today`, `--locale`, `--color`: the options every subcommand shares.
    @OptionGroup var global: GlobalOptions

    /// The `--locale` option.
    var locale: String? { global.locale }

    @Flag(help: "Start CSV output with a UTF-8 byte order mark (for spreadsheet programs).")
    var bom = false

    func validateCommon() throws {
        if let now, RenderCommandSupport.parseDateTime(now) == nil {
            throw ValidationError("--now: expected a date-time like 2025-04-17T09:30, found `\(now)`")
        }
    }

    /// Render options: locale, `--now` (else the clock in the plan's zone), BOM, the zone's offset.
    func renderOptions(for plan: Plan) -> RenderOptions {
        let zone = TimeZone(identifier: plan.header.timezone)
        let now = self.now.flatMap(RenderCommandSupport.parseDateTime) ?? RenderCommandSupport.clock(in: zone)
        // The zone's standard offset in the plan's year, for zones the library does not know.
        var offset: Int?
        if let zone, let jan1 = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: zone,
                                               year: plan.header.year, month: 1, day: 1).date {
            offset = zone.secondsFromGMT(for: jan1) / 60
        }
        return RenderOptions(locale: locale, now: now, csvBOM: bom, utcOffsetMinutes: offset)
    }
}

/// What the output commands share: evaluating a file, reporting diagnostics,
/// and writing output.
///
/// Evaluation goes through the CLI's `ProgramRunner` (include loader, the date in
/// the plan's time zone) and diagnostics through `DiagnosticRenderer`.
enum RenderCommandSupport {
    /// Reads and evaluates `path` (with the file include loader) through the
    /// CLI's `ProgramRunner`. Prints diagnostics on stderr as `check` renders them;
    /// throws exit 1 on errors (printing no output) and exit 2 on I/O errors.
    /// `today` overrides the evaluation date when `--today` was not given (remind's `--on`).
    static func evaluate(_ path: String, options: OutputOptions, today defaultToday: Day?) throws -> Plan {
        var global = options.global
        if global.explicitToday == nil, let day = defaultToday { global.today = day.description }
        let result: EvaluationResult
        switch ProgramRunner(options: global).evaluate(path) {
        case .success(let r): result = r
        case .failure(let failure):
            writeError(failure.message + "\n")
            throw ExitCode(ExitStatus.usage)
        }
        let diagnostics = result.diagnostics.sortedForDisplay()
        if !diagnostics.isEmpty {
            let color = global.useColor(on: FileHandle.standardError.fileDescriptor)
            writeError(DiagnosticRenderer(sources: result.sources, color: color, locale: result.diagnosticLocale(configured: global.locale))
                .render(diagnostics))
        }
        guard !diagnostics.hasErrors, let plan = result.plan else {
            if !diagnostics.hasErrors { writeError("cplan: error: \(path): the plan could not be evaluated\n") }
            throw ExitCode(ExitStatus.findings)
        }
        return plan
    }

    /// Exits 2 when `id` names nothing the plan declares.
    static func requireDeclared(_ id: String, in plan: Plan) throws {
        let ids = Set(plan.members.map(\.id) + plan.groups.map(\.id)
                      + (plan.committees + plan.sectors + plan.parties + plan.departments).map(\.id))
        guard !ids.contains(id) else { return }
        writeError("cplan: error: --who: `\(id)` is not a member, group, committee, sector, party or department of the plan\n")
        throw ExitCode(2)
    }

    /// Writes `text` to stdout, or atomically to `path` (a temporary file beside it, then rename).
    ///
    /// Output larger than `Limits.maxOutputBytes` is refused (`CP0552`, exit 1) and
    /// nothing is written, so a plan that generates an enormous schedule cannot fill a
    /// disk or a terminal.
    static func emit(_ text: String, to path: String?, limits: Limits = Limits()) throws {
        let size = text.utf8.count
        guard size <= limits.maxOutputBytes else {
            writeError("error[CP0552]: the output is \(size) bytes, more than the limit of \(limits.maxOutputBytes) bytes; "
                + "nothing was written\n  = help: narrow it with --month, --who or --form\n")
            throw ExitCode(ExitStatus.findings)
        }
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                writeError("cplan: error: cannot write \(path): \(reason)\n")
                throw ExitCode(2)
            }
        } catch let code as ExitCode {
            throw code
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            writeError("cplan: error: cannot write \(path): \(error.localizedDescription)\n")
            throw ExitCode(2)
        }
    }

    static func writeError(_ s: String) {
        FileHandle.standardError.write(Data(s.utf8))
    }

    /// `YYYY-MM`.
    static func parseMonth(_ s: String) -> YearMonth? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        return YearMonth(year: y, month: m)
    }

    /// `YYYY-MM-DDTHH:MM`.
    static func parseDateTime(_ s: String) -> (day: Day, time: TimeOfDay)? {
        let parts = s.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let day = Day(String(parts[0])) else { return nil }
        let hm = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard hm.count == 2, hm[0].count == 2, hm[1].count == 2, let h = Int(hm[0]), let m = Int(hm[1]),
              let time = TimeOfDay(hour: h, minute: m), !time.isEndOfDay else { return nil }
        return (day, time)
    }

    /// The system date in a zone (UTC+8 when the zone is unknown).
    static func systemDay(in zone: TimeZone?) -> Day {
        let c = components(in: zone)
        return Day(year: c.year ?? 2025, month: c.month ?? 1, day: c.day ?? 1) ?? .minimum
    }

    /// The clock's local day and minute in a zone (UTC+8 when the zone is unknown).
    static func clock(in zone: TimeZone?) -> (day: Day, time: TimeOfDay)? {
        let c = components(in: zone)
        guard let time = TimeOfDay(hour: c.hour ?? 0, minute: c.minute ?? 0) else { return nil }
        return (systemDay(in: zone), time)
    }

    private static func components(in zone: TimeZone?) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .current
        return calendar.dateComponents([.year, .month, .day, .hour, .minute], from: Date())
    }
}
