// "Did you mean" for every phase: edit distance over candidate spellings, and
// the split of a name that glues a keyword to what follows (`form全体会议`).

/// Finds the closest known spelling to a mistyped word.
///
/// Distances count Unicode characters, so a Chinese keyword with one wrong
/// character (`会义` for `会议`) is as close as an English one with one typo.
/// Results are deterministic: ties go to the candidate that sorts first.
public enum Suggestions {
    /// The edit distance between two strings, over Characters: insertions,
    /// deletions, substitutions and transpositions of neighbours (`from` → `form`
    /// is one edit), each counting one (optimal string alignment).
    ///
    /// - Parameters:
    ///   - a: One string.
    ///   - b: The other.
    /// - Returns: The number of edits.
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        let width = y.count + 1
        // Three rows: two back (for transpositions), previous, current.
        var twoBack = [Int](repeating: 0, count: width)
        var previous = Array(0...y.count)
        var row = [Int](repeating: 0, count: width)
        for i in 1...x.count {
            row[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var d = min(previous[j - 1] + cost, previous[j] + 1, row[j - 1] + 1)
                if i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] {
                    d = min(d, twoBack[j - 2] + 1)
                }
                row[j] = d
            }
            (twoBack, previous, row) = (previous, row, twoBack)
        }
        return previous[y.count]
    }

    /// The largest distance still worth suggesting for a word of this length:
    /// one edit for short words, up to a third of the word, at most three.
    public static func threshold(for word: String) -> Int {
        max(1, min(3, word.count / 3))
    }

    /// The candidate closest to `word` within ``threshold(for:)``, compared
    /// case-insensitively (keywords are case-sensitive, so `Meeting` → `meeting`).
    ///
    /// - Parameters:
    ///   - word: What was written.
    ///   - candidates: The spellings valid in that position.
    /// - Returns: The best candidate, or nil when none is close enough or `word` is one of them.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = threshold(for: word)
        // Counted once: `String.count` walks the whole string, and a hostile 1 MiB
        // name against a thousand candidates made this quadratic.
        let length = word.count
        let lowered = word.lowercased()
        var best: (distance: Int, candidate: String)?
        for candidate in candidates where candidate != word {
            // Cheap length filter first: the distance is at least the length difference.
            guard abs(candidate.count - length) <= limit else { continue }
            let d = distance(lowered, candidate.lowercased())
            guard d <= limit else { continue }
            if let b = best, b.distance < d || (b.distance == d && b.candidate <= candidate) { continue }
            best = (d, candidate)
        }
        return best?.candidate
    }

    /// "did you mean `x`?" for the closest candidate, or nil.
    public static func didYouMean(_ word: String, among candidates: [String]) -> String? {
        closest(to: word, among: candidates).map { "did you mean `\($0)`?" }
    }

    /// When `word` begins with one of `keywords` (the longest that fits) and more
    /// follows, returns the keyword and the rest: `form全体会议` → (`form`, `全体会议`).
    ///
    /// Only where the glue is visible: a Chinese keyword (`会议housing`, `每2周`), or
    /// an English keyword followed by a Chinese character or a digit. An English
    /// word running on in English (`formal`) is more likely a different word.
    public static func splitKeywordPrefix(_ word: String, keywords: [String]) -> (keyword: String, rest: String)? {
        func isASCII(_ c: Character?) -> Bool { c.map { $0.unicodeScalars.allSatisfy(\.isASCII) } ?? false }
        var best: String?
        for k in keywords where !k.isEmpty && word.count > k.count && word.hasPrefix(k) {
            let next = word.dropFirst(k.count).first
            let visible = !isASCII(k.last) || !isASCII(next) || (next?.isNumber ?? false)
            guard visible else { continue }
            if let b = best, b.count >= k.count { continue }
            best = k
        }
        guard let keyword = best else { return nil }
        return (keyword, String(word.dropFirst(keyword.count)))
    }
}
