// A source file as the interpreter sees it: its name, its raw UTF-8 bytes and
// a line table. Everything else refers into it by byte offsets (Span).

/// Identifies a source file within one evaluation (the index in ``SourceMap``).
public struct FileID: Hashable, Sendable, Comparable, Codable {
    /// The index of the file in the evaluation's ``SourceMap``.
    public let rawValue: Int
    /// Wraps an index.
    public init(_ rawValue: Int) { self.rawValue = rawValue }
    public static func < (a: FileID, b: FileID) -> Bool { a.rawValue < b.rawValue }
}

/// One source file: the name shown in diagnostics and its bytes.
///
/// The bytes are kept as they were read (invalid UTF-8 included) so that the
/// lexer can report the first bad byte; a leading BOM is kept too and skipped
/// by the lexer and by column counting.
public struct SourceFile: Sendable {
    /// The name shown in diagnostics, usually a path relative to the working folder.
    public let name: String
    /// The file's bytes, exactly as read.
    public let bytes: [UInt8]
    /// Where each line starts, for turning byte offsets into line and column.
    public let lines: LineTable

    /// Creates a file from raw bytes (the CLI reads files this way).
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        self.lines = LineTable(bytes: bytes)
    }

    /// Creates a file from text (embedders usually have a `String`).
    public init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    /// The text of a byte range, with invalid UTF-8 replaced by U+FFFD.
    public func text(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, bytes.count))
        let hi = max(lo, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    /// The text of a span's bytes.
    public func text(_ span: Span) -> String { text(span.start..<span.end) }

    /// The text of the 1-based line `line`, without its line end.
    public func lineText(_ line: Int) -> String {
        text(lines.byteRange(ofLine: line, in: bytes))
    }
}

/// The files of one evaluation: the main file and everything it includes.
public struct SourceMap: Sendable {
    /// The files, indexed by ``FileID``.
    public private(set) var files: [SourceFile] = []

    /// An empty map.
    public init() {}

    /// Adds a file and returns its ID.
    @discardableResult
    public mutating func add(_ file: SourceFile) -> FileID {
        files.append(file)
        return FileID(files.count - 1)
    }

    /// The file with this ID.
    public subscript(id: FileID) -> SourceFile { files[id.rawValue] }

    /// The line and column (1-based, columns in Unicode scalars) where a span starts.
    public func location(of span: Span) -> SourceLocation {
        guard span.file.rawValue >= 0, span.file.rawValue < files.count else {
            return SourceLocation(file: "<unknown>", line: 1, column: 1)
        }
        let file = self[span.file]
        let (line, column) = file.lines.lineColumn(ofByte: span.start, in: file.bytes)
        return SourceLocation(file: file.name, line: line, column: column)
    }
}

/// A position for people: file name, 1-based line and 1-based column.
public struct SourceLocation: Sendable, Hashable, Codable {
    /// The file's name as given when it was loaded.
    public let file: String
    /// The 1-based line.
    public let line: Int
    /// The 1-based column in Unicode scalars (the BOM excluded).
    public let column: Int
}
