// Finds tokens by byte offset, so the printer can recover what the tree does
// not store: an operator's spelling (`且` or `and`), where a `{` stands.

/// The tokens of a file, searchable by position (they are sorted by start).
struct TokenIndex {
    let tokens: [Token]

    /// The index of the first token starting at or after `offset`.
    func firstIndex(atOrAfter offset: Int) -> Int {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The first token in `[from, to)` that satisfies `match`.
    func first(from: Int, to: Int, where match: (Token) -> Bool) -> Token? {
        var i = firstIndex(atOrAfter: from)
        while i < tokens.count, tokens[i].span.start < to {
            if match(tokens[i]) { return tokens[i] }
            i += 1
        }
        return nil
    }

    /// The token that starts exactly at `offset`, if any.
    func token(startingAt offset: Int) -> Token? {
        let i = firstIndex(atOrAfter: offset)
        guard i < tokens.count, tokens[i].span.start == offset else { return nil }
        return tokens[i]
    }

    /// The first `{` at or after `offset`.
    func openBrace(after offset: Int) -> Token? {
        first(from: offset, to: Int.max) { $0.is(.leftBrace) }
    }
}
