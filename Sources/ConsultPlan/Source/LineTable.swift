// Line starts of a file, so a byte offset becomes (line, column) by binary
// search instead of a scan: diagnostics on a 100k-line plan stay cheap.

/// The byte offsets at which each line begins. LF, CRLF and a lone CR end a line.
public struct LineTable: Sendable {
    // `Int32` offsets (source files are capped at 64 MiB, `Limits.maxSourceBytes`):
    // 4.8 MB instead of 9.6 MB for the 1.2 million lines of a 100,000-meeting plan.
    // Offsets past `Int32.max` (a file over 2 GiB, refused before lexing) are clamped.
    private let offsets: [Int32]

    /// Byte offset of the start of each line; `starts[0] == 0`.
    ///
    /// Built on each read from the compact table: use ``count``, ``line(ofByte:)`` and
    /// ``byteRange(ofLine:in:)`` on hot paths.
    public var starts: [Int] { offsets.map { Int($0) } }

    /// Scans the bytes twice: once to count the line ends, so the table is allocated at
    /// its exact size, then to fill it. Both passes test eight bytes at a time for a
    /// line-end byte (LF or CR) and look at single bytes only in a word that has one:
    /// the byte-at-a-time loop was 2.1% of `cplan check` at 100,000 meetings.
    public init(bytes: [UInt8]) {
        self.offsets = bytes.withUnsafeBufferPointer { buffer in
            let lineEnds = LineTable.scan(buffer) { _ in }
            return [Int32](unsafeUninitializedCapacity: lineEnds + 1) { table, initialized in
                table[0] = 0
                var filled = 1
                _ = LineTable.scan(buffer) { next in
                    // `scan` reports exactly `lineEnds` starts, the count made above.
                    table[filled] = Int32(clamping: next)
                    filled += 1
                }
                initialized = filled
            }
        }
    }

    /// Calls `found` with the start of every line after the first (the offset just
    /// past each line end, a CRLF counting once) and returns how many there were.
    @inline(__always)
    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>, _ found: (Int) -> Void) -> Int {
        let n = buffer.count
        guard let base = buffer.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var count = 0
        var i = 0
        while i + 8 <= n {
            // Exact per-byte equality masks: the high bit of each byte of `lf` (`cr`) is
            // set where the byte is LF (CR). No carries cross bytes, so no false hits.
            let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let xl = w ^ (ones &* 0x0A), xc = w ^ (ones &* 0x0D)
            let lf = ~(((xl & lows) &+ lows) | xl) & highs
            let cr = ~(((xc & lows) &+ lows) | xc) & highs
            if cr != 0 {
                // A CR: the exact byte rules below (a CRLF may straddle two words).
                i = scanBytes(buffer, from: i, to: i + 8, count: &count, found)
                continue
            }
            var hits = lf
            while hits != 0 {
                found(i + hits.trailingZeroBitCount / 8 + 1)
                count += 1
                hits &= hits &- 1
            }
            i += 8
        }
        _ = scanBytes(buffer, from: i, to: n, count: &count, found)
        return count
    }

    /// The line ends in `from..<to` one byte at a time; returns where it stopped (past
    /// `to` when a CRLF straddled it).
    @inline(__always)
    private static func scanBytes(
        _ buffer: UnsafeBufferPointer<UInt8>, from: Int, to stop: Int, count: inout Int, _ found: (Int) -> Void
    ) -> Int {
        var i = from
        while i < stop {
            let b = buffer[i]
            if b == 0x0A {
                count += 1
                found(i + 1)
            } else if b == 0x0D {
                if i + 1 < buffer.count, buffer[i + 1] == 0x0A { i += 1 }
                count += 1
                found(i + 1)
            }
            i += 1
        }
        return i
    }

    /// The number of lines (a file with no line end has one).
    public var count: Int { offsets.count }

    /// The 1-based line containing `offset`.
    public func line(ofByte offset: Int) -> Int {
        var lo = 0
        var hi = offsets.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(offsets[mid]) <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// The byte range of a 1-based line, without its line end.
    public func byteRange(ofLine line: Int, in bytes: [UInt8]) -> Range<Int> {
        guard line >= 1, line <= offsets.count else { return 0..<0 }
        let start = min(Int(offsets[line - 1]), bytes.count)
        var end = line < offsets.count ? min(Int(offsets[line]), bytes.count) : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// 1-based line and column; the column counts Unicode scalars (a BOM at
    /// the start of the file is not counted). Invalid bytes count one each.
    public func lineColumn(ofByte offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        let clamped = max(0, min(offset, bytes.count))
        let line = self.line(ofByte: clamped)
        var i = Int(offsets[line - 1])
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
