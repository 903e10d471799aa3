// A half-open byte range in one source file. Spans are what the lexer, the
// parser and every diagnostic carry; line and column are computed only for display.

/// A half-open range of UTF-8 byte offsets `[start, end)` in one file.
public struct Span: Hashable, Sendable, Codable {
    /// The file the range is in.
    public var file: FileID
    /// The first byte.
    public var start: Int
    /// One past the last byte.
    public var end: Int

    /// Creates a span; an `end` before `start` is clamped to `start`.
    public init(file: FileID, start: Int, end: Int) {
        self.file = file
        self.start = start
        self.end = max(start, end)
    }

    /// A zero-length span, used for things that are missing.
    public static func point(_ file: FileID, _ offset: Int) -> Span {
        Span(file: file, start: offset, end: offset)
    }

    /// The smallest span covering both (same file assumed; otherwise `self`).
    public func merged(with other: Span) -> Span {
        guard other.file == file else { return self }
        return Span(file: file, start: min(start, other.start), end: max(end, other.end))
    }

    /// The number of bytes covered.
    public var length: Int { end - start }

    /// A span used where no source position exists (built-in facts).
    public static let none = Span(file: FileID(-1), start: 0, end: 0)

    /// Whether this is ``none``.
    public var isNone: Bool { file.rawValue < 0 }
}
