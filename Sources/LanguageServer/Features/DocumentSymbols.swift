// `textDocument/documentSymbol`: the outline — the plan, every declaration with
// its kind, meetings with their computed dates in `detail`, series with their occurrences.

import ConsultPlan

/// Builds the outline from the syntax tree (so it shows while the plan has errors),
/// taking computed dates from the evaluated plan when there is one.
enum DocumentSymbols {
    /// Protocol SymbolKind numbers for each declaration kind.
    static func symbolKind(_ kind: DeclarationKind) -> Int {
        switch kind {
        case .plan: 2  // Module
        case .policy, .approval: 19  // Object
        case .committee, .sector, .party, .department: 5  // Class
        case .member: 13  // Variable
        case .group: 18  // Array
        case .meeting: 24  // Event
        case .series: 24  // Event
        case .holiday, .workday: 14  // Constant
        case .record: 15  // String
        }
    }

    /// The outline of the main file.
    static func symbols(_ analysis: DocumentAnalysis) -> [LSPAny] {
        var walker = Walker(analysis: analysis)
        return walker.statements(analysis.parse.program.statements)
    }

    private struct Walker {
        let analysis: DocumentAnalysis
        var depth = 0

        mutating func statements(_ list: [Statement]) -> [LSPAny] {
            guard depth < 64 else { return [] }
            depth += 1
            defer { depth -= 1 }
            var result: [LSPAny] = []
            for s in list {
                switch s.kind {
                case .declaration(let d):
                    result.append(declaration(d, span: s.span))
                case .letBinding(_, let name, _):
                    result.append(symbol(name.text, detail: "let", kind: 13, span: s.span, selection: name.span))
                case .template(_, let name, _, let body):
                    var sym = symbol(name.text, detail: "template", kind: 12, span: s.span, selection: name.span)
                    let children = statements(body.statements)
                    if !children.isEmpty, case .object(var o) = sym {
                        o["children"] = .array(children)
                        sym = .object(o)
                    }
                    result.append(sym)
                case .forLoop(_, _, _, _, let body):
                    result.append(contentsOf: statements(body.statements))
                case .ifStatement(let i):
                    for arm in i.arms { result.append(contentsOf: statements(arm.body.statements)) }
                    if let e = i.elseBlock { result.append(contentsOf: statements(e.statements)) }
                default:
                    break
                }
            }
            return result
        }

        func declaration(_ d: Declaration, span: Span) -> LSPAny {
            var title: String?
            if let t = d.title, case .string(let literal) = t.kind { title = literal.plainText }
            let name: String
            let selection: Span
            if let n = d.name {
                name = n.plainName ?? analysis.text(of: n.span)
                selection = n.span
            } else if let target = d.target {
                name = "\(d.keyword.text) \(analysis.text(of: target.span))"
                selection = target.span
            } else if let days = d.days {
                name = "\(d.keyword.text) \(analysis.text(of: days.span))"
                selection = days.span
            } else {
                name = title.map { "\(d.keyword.text) \($0)" } ?? d.keyword.text
                selection = d.keyword.span
            }
            var detail = d.kind.rawValue
            if d.kind != .plan, let title, d.name != nil { detail += " · " + title }
            var children: [LSPAny] = []
            if d.kind == .meeting, let id = d.name?.plainName {
                if let m = analysis.plan?.meetings.first(where: { $0.id == id }) {
                    detail += " · " + HoverProvider.dateSummary(m.date)
                    if let notice = m.noticeDay { detail += " · notice \(notice)" }
                } else if let date = d.attributes.first(where: { $0.name == .date }) {
                    detail += " · " + analysis.text(of: date.span).dropFirst(date.keyword.text.utf8.count).trimmingWhitespace
                }
            }
            if d.kind == .series, let id = d.name?.plainName, let plan = analysis.plan,
                let info = plan.series.first(where: { $0.id == id })
            {
                detail += " · \(info.occurrences.count) occurrences"
                for occurrence in info.occurrences {
                    guard let m = plan.meetings.first(where: { $0.id == occurrence }) else { continue }
                    children.append(symbol(
                        occurrence, detail: HoverProvider.dateSummary(m.date), kind: 24, span: span, selection: selection))
                }
            }
            var sym = symbol(name, detail: detail, kind: symbolKind(d.kind), span: span, selection: selection)
            if !children.isEmpty, case .object(var o) = sym {
                o["children"] = .array(children)
                sym = .object(o)
            }
            return sym
        }

        func symbol(_ name: String, detail: String, kind: Int, span: Span, selection: Span) -> LSPAny {
            let positions = analysis.document.positions
            let range = positions.range(of: span)
            var selectionRange = positions.range(of: selection)
            // The protocol requires the selection inside the range.
            if selectionRange.start < range.start || range.end < selectionRange.end { selectionRange = range }
            return [
                "name": .string(name.isEmpty ? "?" : name), "detail": .string(detail), "kind": .integer(kind),
                "range": range.json, "selectionRange": selectionRange.json,
            ]
        }
    }
}
