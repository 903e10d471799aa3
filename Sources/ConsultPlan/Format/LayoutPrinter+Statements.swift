// Statements in the canonical layout: one per line, blocks indented by two
// spaces, short runs of one-line declarations aligned in columns.

extension LayoutPrinter {
    /// Prints a program: its statements, then any comments after the last one.
    mutating func printProgram(_ program: Program) {
        atBlockStart = true
        printStatements(program.statements)
    }

    /// Prints statements, aligning runs of one-line declarations.
    mutating func printStatements(_ statements: [Statement]) {
        let columns = alignmentColumns(statements)
        for (i, s) in statements.enumerated() {
            printStatement(s, columns: columns[i])
        }
    }

    /// Column widths for each statement in an aligned run of two or more
    /// one-line declarations with nothing but line ends between them.
    func alignmentColumns(_ statements: [Statement]) -> [DeclarationColumns?] {
        var result = [DeclarationColumns?](repeating: nil, count: statements.count)
        var i = 0
        while i < statements.count {
            guard alignable(statements[i]) else {
                i += 1
                continue
            }
            var j = i
            while j + 1 < statements.count, alignable(statements[j + 1]),
                  adjacent(statements[j], statements[j + 1]) {
                j += 1
            }
            if j > i {
                var c = DeclarationColumns(keyword: 0, name: 0, title: 0)
                var anyInline = false
                for k in i...j {
                    guard case .declaration(let d) = statements[k].kind else { continue }
                    c.keyword = max(c.keyword, DisplayWidth.of(d.keyword.text))
                    c.name = max(c.name, DisplayWidth.of(declarationName(d)))
                    if let t = d.title { c.title = max(c.title, DisplayWidth.of(expression(t))) }
                    if d.hasBody { anyInline = true }
                }
                // Titles get a column of their own only when some body follows them.
                if !anyInline { c.title = 0 }
                for k in i...j { result[k] = c }
            }
            i = j + 1
        }
        return result
    }

    private func alignable(_ s: Statement) -> Bool {
        guard case .declaration(let d) = s.kind, d.definition == nil, d.name != nil else { return false }
        if d.hasBody && inlineBody(d) == nil { return false }
        switch d.kind {
        case .committee, .sector, .party, .department, .member: return true
        default: return false
        }
    }

    /// No blank line and no own-line comment between two statements.
    private func adjacent(_ a: Statement, _ b: Statement) -> Bool {
        let endLine = lastLine(of: a.span)
        guard sourceLine(b.span.start) - endLine <= 1 else { return false }
        for c in comments where c.span.start >= a.span.end && c.span.start < b.span.start {
            if sourceLine(c.span.start) != endLine { return false }
        }
        return true
    }

    /// Pads to a display width (CJK characters count two).
    func pad(_ s: String, to width: Int) -> String {
        let w = DisplayWidth.of(s)
        return w >= width ? s : s + String(repeating: " ", count: width - w)
    }

    /// Prints one statement.
    mutating func printStatement(_ s: Statement, columns: DeclarationColumns?) {
        switch s.kind {
        case .declaration(let d):
            printDeclaration(d, columns: columns)
        case .letBinding(let kw, let name, let value):
            emitItem(["\(kw.text) \(name.text) = \(expression(value))"], span: s.span)
        case .forLoop(let kw, let variable, let inWord, let sequence, let body):
            let header = "\(kw.text) \(variable.text) \(inWord.text) \(expression(sequence))"
            printBlockStatement(header: header, start: s.span.start, block: body)
        case .ifStatement(let ifs):
            printIf(ifs, start: s.span.start)
        case .template(let kw, let name, let parameters, let body):
            let header = "\(kw.text) \(name.text)(\(parameters.map(\.text).joined(separator: ", ")))"
            printBlockStatement(header: header, start: s.span.start, block: body)
        case .use(let kw, let name, let arguments):
            emitItem(["\(kw.text) \(name.text)(\(arguments.map { expression($0) }.joined(separator: ", ")))"], span: s.span)
        case .include(let kw, let path):
            emitItem(["\(kw.text) \(expression(path))"], span: s.span)
        case .assertion(_, let kw, let condition, let elseWord, let message):
            var text = "\(kw.text) \(expression(condition))"
            if let e = elseWord, let m = message { text += " \(e.text) \(expression(m))" }
            emitItem([text], span: s.span)
        case .expression(let e):
            emitItem([expression(e)], span: s.span)
        case .invalid:
            break
        }
    }

    mutating func printBlockStatement(header: String, start: Int, block: Block) {
        emitBlock(header: header, start: start, openBrace: block.span.start, closeBrace: max(block.span.start, block.span.end - 1)) { p in
            p.printStatements(block.statements)
        }
        attachTrailingComments(after: block.span.end, line: lastLine(of: block.span))
    }

    /// `if c { } else if c { } else { }`: each `} else …` shares the closing brace's line.
    mutating func printIf(_ ifs: IfStatement, start: Int) {
        for (i, arm) in ifs.arms.enumerated() {
            let header = "\(arm.ifWord.text) \(expression(arm.condition))"
            if i == 0 {
                printBlockStatement(header: header, start: start, block: arm.body)
            } else {
                let elseText = arm.elseWord?.text ?? "else"
                joinElse(prefix: "\(elseText) \(header)", block: arm.body)
            }
        }
        if let block = ifs.elseBlock {
            joinElse(prefix: ifs.elseWord?.text ?? "else", block: block)
        }
    }

    /// Replaces the last `}` line by `} PREFIX {` and prints the block's body.
    private mutating func joinElse(prefix: String, block: Block) {
        if let last = lines.last, last.hasSuffix("}") {
            lines.removeLast()
            let before = last.dropLast()
            lines.append(String(before) + "} " + prefix + " {")
        } else {
            emitLine("} " + prefix + " {")
        }
        atBlockStart = true
        indent += 1
        let closeBrace = max(block.span.start, block.span.end - 1)
        attachTrailingComments(after: block.span.start + 1, line: sourceLine(block.span.start))
        printStatements(block.statements)
        flushComments(before: closeBrace)
        indent -= 1
        emitLine("}")
        lastSourceLine = sourceLine(closeBrace)
        attachTrailingComments(after: block.span.end, line: lastLine(of: block.span))
    }
}

/// The column widths of an aligned run of one-line declarations.
struct DeclarationColumns {
    /// Width of the keyword column.
    var keyword: Int
    /// Width of the ID column.
    var name: Int
    /// Width of the title column (0: titles are not padded).
    var title: Int
}
