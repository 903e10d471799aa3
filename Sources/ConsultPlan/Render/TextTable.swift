// A plain-text table laid out by terminal display width (a CJK character is
// two columns), shrunk to a width limit by truncating cells with `…`.

/// An aligned text table.
struct TextTable {
    /// Column headings.
    var headers: [String]
    /// Rows of cells (missing cells are empty).
    var rows: [[String]]
    /// Widest each column may be before truncation, nil for no cap.
    var caps: [Int?]
    /// How far each column may shrink before the others do (nil: not at first).
    var floors: [Int?] = []
    /// Total width the table must fit in.
    var width: Int = 100
    /// Spaces between columns.
    var gap: Int = 2
    /// Narrowest a column is shrunk to when the table is too wide.
    var minimumColumn: Int = 4

    /// The table as lines: heading, a rule of `-`, then the rows; no trailing spaces.
    func render() -> String {
        let n = headers.count
        guard n > 0 else { return "" }
        // Each cell's width once: the layout and the padding both need it.
        let cellWidths = rows.map { row in row.map { TextTable.width(of: $0) } }
        var widths = [Int](repeating: 0, count: n)
        for i in 0..<n {
            var w = TextTable.width(of: headers[i])
            for row in cellWidths where i < row.count { w = max(w, row[i]) }
            if i < caps.count, let cap = caps[i] { w = min(w, cap) }
            widths[i] = max(w, 1)
        }
        // Shrink the column with the most width above its floor, one column at a
        // time: first down to the floors (so titles keep room), then down to
        // `minimumColumn`. Each step lowers the total by one and a pass stops when
        // nothing is above its floor, so both loops end.
        var total = widths.reduce(0, +) + gap * (n - 1)
        for pass in 0..<2 {
            let floor = (0..<n).map { i in pass == 0 ? (i < floors.count ? floors[i] ?? widths[i] : widths[i]) : minimumColumn }
            while total > width {
                guard let i = (0..<n).filter({ widths[$0] > floor[$0] }).max(by: { widths[$0] - floor[$0] < widths[$1] - floor[$1] })
                else { break }
                widths[i] -= 1
                total -= 1
            }
        }
        var lines: [String] = []
        lines.append(line(headers, widths, cellWidths: nil))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: String(repeating: " ", count: gap)))
        for (r, row) in rows.enumerated() { lines.append(line(row, widths, cellWidths: cellWidths[r])) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ cells: [String], _ widths: [Int], cellWidths: [Int]?) -> String {
        var out = ""
        for (i, w) in widths.enumerated() {
            let cell = i < cells.count ? cells[i] : ""
            if i > 0 { out += String(repeating: " ", count: gap) }
            let text = singleLine(cell)
            // Same length: no break was collapsed, and a tab or break (1 column) became a
            // space (1 column), so the width measured for the layout still holds.
            let known = cellWidths.flatMap { i < $0.count && text.utf8.count == cell.utf8.count ? $0[i] : nil }
            out += TextTable.fit(text, to: w, width: known)
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// `text` padded or truncated (with `…`) to exactly `width` display columns.
    static func fit(_ text: String, to width: Int, width known: Int? = nil) -> String {
        let w = known ?? TextTable.width(of: text)
        if w <= width { return text + String(repeating: " ", count: width - w) }
        var out = ""
        var used = 0
        for ch in text {
            let cw = TextTable.width(of: ch.unicodeScalars)
            if used + cw > width - 1 { break }
            out.append(ch)
            used += cw
        }
        out += "…"
        used += 1
        return out + String(repeating: " ", count: max(0, width - used))
    }

    /// ``DisplayWidth/of(_:)-(String)``, answering the common scalars without its
    /// general-category lookup: ASCII and Latin (below U+0300, as DisplayWidth does), and
    /// the CJK ideograph, Hangul-syllable and fullwidth-form blocks, which hold no marks
    /// or format characters, so DisplayWidth gives them 2. Tables of 20,000 Chinese
    /// reminders spent most of their time in that lookup.
    static func width(of text: String) -> Int { width(of: text.unicodeScalars) }

    /// The width of a run of scalars (see ``width(of:)-(String)``).
    static func width<S: Sequence<Unicode.Scalar>>(of scalars: S) -> Int {
        var w = 0
        for scalar in scalars {
            let v = scalar.value
            switch v {
            case 0: break
            case 1..<0x300: w += 1
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF00...0xFF60: w += 2
            default: w += DisplayWidth.of(scalar)
            }
        }
        return w
    }
}
