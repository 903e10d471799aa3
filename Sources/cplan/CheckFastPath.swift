// A direct reading of the common `cplan check [--today D] [--format F] … FILE…`
// command line, so the most frequent command starts without ArgumentParser.

import ConsultPlan
#if canImport(Glibc)
import Glibc
#endif

/// Reads `check` command lines that use only plain options and runs them, exactly
/// as the ArgumentParser path would; anything else is left to ArgumentParser.
///
/// Why: ArgumentParser builds its whole command tree by reflection (`Mirror`, type
/// metadata by mangled name, a protocol-conformance scan over every conformance in
/// the binary) before it looks at the arguments — about 1.2 ms of a 5 ms `cplan check`
/// of a small plan (Benchmarks/README.md, cold start). The fast path builds no
/// ArgumentParser value at all (``RunSettings``, ``CheckRun``): even creating one
/// instantiates its property wrappers and name tables. This reader accepts only:
/// `check`, then in any order `--today V`, `--locale V`, `--color V`, `--no-color`,
/// `--format V`, `--strict`, each at most once, values valid and not starting with
/// `-`, and at least one file argument that does not start with `-` and is not `help`.
/// Everything else — `=` forms, short or unknown options, repeats, `--`, help,
/// invalid values (whose error messages ArgumentParser writes) — returns nil and
/// goes through ArgumentParser unchanged.
enum CheckFastPath {
    /// The check the arguments (after the program name) stand for, or nil.
    static func command(for arguments: [String]) -> CheckRun? {
        guard arguments.first == "check" else { return nil }
        var today: String?, locale: String?, color: ColorChoice?, format: DiagnosticFormat?
        var noColor = false, strict = false
        var files: [String] = []
        var i = 1
        /// The value after an option: present, not option-like, and the option not seen before.
        func value(_ seen: Bool) -> String? {
            guard !seen, i + 1 < arguments.count else { return nil }
            let v = arguments[i + 1]
            guard !v.hasPrefix("-") else { return nil }
            i += 2
            return v
        }
        while i < arguments.count {
            let argument = arguments[i]
            switch argument {
            case "--today":
                guard let v = value(today != nil), Day(v) != nil else { return nil }
                today = v
            case "--locale":
                guard let v = value(locale != nil), ["zh-CN", "en"].contains(v) else { return nil }
                locale = v
            case "--color":
                guard let v = value(color != nil), let c = ColorChoice(rawValue: v) else { return nil }
                color = c
            case "--format":
                guard let v = value(format != nil), let f = DiagnosticFormat(rawValue: v) else { return nil }
                format = f
            case "--no-color":
                guard !noColor else { return nil }
                noColor = true
                i += 1
            case "--strict":
                guard !strict else { return nil }
                strict = true
                i += 1
            default:
                guard !argument.hasPrefix("-"), argument != "help" else { return nil }
                files.append(argument)
                i += 1
            }
        }
        guard !files.isEmpty else { return nil }
        return CheckRun(
            settings: RunSettings(today: today, locale: locale, color: color ?? .auto, noColor: noColor),
            format: format ?? .human, strict: strict, files: files)
    }

    /// Runs `command` and exits with its status, as `CPlan.runAndExit` would.
    static func runAndExit(_ command: CheckRun) -> Never {
        exit(command.run())
    }
}
