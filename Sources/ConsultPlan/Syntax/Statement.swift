// Statements and the program: declarations, let, for, if, templates,
// includes and assertions (LANGUAGE.md 3 and 7.5).

/// A parsed file: its statements in order.
public struct Program: Sendable, Hashable {
    /// The statements.
    public var statements: [Statement]
    /// The file.
    public var file: FileID
    /// Creates a program.
    public init(statements: [Statement], file: FileID) {
        self.statements = statements
        self.file = file
    }
}

/// A `{ … }` of statements (for, if, template bodies).
public struct Block: Sendable, Hashable {
    /// The statements.
    public var statements: [Statement]
    /// Where the block is, braces included.
    public var span: Span
    /// Creates a block.
    public init(statements: [Statement], span: Span) {
        self.statements = statements
        self.span = span
    }
}

/// One statement.
public struct Statement: Sendable, Hashable {
    /// What it is.
    public var kind: StatementKind
    /// Where it is.
    public var span: Span
    /// Creates a statement.
    public init(_ kind: StatementKind, _ span: Span) {
        self.kind = kind
        self.span = span
    }
}

/// `if c { } else if c { } else { }`.
public struct IfStatement: Sendable, Hashable {
    /// One `if`/`else if` arm.
    public struct Arm: Sendable, Hashable {
        /// The `if` word (after `else`, for `else if`).
        public var ifWord: Word
        /// The `else` word before this arm (nil for the first).
        public var elseWord: Word?
        /// The condition.
        public var condition: Expression
        /// The body.
        public var body: Block
        /// Creates an arm.
        public init(ifWord: Word, elseWord: Word?, condition: Expression, body: Block) {
            self.ifWord = ifWord
            self.elseWord = elseWord
            self.condition = condition
            self.body = body
        }
    }
    /// The arms in order.
    public var arms: [Arm]
    /// The final `else` word and block.
    public var elseWord: Word?
    /// The final `else` block.
    public var elseBlock: Block?
    /// Creates an if statement.
    public init(arms: [Arm], elseWord: Word?, elseBlock: Block?) {
        self.arms = arms
        self.elseWord = elseWord
        self.elseBlock = elseBlock
    }
}

/// `require` or `warn`.
public enum AssertionKind: String, Sendable, Hashable {
    case require, warn
}

/// The kinds of statement.
public indirect enum StatementKind: Sendable, Hashable {
    /// A declaration (section 3).
    case declaration(Declaration)
    /// `let name = value` (`设`).
    case letBinding(keyword: Word, name: Word, value: Expression)
    /// `for x in list { … }` (`对于 x 属于 …`).
    case forLoop(keyword: Word, variable: Word, inWord: Word, sequence: Expression, body: Block)
    /// `if … else …`.
    case ifStatement(IfStatement)
    /// `template NAME(p, …) { … }`.
    case template(keyword: Word, name: Word, parameters: [Word], body: Block)
    /// `use NAME(args)`.
    case use(keyword: Word, name: Word, arguments: [Expression])
    /// `include "path"`.
    case include(keyword: Word, path: Expression)
    /// `require EXPR [else "message"]`, `warn …`.
    case assertion(kind: AssertionKind, keyword: Word, condition: Expression, elseWord: Word?, message: Expression?)
    /// A bare expression; only the REPL accepts it (a file gets a diagnostic).
    case expression(Expression)
    /// Source the parser could not make sense of (already diagnosed).
    case invalid
}
