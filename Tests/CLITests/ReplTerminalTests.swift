// `cplan repl` in a real terminal: tmux runs the built binary in a detached pane,
// keys are sent with send-keys, and the screen is polled with capture-pane until
// the expected text appears (never fixed sleeps). Skipped when tmux is missing.

import Foundation
import Testing

/// Whether tmux can be run (the CI script installs it).
let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

/// A detached tmux pane running `cplan repl` on a private server socket.
final class TerminalSession {
    /// The private socket name (`tmux -L`), so no user's tmux server is touched.
    let socket = "cplan-test-\(UUID().uuidString.prefix(8))"
    /// The history file the session uses.
    let historyFile: String

    /// Starts `cplan arguments…` in a 100×30 pane in the package root.
    init(_ arguments: [String], historyFile: String? = nil) throws {
        self.historyFile = historyFile
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("cplan-history-\(UUID().uuidString)").path
        let quoted = ([cplanBinary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = "cd '\(packageRoot.path)' && CPLAN_HISTORY_FILE='\(self.historyFile)' NO_COLOR=1 "
            + quoted.joined(separator: " ") + "; echo EXITED rc=$?; sleep 60"
        try tmux(["new-session", "-d", "-x", "100", "-y", "30", command])
    }

    deinit {
        // Ends only this test's own tmux server (its private socket).
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: historyFile)
    }

    /// Runs `tmux -L socket arguments…` and returns its output.
    ///
    /// tmux is started with posix_spawn and an empty signal mask: the test runner's
    /// threads block most signals and Foundation's Process passes that mask on, but
    /// the tmux client waits for the server's SIGUSR1 at start-up and would hang.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        // Output goes through a file: the server forked by `new-session` keeps its
        // descriptors, so a pipe would never reach its end.
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("cplan-tmux-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outPath) }
        let argv = [tmuxPath ?? "/usr/bin/tmux", "-u", "-L", socket] + arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        env["TMUX"] = nil
        let envp = env.map { "\($0.key)=\($0.value)" }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = envp.map { strdup($0) } + [nil]
        defer {
            for p in cArgs { free(p) }
            for p in cEnv { free(p) }
        }
        var pid = pid_t()
        let rc = posix_spawn(&pid, argv[0], &actions, &attributes, cArgs, cEnv)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data(), as: UTF8.self)
    }

    /// Types `text` literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-l", text])
    }

    /// Presses keys by name (`Enter`, `Up`, `C-a`, `Tab`).
    func press(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    /// The screen as text.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p"])
    }

    /// Waits until at least `count` lines of the screen match `pattern` (a regular
    /// expression, `^`/`$` per line), for at most `seconds`; records an issue with
    /// the screen when it does not happen.
    @discardableResult
    func waitFor(_ pattern: String, count: Int = 1, seconds: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        let regex = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
        let deadline = Date().addingTimeInterval(seconds)
        var text = ""
        while Date() < deadline {
            text = try screen()
            let matches = regex.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
            if matches >= count { return true }
            usleep(20_000)
        }
        Issue.record("timed out waiting for /\(pattern)/ ×\(count); the screen was:\n\(text)", sourceLocation: sourceLocation)
        return false
    }
}

@Suite(.enabled(if: tmuxPath != nil, "tmux is not installed; .ci/run installs it"))
struct ReplTerminalTests {
    @Test func editingHistoryAndReverseSearch() throws {
        let t = try TerminalSession(["repl", "--today", "2025-04-01"])
        try t.waitFor("^cplan>")
        try t.type("1 + 2"); try t.press("Enter")
        try t.waitFor("^3$")
        try t.type("40 + 2"); try t.press("Enter")
        try t.waitFor("^42$")
        // Up twice recalls `1 + 2`; the edit appends to it.
        try t.press("Up", "Up"); try t.type(" + 100"); try t.press("Enter")
        try t.waitFor("^103$")
        try t.press("C-r"); try t.type("40")
        try t.waitFor("reverse-i-search.*40")
        try t.press("Enter")
        try t.waitFor("^42$", count: 2)
        // C-a C-k clears the line typed so far.
        try t.type("9 + 9"); try t.press("C-a", "C-k"); try t.type("2 + 2"); try t.press("Enter")
        try t.waitFor("^4$")
        try t.press("Enter")
        try t.press("C-d")
        try t.waitFor("EXITED rc=0")
        let history = try String(contentsOfFile: t.historyFile, encoding: .utf8)
        #expect(history.split(separator: "\n") == ["1 + 2", "40 + 2", "1 + 2 + 100", "40 + 2", "2 + 2"])
    }

    @Test func historySurvivesTheSession() throws {
        let first = try TerminalSession(["repl"])
        try first.waitFor("^cplan>")
        try first.type("6 * 7"); try first.press("Enter")
        try first.waitFor("^42$")
        try first.press("C-d")
        try first.waitFor("EXITED rc=0")
        let second = try TerminalSession(["repl"], historyFile: first.historyFile)
        try second.waitFor("^cplan>")
        try second.press("Up")
        try second.waitFor("^cplan> 6 \\* 7")
        try second.press("Enter")
        try second.waitFor("^42$")
    }

    @Test func tabCompletesCommandsKeywordsAndPlanIDs() throws {
        let t = try TerminalSession(["repl", "--today", "2025-04-01", "examples/nanning-2025.cplan"])
        try t.waitFor("^cplan>")
        try t.type("hous"); try t.press("Tab")
        try t.waitFor("^cplan> housing")
        try t.press("Enter")
        try t.waitFor("^meeting housing: ")
        try t.type("双周"); try t.press("Tab")
        try t.waitFor("^cplan> 双周协商座谈会")
        try t.press("C-u")
        try t.type("symp"); try t.press("Tab")
        try t.waitFor("^cplan> symposium")
        try t.press("C-u")
        try t.type(":sch"); try t.press("Tab")
        try t.waitFor("^cplan> :schedule")
        try t.press("C-u", "C-d")
        try t.waitFor("EXITED rc=0")
    }

    @Test func continuationLinesErrorsAndRecovery() throws {
        let t = try TerminalSession(["repl", "--today", "2025-04-01", "examples/nanning-2025.cplan"])
        try t.waitFor("^cplan>")
        try t.type("meeting x {"); try t.press("Enter")
        try t.waitFor("^\\.\\.\\.$")
        try t.type("form symposium"); try t.press("Enter")
        try t.type("date 2025-11-20"); try t.press("Enter")
        try t.type("}"); try t.press("Enter")
        try t.waitFor("^added meeting x \\(2025-11-20, 协商座谈会\\)")
        try t.type("nosuch + 1"); try t.press("Enter")
        try t.waitFor("错误\\[CP0301\\]: 未知的名称 `nosuch`")
        try t.type("count(meetings)"); try t.press("Enter")
        try t.waitFor("^29$")
        try t.press("C-d")
        try t.waitFor("EXITED rc=0")
    }

    @Test func whyAndRemind() throws {
        let t = try TerminalSession(["repl", "--today", "2025-04-01", "examples/nanning-2025.cplan"])
        try t.waitFor("^cplan>")
        try t.type(":why 2025-04-17 + 3 months"); try t.press("Enter")
        try t.waitFor("^2025-04-17 \\+ 3 months = 2025-07-17 \\(Thu\\), a working day")
        try t.type(":why housing"); try t.press("Enter")
        try t.waitFor("notice \\(5 workdays before\\): 2025-04-15")
        try t.type(":remind 2025-04-10 7"); try t.press("Enter")
        try t.waitFor("工作提醒 2025-04-10 至 2025-04-17")
        try t.type(":q"); try t.press("Enter")
        try t.waitFor("EXITED rc=0")
    }

    @Test func ctrlCDropsTheLineAndUnfinishedInputNotTheSession() throws {
        let t = try TerminalSession(["repl", "--today", "2025-04-01"])
        try t.waitFor("^cplan>")
        // A half-typed line: Ctrl-C clears it and shows a fresh prompt.
        try t.type("9 + 9"); try t.press("C-c")
        try t.waitFor("^cplan>\\s*$")
        // An unfinished multi-line input: Ctrl-C drops it, back at the primary prompt.
        try t.type("let x = [1,"); try t.press("Enter")
        try t.waitFor("^\\.\\.\\.")
        try t.type("2,"); try t.press("Enter")
        try t.press("C-c")
        try t.waitFor("^\\.\\.\\.\\s*\\^C\\s*\\ncplan>\\s*$")
        try t.type("40 + 2"); try t.press("Enter")
        try t.waitFor("^42$")
        // The dropped `let` never ran, and the half-typed sum never printed.
        try t.type("x"); try t.press("Enter")
        try t.waitFor("CP0301")
        #expect(try !t.screen().contains("18"))
        try t.press("C-d")
        try t.waitFor("EXITED rc=0")
    }
}
