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

    @Option(help: ArgumentHelp("The evaluation date, `today()`; default: the system date in the plan's time zone.", valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(help: ArgumentHelp("The creation time for iCalendar DTSTAMP, in the plan's time zone; default: the clock.", valueName: "YYYY-MM-DDTHH:MM"))
    var now: String?

    @Option(help: ArgumentHelp("Language of labels and texts: zh-CN or en (default: the plan's).", valueName: "locale"))
    var locale: String?

    @Flag(help: "Start CSV output with a UTF-8 byte order mark (for spreadsheet programs).")
    var bom = false

    func validateCommon() throws {
        if let today, Day(today) == nil {
            throw ValidationError("--today: expected a day like 2025-04-17, found `\(today)`")
        }
        if let now, RenderCommandSupport.parseDateTime(now) == nil {
            throw ValidationError("--now: expected a date-time like 2025-04-17T09:30, found `\(now)`")
        }
        if let locale, !["zh-CN", "en"].contains(locale) {
            throw ValidationError("--locale: expected zh-CN or en, found `\(locale)`")
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
/// Integration note: this evaluates with no include loader and prints
/// diagnostics in a plain one-line form; once the CLI's `ProgramRunner` and
/// `DiagnosticRenderer` are in the same tree, `evaluate` should call them.
enum RenderCommandSupport {
    /// Reads and evaluates `path`. Prints diagnostics on stderr; throws exit 1 on
    /// errors (printing no output) and exit 2 on I/O errors.
    static func evaluate(_ path: String, options: OutputOptions, today explicitToday: Day?) throws -> Plan {
        guard let data = FileManager.default.contents(atPath: path) else {
            writeError("cplan: error: cannot read \(path): no such file or not readable\n")
            throw ExitCode(2)
        }
        let file = SourceFile(name: path, bytes: [UInt8](data))
        let given = explicitToday ?? options.today.flatMap { Day($0) }
        let first = given ?? systemDay(in: TimeZone(identifier: "Asia/Shanghai"))
        var result = engine(today: first, locale: options.locale).evaluate(file: file)
        // "The system date in the plan's time zone": evaluate again if the plan's zone has another date.
        if given == nil, let zone = result.plan?.header.timezone {
            let local = systemDay(in: TimeZone(identifier: zone))
            if local != first { result = engine(today: local, locale: options.locale).evaluate(file: file) }
        }
        report(result)
        guard !result.diagnostics.hasErrors, let plan = result.plan else {
            if !result.diagnostics.hasErrors { writeError("cplan: error: \(path): the plan could not be evaluated\n") }
            throw ExitCode(1)
        }
        return plan
    }

    static func engine(today: Day, locale: String?) -> Engine {
        Engine(configuration: Engine.Configuration(today: today, locale: locale))
    }

    /// Diagnostics on stderr, `file:line:col: severity[CODE]: message`.
    static func report(_ result: EvaluationResult) {
        for d in result.diagnostics.sortedForDisplay() {
            var line: String
            if d.span.isNone || d.span.file.rawValue >= result.sources.files.count {
                line = "cplan: \(d.severity.rawValue)[\(d.code.id)]: \(d.message)\n"
            } else {
                let at = result.sources.location(of: d.span)
                line = "\(at.file):\(at.line):\(at.column): \(d.severity.rawValue)[\(d.code.id)]: \(d.message)\n"
            }
            for note in d.notes { line += "  note: \(note)\n" }
            if let help = d.help { line += "  help: \(help)\n" }
            writeError(line)
        }
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
    static func emit(_ text: String, to path: String?) throws {
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
