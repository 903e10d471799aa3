// Where the cursor is, for completion: a forgiving scan of the text before it
// (strings, comments, braces, the words of the current statement) that needs no parse.

import ConsultPlan

/// A rough token of the text before the cursor.
enum RoughToken: Sendable, Hashable {
    case word(String)
    case string
    case punctuation(Character)
}

/// What surrounds the cursor.
struct CompletionContext: Sendable {
    /// What the innermost open `{` belongs to.
    enum Block: Sendable, Hashable {
        /// Top level, or a `for`/`if`/`template` body: statements go here.
        case statements
        /// A declaration's attribute block.
        case declaration(DeclarationKind)
    }

    /// The innermost block.
    var block: Block
    /// The tokens of the current statement or attribute line before the word being typed.
    var tokens: [RoughToken]
    /// The byte range of the word being typed (empty at a fresh position).
    var wordRange: Range<Int>
    /// Whether the cursor is inside a string or comment (no completion there).
    var isInsideTextOrComment: Bool

    /// Scans `bytes[0..<offset]`.
    init(bytes: [UInt8], offset: Int) {
        let cursor = max(0, min(offset, bytes.count))
        var wordStart = cursor
        // The word being typed: identifier scalars right before the cursor.
        let before = TextScan.scalars(bytes[max(0, cursor - 256)..<cursor])
        for s in before.reversed() {
            guard TextScan.isIdentifierScalar(s.scalar) else { break }
            wordStart = s.offset
        }
        wordRange = wordStart..<cursor

        var scanner = RoughScanner()
        scanner.scan(bytes[0..<wordStart])
        block = scanner.blocks.last ?? .statements
        tokens = scanner.current
        isInsideTextOrComment = scanner.state != .normal
    }
}

/// The scanner behind ``CompletionContext``: tracks strings, comments, braces and statements.
struct RoughScanner {
    enum State: Sendable, Hashable {
        case normal, lineComment, blockComment(Int), string, multilineString, curlyString
    }
    var state: State = .normal
    /// Open blocks, innermost last.
    var blocks: [CompletionContext.Block] = []
    /// Tokens of the statement or attribute line being read.
    var current: [RoughToken] = []

    /// Characters that continue a statement onto the next line when they end one (LANGUAGE.md 2.7).
    static let continuing: Set<Character> = [",", "+", "-", "*", "/", "=", "<", ">", "."]
    /// Full-width punctuation that matters here, mapped (LANGUAGE.md 2.8).
    static let fullWidth: [Character: Character] = [
        "，": ",", "、": ",", "；": ";", "｛": "{", "｝": "}", "（": "(", "）": ")", "＝": "=", "：": ":",
    ]

    mutating func endStatement() { current.removeAll() }

    mutating func scan(_ bytes: ArraySlice<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        let chars = Array(text)
        var i = 0
        var word = ""
        func flushWord(_ s: inout RoughScanner) {
            if !word.isEmpty {
                s.current.append(.word(word))
                word = ""
            }
        }
        while i < chars.count {
            let c = chars[i]
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            switch state {
            case .lineComment:
                if c == "\n" || c == "\r" || c == "\r\n" {
                    state = .normal
                    continue  // let normal handle the line end
                }
                i += 1
                continue
            case .blockComment(let depth):
                if c == "*", next == "/" {
                    state = depth <= 1 ? .normal : .blockComment(depth - 1)
                    i += 2
                } else if c == "/", next == "*" {
                    state = .blockComment(depth + 1)
                    i += 2
                } else {
                    i += 1
                }
                continue
            case .string:
                if c == "\\" { i += 2; continue }
                if c == "\"" { state = .normal; current.append(.string) }
                if c == "\n" || c == "\r" || c == "\r\n" { state = .normal; current.append(.string); continue }
                i += 1
                continue
            case .curlyString:
                if c == "”" { state = .normal; current.append(.string) }
                if c == "\n" || c == "\r" || c == "\r\n" { state = .normal; current.append(.string); continue }
                i += 1
                continue
            case .multilineString:
                if c == "\\" { i += 2; continue }
                if c == "\"", next == "\"", i + 2 < chars.count, chars[i + 2] == "\"" {
                    state = .normal
                    current.append(.string)
                    i += 3
                    continue
                }
                i += 1
                continue
            case .normal:
                break
            }
            // Normal text.
            if c.unicodeScalars.allSatisfy({ TextScan.isIdentifierScalar($0) }) && !c.isWhitespace {
                word.append(c)
                i += 1
                continue
            }
            flushWord(&self)
            let p = RoughScanner.fullWidth[c] ?? c
            switch p {
            case "\n", "\r", "\r\n":
                if case .punctuation(let last)? = current.last, RoughScanner.continuing.contains(last) {
                    // The statement continues on the next line.
                } else {
                    endStatement()
                }
            case ";":
                endStatement()
            case "{":
                var kind: CompletionContext.Block = .statements
                if case .word(let w)? = current.first, let k = Keywords.declarations[w] { kind = .declaration(k) }
                blocks.append(kind)
                endStatement()
            case "}":
                if !blocks.isEmpty { blocks.removeLast() }
                endStatement()
            case "\"":
                if next == "\"", i + 2 < chars.count, chars[i + 2] == "\"" {
                    state = .multilineString
                    i += 3
                    continue
                }
                state = .string
            case "“":
                state = .curlyString
            case "/" where next == "/":
                state = .lineComment
                i += 2
                continue
            case "/" where next == "*":
                state = .blockComment(1)
                i += 2
                continue
            case " ", "\t", "\u{3000}":
                break
            default:
                current.append(.punctuation(p))
            }
            i += 1
        }
        flushWord(&self)
    }
}
