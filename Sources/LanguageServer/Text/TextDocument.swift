// An open document as the editor sees it: URI, version and text, and how the
// protocol's full and incremental content changes apply to it.

/// One content change of `textDocument/didChange`.
public struct TextChange: Sendable, Hashable {
    /// The range replaced; nil replaces the whole text.
    public var range: LSPRange?
    /// The new text.
    public var text: String
    /// Creates a change.
    public init(range: LSPRange?, text: String) {
        self.range = range
        self.text = text
    }
    /// Reads `{"range"?, "text"}`; nil without `text`.
    public init?(json: LSPAny) {
        guard let text = json["text"]?.stringValue else { return nil }
        self.init(range: LSPRange(json: json["range"]), text: text)
    }
}

/// An open document.
public struct TextDocument: Sendable {
    /// The document's URI as the client sent it.
    public var uri: String
    /// The client's version number.
    public var version: Int
    /// The current text.
    public private(set) var text: String
    /// Position conversion for ``text``.
    public private(set) var positions: PositionConverter

    /// Creates a document.
    public init(uri: String, version: Int, text: String) {
        self.uri = uri
        self.version = version
        self.text = text
        self.positions = PositionConverter(text: text)
    }

    /// Applies changes in order, each against the text the previous one left
    /// (LSP 3.17 `TextDocumentContentChangeEvent[]`).
    public mutating func apply(_ changes: [TextChange]) {
        for change in changes {
            guard let range = change.range else {
                text = change.text
                positions = PositionConverter(text: text)
                continue
            }
            let bytes = positions.byteRange(of: range)
            var utf8 = positions.bytes
            utf8.replaceSubrange(bytes, with: Array(change.text.utf8))
            text = String(decoding: utf8, as: UTF8.self)
            positions = PositionConverter(text: text)
        }
    }
}
