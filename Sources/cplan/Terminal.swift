// Writing to stdout and stderr, and deciding on colour. Writes never crash on
// a closed pipe: SIGPIPE is ignored and the throwing FileHandle API is used.

import Foundation

/// The process's output streams.
enum Terminal {
    /// Writes `text` to standard output as UTF-8.
    static func write(_ text: String) {
        try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
    }

    /// Writes `text` to standard error as UTF-8.
    static func writeError(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
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
        guard let value = ProcessInfo.processInfo.environment["NO_COLOR"] else { return false }
        return !value.isEmpty
    }
}
