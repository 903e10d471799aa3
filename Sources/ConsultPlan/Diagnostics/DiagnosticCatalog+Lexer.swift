// Catalog entries for characters and tokens (CP01xx) and the limits the lexer
// enforces (CP0500–CP0502). Owned by the lexer work. In the examples, `\xFF`
// written out stands for the raw byte 0xFF (a Swift string cannot hold it).
extension DiagnosticCatalog {
    static let lexerEntries: [DiagnosticInfo] = [
        DiagnosticInfo(
            "CP0100", syntax: true, title: "invalid UTF-8",
            explanation: """
                Plans are UTF-8 text. A byte that does not begin or continue a UTF-8 \
                character is reported at the first bad byte (one report per run of bad \
                bytes), in code, strings and comments alike; lexing goes on after it. \
                This usually means the file was saved in GBK or another legacy encoding: \
                save it as UTF-8. (In the example, `\\xB9\\xFA` stands for two raw bytes.)
                """,
            bad: "committee econ \"\\xB9\\xFA\"\n",
            good: "committee econ \"经济委员会\"\n"),
        DiagnosticInfo(
            "CP0101", syntax: true, title: "control character",
            explanation: """
                Control characters other than tab, line feed and carriage return (NUL, \
                form feed, escape, DEL and the C1 controls) are not allowed anywhere in a \
                plan, not even inside strings or comments: they are invisible and usually \
                come from a broken copy and paste. Write `\\0` or `\\u{…}` in a string if you \
                really need such a character. (In the example, `\\x00` stands for a raw NUL byte.)
                """,
            bad: "committee econ \"经济\\x00委员会\"\n",
            good: "committee econ \"经济委员会\"\n"),
        DiagnosticInfo(
            "CP0102", syntax: true, title: "unexpected character",
            explanation: """
                The character cannot start any token: it is not a letter, digit, \
                operator, bracket, quote or one of the full-width punctuation marks that \
                are read as ASCII. The message names it with its Unicode name, which \
                helps with look-alikes and invisible characters (no-break space, zero \
                width space). Write `and` and `or` instead of `&&` and `||`.
                """,
            bad: "require count(meetings) >= 4 && count(members) > 0\n",
            good: "require count(meetings) >= 4 and count(members) > 0\n"),
        DiagnosticInfo(
            "CP0103", syntax: true, title: "unterminated string",
            explanation: """
                A string in `"…"` or `“…”` must close on the line where it opens. The \
                error points at the opening quote; the string is taken to end at the line \
                end and lexing goes on with the next line. For text that spans lines use \
                a multi-line string in `\"\"\"`. A multi-line string that the file ends \
                inside is reported at its opening `\"\"\"`.
                """,
            bad: "committee econ \"经济委员会\ncommittee social \"社会和法制委员会\"\n",
            good: "committee econ \"经济委员会\"\ncommittee social \"社会和法制委员会\"\n"),
        DiagnosticInfo(
            "CP0104", syntax: true, title: "unknown escape sequence",
            explanation: """
                Inside a string a backslash starts an escape: `\\"` `\\\\` `\\n` `\\t` `\\r` \
                `\\0`, `\\u{…}` with 1 to 8 hex digits, and the interpolation `\\(…)`. Any \
                other character after a backslash is an error; write `\\\\` for a backslash \
                itself (Windows paths, for example).
                """,
            bad: "include \"plans\\2025.cplan\"\n",
            good: "include \"plans/2025.cplan\"\n"),
        DiagnosticInfo(
            "CP0105", syntax: true, title: "invalid Unicode escape",
            explanation: """
                `\\u{…}` names a character by its code point: 1 to 8 hexadecimal digits \
                between braces, naming a Unicode scalar value (not a surrogate D800–DFFF, \
                not above 10FFFF).
                """,
            bad: "committee econ \"\\u{D800}\"\n",
            good: "committee econ \"\\u{7ECF}济委员会\"\n"),
        DiagnosticInfo(
            "CP0106", syntax: true, title: "unterminated block comment",
            explanation: """
                A block comment `/* … */` runs until its matching `*/`; block comments \
                nest, so every `/*` inside needs its own `*/`. The error points at the \
                opening `/*` of a comment that the file ends inside.
                """,
            bad: "/* 草稿 /* 旧版 */\ncommittee econ \"经济委员会\"\n",
            good: "/* 草稿 /* 旧版 */ */\ncommittee econ \"经济委员会\"\n"),
        DiagnosticInfo(
            "CP0107", syntax: true, title: "misplaced multi-line string delimiter",
            explanation: """
                As in Swift, the text of a `\"\"\"` string starts on the line after the \
                opening delimiter, and the closing `\"\"\"` starts a line of its own (after \
                indentation only). Use a one-line `"…"` string for short text.
                """,
            bad: "let note = \"\"\"会议纪要\"\"\"\n",
            good: "let note = \"\"\"\n    会议纪要\n    \"\"\"\n"),
        DiagnosticInfo(
            "CP0108", syntax: true, title: "multi-line string line indented too little",
            explanation: """
                The indentation of the closing `\"\"\"` is removed from every line of a \
                multi-line string, so every line that is not blank must begin with exactly \
                that indentation (the same spaces and tabs).
                """,
            bad: "let note = \"\"\"\n    第一行\n  第二行\n    \"\"\"\n",
            good: "let note = \"\"\"\n    第一行\n      第二行\n    \"\"\"\n"),
        DiagnosticInfo(
            "CP0109", syntax: true, title: "unterminated interpolation in a name",
            explanation: """
                A name may be built by interpolation glued to identifier characters \
                (`topic_\\(i)`); the `\\(` must be closed by `)` on the same line.
                """,
            bad: "for i in 1 .. 3 {\n  meeting topic_\\(i \"专题\" { form symposium }\n}\n",
            good: "for i in 1 .. 3 {\n  meeting topic_\\(i) \"专题\" { form symposium }\n}\n"),
        DiagnosticInfo(
            "CP0110", syntax: true, title: "malformed date",
            explanation: """
                Four digits directly followed by `-` start a date: a day `YYYY-MM-DD`, a \
                month `YYYY-MM` or a quarter `YYYY-Qn`, with two-digit months and days, \
                months 01–12 and quarters Q1–Q4. Anything else is one malformed-date \
                error; the help shows the canonical form when it is clear (`2025-4-17` → \
                `2025-04-17`). For a subtraction, put spaces around `-`: `2025 - 4`.
                """,
            bad: "meeting m \"专题协商\" { date 2025-4-17 }\n",
            good: "meeting m \"专题协商\" { date 2025-04-17 }\n"),
        DiagnosticInfo(
            "CP0111", syntax: true, title: "no such day",
            explanation: """
                The literal has the shape of a day but the day does not exist: February \
                has 28 days except in leap years, April, June, September and November \
                have 30, and years run from 0001 to 9999.
                """,
            bad: "meeting m \"专题协商\" { date 2025-02-29 }\n",
            good: "meeting m \"专题协商\" { date 2025-02-28 }\n"),
        DiagnosticInfo(
            "CP0112", syntax: true, title: "malformed time",
            explanation: """
                A time of day is written `H:MM` or `HH:MM`: one or two digits for the \
                hour, a colon, and exactly two digits for the minutes.
                """,
            bad: "meeting m \"专题协商\" { date 2025-04-22 9:5..12:00 }\n",
            good: "meeting m \"专题协商\" { date 2025-04-22 09:05..12:00 }\n"),
        DiagnosticInfo(
            "CP0113", syntax: true, title: "no such time",
            explanation: """
                Times run from 00:00 to 23:59; `24:00` is accepted as the end of a \
                span (the parser rejects it as a start). Minutes run from 00 to 59.
                """,
            bad: "meeting m \"专题协商\" { date 2025-04-22 14:30..25:00 }\n",
            good: "meeting m \"专题协商\" { date 2025-04-22 14:30..24:00 }\n"),
        DiagnosticInfo(
            "CP0114", syntax: true, title: "unknown duration unit",
            explanation: """
                A word glued to a number must be a duration unit: day(s), week(s), \
                month(s), workday(s), hour(s), minute(s), or 天 日 周 星期 个月 工作日 \
                个工作日 小时 个小时 分钟. `月` alone is not a unit (it is a month of the \
                calendar): write `3个月`. If the word is not meant as a unit, put a space \
                between the number and the word.
                """,
            bad: "meeting m \"专题协商\" { feedback fgw within 3月 }\n",
            good: "meeting m \"专题协商\" { feedback fgw within 3个月 }\n"),
        DiagnosticInfo(
            "CP0115", syntax: true, title: "number too large",
            explanation: """
                Integers are 64-bit: the largest is 9223372036854775807. Decimals are \
                exact and hold at most 18 digits after the point. A literal that does not \
                fit is an error; it is never wrapped or rounded.
                """,
            bad: "let n = 99999999999999999999\n",
            good: "let n = 9999\n"),
        DiagnosticInfo(
            "CP0116", syntax: true, title: "fractional duration",
            explanation: """
                A duration is a whole number of units. Write a whole number of a smaller \
                unit instead of a fraction (`36 hours`, `10 days`). A decimal directly \
                followed by any other word is reported here as well.
                """,
            bad: "policy { notice 1.5 weeks }\n",
            good: "policy { notice 10 days }\n"),
        DiagnosticInfo(
            "CP0120", rule: "fullwidth", severity: .warning, syntax: true, title: "full-width punctuation",
            explanation: """
                A Chinese input method types full-width punctuation and digits. Outside \
                strings and comments, `，、：；（）【】｛｝＝！＜＞％．－`, `０`–`９` and the \
                ideographic space are read as their ASCII counterparts, and `“…”` is read \
                as a string, with one warning per run of such characters. The warning \
                carries fix-its, and `cplan fmt` rewrites them. Inside strings and \
                comments nothing is mapped.
                """,
            bad: "meeting m \"专题协商\" { date ２０２５－０４－２２ }\n",
            good: "meeting m \"专题协商\" { date 2025-04-22 }\n"),
        DiagnosticInfo(
            "CP0500", syntax: true, title: "line too long",
            explanation: """
                A line may hold at most `Limits.maxLineBytes` bytes (1 MiB by default; an \
                embedder may lower it). A longer line is reported once and the rest of it \
                is skipped, so a huge generated line cannot exhaust time or memory. The \
                bad example assumes the limit was lowered to 64 bytes.
                """,
            bad: "committee econ \"经济委员会经济委员会经济委员会经济委员会经济委员会\"\n",
            good: "committee econ \"经济委员会\"\n"),
        DiagnosticInfo(
            "CP0501", syntax: true, title: "brackets nested too deeply",
            explanation: """
                Brackets `( [ {` may nest at most `Limits.maxNestingDepth` deep (256 by \
                default), which keeps the recursive parser far from a stack overflow. \
                Bind inner parts with `let` instead.
                """,
            bad: "let x = " + String(repeating: "(", count: 257) + "1" + String(repeating: ")", count: 257) + "\n",
            good: "let x = ((1))\n"),
        DiagnosticInfo(
            "CP0502", syntax: true, title: "interpolations nested too deeply",
            explanation: """
                String interpolations `\\(…)` may nest at most 16 deep (or the nesting \
                limit, if lower): each level is read recursively. Compute inner text with \
                `let` first.
                """,
            bad: "let s = " + String(repeating: "\"\\(", count: 17) + "1" + String(repeating: ")\"", count: 17) + "\n",
            good: "let s = \"第\\(\"\\(1)\")次\"\n"),
    ]
}
