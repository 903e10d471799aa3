// Keeps the last evaluation alive until the process exits, so that a one-shot
// command does not spend its last tenth freeing a large plan it no longer needs.

/// Holds the most recent ``EvaluationResult`` (any value) until the next one or exit.
///
/// A 100,000-meeting plan is about a million heap objects; releasing them one by one
/// after the output is written cost ~10% of `cplan check` (perf: `destroy of Result<
/// EvaluationResult>` plus glibc's `free`/`malloc_consolidate`). The operating system
/// reclaims the memory at exit for free — the same reason clang runs with `-disable-free`.
/// Only the latest value is held, so checking a folder of plans frees each earlier one
/// as before and memory does not accumulate. One-shot commands only: never the REPL.
enum DeferredRelease {
    /// The value held; replacing it releases the previous one.
    nonisolated(unsafe) private static var held: Any?

    /// Holds `value` until the next call or process exit.
    static func hold(_ value: Any) {
        held = value
    }
}
