// The REPL loop: read a line (more while the input is incomplete), run a
// `:command` or submit the input to the library's PlanSession, print the response.

import ConsultPlan
#if canImport(Glibc)
import Glibc
#endif

/// One `cplan repl` session: the library's ``PlanSession`` plus the host's side
/// (files, the terminal, colour, the loaded file's path).
struct ReplSession {
    /// The shared options (`--today`, `--locale`, `--color`).
    let options: GlobalOptions
    /// The limits.
    let limits = Limits()
    /// The session.
    var session: PlanSession
    /// The path of the loaded file, for `:reload`.
    var loadedPath: String?
    /// Whether output goes to a terminal in colour.
    let color: Bool
    /// Whether an input was rejected with errors (a scripted session then exits 1).
    var hadErrors = false
    /// Set by `:quit`.
    var quitting = false

    /// The prompts.
    static let prompt = "cplan> "
    static let continuationPrompt = "...    "

    /// A session with no file loaded.
    init(options: GlobalOptions) {
        self.options = options
        color = options.settings.useColor(on: STDOUT_FILENO)
        session = PlanSession(configuration: Engine.Configuration(
            today: options.settings.today(), includeLoader: FileIncludeLoader(limits: limits), limits: limits,
            locale: options.locale))
    }

    /// `today()`: `--today`, else the system date (Asia/Shanghai; a plan's other
    /// `timezone` is not consulted, a decision: the session has no single plan file).
    var today: Day { session.configuration.today }

    /// Runs until the end of input or `:quit`; returns the exit status.
    mutating func run(reader: LineReader) -> Int32 {
        Completion.commands = ReplCommands.all.map(\.name)
        Completion.update(identifiers: session.identifiers)
        var pending: [String] = []
        while !quitting {
            let prompt = pending.isEmpty ? ReplSession.prompt : ReplSession.continuationPrompt
            guard let line = reader.read(prompt: prompt) else {
                if !pending.isEmpty {
                    if reader.interactive {
                        // Ctrl-D on a continuation line drops the unfinished input, not the session.
                        write("(unfinished input dropped)\n")
                        pending = []
                        continue
                    }
                    // A script that ends inside an input: judge it as it stands.
                    submit(pending.joined(separator: "\n"), final: true)
                }
                break
            }
            // Ctrl-C at the prompt cleared the line and showed the primary prompt: what
            // was typed before it in an unfinished input is dropped, this line starts anew.
            if reader.takeInterrupt() { pending = [] }
            if pending.isEmpty, line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix(":") {
                ReplCommands.run(line, in: &self)
                continue
            }
            pending.append(line)
            let input = pending.joined(separator: "\n")
            if submit(input, final: false) { pending = [] }
        }
        if reader.interactive { write("\n") }
        reader.close()
        return !reader.interactive && hadErrors ? ExitStatus.findings : ExitStatus.success
    }

    /// Submits an input; false when it is incomplete (read another line).
    @discardableResult
    mutating func submit(_ input: String, final: Bool) -> Bool {
        let response = session.submit(input, allowIncomplete: !final)
        switch response.outcome {
        case .incomplete: return false
        case .empty: return true
        case .rejected: hadErrors = true
        case .accepted: Completion.update(identifiers: session.identifiers)
        case .evaluated: break
        }
        show(response)
        return true
    }

    /// Prints a response: its lines, then its diagnostics as `cplan check` renders them.
    func show(_ response: SessionResponse) {
        for line in response.lines { write(line + "\n") }
        showDiagnostics(response.diagnostics, sources: response.sources)
    }

    /// Prints diagnostics exactly as `cplan check` does, in the same language
    /// (`--locale`, else the session plan's locale, else zh-CN).
    func showDiagnostics(_ diagnostics: [Diagnostic], sources: SourceMap) {
        guard !diagnostics.isEmpty else { return }
        let locale = session.result.diagnosticLocale(configured: options.locale)
        write(CheckReport.human(diagnostics: diagnostics, sources: sources, color: color, locale: locale))
    }

    /// Loads `path` as the session's plan; false when it could not be read or has no plan.
    @discardableResult
    mutating func load(_ path: String, atStart: Bool = false, reload: Bool = false) -> Bool {
        let name = ProgramDiscovery.displayName(path)
        let file: SourceFile
        switch SourceFiles.read(path, name: name, limits: limits) {
        case .success(let f): file = f
        case .failure(let failure):
            if atStart { Terminal.error(failure.message) } else { write("error: \(failure.message)\n") }
            hadErrors = true
            return false
        }
        let result = reload ? session.reload(file) : session.load(file)
        showDiagnostics(result.diagnostics, sources: result.sources)
        guard let plan = result.plan else {
            write("not loaded: \(name) has errors; the session is unchanged\n")
            hadErrors = true
            return !atStart
        }
        loadedPath = path
        Completion.update(identifiers: session.identifiers)
        let counts = [
            plural(plan.meetings.count, "meeting"), plural(plan.members.count, "member"),
        ].joined(separator: ", ")
        let problems = result.diagnostics.isEmpty ? "" : "; " + CheckReport.summary(fileCount: 1, diagnostics: result.diagnostics)
            .replacing(" in 1 file", with: "")
        // A script's first load prints only diagnostics: its output is results and errors.
        if atStart && !Terminal.isTerminal(STDIN_FILENO) { return true }
        let verb = reload ? "reloaded" : "loaded"
        let extra = reload && !session.entries.isEmpty ? " (+ \(plural(session.entries.count, "input")) replayed)" : ""
        write("\(verb) \(name): \(plan.header.title.isEmpty ? "(untitled)" : plan.header.title) — \(counts)\(extra)\(problems)\n")
        return true
    }

    /// Writes to standard output.
    func write(_ text: String) {
        Terminal.write(text)
    }
}

/// `1 meeting`, `2 meetings`.
func plural(_ n: Int, _ word: String) -> String {
    "\(n) \(word)\(n == 1 ? "" : "s")"
}
