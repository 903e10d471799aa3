// Reading and evaluating one program file for any subcommand: the date in the
// plan's time zone, the include loader and the limits, all in one place.

import ConsultPlan

/// Evaluates program files as the options say.
struct ProgramRunner {
    /// The shared options.
    var options: RunSettings
    /// The limits (the spec's defaults).
    var limits = Limits()

    /// Reads and evaluates the program at `path` (shown as `name`).
    ///
    /// Without `--today`, the date is first taken in Asia/Shanghai; when the
    /// evaluated plan declares another `timezone` in which the date differs,
    /// the program is evaluated again with that date (LANGUAGE.md 8: "the
    /// system date in the plan's time zone").
    func evaluate(_ path: String, name: String? = nil) -> Result<EvaluationResult, CommandFailure> {
        let file: SourceFile
        switch SourceFiles.read(path, name: name ?? path, limits: limits) {
        case .success(let f): file = f
        case .failure(let failure): return .failure(failure)
        }
        let first = options.today()
        var result = options.engine(today: first, limits: limits).evaluate(file: file)
        if options.explicitToday == nil, let zone = result.plan?.header.timezone, zone != RunSettings.defaultTimeZone {
            let local = RunSettings.systemDay(inTimeZone: zone)
            if local != first {
                result = options.engine(today: local, limits: limits).evaluate(file: file)
            }
        }
        DeferredRelease.hold(result)
        return .success(result)
    }
}
