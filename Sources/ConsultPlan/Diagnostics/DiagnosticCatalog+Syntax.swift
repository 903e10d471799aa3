// Catalog entries for syntax (CP02xx) and the parser's nesting limit (CP0510).
// Owned by the parser work; every entry's bad example triggers it, the good one parses clean.

extension DiagnosticCode {
    /// CP0200: a token where the grammar expected something else.
    public static let unexpectedToken = DiagnosticCode("CP0200")
    /// CP0201: a `(` or `[` still open at the end of the file.
    public static let unclosedBracket = DiagnosticCode("CP0201")
    /// CP0202: a `{` still open at the end of the file.
    public static let unclosedBrace = DiagnosticCode("CP0202")
    /// CP0203: a block interrupted by a new statement before its `}`.
    public static let missingClosingBrace = DiagnosticCode("CP0203")
    /// CP0204: a `)`, `]` or `}` with nothing open.
    public static let unmatchedClosing = DiagnosticCode("CP0204")
    /// CP0205: a block's `{` on a line after its header.
    public static let braceNotOnHeaderLine = DiagnosticCode("CP0205")
    /// CP0206: a statement that starts with no known keyword.
    public static let unknownStatement = DiagnosticCode("CP0206")
    /// CP0207: an attribute name that no declaration has.
    public static let unknownAttribute = DiagnosticCode("CP0207")
    /// CP0208: a known attribute inside a declaration that does not take it.
    public static let attributeNotAllowed = DiagnosticCode("CP0208")
    /// CP0209: a number followed by a word that is not a duration unit where a duration is needed.
    public static let unknownUnit = DiagnosticCode("CP0209")
    /// CP0210: an expression standing alone as a statement in a file.
    public static let bareExpression = DiagnosticCode("CP0210")
    /// CP0211: `!` used as negation.
    public static let bangIsNotAnOperator = DiagnosticCode("CP0211")
    /// CP0212: no expression where one is needed.
    public static let expectedExpression = DiagnosticCode("CP0212")
    /// CP0213: no name (ID, variable, parameter) where one is needed.
    public static let expectedName = DiagnosticCode("CP0213")
    /// CP0214: an interpolated identifier outside a declaration's ID.
    public static let interpolatedNameNotAllowed = DiagnosticCode("CP0214")
    /// CP0215: the file ended in the middle of a statement.
    public static let unexpectedEndOfInput = DiagnosticCode("CP0215")
    /// CP0216: `else` with nothing to continue.
    public static let elseWithoutIf = DiagnosticCode("CP0216")
    /// CP0510: brackets, blocks or operator chains nested deeper than the limit.
    public static let nestingTooDeep = DiagnosticCode("CP0510")

    /// The codes that mean "the input stopped too early": the REPL reads another
    /// line instead of reporting them (an open bracket, brace, string or comment
    /// at the end of the input, or a statement cut off after an operator).
    ///
    /// The lexer's codes are named by their strings (its `LexerCode` table):
    /// CP0103 unterminated string and CP0106 unterminated block comment.
    public static let incompleteInputCodes: Set<DiagnosticCode> = [
        .unclosedBracket, .unclosedBrace, .unexpectedEndOfInput,
        DiagnosticCode("CP0103"), DiagnosticCode("CP0106"),
    ]
}

extension DiagnosticCatalog {
    static let syntaxEntries: [DiagnosticInfo] = [
        DiagnosticInfo(
            "CP0200", syntax: true, title: "unexpected token",
            explanation: """
                The parser found a token where the grammar allows something else. The message says what \
                was expected and what was found. Only this one error is reported for the statement or \
                attribute; parsing resumes at the next line.
                """,
            bad: "committee econ \"经济委员会\" \"extra\"\n",
            good: "committee econ \"经济委员会\"\n"),
        DiagnosticInfo(
            "CP0201", syntax: true, title: "unclosed bracket",
            explanation: """
                A `(` or `[` is never closed before the end of the file. While a bracket is open, line \
                ends do not end the statement, so everything up to the end was read as part of it. The \
                error points at the opening bracket.
                """,
            bad: "require count(meetings >= 4\n",
            good: "require count(meetings) >= 4\n"),
        DiagnosticInfo(
            "CP0202", syntax: true, title: "unclosed brace",
            explanation: """
                A `{` is never closed before the end of the file. The error points at the opening brace; \
                add the matching `}`.
                """,
            bad: "plan \"计划\" {\n  year 2025\n",
            good: "plan \"计划\" {\n  year 2025\n}\n"),
        DiagnosticInfo(
            "CP0203", syntax: true, title: "missing closing brace",
            explanation: """
                A declaration's block is followed by a new statement (a declaration keyword or `let`, \
                `for`, `if` …) at the start of a line before its `}`. The error points at the `{` that \
                was not closed, with a label where the next statement starts.
                """,
            bad: "plan \"计划\" {\n  year 2025\nmeeting m \"会\" { form plenary  date 2025-03-03 }\n",
            good: "plan \"计划\" {\n  year 2025\n}\nmeeting m \"会\" { form plenary  date 2025-03-03 }\n"),
        DiagnosticInfo(
            "CP0204", syntax: true, title: "unmatched closing bracket",
            explanation: "A `)`, `]` or `}` appears where no matching opening bracket is open. Remove it.",
            bad: "plan \"计划\" { year 2025 }\n}\n",
            good: "plan \"计划\" { year 2025 }\n"),
        DiagnosticInfo(
            "CP0205", syntax: true, title: "`{` not on the header line",
            explanation: """
                A declaration's `{` (and the `{` of `for`, `if` and `template`) must stand on the same \
                line as its header, so that a line end after a header without a block ends the \
                declaration unambiguously. The block is still read.
                """,
            bad: "plan \"计划\"\n{\n  year 2025\n}\n",
            good: "plan \"计划\" {\n  year 2025\n}\n"),
        DiagnosticInfo(
            "CP0206", syntax: true, title: "unknown declaration keyword",
            explanation: """
                A statement starts with a word that is neither a declaration keyword (`meeting`, `会议`, \
                `member` …) nor a statement keyword (`let`, `for`, `if`, `require` …). The help suggests \
                the closest keyword, in either language. An attribute name written outside a \
                declaration's `{ }` is reported here too.
                """,
            bad: "meetng housing \"推进老旧小区改造\" { form symposium  date 2025-04-22 }\n",
            good: "meeting housing \"推进老旧小区改造\" { form symposium  date 2025-04-22 }\n"),
        DiagnosticInfo(
            "CP0207", syntax: true, title: "unknown attribute",
            explanation: """
                Inside a declaration's `{ }` a word stands where an attribute name must, and no \
                declaration has an attribute of that name. The help suggests the closest attribute of \
                this declaration, in either language (KEYWORDS.md).
                """,
            bad: "meeting m \"会\" { from plenary  date 2025-04-22 }\n",
            good: "meeting m \"会\" { form plenary  date 2025-04-22 }\n"),
        DiagnosticInfo(
            "CP0208", syntax: true, title: "attribute not allowed here",
            explanation: """
                The attribute exists, but not for this kind of declaration: for example `date` belongs \
                to a `meeting`, while a `series` is dated by `every`. The message names the \
                declarations that take it.
                """,
            bad: "member zhang \"张伟\" { form plenary }\n",
            good: "member zhang \"张伟\" { role standing }\n"),
        DiagnosticInfo(
            "CP0209", syntax: true, title: "unknown duration unit",
            explanation: """
                Where a duration is needed (after `within`, `due`, `notice`, `every`, and in \
                arithmetic) a number is followed by a word that is not a unit. Units are `days`, \
                `weeks`, `months`, `workdays`, `hours`, `minutes` and their Chinese forms (`天`, `周`, \
                `个月`, `个工作日`, `小时`, `分钟`); `月` alone is not a unit, write `3个月`.
                """,
            bad: "meeting m \"会\" {\n  form symposium\n  date 2025-04-22\n  invite d\n  feedback d within 3 fortnights\n}\n",
            good: "meeting m \"会\" {\n  form symposium\n  date 2025-04-22\n  invite d\n  feedback d within 6 weeks\n}\n"),
        DiagnosticInfo(
            "CP0210", syntax: true, title: "bare expression in a file",
            explanation: """
                An expression stands alone as a statement. In a file it would have no effect; write \
                `require EXPR` to check it or `let NAME = EXPR` to name it. The REPL prints the value \
                of a bare expression instead.
                """,
            bad: "count(meetings) >= 4\n",
            good: "require count(meetings) >= 4\n"),
        DiagnosticInfo(
            "CP0211", syntax: true, title: "`!` is not an operator",
            explanation: "cplan negates with `not` (`非`); `!` exists only as part of `!=`.",
            bad: "require !(1 > 2)\n",
            good: "require not (1 > 2)\n"),
        DiagnosticInfo(
            "CP0212", syntax: true, title: "expected an expression",
            explanation: """
                A value or expression is needed here (after an attribute name, an operator, `=` …) \
                but something else was found.
                """,
            bad: "let x = 1 + )\n",
            good: "let x = 1 + 2\n"),
        DiagnosticInfo(
            "CP0213", syntax: true, title: "expected a name",
            explanation: """
                A declaration's ID, a `let` name, a loop variable or a template parameter is missing, \
                or is a reserved word (`let for in if else template use require warn include where and \
                or not all it true false` and their Chinese aliases), which cannot be a name.
                """,
            bad: "sector for \"界别\"\n",
            good: "sector business \"经济界\"\n"),
        DiagnosticInfo(
            "CP0214", syntax: true, title: "interpolated name outside a declaration's ID",
            explanation: """
                An identifier with `\\(…)` glued to it (`topic_\\(i)`) builds the ID of a declaration in \
                a `for` or template body. Anywhere else it cannot be resolved by the parser; bind the \
                declaration to a name with `let` instead.
                """,
            bad: "for i in 1..2 {\n  require topic_\\(i)\n}\n",
            good: "for i in 1..2 {\n  sector topic_\\(i)\n}\n"),
        DiagnosticInfo(
            "CP0215", syntax: true, title: "unexpected end of input",
            explanation: """
                The file ends in the middle of a statement: after an operator, a keyword or an \
                attribute name that needs more. The REPL reads another line instead.
                """,
            bad: "let x =\n",
            good: "let x = 1\n"),
        DiagnosticInfo(
            "CP0216", syntax: true, title: "`else` without `if`",
            explanation: """
                `else` (`否则`) continues an `if … { }` or a `require`/`warn`; it cannot start a \
                statement of its own.
                """,
            bad: "else { let x = 1 }\n",
            good: "if true { let x = 1 } else { let y = 2 }\n"),
        DiagnosticInfo(
            "CP0510", syntax: true, title: "nesting too deep",
            explanation: """
                Expressions and blocks are nested deeper than the limit (256 by default, LANGUAGE.md \
                7.7): `not`/`-` chains, calls, operator chains (`1 + 1 + …` is a tree as deep as it \
                is long), field chains and `{ }` blocks all count. The limit keeps the parser and every \
                later pass from exhausting the stack; split the expression with `let`. Brackets nested \
                too deep are already reported by the lexer (CP0501), and then not again here.
                """,
            bad: "let x = " + String(repeating: "-", count: 300) + "1\n",
            good: "let x = - - 1\n"),
    ]
}
