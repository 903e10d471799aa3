// STUB — replaced by the lexer work (issue 2). The signature is the contract.

/// Turns a file's bytes into tokens, comments and lexical diagnostics.
public enum Lexer {
    /// Tokenizes a whole file. Never fails: bad input becomes `invalid` tokens and diagnostics.
    public static func tokenize(_ file: SourceFile, id: FileID) -> TokenStream {
        TokenStream(tokens: [Token(kind: .endOfFile, span: .point(id, file.bytes.count), text: "")], comments: [], diagnostics: [])
    }
}
