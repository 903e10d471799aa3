// Tab completion for the REPL through readline: `:commands`, keywords in both
// languages, built-in names, and the IDs of the session's plan.

import CReadline
import ConsultPlan
#if canImport(Glibc)
import Glibc
#endif

/// The words Tab can complete. readline calls plain C functions, so the state is global;
/// the REPL is single-threaded and only its loop (between readline calls) writes it.
enum Completion {
    /// Words for the start of a line after `:`.
    nonisolated(unsafe) static var commands: [String] = []
    /// Keywords, functions, collections and plan IDs, sorted, without repeats.
    nonisolated(unsafe) static var words: [String] = []
    /// The matches of the completion in progress.
    nonisolated(unsafe) static var matches: [String] = []
    /// The next match to hand out.
    nonisolated(unsafe) static var nextMatch = 0

    /// Sets the words: the fixed ones plus `identifiers` (the plan's IDs and `let` names).
    static func update(identifiers: [String]) {
        var all = Set(Keywords.allSpellings)
        all.formUnion(PlanSession.functionNames)
        all.formUnion(PlanSession.collectionNames)
        all.formUnion(["true", "false", "it", "all"])
        all.formUnion(identifiers)
        words = all.sorted()
    }

    /// The candidates for `text` (the word before the cursor).
    static func candidates(for text: String) -> [String] {
        if text.hasPrefix(":") { return commands.map { ":" + $0 }.filter { $0.hasPrefix(text) } }
        return words.filter { $0.hasPrefix(text) }
    }

    /// Tells readline to use ``attempt`` (and never to fall back to file names).
    static func install() {
        cplan_rl_set_completion(attempt)
    }

    /// readline's `rl_attempted_completion_function`.
    static let attempt: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = {
        text, _, _ in
        cplan_rl_set_completion_over(1)
        guard let text else { return nil }
        Completion.matches = Completion.candidates(for: String(cString: text))
        Completion.nextMatch = 0
        if Completion.matches.isEmpty { return nil }
        return rl_completion_matches(text, generate)
    }

    /// readline's generator: one strdup'ed match per call, nil when done.
    static let generate: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { _, _ in
        guard Completion.nextMatch < Completion.matches.count else { return nil }
        let word = Completion.matches[Completion.nextMatch]
        Completion.nextMatch += 1
        return strdup(word)
    }
}
