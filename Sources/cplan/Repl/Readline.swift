// GNU readline, loaded when the REPL starts on a terminal (dlopen) rather than
// linked, so every other command starts without it; the calls the REPL makes.

import CReadline
#if canImport(Glibc)
import Glibc
#endif

/// The readline functions and variables the REPL uses, looked up in the library
/// once it is loaded.
///
/// Why not link it: a linked libreadline (and its libtinfo) is mapped, relocated and
/// symbol-resolved at every start, ≈ 0.3 ms and 30 page faults of a 3.5 ms `cplan
/// check` (Benchmarks/README.md, cold start), and only an interactive REPL uses it.
/// The REPL is single-threaded; these globals are written once, before any line is read.
enum Readline {
    typealias ReadlineFunction = @convention(c) (UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>?
    typealias AddHistory = @convention(c) (UnsafePointer<CChar>?) -> Void
    typealias ReadHistory = @convention(c) (UnsafePointer<CChar>?) -> Int32
    typealias AppendHistory = @convention(c) (Int32, UnsafePointer<CChar>?) -> Int32
    typealias TruncateHistory = @convention(c) (UnsafePointer<CChar>?, Int32) -> Int32
    /// readline's `rl_compentry_func_t`.
    typealias Generator = @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>?
    /// readline's `rl_completion_func_t`.
    typealias Completer = @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    typealias CompletionMatches = @convention(c) (UnsafePointer<CChar>?, Generator?) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?

    /// The loaded library's entry points.
    struct Library {
        let readline: ReadlineFunction
        let addHistory: AddHistory
        let readHistory: ReadHistory
        let appendHistory: AppendHistory
        let truncateHistory: TruncateHistory
        let completionMatches: CompletionMatches
        let name: UnsafeMutablePointer<UnsafePointer<CChar>?>
        let completer: UnsafeMutablePointer<Completer?>
        let completionOver: UnsafeMutablePointer<Int32>
        let wordBreaks: UnsafeMutablePointer<UnsafePointer<CChar>?>
    }

    /// The library, loaded on first use; nil when it cannot be found.
    nonisolated(unsafe) static let library: Library? = load()

    /// Loads libreadline (the soname Debian's libreadline8 installs, then the
    /// development link) and looks up every symbol; nil if any is missing.
    private static func load() -> Library? {
        guard let handle = dlopen("libreadline.so.8", RTLD_NOW | RTLD_GLOBAL) ?? dlopen("libreadline.so", RTLD_NOW | RTLD_GLOBAL) else {
            return nil
        }
        func symbol<T>(_ name: String, as type: T.Type) -> T? {
            guard let address = dlsym(handle, name) else { return nil }
            return unsafeBitCast(address, to: type)
        }
        func variable<T>(_ name: String, _ type: T.Type) -> UnsafeMutablePointer<T>? {
            dlsym(handle, name)?.assumingMemoryBound(to: type)
        }
        guard let readline = symbol("readline", as: ReadlineFunction.self),
              let addHistory = symbol("add_history", as: AddHistory.self),
              let readHistory = symbol("read_history", as: ReadHistory.self),
              let appendHistory = symbol("append_history", as: AppendHistory.self),
              let truncateHistory = symbol("history_truncate_file", as: TruncateHistory.self),
              let completionMatches = symbol("rl_completion_matches", as: CompletionMatches.self),
              let name = variable("rl_readline_name", UnsafePointer<CChar>?.self),
              let completer = variable("rl_attempted_completion_function", Completer?.self),
              let completionOver = variable("rl_attempted_completion_over", Int32.self),
              let wordBreaks = variable("rl_basic_word_break_characters", UnsafePointer<CChar>?.self)
        else { return nil }
        return Library(readline: readline, addHistory: addHistory, readHistory: readHistory,
                       appendHistory: appendHistory, truncateHistory: truncateHistory,
                       completionMatches: completionMatches, name: name, completer: completer,
                       completionOver: completionOver, wordBreaks: wordBreaks)
    }
}
