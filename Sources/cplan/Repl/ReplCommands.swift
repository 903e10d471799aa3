// The REPL's `:commands`: load, reload, check, schedule, remind, why, explain,
// help, quit. A command may be shortened to any unique prefix (`:q`, `:sch`).

import ConsultPlan
#if canImport(Glibc)
import Glibc
#endif

/// One `:command`.
struct ReplCommand {
    /// The name, without the colon.
    var name: String
    /// The argument synopsis for help (`FILE`, `[DATE] [DAYS]`).
    var arguments: String
    /// One line saying what it does.
    var summary: String
}

/// The command table and the handlers.
enum ReplCommands {
    /// Every command, in the order `:help` lists them.
    static let all: [ReplCommand] = [
        ReplCommand(name: "load", arguments: "FILE", summary: "load a plan file (earlier inputs are dropped)"),
        ReplCommand(name: "reload", arguments: "", summary: "read the loaded file again and replay the inputs typed since"),
        ReplCommand(name: "check", arguments: "", summary: "every diagnostic of the session's plan, checks included"),
        ReplCommand(name: "schedule", arguments: "[FORMAT]", summary: "the schedule: table (default), markdown, csv, json, ics or html"),
        ReplCommand(name: "remind", arguments: "[DATE] [DAYS]", summary: "reminders from DATE (default today) for DAYS days (default 14)"),
        ReplCommand(name: "why", arguments: "EXPR", summary: "how a day, a meeting's deadlines or a feedback due day were computed"),
        ReplCommand(name: "explain", arguments: "CODE", summary: "the long explanation of a diagnostic code (CP0201) or rule"),
        ReplCommand(name: "help", arguments: "[TOPIC]", summary: "this list, or the manual of a command or keyword"),
        ReplCommand(name: "quit", arguments: "", summary: "leave (Ctrl-D does too)"),
    ]

    /// The command a typed word names: exact, or the only one it is a prefix of.
    static func resolve(_ word: String) -> Result<ReplCommand, CommandFailure> {
        if let exact = all.first(where: { $0.name == word }) { return .success(exact) }
        let matches = all.filter { $0.name.hasPrefix(word) }
        if matches.count == 1, let only = matches.first { return .success(only) }
        if word == "exit" || word == "q", let quit = all.last { return .success(quit) }
        if matches.isEmpty { return .failure(CommandFailure(message: "unknown command `:\(word)`; :help lists the commands")) }
        return .failure(CommandFailure(message: "`:\(word)` is ambiguous: " + matches.map { ":" + $0.name }.joined(separator: ", ")))
    }

    /// Runs a `:command` line.
    static func run(_ line: String, in repl: inout ReplSession) {
        let trimmed = trimmingSpaces(line).dropFirst()
        let word = String(trimmed.prefix { !$0.isWhitespace })
        let rest = trimmingSpaces(trimmed.dropFirst(word.count))
        let arguments = rest.split(whereSeparator: \.isWhitespace).map(String.init)
        let command: ReplCommand
        switch resolve(word) {
        case .success(let c): command = c
        case .failure(let failure):
            fail(failure.message, in: &repl)
            return
        }
        switch command.name {
        case "load":
            guard arguments.count == 1 else { return fail("usage: :load FILE", in: &repl) }
            repl.load(arguments[0])
        case "reload":
            guard let path = repl.loadedPath else { return fail("no file is loaded; use :load FILE", in: &repl) }
            repl.load(path, reload: true)
        case "check": check(&repl)
        case "schedule": schedule(arguments, &repl)
        case "remind": remind(arguments, &repl)
        case "why":
            guard !rest.isEmpty else { return fail("usage: :why EXPR, e.g. :why 2025-04-17 + 3 months", in: &repl) }
            let response = repl.session.why(rest)
            if response.outcome == .rejected { repl.hadErrors = true }
            repl.show(response)
        case "explain":
            guard arguments.count == 1 else { return fail("usage: :explain CODE, e.g. :explain CP0201", in: &repl) }
            guard let text = explanation(for: arguments[0]) else {
                return fail("unknown diagnostic code or rule `\(arguments[0])`; `cplan explain --list` lists them", in: &repl)
            }
            repl.write(text.hasSuffix("\n") ? text : text + "\n")
        case "help":
            repl.write(ReplHelp.text(for: arguments.first))
        case "quit":
            repl.quitting = true
        default:
            break
        }
    }

    /// Prints `error: message` and remembers that the session had an error.
    static func fail(_ message: String, in repl: inout ReplSession) {
        repl.write("error: \(message)\n")
        repl.hadErrors = true
    }

    /// The plan, or an error when there is none.
    static func plan(_ repl: inout ReplSession) -> Plan? {
        if let plan = repl.session.plan { return plan }
        fail("the session has no plan (evaluation was stopped by a limit)", in: &repl)
        return nil
    }

    /// `:check`: every diagnostic of the session's plan and the summary line.
    static func check(_ repl: inout ReplSession) {
        let result = repl.session.result
        repl.showDiagnostics(result.diagnostics, sources: result.sources)
        let files = 1 + repl.session.entries.count
        repl.write(CheckReport.summary(fileCount: files, diagnostics: result.diagnostics)
            .replacing(" in \(files) file\(files == 1 ? "" : "s")", with: "") + "\n")
    }

    /// `:schedule [FORMAT]`.
    static func schedule(_ arguments: [String], _ repl: inout ReplSession) {
        guard arguments.count <= 1 else { return fail("usage: :schedule [table|markdown|csv|json|ics|html]", in: &repl) }
        let format = arguments.first.map { ScheduleFormat(rawValue: $0) } ?? .table
        guard let format else {
            return fail("unknown format `\(arguments[0])`; expected table, markdown, csv, json, ics or html", in: &repl)
        }
        guard let plan = plan(&repl) else { return }
        let text = renderSchedule(plan, format: format, options: renderOptions(repl, plan))
        repl.write(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// `:remind [DATE] [DAYS]`.
    static func remind(_ arguments: [String], _ repl: inout ReplSession) {
        guard arguments.count <= 2 else { return fail("usage: :remind [DATE] [DAYS]", in: &repl) }
        var on = repl.today
        var days = 14
        for argument in arguments {
            if let day = Day(argument) {
                on = day
            } else if let n = Int(argument), (0...3660).contains(n) {
                days = n
            } else {
                return fail("expected a day like 2025-04-17 or a number of days (0 to 3660), found `\(argument)`", in: &repl)
            }
        }
        guard let plan = plan(&repl) else { return }
        let reminders = plan.reminders(on: on, days: days, locale: repl.options.locale)
        let text = renderReminders(plan, reminders: reminders, on: on, days: days, format: .table, options: renderOptions(repl, plan))
        repl.write(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// Render options: the locale; `now` is the evaluation day at 00:00 (the REPL needs no clock for that).
    static func renderOptions(_ repl: ReplSession, _ plan: Plan) -> RenderOptions {
        RenderOptions(locale: repl.options.locale)
    }
}

/// `s` without leading and trailing spaces and tabs (Unicode space separators
/// too): what `trimmingCharacters(in: .whitespaces)` did.
func trimmingSpaces<S: StringProtocol>(_ s: S) -> String {
    func isSpace(_ c: Unicode.Scalar) -> Bool { c == "\t" || c.properties.generalCategory == .spaceSeparator }
    let scalars = Substring(String(s)).unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
          let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
    return String(scalars[first...last])
}
