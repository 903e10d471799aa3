// Reading the REPL's input: GNU readline (editing, history, completion) when
// stdin is a terminal, plain `readLine()` without prompts when it is not.

import CReadline
#if canImport(Glibc)
import Glibc
#endif

/// Where REPL lines come from.
///
/// readline only runs on a terminal: with piped input it would echo the prompt
/// and every line into stdout (swift-setup.md 5), and a script wants only results.
struct LineReader {
    /// Whether lines come from readline (stdin is a terminal).
    let interactive: Bool
    /// The history file, when history is kept (interactive sessions only).
    let historyFile: String?

    /// A reader for this process's stdin; `historyFile` is loaded (created if missing).
    init(historyFile: String?) {
        interactive = isatty(STDIN_FILENO) == 1
        guard interactive else {
            self.historyFile = nil
            return
        }
        cplan_rl_set_name("cplan")
        // Break words at spaces, quotes, brackets and operators, but not at `.` or `:`,
        // so `forum.3` and `:schedule` complete as one word.
        cplan_rl_set_basic_word_break_characters(LineReader.wordBreaks)
        Completion.install()
        self.historyFile = historyFile.flatMap(LineReader.prepareHistory)
        if let file = self.historyFile {
            read_history(file)
        }
    }

    /// The characters that end a word for completion (a static C string that lives forever).
    nonisolated(unsafe) private static let wordBreaks = permanentCString(" \t\n\"\\'`@$><=;|&{}()[],+*/!")

    /// The primary prompt as a C string that lives forever (the Ctrl-C handler shows it).
    nonisolated(unsafe) private static let primaryPrompt = permanentCString(ReplSession.prompt)

    /// A copy of `text` as a C string that is never freed: readline keeps the pointers
    /// it is given (word breaks, the prompt the Ctrl-C handler shows).
    private static func permanentCString(_ text: String) -> UnsafePointer<CChar> {
        UnsafePointer(strdup(text) ?? UnsafeMutablePointer<CChar>.allocate(capacity: 1))
    }

    /// Reads one line (without its line end); nil at the end of input (Ctrl-D).
    ///
    /// On a terminal, Ctrl-C while typing clears the line and shows the primary prompt;
    /// ``takeInterrupt()`` then tells the session to drop unfinished input. Outside
    /// this call (while a command runs) Ctrl-C keeps its default: it ends the program.
    func read(prompt: String) -> String? {
        guard interactive else { return readLine(strippingNewline: true) }
        cplan_rl_catch_interrupts(LineReader.primaryPrompt)
        let read = readline(prompt)
        cplan_rl_release_interrupts()
        guard let cLine = read else { return nil }
        defer { free(cLine) }
        let line = String(cString: cLine)
        // Only non-empty lines enter the history; each is appended at once, so a
        // session that is killed keeps what was typed.
        if !line.allSatisfy(\.isWhitespace) {
            add_history(cLine)
            if let historyFile { append_history(1, historyFile) }
        }
        return line
    }

    /// Whether Ctrl-C was pressed at the prompt since the last call (the line then
    /// returned was typed after it, at a fresh primary prompt).
    func takeInterrupt() -> Bool { interactive && cplan_rl_take_interrupt() != 0 }

    /// Keeps the history file to its last 1000 lines.
    func close() {
        if let historyFile { history_truncate_file(historyFile, 1000) }
    }

    /// The history file: `CPLAN_HISTORY_FILE`, else `$XDG_DATA_HOME/cplan/history`,
    /// else `~/.local/share/cplan/history`. Nil when there is no home folder.
    static func defaultHistoryFile(environment: [String: String] = LineReader.environment()) -> String? {
        if let file = environment["CPLAN_HISTORY_FILE"], !file.isEmpty { return file }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/cplan/history" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/share/cplan/history"
    }

    /// Creates the history file and its folder if missing; nil (no history) when it cannot.
    static func prepareHistory(_ path: String) -> String? {
        let folder = SystemIO.deletingLastPathComponent(path)
        if !folder.isEmpty {
            SystemIO.createFolders(folder)
        }
        if SystemIO.inspect(path).kind == .missing {
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard fd >= 0 else { return nil }
            Glibc.close(fd)
        }
        return path
    }

    /// The variables `defaultHistoryFile` reads.
    static func environment() -> [String: String] {
        var values: [String: String] = [:]
        for name in ["CPLAN_HISTORY_FILE", "XDG_DATA_HOME", "HOME"] {
            if let value = SystemIO.environment(name) { values[name] = value }
        }
        return values
    }
}
