// STUB — replaced by the parser work (issue 2). The signature is the contract.

/// How the parser treats top-level input.
public enum ParseMode: Sendable {
    /// A `.cplan` file: bare expressions are errors.
    case file
    /// A REPL line: a bare expression is a statement of its own.
    case repl
}

/// What parsing returns: always a program, possibly with diagnostics.
public struct ParseResult: Sendable {
    /// The syntax tree (with `invalid`/`missing` nodes where input was broken).
    public var program: Program
    /// Every comment, for the formatter.
    public var comments: [Comment]
    /// The tokens the program was parsed from.
    public var tokens: [Token]
    /// Lexical and syntax diagnostics, in source order.
    public var diagnostics: [Diagnostic]
}

/// The recursive-descent parser.
public struct Parser {
    /// Parses a whole file. Never fails: it returns a tree and diagnostics.
    public static func parse(_ file: SourceFile, id: FileID, mode: ParseMode = .file) -> ParseResult {
        let stream = Lexer.tokenize(file, id: id)
        return ParseResult(program: Program(statements: [], file: id), comments: stream.comments, tokens: stream.tokens, diagnostics: stream.diagnostics)
    }
}
