// One translation template: English text with holes `{0}`, `{1}` … and its Chinese
// counterpart, plus the matcher that fills the holes from a real message.

/// A message pattern with numbered holes and its translation.
///
/// In the English pattern a hole matches any non-empty text; a hole written
/// between backticks (`` `{0}` ``) matches only text without a backtick, so it
/// stands for exactly one quoted segment. Matching is anchored at both ends and
/// holes take the shortest text that lets the rest match. In the translation a
/// hole may name a word table (`{0|kind}`): the captured text is then looked up
/// there, and a missing entry makes the template not apply (the message stays
/// English rather than come out half translated). The table `@` translates the
/// captured phrase with the templates themselves.
struct MessageTemplate: Sendable {
    /// A piece of a pattern.
    enum Piece: Sendable, Hashable {
        case text(String)
        case hole(Int, table: String?)
        /// A hole in the English pattern whose text must look like a day, time or number (`{0:d}`).
        case dateHole(Int)
    }

    /// The English pattern, parsed.
    let english: [Piece]
    /// The translation, parsed.
    let translation: [Piece]
    /// The literal text the English pattern starts with, for a quick first test.
    let prefix: String
    /// How many literal characters the English pattern has: among several matching
    /// templates the most specific (the most literal text) wins.
    let specificity: Int

    /// Parses a pair of patterns.
    init(_ english: String, _ translation: String) {
        self.english = MessageTemplate.parse(english)
        self.translation = MessageTemplate.parse(translation)
        if case .text(let t)? = self.english.first { prefix = t } else { prefix = "" }
        specificity = self.english.reduce(0) { n, piece in
            if case .text(let t) = piece { return n + t.count }
            return n
        }
    }

    /// Splits `a {0} b {1|kind}` into text and holes; a brace that is not a hole stays text.
    static func parse(_ pattern: String) -> [Piece] {
        var pieces: [Piece] = []
        var text = ""
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else {
                text += rest[open...]
                rest = ""
                break
            }
            let inside = after[..<close]
            let parts = inside.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            if let first = parts.first, first.hasSuffix(":d"), let n = Int(first.dropLast(2)), n >= 0, n < 10 {
                if !text.isEmpty { pieces.append(.text(text)) }
                text = ""
                pieces.append(.dateHole(n))
                rest = after[after.index(after: close)...]
            } else if let first = parts.first, let n = Int(first), n >= 0, n < 10 {
                if !text.isEmpty { pieces.append(.text(text)) }
                text = ""
                pieces.append(.hole(n, table: parts.count > 1 ? String(parts[1]) : nil))
                rest = after[after.index(after: close)...]
            } else {
                text += "{"
                rest = after
            }
        }
        text += rest
        if !text.isEmpty { pieces.append(.text(text)) }
        return pieces
    }

    /// The holes' texts when `message` matches the English pattern, else nil.
    func match(_ message: String) -> [Int: String]? {
        guard message.hasPrefix(prefix) else { return nil }
        let chars = Array(message)
        var captures: [Int: String] = [:]
        var budget = 10_000  // backtracking steps; patterns are short, so this is never reached in practice
        return matchFrom(0, at: 0, chars, &captures, &budget) ? captures : nil
    }

    private func matchFrom(_ index: Int, at position: Int, _ chars: [Character], _ captures: inout [Int: String], _ budget: inout Int) -> Bool {
        budget -= 1
        guard budget > 0 else { return false }
        guard index < english.count else { return position == chars.count }
        switch english[index] {
        case .text(let literal):
            let lit = Array(literal)
            guard position + lit.count <= chars.count, Array(chars[position..<(position + lit.count)]) == lit else { return false }
            return matchFrom(index + 1, at: position + lit.count, chars, &captures, &budget)
        case .hole(let n, _), .dateHole(let n):
            let quoted = isQuoted(index)
            let dateLike: Bool
            if case .dateHole = english[index] { dateLike = true } else { dateLike = false }
            var end = position + 1
            while end <= chars.count {
                if quoted, chars[end - 1] == "`" { return false }
                if dateLike, !MessageTemplate.dateCharacters.contains(chars[end - 1]) { return false }
                let value = String(chars[position..<end])
                // A hole seen twice must capture the same text both times.
                if let previous = captures[n], previous != value {
                    end += 1
                    continue
                }
                let had = captures[n]
                captures[n] = value
                if matchFrom(index + 1, at: end, chars, &captures, &budget) { return true }
                captures[n] = had
                end += 1
            }
            return false
        }
    }

    /// What a `{n:d}` hole may hold: days, times, months, quarters and numbers.
    static let dateCharacters: Set<Character> = Set("0123456789-:–. Q%")

    /// Whether the hole at `index` sits between backticks.
    private func isQuoted(_ index: Int) -> Bool {
        guard index > 0, index + 1 < english.count,
              case .text(let before) = english[index - 1], case .text(let after) = english[index + 1] else { return false }
        return before.hasSuffix("`") && after.hasPrefix("`")
    }

    /// The translation with the holes filled, or nil when a word table lacks a captured text.
    /// The table `@` means: translate the captured text itself with `nested` (a phrase inside a message).
    func fill(_ captures: [Int: String], tables: [String: [String: String]], nested: (String) -> String?) -> String? {
        var out = ""
        for piece in translation {
            switch piece {
            case .text(let t): out += t
            case .dateHole(let n):
                guard let value = captures[n] else { return nil }
                out += value
            case .hole(let n, let table):
                guard let value = captures[n] else { return nil }
                if table == "@" {
                    guard let phrase = nested(value) else { return nil }
                    out += phrase
                } else if let table {
                    guard let word = tables[table]?[value] else { return nil }
                    out += word
                } else {
                    out += value
                }
            }
        }
        return out
    }
}
