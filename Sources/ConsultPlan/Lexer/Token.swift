// The tokens the lexer produces. Keywords other than the reserved words are
// contextual, so they arrive as identifiers and the parser decides by position.

/// The reserved words (LANGUAGE.md 2.2): keywords everywhere, never names.
public enum ReservedWord: String, Sendable, Hashable, CaseIterable {
    case `let`, `for`, `in`, `if`, `else`, template, use, require, warn, include
    case `where`, and, or, not, all, it, `true`, `false`

    /// Chinese aliases (KEYWORDS.md); `it`, `true`, `false` have none.
    public var chineseAliases: [String] {
        switch self {
        case .let: ["设"]
        case .for: ["对于"]
        case .in: ["属于"]
        case .if: ["如果"]
        case .else: ["否则"]
        case .template: ["模板"]
        case .use: ["使用"]
        case .require: ["要求"]
        case .warn: ["提醒"]
        case .include: ["引入"]
        case .where: ["满足"]
        case .and: ["且"]
        case .or: ["或"]
        case .not: ["非"]
        case .all: ["全体"]
        case .it, .true, .false: []
        }
    }

    /// Every spelling (English and Chinese) mapped to its reserved word.
    public static let bySpelling: [String: ReservedWord] = {
        var map: [String: ReservedWord] = [:]
        for w in allCases {
            map[w.rawValue] = w
            for a in w.chineseAliases { map[a] = w }
        }
        return map
    }()
}

/// Punctuation and operators.
public enum Punctuation: String, Sendable, Hashable, CaseIterable {
    case leftBrace = "{", rightBrace = "}", leftParen = "(", rightParen = ")"
    case leftBracket = "[", rightBracket = "]"
    case comma = ",", semicolon = ";", colon = ":", dot = ".", dotDot = ".."
    case assign = "=", equal = "==", notEqual = "!=", less = "<", lessEqual = "<="
    case greater = ">", greaterEqual = ">=", plus = "+", minus = "-", star = "*", slash = "/"
    case bang = "!"
}

/// What kind of token this is.
public enum TokenKind: Sendable, Hashable {
    /// An identifier run: a name, or a contextual keyword the parser recognises by position.
    case identifier
    /// An identifier with `\(…)` pieces glued to it (`topic_\(i)`), allowed as a declaration ID.
    case interpolatedIdentifier
    /// A reserved word.
    case reserved(ReservedWord)
    /// `42`.
    case integer
    /// `3.5`.
    case decimal
    /// `20%`.
    case percent
    /// `"…"`, `"""…"""` or `“…”`.
    case string
    /// `2025-04-22`.
    case day
    /// `2025-04`.
    case month
    /// `2025-Q2`.
    case quarter
    /// `09:30`.
    case time
    /// `3 months`, `20个工作日`: a number with its unit.
    case duration
    /// Punctuation or an operator.
    case punctuation(Punctuation)
    /// A statement end: a line end that does not continue the statement.
    case newline
    /// A bad token, already diagnosed by the lexer; the parser skips it silently.
    case invalid
    /// The end of the file.
    case endOfFile
}

/// One piece of a string literal or interpolated identifier.
public enum StringPiece: Sendable, Hashable {
    /// Literal text, escapes already decoded.
    case text(String)
    /// `\(…)`: the tokens inside the parentheses and the span of the whole `\(…)`.
    case interpolation([Token], Span)
}

/// The value a literal token carries.
///
/// The rare wide payloads (decimals, percentages, durations) are `indirect` so that
/// every token stays small: 5.7 million tokens make a 100,000-meeting plan.
public enum TokenValue: Sendable, Hashable {
    case none
    case integer(Int64)
    /// A decimal as its exact digits: mantissa and number of fraction digits.
    indirect case decimal(ExactDecimal)
    /// A percentage: the number written (`20` for `20%`).
    indirect case percent(ExactDecimal)
    case pieces([StringPiece])
    case day(Day)
    case month(YearMonth)
    case quarter(YearQuarter)
    case time(TimeOfDay)
    indirect case duration(Duration)
}

/// A token: its kind, where it is, its text (identifiers: the name as written,
/// mapped from full-width where that applies) and its value (literals).
public struct Token: Sendable, Hashable {
    // Field order matters for size: the 1-byte flag sits next to the 2-byte kind,
    // in front of the 4-byte-aligned span (56 bytes per token instead of 72).
    /// The kind.
    public var kind: TokenKind
    /// Whether a line end came right before this token (used by the REPL and the formatter).
    public var atLineStart: Bool
    /// Where it is in the source.
    public var span: Span
    /// Identifiers and reserved words: the spelling; other tokens: the source text.
    public var text: String
    /// Literal value.
    public var value: TokenValue

    /// Creates a token.
    public init(kind: TokenKind, span: Span, text: String, value: TokenValue = .none, atLineStart: Bool = false) {
        self.kind = kind
        self.span = span
        self.text = text
        self.value = value
        self.atLineStart = atLineStart
    }

    /// Whether this is the punctuation `p`.
    public func `is`(_ p: Punctuation) -> Bool { kind == .punctuation(p) }
    /// Whether this is the reserved word `w` (in any spelling).
    public func `is`(_ w: ReservedWord) -> Bool { kind == .reserved(w) }
}

/// A comment, kept aside so the formatter can put it back.
public struct Comment: Sendable, Hashable {
    /// `//` or `/* */`.
    public enum Style: Sendable, Hashable { case line, block }
    /// The style.
    public var style: Style
    /// The comment's text including its delimiters.
    public var text: String
    /// Where it is.
    public var span: Span
}

/// What the lexer returns: tokens (ending with `endOfFile`), comments, diagnostics.
public struct TokenStream: Sendable {
    /// The tokens, always ending with one `endOfFile`.
    public var tokens: [Token]
    /// Every comment in source order.
    public var comments: [Comment]
    /// Lexical diagnostics (bad characters, unterminated strings, full-width warnings…).
    public var diagnostics: [Diagnostic]
}
