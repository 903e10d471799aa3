// `cplan schedule FILE`: the year's schedule in any output format, and the
// helpers the output commands (schedule, remind, report) share.
import ArgumentParser
import ConsultPlan
#if canImport(Glibc)
import Glibc
#endif

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
        let options = output.renderOptions(for: plan)
        if format == .json {
            // Bytes straight from the renderer: the year's JSON at 100k meetings is 68 MB.
            try RenderCommandSupport.emit(renderScheduleUTF8(plan, format: format, query: query, options: options), to: output.outputFile)
        } else {
            try RenderCommandSupport.emit(renderSchedule(plan, format: format, query: query, options: options), to: output.outputFile)
        }
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
        let zone = ZoneClock.zone(plan.header.timezone)
        let now = self.now.flatMap(RenderCommandSupport.parseDateTime) ?? RenderCommandSupport.clock(in: zone)
        // The zone's offset at the start of the plan's year, for zones the library does not know.
        var offset: Int?
        if let zone {
            offset = ZoneClock.offsetAtStart(ofYear: plan.header.year, in: zone) / 60
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
        var settings = options.global.settings
        if settings.explicitToday == nil, let day = defaultToday { settings.today = day.description }
        let result: EvaluationResult
        switch ProgramRunner(options: settings).evaluate(path) {
        case .success(let r): result = r
        case .failure(let failure):
            writeError(failure.message + "\n")
            throw ExitCode(ExitStatus.usage)
        }
        let diagnostics = result.diagnostics.sortedForDisplay()
        if !diagnostics.isEmpty {
            let color = settings.useColor(on: STDERR_FILENO)
            writeError(DiagnosticRenderer(sources: result.sources, color: color, locale: result.diagnosticLocale(configured: settings.locale))
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
        var text = text
        try text.withUTF8 { try emit($0, to: path, limits: limits) }
    }

    /// ``emit(_:to:limits:)`` for UTF-8 bytes.
    static func emit(_ bytes: [UInt8], to path: String?, limits: Limits = Limits()) throws {
        try bytes.withUnsafeBufferPointer { try emit($0, to: path, limits: limits) }
    }

    /// ``emit(_:to:limits:)`` for UTF-8 bytes in place.
    static func emit(_ text: UnsafeBufferPointer<UInt8>, to path: String?, limits: Limits) throws {
        let size = text.count
        guard size <= limits.maxOutputBytes else {
            writeError("error[CP0552]: the output is \(size) bytes, more than the limit of \(limits.maxOutputBytes) bytes; "
                + "nothing was written\n  = help: narrow it with --month, --who or --form\n")
            throw ExitCode(ExitStatus.findings)
        }
        guard let path else {
            // Straight from the string's UTF-8 storage: no 68 MB `Data` copy for the 100k year.
            SystemIO.write(text, to: STDOUT_FILENO)
            return
        }
        let temporary = temporaryPath(beside: path, suffix: ".\(getpid()).tmp")
        if case .failure(let error) = SystemIO.writeFile(text, to: temporary) {
            SystemIO.remove(temporary)
            writeError("cplan: error: cannot write \(path): \(SystemIO.reason(error, reading: false))\n")
            throw ExitCode(2)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            SystemIO.remove(temporary)
            writeError("cplan: error: cannot write \(path): \(reason)\n")
            throw ExitCode(2)
        }
    }

    /// `.NAME<suffix>` in the folder of `path` (the file a temporary copy is written to before
    /// the rename; relative paths stay relative to the working folder).
    static func temporaryPath(beside path: String, suffix: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        let name = trimmed.split(separator: "/").last.map(String.init) ?? String(trimmed)
        let folder: String
        if let slash = trimmed.lastIndex(of: "/") {
            folder = slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
        } else {
            folder = ""
        }
        let file = "." + name + suffix
        return folder.isEmpty ? file : (folder.hasSuffix("/") ? folder + file : folder + "/" + file)
    }

    static func writeError(_ s: String) {
        SystemIO.write(s, to: STDERR_FILENO)
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

    /// The system date in a zone known to the tz database (UTC+8 when nil).
    static func systemDay(in zone: ZoneClock.Zone?) -> Day {
        let c = ZoneClock.local(at: ZoneClock.now(), in: zone)
        return Day(year: c.year, month: c.month, day: c.day) ?? .minimum
    }

    /// The clock's local day and minute in a zone known to the tz database (UTC+8 when nil).
    static func clock(in zone: ZoneClock.Zone?) -> (day: Day, time: TimeOfDay)? {
        let c = ZoneClock.local(at: ZoneClock.now(), in: zone)
        guard let time = TimeOfDay(hour: c.hour, minute: c.minute) else { return nil }
        return (systemDay(in: zone), time)
    }
}
