// Expressions of the scripting sublanguage (LANGUAGE.md 7). Words are kept as
// names: whether `plenary` is a form or a reference is decided in evaluation (7.2).

/// An identifier or keyword occurrence: the text as written and where.
public struct Word: Sendable, Hashable {
    /// The spelling as written (after full-width mapping), e.g. `form` or `形式`.
    public var text: String
    /// Where it is.
    public var span: Span
    /// Creates a word.
    public init(_ text: String, _ span: Span) {
        self.text = text
        self.span = span
    }
}

/// Binary operators, loosest to tightest: `or`, `and`, comparisons and `in`, `..`, `+ -`, `* /`.
public enum BinaryOperator: String, Sendable, Hashable {
    case or, and
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case `in`
    case add = "+", subtract = "-", multiply = "*", divide = "/"
}

/// Unary operators.
public enum UnaryOperator: String, Sendable, Hashable {
    /// `-x`.
    case negate = "-"
    /// `not x` / `非 x` / `!x`.
    case not
}

/// A piece of a string literal in the tree.
public enum StringSegment: Sendable, Hashable {
    /// Literal text, escapes decoded.
    case text(String)
    /// `\(expr)`.
    case interpolation(Expression)
}

/// A string literal: its pieces and how it was quoted (for the formatter).
public struct StringLiteral: Sendable, Hashable {
    /// How the literal was delimited in the source.
    public enum Quoting: Sendable, Hashable {
        /// `"…"` (also `“…”`, which the formatter rewrites to `"…"`).
        case plain
        /// `"""…"""`.
        case multiline
    }
    // Most literals are one piece of text (`"调研报告"`): that case is stored as the
    // string alone, without a one-element array (64 bytes and a malloc per literal,
    // four per meeting at 100,000 meetings). A single `.text` segment is always stored
    // this way, so the synthesized `==` still compares by content.
    private enum Storage: Sendable, Hashable {
        case plain(String)
        case multiline(String)
        case segments([StringSegment], Quoting)
    }
    private var storage: Storage

    /// The pieces, in order.
    public var segments: [StringSegment] {
        get {
            switch storage {
            case .plain(let t), .multiline(let t): return [.text(t)]
            case .segments(let s, _): return s
            }
        }
        set { storage = Self.storage(newValue, quoting) }
    }
    /// The quoting.
    public var quoting: Quoting {
        get {
            switch storage {
            case .plain: return .plain
            case .multiline: return .multiline
            case .segments(_, let q): return q
            }
        }
        set {
            switch storage {
            case .plain(let t), .multiline(let t): storage = newValue == .plain ? .plain(t) : .multiline(t)
            case .segments(let s, _): storage = .segments(s, newValue)
            }
        }
    }

    /// The text when the literal is one piece of text (no array is built).
    var singleText: String? {
        switch storage {
        case .plain(let t), .multiline(let t): return t
        case .segments: return nil
        }
    }

    private static func storage(_ segments: [StringSegment], _ quoting: Quoting) -> Storage {
        if segments.count == 1, case .text(let t) = segments[0] {
            return quoting == .plain ? .plain(t) : .multiline(t)
        }
        return .segments(segments, quoting)
    }

    /// Creates a literal of one piece of text without building a segment array.
    init(text: String, quoting: Quoting) {
        storage = quoting == .plain ? .plain(text) : .multiline(text)
    }
    /// The text when there is no interpolation.
    public var plainText: String? {
        if let t = singleText { return t }
        var s = ""
        for seg in segments {
            guard case .text(let t) = seg else { return nil }
            s += t
        }
        return s
    }
    /// Creates a literal.
    public init(segments: [StringSegment], quoting: Quoting = .plain) {
        storage = Self.storage(segments, quoting)
    }
}

/// An expression node.
public struct Expression: Sendable, Hashable {
    /// What it is.
    public var kind: ExpressionKind
    /// Where it is (the whole expression).
    public var span: Span
    /// Creates a node.
    public init(_ kind: ExpressionKind, _ span: Span) {
        self.kind = kind
        self.span = span
    }
}

/// The kinds of expression.
///
/// Only the recursive and the wide cases are `indirect` (boxed on the heap): leaves
/// (names, strings, numbers, dates) are stored inline, so the most common nodes cost
/// no allocation of their own. With the whole enum `indirect`, every node was a box.
public enum ExpressionKind: Sendable, Hashable {
    case integer(Int64)
    indirect case decimal(ExactDecimal)
    /// A percentage as written (`20` for `20%`); its value is a decimal ÷ 100.
    indirect case percent(ExactDecimal)
    case string(StringLiteral)
    case boolean(Bool)
    case day(Day)
    case month(YearMonth)
    case quarter(YearQuarter)
    case time(TimeOfDay)
    indirect case duration(Duration)
    /// A word: a reference, a field inside `where`, or a value word by context (7.2).
    case name(String)
    /// `all` / `全体`.
    case all
    /// `it`: the element inside a `where` condition.
    case it
    /// `[a, b]`, or a bare comma list in a value position.
    case list([Expression])
    /// `(e)`: kept so the formatter can keep the author's parentheses.
    indirect case parenthesized(Expression)
    indirect case unary(UnaryOperator, Expression)
    indirect case binary(BinaryOperator, Expression, Expression)
    /// `a .. b`.
    indirect case range(Expression, Expression)
    /// `e.field` (the field word keeps its spelling: `身份` for `role`).
    indirect case field(Expression, Word)
    /// `forum.3`: an occurrence of a series.
    indirect case occurrence(Expression, Int64)
    /// `f(args)`.
    indirect case call(Word, [Expression])
    /// `collection where condition`.
    indirect case query(Expression, Expression)
    /// A placeholder where the parser expected an expression and reported it.
    case missing
}
