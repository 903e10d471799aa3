// The printer behind `cplan fmt`: walks statements and attributes as "items",
// puts each comment back before, after or beside the item it stood with, and
// keeps at most one blank line where the author had one or more.

/// Prints a parsed program in the canonical layout.
struct LayoutPrinter {
    /// The file being formatted (for line numbers and source text).
    let file: SourceFile
    /// The tokens, for spellings the tree does not keep.
    let tokens: TokenIndex
    /// Every comment, in source order.
    let comments: [Comment]
    /// The next comment not yet printed.
    var nextComment = 0
    /// The output lines, without line ends.
    var lines: [String] = []
    /// The current indentation level (two spaces each).
    var indent = 0
    /// The source line where the last printed thing ended (0 before anything).
    var lastSourceLine = 0
    /// Whether nothing has been printed since the current block opened.
    var atBlockStart = true
    /// Output lines that end in a trailing comment → the length (in characters)
    /// of the code before it, so runs of such lines can align their comments.
    var trailingCommentAt: [Int: Int] = [:]

    init(file: SourceFile, parsed: ParseResult) {
        self.file = file
        self.tokens = TokenIndex(tokens: parsed.tokens)
        self.comments = parsed.comments.sorted { $0.span.start < $1.span.start }
    }

    // MARK: - Output

    /// The text with LF line ends, no trailing spaces, one final newline.
    mutating func finish() -> String {
        flushComments(before: Int.max)
        alignTrailingComments()
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        if lines.isEmpty { return "" }
        return lines.map { trimTrailing($0) }.joined(separator: "\n") + "\n"
    }

    /// Trailing comments on consecutive lines start in one column, two spaces
    /// after the longest code, unless that would pass the line width.
    mutating func alignTrailingComments() {
        let indices = trailingCommentAt.keys.sorted()
        var i = 0
        while i < indices.count {
            var j = i
            while j + 1 < indices.count, indices[j + 1] == indices[j] + 1 { j += 1 }
            let run = indices[i...j]
            let widths = run.map { DisplayWidth.of(String(lines[$0].prefix(trailingCommentAt[$0] ?? 0))) }
            let column = (widths.max() ?? 0) + 2
            let fits = run.allSatisfy { idx in
                let code = lines[idx].prefix(trailingCommentAt[idx] ?? 0)
                let comment = lines[idx].dropFirst(trailingCommentAt[idx] ?? 0).drop { $0 == " " }
                return column + DisplayWidth.of(String(comment)) <= Formatter.lineWidth || code.isEmpty
            }
            for (k, idx) in run.enumerated() {
                let cut = trailingCommentAt[idx] ?? 0
                let code = String(lines[idx].prefix(cut))
                let comment = String(lines[idx].dropFirst(cut).drop { $0 == " " })
                let target = fits && run.count > 1 ? column : widths[k] + 2
                lines[idx] = pad(code, to: target) + comment
            }
            i = j + 1
        }
    }

    private func trimTrailing(_ s: String) -> String {
        var t = Substring(s)
        while let c = t.last, c == " " || c == "\t" { t = t.dropLast() }
        return String(t)
    }

    var indentText: String { String(repeating: "  ", count: indent) }

    mutating func emitLine(_ text: String) {
        lines.append(indentText + text)
        atBlockStart = false
    }

    mutating func appendToLastLine(_ text: String) {
        guard !lines.isEmpty else {
            emitLine(text)
            return
        }
        lines[lines.count - 1] += text
    }

    func sourceLine(_ offset: Int) -> Int { file.lines.line(ofByte: offset) }

    /// The line of the last byte of a span (its own line for an empty span).
    func lastLine(of span: Span) -> Int { sourceLine(max(span.start, span.end - 1)) }

    /// One blank line when the source had at least one before `line`, except at a block's start.
    mutating func blankLineIfNeeded(before line: Int) {
        if !atBlockStart, lastSourceLine > 0, line - lastSourceLine >= 2, lines.last?.isEmpty == false {
            lines.append("")
        }
    }

    // MARK: - Comments

    /// The comment's text as it will be printed: line ends normalised, trailing blanks cut.
    func commentText(_ c: Comment) -> [String] {
        var parts: [String] = []
        var current = ""
        var previousCR = false
        for ch in c.text.unicodeScalars {
            if ch == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = ch == "\r"
            if ch == "\n" || ch == "\r" {
                parts.append(trimTrailing(current))
                current = ""
            } else {
                current.unicodeScalars.append(ch)
            }
        }
        parts.append(trimTrailing(current))
        return parts
    }

    /// Prints, each on its own lines, every comment that starts before `offset`.
    mutating func flushComments(before offset: Int) {
        while nextComment < comments.count, comments[nextComment].span.start < offset {
            let c = comments[nextComment]
            nextComment += 1
            blankLineIfNeeded(before: sourceLine(c.span.start))
            let parts = commentText(c)
            emitLine(parts.first ?? "")
            for extra in parts.dropFirst() { lines.append(extra) }
            lastSourceLine = lastLine(of: c.span)
        }
    }

    /// Comments after `end` on the same source line with no token between:
    /// they stay on the item's last printed line.
    mutating func attachTrailingComments(after end: Int, line: Int) {
        while nextComment < comments.count {
            let c = comments[nextComment]
            guard c.span.start >= end, sourceLine(c.span.start) == line else { return }
            if let t = tokens.first(from: end, to: c.span.start, where: { !$0.is(.semicolon) && $0.kind != .newline && $0.kind != .endOfFile }) {
                _ = t
                return
            }
            nextComment += 1
            let parts = commentText(c)
            if !lines.isEmpty, trailingCommentAt[lines.count - 1] == nil, c.style == .line || parts.count == 1 {
                trailingCommentAt[lines.count - 1] = lines[lines.count - 1].count
            }
            appendToLastLine(" " + (parts.first ?? ""))
            for extra in parts.dropFirst() { lines.append(extra) }
            lastSourceLine = lastLine(of: c.span)
        }
    }

    /// Comments inside an item's span: block comments follow the item on its
    /// line; once a line comment appears, it and the rest go on their own lines
    /// (two line comments cannot share a line without merging).
    mutating func placeInnerComments(within span: Span) {
        var ownLines = false
        while nextComment < comments.count, comments[nextComment].span.start < span.end {
            let c = comments[nextComment]
            nextComment += 1
            let parts = commentText(c)
            if !ownLines, c.style == .block, parts.count == 1 {
                appendToLastLine(" " + parts[0])
            } else {
                ownLines = true
                emitLine(parts.first ?? "")
                for extra in parts.dropFirst() { lines.append(extra) }
            }
        }
        if ownLines {
            // A trailing comment after the item would otherwise land on a comment's line.
            while nextComment < comments.count, comments[nextComment].span.start >= span.end,
                  sourceLine(comments[nextComment].span.start) == lastLine(of: span) {
                let c = comments[nextComment]
                nextComment += 1
                let parts = commentText(c)
                emitLine(parts.first ?? "")
                for extra in parts.dropFirst() { lines.append(extra) }
            }
        }
    }

    /// Prints a one-or-more-line item: leading comments, the text, inner and trailing comments.
    mutating func emitItem(_ text: [String], span: Span) {
        flushComments(before: span.start)
        blankLineIfNeeded(before: sourceLine(span.start))
        for (i, l) in text.enumerated() {
            if i == 0 { emitLine(l) } else { lines.append(indentText + l) }
        }
        let endLine = lastLine(of: span)
        lastSourceLine = endLine
        placeInnerComments(within: span)
        attachTrailingComments(after: span.end, line: endLine)
    }

    /// Prints `header {`, the body via `body`, then `}` (or `closing`).
    mutating func emitBlock(header: String, start: Int, openBrace: Int, closeBrace: Int, body: (inout LayoutPrinter) -> Void) {
        flushComments(before: start)
        blankLineIfNeeded(before: sourceLine(start))
        emitLine(header + " {")
        lastSourceLine = sourceLine(openBrace)
        // Comments between the header's start and the `{` stay on the header line.
        while nextComment < comments.count, comments[nextComment].span.start < openBrace {
            let parts = commentText(comments[nextComment])
            nextComment += 1
            appendToLastLine(" " + (parts.first ?? ""))
        }
        attachTrailingComments(after: openBrace + 1, line: sourceLine(openBrace))
        let linesBefore = lines.count
        indent += 1
        atBlockStart = true
        body(&self)
        flushComments(before: closeBrace)
        indent -= 1
        if lines.count == linesBefore, lines.last?.hasSuffix(" {") == true {
            lines[lines.count - 1].removeLast(2)
            appendToLastLine(" {}")
        } else {
            emitLine("}")
        }
        atBlockStart = false
        lastSourceLine = sourceLine(closeBrace)
    }
}
