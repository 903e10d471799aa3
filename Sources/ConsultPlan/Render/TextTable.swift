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
        var widths = [Int](repeating: 0, count: n)
        for i in 0..<n {
            var w = DisplayWidth.of(headers[i])
            for row in rows where i < row.count { w = max(w, DisplayWidth.of(row[i])) }
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
        lines.append(line(headers, widths))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: String(repeating: " ", count: gap)))
        for row in rows { lines.append(line(row, widths)) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ cells: [String], _ widths: [Int]) -> String {
        var out = ""
        for (i, w) in widths.enumerated() {
            let cell = i < cells.count ? cells[i] : ""
            if i > 0 { out += String(repeating: " ", count: gap) }
            out += TextTable.fit(singleLine(cell), to: w)
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// `text` padded or truncated (with `…`) to exactly `width` display columns.
    static func fit(_ text: String, to width: Int) -> String {
        let w = DisplayWidth.of(text)
        if w <= width { return text + String(repeating: " ", count: width - w) }
        var out = ""
        var used = 0
        for ch in text {
            let cw = DisplayWidth.of(String(ch))
            if used + cw > width - 1 { break }
            out.append(ch)
            used += cw
        }
        out += "…"
        used += 1
        return out + String(repeating: " ", count: max(0, width - used))
    }
}
