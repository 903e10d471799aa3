// The human diagnostic format, rustc style: a header, the location, the source
// lines with carets under the exact span, labels, notes and help.

/// Renders diagnostics for people, in the style of rustc:
///
/// ```
/// error[CP0201]: expected `}` to close `meeting` block
///   --> examples/plan.cplan:12:5
///    |
/// 12 |   form plenery
///    |        ^^^^^^^ unknown form
///    |
///    = note: …
///    = help: did you mean `plenary`?
/// ```
///
/// Carets are placed and sized by display width (a Chinese character takes two
/// columns; a tab is expanded to four spaces in both the source and the caret
/// line). A span over several lines is underlined on its first line only; a
/// zero-length span gets one caret. Labels on the primary span's line share its
/// snippet and are underlined with `-`; a label whose span equals the primary
/// span becomes the text after the carets. Labels in other files get their own
/// `:::` snippet. ``Span/none`` renders without a snippet.
///
/// Colour (ANSI) only when `color` is true; the host decides (a terminal and no
/// `NO_COLOR`). Pure: no I/O.
public struct DiagnosticRenderer: Sendable {
    /// The files the spans refer to.
    public var sources: SourceMap
    /// Whether to emit ANSI colour codes.
    public var color: Bool
    /// The language of the texts (`en`, or `zh-CN`: messages through ``DiagnosticLocalizer``,
    /// `错误`/`警告`/`注` headers, `注:`/`提示:` footers). Codes and rule names never change.
    public var locale: String

    /// Creates a renderer over the files of an evaluation.
    public init(sources: SourceMap, color: Bool = false, locale: String = "en") {
        self.sources = sources
        self.color = color
        self.locale = locale
    }

    /// One diagnostic; every line ends with a line feed.
    public func render(_ english: Diagnostic) -> String {
        let d = DiagnosticLocalizer().localized(english, locale: locale)
        var out = ""
        header(d, into: &out)
        // Long lines are decoded only around this byte (see `decodedRange`).
        let focus = d.span.start

        let primaryFile = isKnown(d.span) ? d.span.file : nil
        // Annotations grouped by file: the primary's file first, then the others in order of appearance.
        var fileOrder: [FileID] = []
        var byFile: [FileID: [Annotation]] = [:]
        func add(_ span: Span, _ message: String, primary: Bool) {
            guard isKnown(span) else { return }
            if byFile[span.file] == nil { fileOrder.append(span.file) }
            byFile[span.file, default: []].append(annotation(span, message, primary: primary, focus: focus))
        }
        var primaryMessage = ""
        var otherLabels: [DiagnosticLabel] = []
        for label in d.labels {
            if label.span == d.span, primaryMessage.isEmpty, primaryFile != nil {
                primaryMessage = label.message
            } else {
                otherLabels.append(label)
            }
        }
        if primaryFile != nil { add(d.span, primaryMessage, primary: true) }
        for label in otherLabels { add(label.span, label.message, primary: false) }

        let maxLine = byFile.values.flatMap { $0.map(\.line) }.max() ?? 0
        let gutter = fileOrder.isEmpty ? 0 : String(maxLine).count
        let pad = String(repeating: " ", count: gutter)

        for (index, file) in fileOrder.enumerated() {
            let annotations = byFile[file] ?? []
            let first = annotations.first { $0.isPrimary } ?? annotations.min { ($0.line, $0.start) < ($1.line, $1.start) }
            let location = first.map { sources.location(of: $0.span) }
            let arrow = index == 0 && file == primaryFile ? "-->" : ":::"
            if let location {
                out += pad + paint(arrow, .gutter) + " \(location.file):\(location.line):\(location.column)\n"
            }
            out += gutterLine(pad, "")
            snippet(annotations, in: sources[file], pad: pad, gutter: gutter, primary: Style(d.severity), focus: focus, into: &out)
        }

        if !d.notes.isEmpty || d.help != nil {
            if !fileOrder.isEmpty { out += gutterLine(pad, "") }
            for note in d.notes { out += footer(DiagnosticLocalizer.footerWord("note", locale: locale), note, pad: pad) }
            if let help = d.help { out += footer(DiagnosticLocalizer.footerWord("help", locale: locale), help, pad: pad) }
        }
        return out
    }

    /// Several diagnostics, separated by blank lines, in the order given.
    public func render(_ ds: [Diagnostic]) -> String {
        ds.map { render($0) }.joined(separator: "\n")
    }

    // MARK: - Pieces

    /// One underline: its line, display columns and text.
    private struct Annotation {
        var span: Span
        var line: Int
        var start: Int
        var end: Int
        var isPrimary: Bool
        var message: String
    }

    private func isKnown(_ span: Span) -> Bool {
        !span.isNone && span.file.rawValue < sources.files.count
    }

    /// Places a span on its first line, in display columns; never empty.
    private func annotation(_ span: Span, _ message: String, primary: Bool, focus: Int) -> Annotation {
        let file = sources[span.file]
        let clamped = max(0, min(span.start, file.bytes.count))
        let line = file.lines.line(ofByte: clamped)
        let full = file.lines.byteRange(ofLine: line, in: file.bytes)
        let snippet = SnippetLine(bytes: file.bytes, range: Self.decodedRange(full, focus: focus, in: file.bytes))
        let start = snippet.column(ofByte: clamped)
        let end = snippet.column(ofByte: min(span.end, snippet.range.upperBound))
        return Annotation(span: span, line: line, start: start, end: max(end, start + 1), isPrimary: primary, message: message)
    }

    private func header(_ d: Diagnostic, into out: inout String) {
        out += paint("\(DiagnosticLocalizer.severityWord(d.severity, locale: locale))[\(d.code.id)]", Style(d.severity)) + paint(": " + d.message, .bold) + "\n"
    }

    /// The source lines of one file with their underlines.
    private func snippet(_ annotations: [Annotation], in file: SourceFile, pad: String, gutter: Int, primary: Style, focus: Int, into out: inout String) {
        let lines = Set(annotations.map(\.line)).sorted()
        var previous: Int?
        for line in lines {
            if let p = previous {
                if line == p + 2 {
                    // One line between: show it rather than an ellipsis that hides as much as it takes.
                    _ = sourceLine(p + 1, in: file, gutter: gutter, anchor: 0, focus: focus, into: &out)
                } else if line > p + 2 {
                    out += paint("...", .gutter) + "\n"
                }
            }
            let onLine = annotations.filter { $0.line == line }
            let anchor = onLine.first(where: \.isPrimary)?.start ?? onLine.map(\.start).min() ?? 0
            let window = sourceLine(line, in: file, gutter: gutter, anchor: anchor, focus: focus, into: &out)
            underlines(onLine.map { window.place($0) }, pad: pad, primary: primary, into: &out)
            previous = line
        }
    }

    /// Lines longer than this many bytes are decoded only around the diagnostic's
    /// primary span: decoding a 1 MiB line for each of hundreds of diagnostics on it
    /// made rendering quadratic (minutes for one garbage line). 1 KiB is more
    /// than the `maxLineWidth` columns ever printed.
    static let maxDecodedBytes = 1024

    /// The part of a line's byte range `full` that is decoded for display: all of
    /// it when short, else `maxDecodedBytes` starting a little before `focus`
    /// (clamped into the line), cut at UTF-8 scalar boundaries.
    static func decodedRange(_ full: Range<Int>, focus: Int, in bytes: [UInt8]) -> Range<Int> {
        guard full.count > maxDecodedBytes else { return full }
        let center = min(max(focus, full.lowerBound), full.upperBound)
        var lower = max(full.lowerBound, center - maxDecodedBytes / 4)
        var upper = min(full.upperBound, lower + maxDecodedBytes)
        // Move off UTF-8 continuation bytes (10xxxxxx): at most three in a row.
        var steps = 0
        while lower < upper, lower < bytes.count, bytes[lower] & 0xC0 == 0x80, steps < 3 {
            lower += 1
            steps += 1
        }
        steps = 0
        while upper > lower, upper < full.upperBound, upper < bytes.count, bytes[upper] & 0xC0 == 0x80, steps < 3 {
            upper -= 1
            steps += 1
        }
        return lower..<upper
    }

    /// Lines wider than this many columns are cut to a window around their annotation.
    static let maxLineWidth = 160
    /// How many columns of context a cut line keeps before its annotation.
    static let leftContext = 40

    /// The display columns of a line that are printed, and how annotations move with them.
    private struct Window {
        /// The columns shown.
        var columns: Range<Int>
        /// Columns the printed text is shifted left by (one less when `…` leads).
        var shift: Int

        /// An annotation moved into the printed coordinates, clipped to the window.
        func place(_ a: Annotation) -> Annotation {
            var moved = a
            let limit = columns.upperBound - shift
            moved.start = min(max(0, a.start - shift), limit)
            moved.end = max(moved.start + 1, min(a.end - shift, limit))
            return moved
        }
    }

    /// Prints a numbered source line, cut around `anchor` when it is very wide.
    private func sourceLine(_ line: Int, in file: SourceFile, gutter: Int, anchor: Int, focus: Int, into out: inout String) -> Window {
        let full = file.lines.byteRange(ofLine: line, in: file.bytes)
        let decoded = Self.decodedRange(full, focus: focus, in: file.bytes)
        // Text cut off by `decodedRange` is shown as `…` like text cut by the column window.
        let cutBefore = decoded.lowerBound > full.lowerBound
        let cutAfter = decoded.upperBound < full.upperBound
        let snippet = SnippetLine(bytes: file.bytes, range: decoded)
        var window = Window(columns: 0..<snippet.width, shift: cutBefore ? -1 : 0)
        var text = (cutBefore ? "…" : "") + snippet.text + (cutAfter ? "…" : "")
        if snippet.width > Self.maxLineWidth {
            var lower = snippet.pieceStart(atOrAfter: max(0, anchor - Self.leftContext))
            let upper = min(snippet.width, lower + Self.maxLineWidth)
            if upper - lower < Self.maxLineWidth {
                lower = snippet.pieceStart(atOrAfter: max(0, upper - Self.maxLineWidth))
            }
            let leads = lower > 0 || cutBefore
            window = Window(columns: lower..<upper, shift: lower > 0 ? lower - 1 : (leads ? -1 : 0))
            text = (leads ? "…" : "") + snippet.text(columns: lower..<upper) + (upper < snippet.width || cutAfter ? "…" : "")
        }
        let number = String(line)
        let numberPadded = String(repeating: " ", count: max(0, gutter - number.count)) + number
        out += paint(numberPadded + " |", .gutter) + (text.isEmpty ? "" : " " + text) + "\n"
        return window
    }

    /// The caret line and, rustc style, hanging labels for the annotations of one line.
    private func underlines(_ annotations: [Annotation], pad: String, primary: Style, into out: inout String) {
        func style(of a: Annotation) -> Style { a.isPrimary ? primary : .secondary }
        let width = annotations.map(\.end).max() ?? 0
        var cells = [Cell](repeating: Cell(" ", .plain), count: width)
        for a in annotations where !a.isPrimary {
            for c in a.start..<a.end { cells[c] = Cell("-", .secondary) }
        }
        for a in annotations where a.isPrimary {
            for c in a.start..<a.end { cells[c] = Cell("^", primary) }
        }
        // The rightmost annotation keeps its message on the caret line when nothing extends past it.
        let ordered = annotations.sorted { ($0.start, $0.isPrimary ? 0 : 1) < ($1.start, $1.isPrimary ? 0 : 1) }
        var hanging = ordered.filter { !$0.message.isEmpty }
        var trailing: Annotation?
        if let last = ordered.last, !last.message.isEmpty, last.end >= width,
           ordered.dropLast().allSatisfy({ $0.start < last.start }) {
            trailing = last
            hanging.removeLast()
        }
        var line = render(cells)
        if let trailing {
            line += " " + paint(trailing.message, style(of: trailing))
        }
        out += gutterLine(pad, line)
        guard !hanging.isEmpty else { return }
        // A line of connectors, then each message under its connector, rightmost first.
        var connectors = [Cell](repeating: Cell(" ", .plain), count: (hanging.map(\.start).max() ?? 0) + 1)
        for a in hanging { connectors[a.start] = Cell("|", style(of: a)) }
        out += gutterLine(pad, render(connectors))
        for (i, a) in hanging.enumerated().reversed() {
            var cells = [Cell](repeating: Cell(" ", .plain), count: a.start)
            for left in hanging[..<i] where left.start < a.start { cells[left.start] = Cell("|", style(of: left)) }
            out += gutterLine(pad, render(cells, trimming: false) + paint(a.message, style(of: a)))
        }
    }

    private func footer(_ kind: String, _ text: String, pad: String) -> String {
        // Continuation lines align under the text after `note: `.
        let indent = pad + "   " + String(repeating: " ", count: DisplayWidth.of(kind) + 2)
        let body = text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + indent)
        return pad + " " + paint("=", .gutter) + " " + paint(kind + ":", .bold) + " " + body + "\n"
    }

    /// `pad |` followed by `content` (no trailing blank when empty).
    private func gutterLine(_ pad: String, _ content: String) -> String {
        pad + " " + paint("|", .gutter) + (content.isEmpty ? "" : " " + content) + "\n"
    }

    // MARK: - Colour

    private enum Style {
        case plain, bold, gutter, error, warning, note, secondary
        /// The colour of a severity (also used for the primary carets).
        init(_ severity: Severity) {
            switch severity {
            case .error: self = .error
            case .warning: self = .warning
            case .note: self = .note
            }
        }
    }

    private struct Cell {
        var character: Character
        var style: Style
        init(_ character: Character, _ style: Style) {
            self.character = character
            self.style = style
        }
    }


    /// Cells as text, colour runs merged, trailing blanks removed unless text follows.
    private func render(_ cells: [Cell], trimming: Bool = true) -> String {
        var cells = cells
        while trimming, let last = cells.last, last.character == " " { cells.removeLast() }
        var out = ""
        var run = ""
        var runStyle = Style.plain
        for cell in cells {
            let s = cell.character == " " ? Style.plain : cell.style
            if s != runStyle {
                out += paint(run, runStyle)
                run = ""
                runStyle = s
            }
            run.append(cell.character)
        }
        out += paint(run, runStyle)
        return out
    }

    private func paint(_ text: String, _ style: Style) -> String {
        guard color, !text.isEmpty else { return text }
        let code: String
        switch style {
        case .plain: return text
        case .bold: code = "1"
        case .gutter, .secondary: code = "1;34"
        case .error: code = "1;31"
        case .warning: code = "1;33"
        case .note: code = "1;32"
        }
        return "\u{1B}[\(code)m" + text + "\u{1B}[0m"
    }
}
