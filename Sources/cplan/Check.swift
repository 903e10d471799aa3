// `cplan check FILE…`: evaluate each program, print its diagnostics in the
// chosen format on stdout and a one-line summary on stderr.

import ArgumentParser
import ConsultPlan
#if canImport(Glibc)
import Glibc
#endif

extension DiagnosticFormat: ExpressibleByArgument {}

/// Checks programs and reports every diagnostic.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check plan files and report errors and warnings.",
        discussion: """
            Each FILE is a program. A folder stands for every .cplan file under it \
            (sorted; hidden files and folders skipped), except files that another of \
            them includes.

            Diagnostics go to standard output, sorted by file and line, in the format \
            chosen with --format; a one-line summary ("2 errors, 3 warnings in 4 \
            files") goes to standard error.

            Exit codes:
              0  no errors (warnings allowed unless --strict)
              1  at least one error, or a warning with --strict
              2  a usage or I/O error: a missing or unreadable file, a folder
                 with no .cplan files, or a file larger than the 64 MiB source
                 limit (refused without being read)
            A file that is not valid UTF-8 is not an I/O error: it is reported as a \
            diagnostic (CP0100).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Output format: human, json, github (workflow annotations) or sarif.")
    var format: DiagnosticFormat = .human

    @Flag(name: .long, help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Argument(help: ArgumentHelp("Plan files or folders to check.", valueName: "file"))
    var files: [String]

    func run() throws {
        let code = CheckRun(settings: global.settings, format: format, strict: strict, files: files).run()
        if code != ExitStatus.success { throw ExitCode(code) }
    }
}

/// What `cplan check` does once its command line is read (by ArgumentParser in
/// ``Check`` or by ``CheckFastPath``): evaluate every program, print the report.
struct CheckRun {
    /// The global options.
    var settings: RunSettings
    /// `--format`.
    var format: DiagnosticFormat = .human
    /// `--strict`.
    var strict = false
    /// The FILE arguments.
    var files: [String]

    /// Runs the check and returns the exit status (0, 1 findings, 2 usage or I/O).
    func run() -> Int32 {
        let runner = ProgramRunner(options: settings)
        let (programs, failures) = ProgramDiscovery.programs(for: files, limits: runner.limits)
        var ioFailed = !failures.isEmpty
        for failure in failures { Terminal.error(failure.message) }

        var collection = DiagnosticCollection()
        var checked: [String] = []
        // Messages follow --locale, else the first checked plan's `locale` (all files print in one language).
        var locale = settings.locale
        for program in programs {
            switch runner.evaluate(program) {
            case .success(let result):
                checked.append(program)
                if locale == nil, result.plan != nil { locale = result.diagnosticLocale() }
                collection.add(result.diagnostics, from: result.sources)
            case .failure(let failure):
                Terminal.error(failure.message)
                ioFailed = true
            }
        }

        let diagnostics = collection.sorted()
        let output = CheckReport.render(
            format, files: checked, diagnostics: diagnostics, sources: collection.sources,
            color: format == .human && settings.useColor(on: STDOUT_FILENO), informationURI: CPlan.homepage,
            locale: locale ?? "zh-CN")
        Terminal.write(output)
        if !(ioFailed && checked.isEmpty) {
            Terminal.writeError(CheckReport.summary(fileCount: checked.count, diagnostics: diagnostics) + "\n")
        }

        if ioFailed { return ExitStatus.usage }
        if diagnostics.hasErrors || (strict && diagnostics.contains { $0.severity == .warning }) {
            return ExitStatus.findings
        }
        return ExitStatus.success
    }
}
