// The diagnostic codes the lexer emits, by name. Their catalog entries (title,
// explanation, examples) are in Diagnostics/DiagnosticCatalog+Lexer.swift.

/// Diagnostic codes of the lexer: CP0100–CP0149 (characters and tokens) and
/// CP0500–CP0502 (limits met while lexing).
public enum LexerCode {
    /// Bytes that are not UTF-8.
    public static let invalidUTF8 = DiagnosticCode("CP0100")
    /// A control character other than tab, LF and CR.
    public static let controlCharacter = DiagnosticCode("CP0101")
    /// A character that cannot start a token.
    public static let unexpectedCharacter = DiagnosticCode("CP0102")
    /// A string without its closing quote on the same line (or before the end of file).
    public static let unterminatedString = DiagnosticCode("CP0103")
    /// `\q` and other unknown escapes.
    public static let unknownEscape = DiagnosticCode("CP0104")
    /// A malformed `\u{…}` escape.
    public static let invalidUnicodeEscape = DiagnosticCode("CP0105")
    /// `/*` without `*/`.
    public static let unterminatedComment = DiagnosticCode("CP0106")
    /// A `"""` delimiter in the wrong place.
    public static let multilineDelimiter = DiagnosticCode("CP0107")
    /// A multi-line string line indented less than its closing `"""`.
    public static let multilineIndentation = DiagnosticCode("CP0108")
    /// `name_\(` without its `)` on the same line.
    public static let unterminatedInterpolation = DiagnosticCode("CP0109")
    /// A date literal of the wrong shape (`2025-4-17`, `2025-13-01`, `2025-Q5`).
    public static let malformedDate = DiagnosticCode("CP0110")
    /// A well-formed day that does not exist (`2025-02-29`).
    public static let impossibleDay = DiagnosticCode("CP0111")
    /// A time literal of the wrong shape (`9:5`).
    public static let malformedTime = DiagnosticCode("CP0112")
    /// A well-formed time that does not exist (`25:00`).
    public static let impossibleTime = DiagnosticCode("CP0113")
    /// A word glued to a number that is not a duration unit (`3月`, `3fortnights`).
    public static let unknownUnit = DiagnosticCode("CP0114")
    /// A number that does not fit (64-bit integers; 18 digits for decimals).
    public static let numberTooLarge = DiagnosticCode("CP0115")
    /// A decimal with a unit (`1.5天`): durations count whole units.
    public static let fractionalDuration = DiagnosticCode("CP0116")
    /// Full-width punctuation, read as ASCII (rule `fullwidth`, a warning).
    public static let fullwidth = DiagnosticCode("CP0120")
    /// A line longer than `Limits.maxLineBytes`.
    public static let lineTooLong = DiagnosticCode("CP0500")
    /// Brackets nested deeper than `Limits.maxNestingDepth`.
    public static let nestingTooDeep = DiagnosticCode("CP0501")
    /// `\(…)` nested deeper than the interpolation cap.
    public static let interpolationTooDeep = DiagnosticCode("CP0502")
}
