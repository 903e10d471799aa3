// The base protocol's framing: `Content-Length: N\r\n…\r\n\r\n` then N bytes of
// JSON. Bytes arrive in arbitrary pieces; the framer buffers and cuts them.

/// What the framer found next in the input.
public enum FramedInput: Sendable, Hashable {
    /// A complete message body (JSON bytes, not yet parsed).
    case message([UInt8])
    /// A header block without a usable `Content-Length`; it was skipped.
    case malformedHeader(String)
}

/// Splits a byte stream into message bodies.
///
/// Robust by design: input may arrive one byte at a time or many messages at
/// once; header names are case-insensitive; other headers (`Content-Type`) are
/// ignored; a header block with no valid `Content-Length` is reported and
/// skipped; a declared length above ``maxMessageSize`` is refused so a bad
/// client cannot make the server buffer without bound.
public struct MessageFramer: Sendable {
    /// The largest body accepted (the 64 MiB source limit plus room for JSON escaping).
    public static let maxMessageSize = 256 * 1024 * 1024
    /// A header block longer than this without its blank line is garbage.
    static let maxHeaderSize = 64 * 1024

    /// Bytes received but not yet consumed.
    private var buffer: [UInt8] = []
    /// Where unconsumed bytes start in `buffer` (compacted now and then).
    private var start = 0
    /// The body length of the message whose header was read, while its body is incomplete.
    private var pendingLength: Int?

    /// An empty framer.
    public init() {}

    /// Adds received bytes.
    public mutating func append<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        if start > 0, start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// Bytes buffered and not yet returned.
    public var bufferedCount: Int { buffer.count - start }

    /// The next complete message or header problem, or nil when more input is needed.
    public mutating func next() -> FramedInput? {
        while true {
            if let length = pendingLength {
                guard buffer.count - start >= length else { return nil }
                let body = Array(buffer[start..<(start + length)])
                start += length
                pendingLength = nil
                return .message(body)
            }
            guard let headerEnd = findHeaderEnd() else {
                if buffer.count - start > MessageFramer.maxHeaderSize {
                    // No blank line in sight: drop what we have and resynchronise.
                    let dropped = String(decoding: buffer[start..<min(buffer.count, start + 80)], as: UTF8.self)
                    start = buffer.count
                    return .malformedHeader("header too long: \(dropped)")
                }
                return nil
            }
            let headerText = String(decoding: buffer[start..<headerEnd.headerEnd], as: UTF8.self)
            start = headerEnd.bodyStart
            if headerText.trimmingWhitespace.isEmpty { continue }  // stray blank lines between messages
            switch MessageFramer.contentLength(in: headerText) {
            case .some(let length) where length >= 0 && length <= MessageFramer.maxMessageSize:
                pendingLength = length
            default:
                return .malformedHeader(headerText)
            }
        }
    }

    /// Finds the blank line ending the header: `\r\n\r\n`, or a bare `\n\n` from sloppy clients.
    private func findHeaderEnd() -> (headerEnd: Int, bodyStart: Int)? {
        var i = start
        let n = buffer.count
        while i < n {
            if buffer[i] == 0x0A {
                // A line ended at i; is the next line empty?
                if i + 1 < n, buffer[i + 1] == 0x0A { return (i, i + 2) }
                if i + 2 < n, buffer[i + 1] == 0x0D, buffer[i + 2] == 0x0A { return (i, i + 3) }
            }
            i += 1
        }
        return nil
    }

    /// The `Content-Length` value in a header block, if present and numeric.
    static func contentLength(in header: String) -> Int? {
        for rawLine in header.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let line = String(rawLine)
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingWhitespace.lowercased()
            guard name == "content-length" else { continue }
            let value = line[line.index(after: colon)...].trimmingWhitespace
            guard !value.isEmpty, value.count <= 12, value.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(value)
        }
        return nil
    }

    /// Frames a body for sending.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    /// Frames a JSON value for sending.
    public static func frame(_ value: LSPAny) -> [UInt8] {
        frame(Array(value.serialized.utf8))
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line ends.
    var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        var s = Substring(self)
        while let f = s.first, isSpace(f) { s = s.dropFirst() }
        while let l = s.last, isSpace(l) { s = s.dropLast() }
        return String(s)
    }
}
