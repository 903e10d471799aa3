// One source line prepared for a terminal: tabs expanded, control characters
// made visible, and a map from byte offsets to display columns for the carets.

/// A source line as it is printed under a diagnostic, with the display column
/// of every byte so carets land under the right characters.
///
/// Why fixed 4-space tabs and not tab stops: the line is printed after a gutter
/// (`12 | `), so terminal tab stops would not line up with the caret line; a
/// fixed expansion applied to both lines keeps them aligned.
struct SnippetLine {
    /// Columns one tab takes.
    static let tabWidth = 4

    /// The printable text.
    let text: String
    /// The byte offsets (absolute in the file) where each piece starts, ascending.
    private let offsets: [Int]
    /// The display column at which each piece starts.
    private let columns: [Int]
    /// The printable text of each piece.
    private let pieces: [String]
    /// The display width of the whole line.
    let width: Int
    /// The absolute byte range of the line (without its line end).
    let range: Range<Int>

    /// Decodes the bytes of `range` in `bytes`. Invalid UTF-8 becomes U+FFFD
    /// one byte at a time (as column counting does); a BOM is dropped.
    init(bytes: [UInt8], range: Range<Int>) {
        var text = ""
        var offsets: [Int] = []
        var columns: [Int] = []
        var pieces: [String] = []
        var column = 0
        var i = max(0, range.lowerBound)
        let end = min(bytes.count, range.upperBound)
        while i < end {
            let (scalar, length) = SnippetLine.decode(bytes, at: i, end: end)
            offsets.append(i)
            columns.append(column)
            var piece = ""
            switch scalar.value {
            case 0x09:
                piece = String(repeating: " ", count: SnippetLine.tabWidth)
                column += SnippetLine.tabWidth
            case 0xFEFF:
                break  // a byte-order mark prints nothing
            case 0x00..<0x20:
                // Control Pictures (␀…␟) so a stray escape cannot drive the terminal.
                piece.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
                column += 1
            case 0x7F:
                piece = "\u{2421}"
                column += 1
            default:
                piece.unicodeScalars.append(scalar)
                column += DisplayWidth.of(scalar)
            }
            text += piece
            pieces.append(piece)
            i += max(1, length)
        }
        self.text = text
        self.offsets = offsets
        self.columns = columns
        self.pieces = pieces
        self.width = column
        self.range = range
    }

    /// The 0-based display column of an absolute byte offset (the end of the
    /// line for offsets past it; a byte inside a character maps to that character).
    func column(ofByte offset: Int) -> Int {
        if offset >= range.upperBound || offsets.isEmpty { return width }
        // Binary search for the last piece starting at or before `offset`.
        var lo = 0
        var hi = offsets.count - 1
        if offset <= offsets[0] { return columns[0] }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if offsets[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return columns[lo]
    }

    /// The first column at or after `column` where a piece starts (the width if none).
    func pieceStart(atOrAfter column: Int) -> Int {
        columns.first { $0 >= column } ?? width
    }

    /// The text of the pieces that lie wholly within the display columns `window`.
    func text(columns window: Range<Int>) -> String {
        var out = ""
        for (k, piece) in pieces.enumerated() {
            let start = columns[k]
            let end = k + 1 < columns.count ? columns[k + 1] : width
            if start >= window.lowerBound, end <= window.upperBound { out += piece }
        }
        return out
    }

    /// Decodes one scalar at `i`; invalid or truncated sequences give U+FFFD of length 1.
    static func decode(_ b: [UInt8], at i: Int, end: Int) -> (Unicode.Scalar, Int) {
        let lead = b[i]
        let replacement: (Unicode.Scalar, Int) = ("\u{FFFD}", 1)
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return replacement
        }
        guard i + length <= end else { return replacement }
        for k in 1..<length {
            let c = b[i + k]
            guard c & 0xC0 == 0x80 else { return replacement }
            value = (value << 6) | UInt32(c & 0x3F)
        }
        // Reject overlong forms and surrogates; Unicode.Scalar rejects the latter too.
        if length == 3, value < 0x800 { return replacement }
        if length == 4, value < 0x10000 || value > 0x10FFFF { return replacement }
        guard let scalar = Unicode.Scalar(value) else { return replacement }
        return (scalar, length)
    }
}
