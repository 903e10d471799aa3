// `textDocument/completion`: keywords valid at the cursor (in the file's main
// language first, then the other) and IDs of the kind the attribute accepts.

import ConsultPlan

/// One completion item.
struct CompletionCandidate: Sendable, Hashable {
    /// What is inserted.
    var label: String
    /// Protocol CompletionItemKind.
    var kind: Int
    /// Shown beside the label.
    var detail: String
    /// Sort key (lower first).
    var sortText: String
}

/// Computes completions.
///
/// Decisions: keywords come in both languages, the language the file mostly
/// uses first (by counting keyword spellings in it; English when tied); after
/// a value on a line inside a block, new attribute names are offered (several
/// attributes may share a line); IDs come from the syntax trees, so they are
/// offered even while the plan has errors, series occurrences (`forum.3`) only
/// once the plan evaluates.
enum CompletionProvider {
    static let keywordKind = 14, referenceKind = 18, valueKind = 12, enumMemberKind = 20

    /// Statement keywords (reserved words that start statements).
    static let statementWords: [ReservedWord] = [.let, .for, .if, .template, .use, .require, .warn, .include]

    /// Which declaration kinds an attribute's IDs may be.
    static let idKinds: [AttributeName: [DeclarationKind]] = [
        .lead: [.committee, .sector, .party], .with: [.committee, .sector, .party],
        .participants: [.member, .group, .committee, .sector, .party],
        .invite: [.department], .feedback: [.department], .received: [.department],
        .chair: [.member], .members: [.member], .absent: [.member], .leave: [.member],
        .sector: [.sector], .committee: [.committee], .party: [.party],
    ]

    /// Attributes whose value is a comma list (a `,` keeps their completion going).
    static let listAttributes: Set<AttributeName> = [.with, .participants, .invite, .members, .absent, .leave, .role]

    /// The completions at a byte offset, and the byte range they replace.
    static func complete(at offset: Int, in analysis: DocumentAnalysis) -> (items: [CompletionCandidate], range: Range<Int>) {
        let context = CompletionContext(bytes: analysis.file.bytes, offset: offset)
        guard !context.isInsideTextOrComment else { return ([], context.wordRange) }
        let chinese = prefersChinese(analysis.file.bytes)
        let items = candidates(for: context, chinese: chinese, analysis: analysis)
        return (items, context.wordRange)
    }

    /// Whether the file writes keywords mostly in Chinese.
    static func prefersChinese(_ bytes: [UInt8]) -> Bool {
        var scanner = RoughScanner()
        var english = 0, chinese = 0
        // Count statement by statement so `current` never grows large.
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).prefix(5000) {
            scanner.current.removeAll()
            scanner.scan(ArraySlice(Array(line.utf8)))
            for case .word(let w) in scanner.current where Keywords.declarations[w] != nil || Keywords.attributes[w] != nil {
                if w.unicodeScalars.allSatisfy(\.isASCII) { english += 1 } else { chinese += 1 }
            }
            if case .lineComment = scanner.state { scanner.state = .normal }
        }
        return chinese > english
    }

    /// The candidates for a context.
    static func candidates(for context: CompletionContext, chinese: Bool, analysis: DocumentAnalysis) -> [CompletionCandidate] {
        let tokens = context.tokens
        switch context.block {
        case .statements:
            if tokens.isEmpty { return statementKeywords(chinese: chinese) }
            if tokens.count == 1, case .word(let w) = tokens[0] {
                if Keywords.declarations[w] == .record { return ids(of: [.meeting], analysis: analysis, occurrences: true) }
                if ReservedWord.bySpelling[w] == .use { return templates(analysis) }
            }
            return []
        case .declaration(let kind):
            return attributeContext(kind: kind, tokens: tokens, chinese: chinese, analysis: analysis)
        }
    }

    /// Inside a declaration's block.
    static func attributeContext(
        kind: DeclarationKind, tokens: [RoughToken], chinese: Bool, analysis: DocumentAnalysis
    ) -> [CompletionCandidate] {
        let allowed = Keywords.attributesByDeclaration[kind] ?? []
        guard let last = tokens.last else { return attributeNames(allowed, chinese: chinese) }
        // Find the attribute this line is inside: the last attribute name of this declaration.
        var attribute: AttributeName?
        var attributeIndex = 0
        for (i, t) in tokens.enumerated() {
            if case .word(let w) = t, let a = Keywords.attributes[w], allowed.contains(a) {
                attribute = a
                attributeIndex = i
            }
        }
        let afterDue = tokens.contains { if case .word(let w) = $0 { Keywords.grammarWord(w, is: "due") } else { false } }
        if case .word(let w) = last {
            if afterDue || ["within", "due", "from", "until"].contains(where: { Keywords.grammarWord(w, is: $0) }) {
                return []  // a day or a duration comes next
            }
            if Keywords.grammarWord(w, is: "by") {
                return ids(of: [.committee, .sector, .party, .department, .member], analysis: analysis, occurrences: false)
            }
            if Keywords.grammarWord(w, is: "on") {
                return ordinalsAndWeekdays(chinese: chinese)
            }
            if ["first", "second", "third", "fourth", "last"].contains(where: { Keywords.grammarWord(w, is: $0) }) {
                return weekdays(chinese: chinese)
            }
            if let a = Keywords.attributes[w], allowed.contains(a), attributeIndex == tokens.count - 1 {
                return values(for: a, analysis: analysis, chinese: chinese)
            }
            // A finished value: a new attribute may start on the same line.
            return attributeNames(allowed, chinese: chinese)
        }
        if last == .punctuation(","), let a = attribute, listAttributes.contains(a) {
            return values(for: a, analysis: analysis, chinese: chinese)
        }
        if last == .string || last == .punctuation(")") || last == .punctuation("]") {
            return attributeNames(allowed, chinese: chinese)
        }
        return []
    }

    /// Values right after an attribute name.
    static func values(for a: AttributeName, analysis: DocumentAnalysis, chinese: Bool) -> [CompletionCandidate] {
        switch a {
        case .form:
            return valueWords(Keywords.forms, order: Keywords.formOrder, chinese: chinese, what: "form")
        case .source:
            return valueWords(
                Keywords.sources, order: ["public", "citizens", "department", "cppcc", "party_committee"],
                chinese: chinese, what: "source")
        case .calendar:
            return valueWords(Keywords.calendars, order: ["china", "weekends", "none"], chinese: chinese, what: "calendar")
        case .after:
            return ids(of: [.meeting], analysis: analysis, occurrences: true)
        case .severity:
            return DiagnosticCatalog.ruleNames.sorted().map {
                CompletionCandidate(label: $0, kind: enumMemberKind, detail: "rule", sortText: "0_" + $0)
            }
        case .participants:
            var items = ids(of: idKinds[a] ?? [], analysis: analysis, occurrences: false)
            let all = chinese ? ["全体", "all"] : ["all", "全体"]
            for (i, w) in all.enumerated() {
                items.append(CompletionCandidate(label: w, kind: keywordKind, detail: "every member", sortText: "\(i)_~" + w))
            }
            return items
        case .role:
            var roles = Set<String>()
            if let plan = analysis.recentPlan { for m in plan.members { roles.formUnion(m.roles) } }
            return roles.sorted().map { CompletionCandidate(label: $0, kind: enumMemberKind, detail: "role", sortText: "0_" + $0) }
        default:
            if let kinds = idKinds[a] { return ids(of: kinds, analysis: analysis, occurrences: false) }
            return []
        }
    }

    /// Declaration and statement keywords.
    static func statementKeywords(chinese: Bool) -> [CompletionCandidate] {
        var items: [CompletionCandidate] = []
        for (spelling, kind) in Keywords.declarations {
            let isChinese = !spelling.unicodeScalars.allSatisfy(\.isASCII)
            items.append(CompletionCandidate(
                label: spelling, kind: keywordKind, detail: "declaration \(kind.rawValue)",
                sortText: (isChinese == chinese ? "0_" : "1_") + spelling))
        }
        for w in statementWords {
            for (i, spelling) in ([w.rawValue] + w.chineseAliases).enumerated() {
                let isChinese = i > 0
                items.append(CompletionCandidate(
                    label: spelling, kind: keywordKind, detail: "statement \(w.rawValue)",
                    sortText: (isChinese == chinese ? "0_~" : "1_~") + spelling))
            }
        }
        return items.sorted { $0.sortText < $1.sortText }
    }

    /// Attribute names allowed in a declaration.
    static func attributeNames(_ allowed: Set<AttributeName>, chinese: Bool) -> [CompletionCandidate] {
        var items: [CompletionCandidate] = []
        for (spelling, a) in Keywords.attributes where allowed.contains(a) {
            let isChinese = !spelling.unicodeScalars.allSatisfy(\.isASCII)
            items.append(CompletionCandidate(
                label: spelling, kind: keywordKind,
                detail: "attribute \(a.rawValue) — " + (KeywordGlossary.attributeGlosses[a] ?? ""),
                sortText: (isChinese == chinese ? "0_" : "1_") + spelling))
        }
        for (a, words) in [(AttributeName.skipHolidays, "skip holidays"), (.shiftHolidays, "shift holidays")] where allowed.contains(a) {
            items.append(CompletionCandidate(
                label: words, kind: keywordKind, detail: "attribute \(a.rawValue)", sortText: (chinese ? "1_" : "0_") + words))
        }
        return items.sorted { $0.sortText < $1.sortText }
    }

    /// Value words of a table, English first unless the file is Chinese.
    static func valueWords(_ table: [String: String], order: [String], chinese: Bool, what: String) -> [CompletionCandidate] {
        var items: [CompletionCandidate] = []
        for (rank, english) in order.enumerated() {
            let aliases = table.filter { $0.value == english && $0.key != english }.map(\.key).sorted()
            let gloss = KeywordGlossary.valueGlosses[english] ?? english
            let r = String(format2: rank)
            items.append(CompletionCandidate(
                label: english, kind: enumMemberKind, detail: "\(what): \(gloss)", sortText: (chinese ? "1_" : "0_") + r))
            for alias in aliases {
                items.append(CompletionCandidate(
                    label: alias, kind: enumMemberKind, detail: "\(what) \(english)", sortText: (chinese ? "0_" : "1_") + r + alias))
            }
        }
        return items
    }

    static func ordinalsAndWeekdays(chinese: Bool) -> [CompletionCandidate] {
        var items = weekdays(chinese: chinese)
        for (rank, word) in ["first", "second", "third", "fourth", "last"].enumerated() {
            for spelling in Keywords.grammarWords[word] ?? [] {
                let isChinese = !spelling.unicodeScalars.allSatisfy(\.isASCII)
                items.append(CompletionCandidate(
                    label: spelling, kind: keywordKind, detail: "ordinal \(word)",
                    sortText: (isChinese == chinese ? "2_" : "3_") + String(format2: rank)))
            }
        }
        return items
    }

    static func weekdays(chinese: Bool) -> [CompletionCandidate] {
        var items: [CompletionCandidate] = []
        for day in Weekday.allCases {
            let r = String(format2: day.rawValue)
            items.append(CompletionCandidate(
                label: day.word, kind: enumMemberKind, detail: "weekday \(day.chinese)", sortText: (chinese ? "1_" : "0_") + r))
            items.append(CompletionCandidate(
                label: day.chinese, kind: enumMemberKind, detail: "weekday \(day.word)", sortText: (chinese ? "0_" : "1_") + r))
        }
        return items
    }

    /// Declared IDs of some kinds, with their titles.
    static func ids(of kinds: [DeclarationKind], analysis: DocumentAnalysis, occurrences: Bool) -> [CompletionCandidate] {
        var items: [CompletionCandidate] = []
        for (rank, kind) in kinds.enumerated() {
            for d in analysis.index.definitions(ofKind: kind) {
                var title = ""
                if let t = d.declaration?.title, case .string(let literal) = t.kind, let plain = literal.plainText {
                    title = " — " + plain
                }
                items.append(CompletionCandidate(
                    label: d.name, kind: referenceKind, detail: kind.rawValue + title,
                    sortText: "0_\(rank)_" + d.name))
            }
        }
        if occurrences, let plan = analysis.recentPlan {
            for info in plan.series {
                for id in info.occurrences {
                    let date = plan.meetings.first(where: { $0.id == id }).map { " " + HoverProvider.dateSummary($0.date) } ?? ""
                    items.append(CompletionCandidate(
                        label: id, kind: referenceKind, detail: "occurrence of \(info.id)" + date, sortText: "1_" + id))
                }
            }
        }
        return items
    }

    static func templates(_ analysis: DocumentAnalysis) -> [CompletionCandidate] {
        analysis.index.definitions.filter { $0.kind == .template }.map {
            CompletionCandidate(label: $0.name, kind: 3, detail: "template", sortText: "0_" + $0.name)
        }
    }
}

extension String {
    /// A two-digit decimal for sort keys.
    init(format2 n: Int) {
        self = n < 10 ? "0\(n)" : "\(n)"
    }
}
