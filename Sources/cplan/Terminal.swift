// Writing to stdout and stderr, and deciding on colour. Writes never crash on
// a closed pipe: SIGPIPE is ignored and a failed write is dropped.

#if canImport(Glibc)
import Glibc
#endif

/// The process's output streams.
enum Terminal {
    /// Writes `text` to standard output as UTF-8.
    static func write(_ text: String) {
        SystemIO.write(text, to: STDOUT_FILENO)
    }

    /// Writes `text` to standard error as UTF-8.
    static func writeError(_ text: String) {
        SystemIO.write(text, to: STDERR_FILENO)
    }

    /// Prints `cplan: error: message` on standard error.
    static func error(_ message: String) {
        writeError("cplan: error: \(message)\n")
    }

    /// Prints `cplan: warning: message` on standard error.
    static func warning(_ message: String) {
        writeError("cplan: warning: \(message)\n")
    }

    /// Whether `descriptor` is a terminal.
    static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }

    /// Whether the NO_COLOR convention (no-color.org) asks for no colour: set and not empty.
    static var noColorRequested: Bool {
        guard let value = SystemIO.environment("NO_COLOR") else { return false }
        return !value.isEmpty
    }
}
