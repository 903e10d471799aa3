// A direct reading of the common `cplan check [--today D] [--format F] … FILE…`
// command line, so the most frequent command starts without ArgumentParser.

import ArgumentParser
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
/// of a small plan (Benchmarks/README.md, cold start). This reader accepts only:
/// `check`, then in any order `--today V`, `--locale V`, `--color V`, `--no-color`,
/// `--format V`, `--strict`, each at most once, values valid and not starting with
/// `-`, and at least one file argument that does not start with `-` and is not `help`.
/// Everything else — `=` forms, short or unknown options, repeats, `--`, help,
/// invalid values (whose error messages ArgumentParser writes) — returns nil and
/// goes through ArgumentParser unchanged.
enum CheckFastPath {
    /// The `Check` command the arguments (after the program name) stand for, or nil.
    static func command(for arguments: [String]) -> Check? {
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
        // Every property is set: an ArgumentParser wrapper read before it holds a value traps.
        var global = GlobalOptions()
        global.today = today
        global.locale = locale
        global.color = color ?? .auto
        global.noColor = noColor
        var check = Check()
        check.global = global
        check.format = format ?? .human
        check.strict = strict
        check.files = files
        return check
    }

    /// Runs `command` and exits as `CPlan.runAndExit` would: 0, or the thrown exit code.
    static func runAndExit(_ command: Check) -> Never {
        do {
            try command.run()
            exit(ExitStatus.success)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            // `Check.run` throws only exit codes; anything else is reported as ArgumentParser would.
            CPlan.exit(withError: error)
        }
    }
}
