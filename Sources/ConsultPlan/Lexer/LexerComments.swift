// Comments: `//` to the end of the line and nesting `/* … */`. They are kept
// in `TokenStream.comments` (with their delimiters) for the formatter.

extension LexerState {
    /// `// …` up to, not including, the line end.
    mutating func lexLineComment() {
        let start = pos
        pos += 2
        while pos < count {
            let b = bytes[pos]
            if b == 0x0A || b == 0x0D { break }
            checkCommentCharacter()
        }
        comments.append(Comment(style: .line, text: sourceText(start, pos), span: span(start, pos)))
    }

    /// `/* … */`, nesting; line ends inside count as line ends. An unterminated
    /// comment is reported at its opening and runs to the end of the file.
    mutating func lexBlockComment() {
        let start = pos
        pos += 2
        // A counter, not recursion: nesting depth costs nothing.
        var depth = 1
        while pos < count {
            let b = bytes[pos]
            if b == 0x2A, pos + 1 < count, bytes[pos + 1] == 0x2F {
                pos += 2
                depth -= 1
                if depth == 0 { break }
            } else if b == 0x2F, pos + 1 < count, bytes[pos + 1] == 0x2A {
                pos += 2
                depth += 1
            } else if b == 0x0A || b == 0x0D {
                let length = b == 0x0D && pos + 1 < count && bytes[pos + 1] == 0x0A ? 2 : 1
                noteLineEnd(at: pos, length: length)
                pos += length
            } else {
                checkCommentCharacter()
            }
        }
        if depth > 0 {
            diagnose(
                LexerCode.unterminatedComment,
                "unterminated block comment: the file ends before its closing `*/`"
                    + (depth > 1 ? " (\(depth) comments are open; `/* */` nests)" : ""),
                start, start + 2,
                help: "close the comment with `*/`")
        }
        comments.append(Comment(style: .block, text: sourceText(start, pos), span: span(start, pos)))
    }

    /// Steps over one character of a comment, reporting invalid UTF-8 and control characters.
    private mutating func checkCommentCharacter() {
        let b = bytes[pos]
        if b >= 0x20 && b < 0x7F || b == 0x09 {
            pos += 1
            return
        }
        let (v, length) = scalar(at: pos)
        if v == LexerState.invalidScalar {
            reportInvalidBytes(pos, pos + 1)
        } else if LexerState.isForbiddenControl(v) {
            reportControlCharacter(v, pos, pos + length)
        }
        pos += max(length, 1)
    }
}
