// libFuzzer entry point: evaluates arbitrary bytes as a plan under small limits,
// then runs every renderer on the plan and every diagnostic format on the findings.
import ConsultPlan

/// An in-memory include loader: `self.cplan` is the fuzzed file itself (so
/// cycles are reachable), `part.cplan` a small valid part, anything else is missing.
struct FuzzIncludeLoader: IncludeLoader {
    let main: SourceFile
    func load(path: String, from includingFile: String, mainFile: String) -> Result<SourceFile, IncludeLoadError> {
        switch path {
        case "self.cplan": return .success(SourceFile(name: "self.cplan", bytes: main.bytes))
        case "main.cplan": return .success(main)
        case "part.cplan": return .success(SourceFile(name: "part.cplan", text: "member m_part { name \"P\" }\n"))
        case let p where p.hasPrefix(".."): return .failure(IncludeLoadError(message: "outside the plan's folder", isOutsideTree: true))
        default: return .failure(IncludeLoadError(message: "not found"))
        }
    }
}

/// Small limits keep each execution fast; the limits' own paths are then reached often.
let fuzzLimits: Limits = {
    var l = Limits()
    l.maxSourceBytes = 64 * 1024
    l.maxLineBytes = 16 * 1024
    l.maxNestingDepth = 64
    l.maxIncludeDepth = 4
    l.maxIncludedFiles = 8
    l.maxGeneratedMeetings = 500
    l.maxEvaluationSteps = 50_000
    l.maxDeclarations = 2_000
    return l
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEvaluate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = SourceFile(name: "main.cplan", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let today = Day(year: 2025, month: 3, day: 1) ?? .minimum
    let engine = Engine(configuration: .init(today: today, includeLoader: FuzzIncludeLoader(main: file), limits: fuzzLimits))
    let result = engine.evaluate(file: file)
    // Differential: without kept trees the bodies of top-level meetings are skimmed and
    // parsed as each meeting is built; the plan and every diagnostic must not change.
    var lean = engine.configuration
    lean.keepsSyntaxTrees = false
    let skimmed = Engine(configuration: lean).evaluate(file: file)
    if skimmed.diagnostics != result.diagnostics || skimmed.plan?.meetings != result.plan?.meetings
        || (skimmed.plan == nil) != (result.plan == nil)
    {
        fatalError("skimmed meeting bodies changed the result")
    }
    // A few diagnostics cover the report paths (FuzzParse renders lexical and syntax ones).
    let shown = Array(result.diagnostics.prefix(8)) + Array(result.diagnostics.dropFirst(8).suffix(1))
    _ = CheckReport.human(diagnostics: shown, sources: result.sources)
    _ = CheckReport.json(files: ["main.cplan"], diagnostics: shown, sources: result.sources)
    guard let plan = result.plan else { return 0 }
    guard let nine = TimeOfDay(hour: 9, minute: 0) else { return 0 }
    let options = RenderOptions(now: (day: today, time: nine))
    for format in ScheduleFormat.allCases {
        _ = renderSchedule(plan, format: format, options: options)
        let reminders = plan.reminders(on: today, days: 30)
        _ = renderReminders(plan, reminders: reminders, on: today, days: 30, format: format, options: options)
    }
    let rows = attendanceReport(plan)
    for format in ReportFormat.allCases { _ = renderAttendance(plan, rows: rows, format: format, options: options) }
    return 0
}
