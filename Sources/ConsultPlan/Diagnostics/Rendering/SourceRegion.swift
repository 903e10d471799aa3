// Where a span starts and ends for people and tools (line and column, both
// 1-based, columns in Unicode scalars): shared by the JSON, GitHub and SARIF writers.

/// A span's start and end as file name, lines and columns.
///
/// Columns count Unicode scalars, like ``SourceMap/location(of:)``; the end is
/// exclusive (the column just after the last character), as SARIF defines
/// `endColumn`. A zero-length span has `endLine == line` and `endColumn == column`.
public struct SourceRegion: Sendable, Hashable {
    /// The file's name as loaded.
    public var file: String
    /// 1-based start line.
    public var line: Int
    /// 1-based start column.
    public var column: Int
    /// 1-based end line.
    public var endLine: Int
    /// 1-based column just after the span.
    public var endColumn: Int

    /// The region of `span`, or nil for ``Span/none`` and spans of unknown files.
    public init?(_ span: Span, in sources: SourceMap) {
        guard !span.isNone, span.file.rawValue < sources.files.count else { return nil }
        let file = sources[span.file]
        let (line, column) = file.lines.lineColumn(ofByte: span.start, in: file.bytes)
        let (endLine, endColumn) = file.lines.lineColumn(ofByte: span.end, in: file.bytes)
        self.file = file.name
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }
}
