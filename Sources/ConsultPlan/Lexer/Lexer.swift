// The lexer's public entry point and its design notes. The work itself is done
// by `LexerState` (LexerState.swift and the other Lexer*.swift files).

/// Turns a file's bytes into tokens, comments and lexical diagnostics (LANGUAGE.md section 2).
///
/// ## Design
/// - The lexer works on the raw bytes and decodes UTF-8 itself, so invalid
///   UTF-8 is reported at the first bad byte and no `String` is built per
///   character: one `String` per token, nothing else.
/// - Full-width punctuation (2.8) is mapped while decoding: every scanner sees
///   `，` as `,` and `２` as `2`. One `fullwidth` warning is reported per run of
///   adjacent mapped characters, with fix-its that rewrite them in ASCII. A
///   `“…”` string gets one warning (its quotes and the characters next to it
///   form one run).
/// - Bad input never stops the lexer: a character that cannot start a token
///   becomes an `invalid` token (already diagnosed, so the parser skips it
///   silently) and lexing goes on.
/// - Keywords are contextual: only the reserved words become `.reserved`; every
///   other word is an `.identifier` and the parser decides by position.
///
/// ## Statement ends (LANGUAGE.md 2.7)
/// A `.newline` token stands for a line end that ends a statement. The rule,
/// applied when the first token after one or more line ends is emitted:
/// a `.newline` is emitted between the previous token and that token unless
/// - a `(` or `[` is open (the innermost open bracket; `{` re-enables newlines),
/// - the previous token is `,` or a binary operator
///   (`+ - * / == != < <= > >= .. =`, `and or in where` and their aliases),
/// - the previous token is `{` or `;`, or there is no previous token
///   (statement ends never come first or twice in a row),
/// - the next token is `}` (a `}` ends the statement itself),
/// - the next token is `else`, `and`, `or` or `where` (or `否则 且 或 满足`).
///
/// No `.newline` is emitted before `endOfFile`. Line ends inside a block comment
/// count as line ends; line ends inside a multi-line string do not.
/// `Token.atLineStart` is set on the first token after a line end (and on the
/// file's first token).
///
/// ## Token text and values
/// - `Token.text` is the token's source text with full-width characters mapped
///   (`２０２５` → `2025`); strings and interpolated identifiers keep their exact
///   source text, quotes and `\(…)` included.
/// - A string's value is `.pieces`: a string without interpolation has exactly one
///   `.text` piece (possibly empty); with interpolation, text pieces are never empty.
///   The tokens of an interpolation are the bare tokens between the parentheses
///   (no `endOfFile`, no statement ends).
/// - A duration's `spelling` is its token text (`3个月`, `3 months`).
///
/// ## Decisions where the spec is silent
/// - A unit glued to a number (`3个月内`) matches the longest CJK unit that is a
///   prefix of the following word, and lexing goes on after it; a unit after
///   whitespace must be the whole word (`2025 日历` is a number and a name).
/// - Date literal errors: a wrong shape or an out-of-range month or quarter
///   (`2025-4-17`, `2025-13-01`, `2025-Q5`) is `CP0110`; the right shape but a
///   day that does not exist (`2025-02-29`) is `CP0111`.
/// - `"""` must be followed by a line end and the closing `"""` must start its
///   own line, as in Swift; `\` at the end of a line joins it to the next.
/// - Inside `“…”`, a plain `"` is text (the fix-it escapes it); `”` closes.
/// - A run of one repeated bad character (`&&`, three NULs) is one diagnostic
///   and one `invalid` token.
/// - The line-length limit is checked between tokens: the token that crosses
///   the limit is kept, the rest of the line is skipped.
/// - Interpolations nest at most 16 deep (or `maxNestingDepth`, if lower).
public enum Lexer {
    /// Tokenizes a whole file. Never fails: bad input becomes `invalid` tokens and diagnostics.
    ///
    /// - Parameters:
    ///   - file: the source file; its bytes are read as they are (a leading BOM is skipped).
    ///   - id: the file's ID, stored in every span.
    ///   - limits: line length and nesting limits (LANGUAGE.md 7.7).
    /// - Returns: the tokens (ending with one `endOfFile`), the comments and the diagnostics
    ///   in source order.
    public static func tokenize(_ file: SourceFile, id: FileID, limits: Limits = Limits()) -> TokenStream {
        var state = LexerState(bytes: file.bytes, file: id, limits: limits)
        state.run()
        return state.finish()
    }
}
