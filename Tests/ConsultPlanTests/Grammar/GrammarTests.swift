// Tests that grammar/cplan.ebnf is complete and closed: every keyword spelling is a
// terminal, every production used is defined and every one defined is reachable.

import Foundation
import Testing
@testable import ConsultPlan

/// The repository root, found from this file's path (Tests/ConsultPlanTests/Grammar/…).
private let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Grammar
    .deletingLastPathComponent()  // ConsultPlanTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // root

/// A production of the EBNF: its name and the nonterminals its right-hand side uses.
struct EBNFProduction: Equatable {
    /// The name on the left of `=`.
    var name: String
    /// Every production name used on the right-hand side, in order.
    var uses: [String]
}

/// What reading the grammar file gives.
struct EBNFGrammar {
    /// The productions in file order.
    var productions: [EBNFProduction]
    /// Every quoted terminal (`"…"` or `'…'`), as written between the quotes.
    var terminals: Set<String>
    /// Problems found while reading (unterminated terminal, missing `=`…).
    var problems: [String]
}

/// A small reader for the ISO-ish EBNF of grammar/cplan.ebnf: comments are
/// `(* … *)`, terminals `"…"` or `'…'`, special sequences `? … ?`, production
/// names lower-case words joined by `-`, each production `name = … ;`.
enum EBNFReader {
    private enum Piece: Equatable {
        case name(String)
        case terminal(String)
        case symbol(Character)
    }

    /// Reads the grammar text.
    static func read(_ text: String) -> EBNFGrammar {
        var problems: [String] = []
        let pieces = tokenize(text, problems: &problems)
        var productions: [EBNFProduction] = []
        var terminals = Set<String>()
        var index = 0
        while index < pieces.count {
            guard case .name(let name) = pieces[index] else {
                problems.append("expected a production name, found \(pieces[index])")
                index += 1
                continue
            }
            guard index + 1 < pieces.count, pieces[index + 1] == .symbol("=") else {
                problems.append("expected `=` after `\(name)`")
                index += 1
                continue
            }
            index += 2
            var uses: [String] = []
            var closed = false
            while index < pieces.count {
                let piece = pieces[index]
                index += 1
                switch piece {
                case .symbol(";"):
                    closed = true
                case .name(let used):
                    uses.append(used)
                case .terminal(let t):
                    terminals.insert(t)
                case .symbol:
                    break
                }
                if closed { break }
            }
            if !closed { problems.append("production `\(name)` does not end with `;`") }
            productions.append(EBNFProduction(name: name, uses: uses))
        }
        return EBNFGrammar(productions: productions, terminals: terminals, problems: problems)
    }

    private static func tokenize(_ text: String, problems: inout [String]) -> [Piece] {
        let chars = Array(text)
        var pieces: [Piece] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "(", i + 1 < chars.count, chars[i + 1] == "*" {
                // A comment: skip to the closing `*)`.
                var j = i + 2
                while j + 1 < chars.count, !(chars[j] == "*" && chars[j + 1] == ")") { j += 1 }
                if j + 1 >= chars.count { problems.append("unterminated comment") }
                i = j + 2
            } else if c == "\"" || c == "'" || c == "?" {
                // A terminal or a special sequence: up to the same quote.
                var j = i + 1
                while j < chars.count, chars[j] != c { j += 1 }
                if j >= chars.count {
                    problems.append("unterminated \(c) at character \(i)")
                    return pieces
                }
                if c != "?" { pieces.append(.terminal(String(chars[(i + 1)..<j]))) }
                i = j + 1
            } else if c.isLetter, c.isASCII {
                var j = i
                while j < chars.count, chars[j].isASCII, chars[j].isLetter || chars[j].isNumber || chars[j] == "-" { j += 1 }
                pieces.append(.name(String(chars[i..<j])))
                i = j
            } else if "=;|[]{}()".contains(c) {
                pieces.append(.symbol(c))
                i += 1
            } else if c.isWhitespace {
                i += 1
            } else {
                problems.append("unexpected character `\(c)` at character \(i)")
                i += 1
            }
        }
        return pieces
    }
}

/// Reads grammar/cplan.ebnf from the repository.
private func loadGrammar() throws -> EBNFGrammar {
    let url = repositoryRoot.appendingPathComponent("grammar/cplan.ebnf")
    let text = try String(contentsOf: url, encoding: .utf8)
    return EBNFReader.read(text)
}

@Test func grammarFileReadsWithoutProblems() throws {
    let grammar = try loadGrammar()
    #expect(grammar.problems.isEmpty, "\(grammar.problems)")
    #expect(grammar.productions.count > 100)
    #expect(grammar.productions.first?.name == "program")
}

@Test func grammarHasEveryKeywordSpellingAsATerminal() throws {
    let grammar = try loadGrammar()
    let missing = Keywords.allSpellings.subtracting(grammar.terminals).sorted()
    #expect(missing.isEmpty, "keyword spellings missing from grammar/cplan.ebnf: \(missing)")
    // The reserved words in particular, English and Chinese.
    for word in ReservedWord.allCases {
        #expect(grammar.terminals.contains(word.rawValue))
        for alias in word.chineseAliases { #expect(grammar.terminals.contains(alias)) }
    }
}

@Test func grammarDefinesEveryProductionOnceAndUsesOnlyDefinedOnes() throws {
    let grammar = try loadGrammar()
    var seen = Set<String>()
    var duplicates: [String] = []
    for p in grammar.productions where !seen.insert(p.name).inserted { duplicates.append(p.name) }
    #expect(duplicates.isEmpty, "defined twice: \(duplicates)")
    var dangling: [String] = []
    for p in grammar.productions {
        for used in p.uses where !seen.contains(used) { dangling.append("\(p.name) → \(used)") }
    }
    #expect(dangling.isEmpty, "used but never defined: \(dangling)")
}

@Test func grammarReachesEveryProductionFromProgram() throws {
    let grammar = try loadGrammar()
    var uses: [String: [String]] = [:]
    for p in grammar.productions { uses[p.name, default: []] += p.uses }
    var reached: Set<String> = ["program"]
    var work = ["program"]
    while let next = work.popLast() {
        for used in uses[next] ?? [] where reached.insert(used).inserted { work.append(used) }
    }
    let unreachable = grammar.productions.map(\.name).filter { !reached.contains($0) }
    #expect(unreachable.isEmpty, "not reachable from `program`: \(unreachable)")
}

@Test func grammarReaderCatchesDanglingAndUnreachableProductions() {
    // The reader itself: a grammar with one dangling name and one orphan.
    let g = EBNFReader.read(#"program = a b ; (* note *) a = "x" | 'y' ; orphan = "z" ;"#)
    #expect(g.problems.isEmpty)
    #expect(g.productions.map(\.name) == ["program", "a", "orphan"])
    #expect(g.productions[0].uses == ["a", "b"])
    #expect(g.terminals == ["x", "y", "z"])
    #expect(!EBNFReader.read("program = \"x\"").problems.isEmpty)
}
