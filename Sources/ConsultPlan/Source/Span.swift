// A half-open byte range in one source file. Spans are what the lexer, the
// parser and every diagnostic carry; line and column are computed only for display.

/// A half-open range of UTF-8 byte offsets `[start, end)` in one file.
///
/// Stored as three `Int32`s (12 bytes instead of 24): every token and syntax node
/// carries a span, and a 100,000-meeting plan has 5.7 million tokens. Source files
/// are capped at 64 MiB (`Limits.maxSourceBytes`), far below `Int32.max`; a value
/// outside the range is clamped rather than trapping.
public struct Span: Hashable, Sendable, Codable {
    private var fileRaw: Int32
    private var startRaw: Int32
    private var endRaw: Int32

    /// The file the range is in.
    public var file: FileID {
        get { FileID(Int(fileRaw)) }
        set { fileRaw = Int32(clamping: newValue.rawValue) }
    }
    /// The first byte.
    public var start: Int {
        get { Int(startRaw) }
        set { startRaw = Int32(clamping: newValue) }
    }
    /// One past the last byte.
    public var end: Int {
        get { Int(endRaw) }
        set { endRaw = Int32(clamping: newValue) }
    }

    /// Creates a span; an `end` before `start` is clamped to `start`.
    @inline(__always)
    public init(file: FileID, start: Int, end: Int) {
        self.fileRaw = Int32(clamping: file.rawValue)
        self.startRaw = Int32(clamping: start)
        self.endRaw = Int32(clamping: max(start, end))
    }

    /// A span from stored offsets, exactly as they were (no clamping): compact tree
    /// nodes keep a span's parts and give back the same span.
    @inline(__always)
    init(exactFile file: FileID, start: Int32, end: Int32) {
        self.fileRaw = Int32(truncatingIfNeeded: file.rawValue)
        self.startRaw = start
        self.endRaw = end
    }

    /// A zero-length span, used for things that are missing.
    public static func point(_ file: FileID, _ offset: Int) -> Span {
        Span(file: file, start: offset, end: offset)
    }

    /// The smallest span covering both (same file assumed; otherwise `self`).
    public func merged(with other: Span) -> Span {
        guard other.fileRaw == fileRaw else { return self }
        var s = self
        s.startRaw = min(startRaw, other.startRaw)
        s.endRaw = max(endRaw, other.endRaw)
        return s
    }

    /// The number of bytes covered.
    public var length: Int { end - start }

    /// A span used where no source position exists (built-in facts).
    public static let none = Span(file: FileID(-1), start: 0, end: 0)

    /// Whether this is ``none``.
    public var isNone: Bool { fileRaw < 0 }

    // The coding keys of the public properties, as before the storage was compacted.
    private enum CodingKeys: String, CodingKey { case file, start, end }

    /// Decodes `{"file": …, "start": …, "end": …}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            file: try c.decode(FileID.self, forKey: .file), start: try c.decode(Int.self, forKey: .start),
            end: try c.decode(Int.self, forKey: .end))
    }

    /// Encodes `{"file": …, "start": …, "end": …}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
    }
}
