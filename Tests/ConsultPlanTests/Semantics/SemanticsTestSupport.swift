// Helpers for the evaluation tests: evaluate a program through Engine with an
// in-memory include loader, and read diagnostics as "CODE@line:col" or by code.
import Testing
@testable import ConsultPlan

/// Included files kept in memory; names are the paths as written.
struct MemoryLoader: IncludeLoader {
    /// File name → text.
    var files: [String: String]
    /// Paths that pretend to escape the main file's folder tree.
    var outside: Set<String> = []

    func load(path: String, from includingFile: String, mainFile: String) -> Result<SourceFile, IncludeLoadError> {
        if outside.contains(path) || path.hasPrefix("../") {
            return .failure(IncludeLoadError(message: "the file is outside the plan's folder", isOutsideTree: true))
        }
        guard let text = files[path] else { return .failure(IncludeLoadError(message: "no such file")) }
        return .success(SourceFile(name: path, text: text))
    }
}

/// The outcome of evaluating a program.
struct Evaluated {
    var result: EvaluationResult
    var plan: Plan? { result.plan }
    /// Evaluation's diagnostics: every phase but the plan checks (CP06xx), which have tests of
    /// their own, so these tests say the same before and after the checks are plugged in.
    var diagnostics: [Diagnostic] { result.diagnostics.filter { !$0.code.id.hasPrefix("CP06") } }
    var codes: [String] { diagnostics.map(\.code.id) }
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    /// Same as ``diagnostics`` (named for clarity where both phases could be meant).
    var evaluationDiagnostics: [Diagnostic] { diagnostics }

    /// "line:column" of a diagnostic's span start.
    func position(_ d: Diagnostic) -> String {
        let loc = result.sources.location(of: d.span)
        return "\(loc.line):\(loc.column)"
    }

    /// "CODE@line:col" for every diagnostic, in display order.
    var summary: [String] { diagnostics.map { "\($0.code.id)@\(position($0))" } }

    /// Every diagnostic as one line, for failure messages.
    var dump: String {
        diagnostics.map { "\($0.code.id)@\(position($0)) \($0.severity): \($0.message)\($0.help.map { " [help: \($0)]" } ?? "")" }
            .joined(separator: "\n")
    }

    /// A meeting by ID.
    func meeting(_ id: String) -> Meeting? { plan?.meetings.first { $0.id == id } }
}

/// Evaluates `text` as `main.cplan`.
func evaluateProgram(
    _ text: String, today: String = "2025-01-01", files: [String: String]? = nil, limits: Limits = Limits()
) -> Evaluated {
    let loader: (any IncludeLoader)? = files.map { MemoryLoader(files: $0) }
    let configuration = Engine.Configuration(today: Day(today) ?? .minimum, includeLoader: loader, limits: limits)
    return Evaluated(result: Engine(configuration: configuration).evaluate(source: text, name: "main.cplan"))
}

/// A minimal plan header (no checks fire on it) to put before test snippets.
let planHeader = """
    plan "P" { year 2025 }
    policy { min_topic_consultations 0 }

    """

/// Shorthand for a day.
func evalDay(_ s: String) -> Day? { Day(s) }
