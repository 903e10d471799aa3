// Line starts of a file, so a byte offset becomes (line, column) by binary
// search instead of a scan: diagnostics on a 100k-line plan stay cheap.

/// The byte offsets at which each line begins. LF, CRLF and a lone CR end a line.
public struct LineTable: Sendable {
    /// Byte offset of the start of each line; `starts[0] == 0`.
    public let starts: [Int]

    /// Scans the bytes twice: once to count the line ends, so the table is allocated at
    /// its exact size (1.2 million lines in a 100,000-meeting plan: growth by append
    /// copied it about 20 times and left up to half of it unused), then to fill it.
    public init(bytes: [UInt8]) {
        self.starts = bytes.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            var lineEnds = 0
            var i = 0
            while i < n {
                let b = buffer[i]
                if b == 0x0A {
                    lineEnds += 1
                } else if b == 0x0D {
                    if i + 1 < n, buffer[i + 1] == 0x0A { i += 1 }
                    lineEnds += 1
                }
                i += 1
            }
            var starts = [Int]()
            starts.reserveCapacity(lineEnds + 1)
            starts.append(0)
            i = 0
            while i < n {
                let b = buffer[i]
                if b == 0x0A {
                    starts.append(i + 1)
                } else if b == 0x0D {
                    if i + 1 < n, buffer[i + 1] == 0x0A { i += 1 }
                    starts.append(i + 1)
                }
                i += 1
            }
            return starts
        }
    }

    /// The number of lines (a file with no line end has one).
    public var count: Int { starts.count }

    /// The 1-based line containing `offset`.
    public func line(ofByte offset: Int) -> Int {
        var lo = 0
        var hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// The byte range of a 1-based line, without its line end.
    public func byteRange(ofLine line: Int, in bytes: [UInt8]) -> Range<Int> {
        guard line >= 1, line <= starts.count else { return 0..<0 }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// 1-based line and column; the column counts Unicode scalars (a BOM at
    /// the start of the file is not counted). Invalid bytes count one each.
    public func lineColumn(ofByte offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        let clamped = max(0, min(offset, bytes.count))
        let line = self.line(ofByte: clamped)
        var i = starts[line - 1]
        if line == 1, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF, clamped >= 3 {
            i = 3
        }
        var column = 1
        while i < clamped {
            // Count only bytes that start a scalar (not UTF-8 continuation bytes 10xxxxxx).
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (line, column)
    }
}
