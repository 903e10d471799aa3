// Declarations (LANGUAGE.md 3): registering IDs where they stand, and building
// committees, sectors, parties, departments, members and groups from their attributes.

extension Evaluator {
    /// The entity kind a declaration kind declares, for those that have IDs.
    static func entityKind(_ kind: DeclarationKind) -> EntityKind? {
        switch kind {
        case .committee: .committee
        case .sector: .sector
        case .party: .party
        case .department: .department
        case .member: .member
        case .group: .group
        case .meeting: .meeting
        case .series: .series
        default: nil
        }
    }

    /// Phase 1: a declaration is registered where it stands (7.6).
    /// `syntax` is the statement kind holding `d`, which the entry keeps instead of a copy.
    func declare(_ d: Declaration, topLevel: Bool, syntax: StatementKind) {
        switch d.kind {
        case .plan: planDeclarations.append((d, locals))
        case .policy: policyDeclarations.append((d, locals))
        case .approval: approvalDeclarations.append((d, locals))
        case .record: recordDeclarations.append((d, locals))
        case .holiday, .workday:
            if !prePassOverrides.contains(d.span) {
                error(
                    SemanticCode.calendarOverridePlacement,
                    "`\(d.keyword.text)` must stand at the top level of the main file or of a file it includes directly or through top-level includes",
                    at: d.keyword.span,
                    help: "the calendar is built before evaluation, so days off cannot depend on loops, conditions or templates")
            }
        default:
            guard let kind = Evaluator.entityKind(d.kind), let nameSyntax = d.name,
                  let id = declarationID(nameSyntax)
            else {
                reportSkimmedBody(of: d)
                return
            }
            let registered = declarations.count
            register(kind: kind, id: id, declaration: d, syntax: syntax, nameSpan: nameSyntax.span)
            // Not registered (a duplicate ID, a limit): nothing builds it, but its body's
            // syntax warnings and comments are reported as a full parse would.
            if declarations.count == registered { reportSkimmedBody(of: d) }
        }
    }

    /// The ID of a declaration, interpolation applied (`topic_\(i)`); nil after a diagnostic.
    func declarationID(_ name: DeclarationName) -> String? {
        if let plain = name.plainName { return plain }
        var out = ""
        for segment in name.segments {
            switch segment {
            case .text(let t): out += t
            case .interpolation(let e):
                let v = eval(e)
                if case .invalid = v { return nil }
                out += display(v)
            }
        }
        guard NameSuggestions.isIdentifier(out) else {
            error(
                SemanticCode.badGeneratedID, "the generated ID `\(out)` is not a name (letters, digits and `_` only)",
                at: name.span, help: "interpolate numbers or names, not days or text with spaces")
            return nil
        }
        return out
    }

    /// Adds a declaration to the namespace (duplicates: an error at the second).
    /// `syntax` is the boxed `.declaration` holding `d` (stored, shared with the tree).
    func register(kind: EntityKind, id: String, declaration d: Declaration, syntax: StatementKind, nameSpan: Span) {
        guard declarations.count < limits.maxDeclarations else {
            stop(
                Diagnostic(
                    LimitCode.declarations, "the program declares more than \(limits.maxDeclarations) IDs", at: nameSpan))
            return
        }
        if let first = names[id] {
            reportDuplicate(id, at: nameSpan, first: first)
            return
        }
        if kind == .meeting, generatingDepth > 0 {
            guard countGeneratedMeetings(1, at: nameSpan) else { return }
        }
        declarations.append(DeclarationEntry(id: id, syntax: syntax, locals: locals, nameSpan: nameSpan))
        declarationKinds.append(kind)
        meetingSourceOfDeclaration.append(-1)
        let index = declarations.count - 1
        names.set(.declaration(index), for: id)
        if kind != .meeting { nonMeetingNames.set(.declaration(index), for: id) }
        declarationsByKind[kind, default: []].append(index)
        invalidateProvisionalBuilds()
        switch kind {
        case .meeting:
            meetingSources.append(.declared(index))
            meetingSourceOfDeclaration[index] = Int32(truncatingIfNeeded: meetingSources.count - 1)
            lastMeetingLookup = nil
        case .series:
            expandSeries(index)
        default: break
        }
    }

    /// The kind of the declaration at `i`, from ``declarationKinds``: `declarations[i].kind`
    /// copies the whole entry (its syntax tree's references) to read one byte.
    func declarationKind(_ i: Int) -> EntityKind {
        declarationKinds[i]
    }

    /// The ID of the declaration at `i`, read in place (see ``declarationKind(_:)``).
    func declarationID(_ i: Int) -> String {
        declarations.withUnsafeBufferPointer { ds in ds.indices.contains(i) ? ds[i].id : declarations[i].id }
    }

    /// Sizes the namespace for a program of this many top-level statements (most are
    /// declarations): growing arrays of 300-byte entries one doubling at a time copied them
    /// all again, and growing dictionaries rehashed every ID.
    func reserveCapacity(forStatements count: Int) {
        let n = min(count, limits.maxDeclarations)
        declarations.reserveCapacity(n)
        declarationKinds.reserveCapacity(n)
        names.reserveCapacity(n)
        meetingSources.reserveCapacity(n)
        meetingSourceOfDeclaration.reserveCapacity(n)
    }

    /// Counts meetings generated by `series`, `for` and `use`; false (after stopping) past the limit.
    func countGeneratedMeetings(_ n: Int, at span: Span) -> Bool {
        generatedMeetings += n
        guard generatedMeetings <= limits.maxGeneratedMeetings else {
            stop(
                Diagnostic(
                    LimitCode.generatedMeetings,
                    "`series`, `for` and `use` generate more than \(limits.maxGeneratedMeetings) meetings",
                    at: span, help: "check the cadence and the bounds of the series or loop"))
            return false
        }
        return true
    }

    /// Phase 1 builds are provisional: a new declaration may change what they resolve to.
    func invalidateProvisionalBuilds() {
        // Most declarations follow no provisional build: skip the six checks (each a checked
        // access to the evaluator's state) for every one of 100k declarations.
        guard !isFinal, hasCachedBuilds else { return }
        hasCachedBuilds = false
        if !memberCache.isEmpty { memberCache = [:] }
        if !organizationCache.isEmpty { organizationCache = [:] }
        if !groupCache.isEmpty { groupCache = [:] }
        if !meetingCache.isEmpty { meetingCache.removeAll() }
        if !titleCache.isEmpty { titleCache.removeAll() }
        memberPositionsBuilt = false
        memberPositionTable = StringTable()
    }

    // MARK: scopes and attributes

    /// Runs `body` with a declaration's captured locals and no `where` element in scope.
    func inScope<T>(_ scope: LocalScopes, _ body: () -> T) -> T {
        let savedLocals = locals, savedWhere = whereStack, savedOwners = whereFieldOwners
        locals = scope
        whereStack = []
        whereFieldOwners = []
        defer {
            locals = savedLocals
            whereStack = savedWhere
            whereFieldOwners = savedOwners
        }
        return body()
    }

    /// Builds with diagnostics in phase 2 only (phase 1 builds are provisional and silent).
    func building<T>(_ body: () -> T) -> T {
        guard buildDepth < limits.maxNestingDepth else {
            stop(
                Diagnostic(
                    LimitCode.nesting, "definitions depend on each other more than \(limits.maxNestingDepth) levels deep",
                    at: currentBuildSpan ?? .none))
            return body()
        }
        buildDepth += 1
        defer { buildDepth -= 1 }
        return isFinal ? body() : silently(body)
    }

    /// The attributes that may appear once; the others (tasks, feedback, records) repeat.
    static let repeatable: Set<AttributeName> = [.prepare, .followUp, .feedback, .received, .absent, .leave, .severity]

    /// Whether every attribute name's case index fits the 256-bit mask below (computed once).
    static let attributeNamesFitABitmask = AttributeName.allCases.count <= 256

    /// Reports attributes given twice where once is the rule.
    func checkRepeatedAttributes(_ d: Declaration) {
        // Fast pass: one bit per attribute name, no dictionary (this runs for every one of
        // 100k meetings, and a repeat is rare). The bit is the name's case index from the
        // parser's jump table; a name past 255 (there are far fewer) takes the full pass.
        if Evaluator.attributeNamesFitABitmask {
            var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            var repeated = false
            for i in d.attributes.indices {
                let name = d.attributes[i].name
                let tag = UInt8(truncatingIfNeeded: KeywordLookup.ordinal(name))
                let bit = UInt64(1) << UInt64(tag & 63)
                let wasSet: Bool
                switch tag >> 6 {
                case 0: wasSet = bits.0 & bit != 0; bits.0 |= bit
                case 1: wasSet = bits.1 & bit != 0; bits.1 |= bit
                case 2: wasSet = bits.2 & bit != 0; bits.2 |= bit
                default: wasSet = bits.3 & bit != 0; bits.3 |= bit
                }
                if wasSet, !Evaluator.repeatable.contains(name) {
                    repeated = true
                    break
                }
            }
            guard repeated else { return }
        }
        var seen: [AttributeName: Span] = [:]
        for a in d.attributes where !Evaluator.repeatable.contains(a.name) {
            if let first = seen[a.name] {
                error(
                    SemanticCode.repeatedAttribute, "`\(a.keyword.text)` is given twice", at: a.keyword.span,
                    labels: [DiagnosticLabel(first, "first given here")], help: "keep one of them")
            } else {
                seen[a.name] = a.keyword.span
            }
        }
    }

    /// The first attribute of a name.
    func attribute(_ d: Declaration, _ name: AttributeName) -> Attribute? {
        d.attributes.first { $0.name == name }
    }

    /// The expressions of a single or list attribute.
    func expressions(_ a: Attribute) -> [Expression] {
        if case .list(let l) = a.value { return l }
        var out: [Expression] = []
        forEachExpression(in: a) { out.append($0) }
        return out
    }

    /// Calls `body` with each of ``expressions(_:)`` without building the array (a single
    /// value, the usual `invite dept3`, would be a one-element array per meeting).
    func forEachExpression(in a: Attribute, _ body: (Expression) -> Void) {
        switch a.value {
        case .single(let e), .date(let e, nil): body(e)
        case .list(let l): for e in l { body(e) }
        default: break
        }
    }

    /// The one expression of a single-valued attribute.
    func singleExpression(_ a: Attribute) -> Expression? {
        switch a.value {
        case .single(let e): e
        case .list(let l) where l.count == 1: l.first
        case .date(let e, nil): e
        default: nil
        }
    }

    /// A string; nil (after a diagnostic) otherwise.
    func stringValue(_ e: Expression, what: String) -> String? {
        let v = eval(e)
        switch v {
        case .string(let s): return s
        case .invalid: return nil
        default:
            error(SemanticCode.wrongType, "\(what) must be a string, found \(withArticle(v.typeName))", at: e.span)
            return nil
        }
    }

    /// A day; nil (after a diagnostic) otherwise.
    func dayValue(_ e: Expression, what: String) -> Day? {
        let v = eval(e)
        switch v {
        case .day(let d): return d
        case .invalid: return nil
        default:
            error(
                SemanticCode.wrongType, "\(what) must be a day like 2025-04-22, found \(withArticle(v.typeName))",
                at: e.span)
            return nil
        }
    }

    /// An integer; nil (after a diagnostic) otherwise.
    func integerValue(_ e: Expression, what: String) -> Int64? {
        let v = eval(e)
        switch v {
        case .integer(let n): return n
        case .invalid: return nil
        default:
            error(SemanticCode.wrongType, "\(what) must be an integer, found \(withArticle(v.typeName))", at: e.span)
            return nil
        }
    }

    /// A duration usable as a deadline or period: days, weeks, months or workdays, not negative.
    func periodValue(_ e: Expression, what: String) -> Duration? {
        let v = eval(e)
        switch v {
        case .duration(let d):
            if d.unit.isTimeOfDay {
                error(
                    SemanticCode.timeOfDayDeadline,
                    "\(what) is counted in days, weeks, months or workdays, found `\(d)`", at: e.span,
                    help: "hours and minutes apply only to times of day, never to deadlines")
                return nil
            }
            if d.amount < 0 {
                error(SemanticCode.valueOutOfRange, "\(what) cannot be negative, found `\(d)`", at: e.span)
                return nil
            }
            return d
        case .invalid: return nil
        default:
            error(
                SemanticCode.wrongType, "\(what) must be a duration like `5 workdays`, found \(withArticle(v.typeName))",
                at: e.span)
            return nil
        }
    }

    /// A value word of a kind (`form plenary`); unknown words get "did you mean" among the kind's words.
    func valueWordAttribute(_ e: Expression, kind: ValueWordKind, what: String) -> String? {
        if let n = bareName(e) {
            if let c = kind.canonical(n) { return c }
            if lookupLocal(n) == nil, lookupGlobal(n) == nil {
                let suggestion = NameSuggestions.closest(to: n, among: kind.allSpellings.sorted())
                error(
                    SemanticCode.unknownValueWord,
                    "`\(n)` is not \(withArticle(kind.displayName)); \(what) takes one of \(kind.englishWords.joined(separator: ", "))",
                    at: e.span, help: suggestion.map { "did you mean `\($0)`?" })
                return nil
            }
        }
        let v = eval(e, hint: kind)
        switch v {
        case .word(kind, let w): return w
        case .weekday(let w) where kind == .weekday: return w.word
        case .invalid: return nil
        default:
            error(
                SemanticCode.unknownValueWord,
                "\(what) takes \(withArticle(kind.displayName)) (\(kind.englishWords.joined(separator: ", "))), found \(withArticle(v.typeName))",
                at: e.span)
            return nil
        }
    }

    /// A reference to one of `allowed` kinds; nil (after a diagnostic) otherwise.
    func referenceID(_ e: Expression, allowed: [EntityKind], what: String) -> String? {
        let v = eval(e)
        return referenceID(v, at: e.span, allowed: allowed, what: what)
    }

    /// A reference value checked against the allowed kinds.
    func referenceID(_ v: Value, at span: Span, allowed: [EntityKind], what: String) -> String? {
        switch v {
        case .invalid, .none: return nil
        case .reference(let k, let id) where allowed.contains(k): return id
        case .reference(.series, let id) where allowed.contains(.meeting):
            error(
                SemanticCode.seriesNotMeeting, "`\(id)` is a series, not a meeting; \(what) needs one meeting",
                at: span, help: "name one occurrence, for example `\(id).1`")
            return nil
        case .reference(let k, let id):
            error(
                SemanticCode.wrongKind,
                "\(what) needs \(kindList(allowed)); `\(id)` is \(withArticle(k == .series ? "series" : k.rawValue))",
                at: span)
            return nil
        default:
            error(
                SemanticCode.wrongType, "\(what) needs \(kindList(allowed)), found \(withArticle(v.typeName))", at: span)
            return nil
        }
    }

    /// "a committee, sector or party".
    func kindList(_ kinds: [EntityKind]) -> String {
        let words = kinds.map(\.rawValue)
        guard let last = words.last else { return "a declaration" }
        if words.count == 1 { return withArticle(last) }
        return withArticle(words.dropLast().joined(separator: ", ")) + " or " + last
    }

    // MARK: titles

    /// The title of a declaration (its ID when none was given).
    func title(of kind: EntityKind, _ id: String) -> String {
        if kind == .meeting, let i = meetingIndex[id], case .occurrence(let s, _, _, _) = meetingSources[i] {
            return seriesEntries[s].title
        }
        guard case .declaration(let i)? = names[id] else { return id }
        return title(ofDeclaration: i)
    }

    /// The title of the declaration at an index (cached).
    func title(ofDeclaration i: Int) -> String {
        if let t = titleCache[i] { return t }
        // A plain string literal (most titles) needs no scope and no build: read it in place,
        // taking the evaluation step `eval` would take.
        let title = declarations.withUnsafeBufferPointer { ds in
            ds.indices.contains(i) ? ds[i].title : declarations[i].title
        }
        return self.title(ofDeclaration: i, expression: title)
    }

    /// ``title(ofDeclaration:)`` given the declaration's title expression, for callers that
    /// hold the declaration already (reading the title out of the entry copies all of it).
    func title(ofDeclaration i: Int, expression title: Expression?) -> String {
        if let t = titleCache[i] { return t }
        if let title, buildDepth < limits.maxNestingDepth, case .string(let literal) = title.kind,
           let plain = Evaluator.plainText(literal)
        {
            let s = tick(at: title.span) ? plain : declarationID(i)
            titleCache.set(i, s)
            hasCachedBuilds = true
            return s
        }
        let entry = declarations[i]
        guard let t = title else { return entry.id }
        let s = building { inScope(entry.locals) { stringValue(t, what: "a title") } } ?? entry.id
        titleCache.set(i, s)
        hasCachedBuilds = true
        return s
    }

    // MARK: members, units and groups

    /// The declaration index of an ID of a kind.
    func declarationIndex(_ id: String, _ kind: EntityKind) -> Int? {
        guard case .declaration(let i)? = names[id], declarationKind(i) == kind else { return nil }
        return i
    }

    /// A member by ID.
    func member(id: String) -> Member? {
        declarationIndex(id, .member).map(member(at:))
    }

    /// Builds a member (7.3: sector, committee, party, role, contact).
    func member(at i: Int) -> Member {
        if let m = memberCache[i] { return m }
        let entry = declarations[i]
        let d = entry.declaration
        let m: Member = building {
            inScope(entry.locals) {
                var m = Member(
                    id: entry.id, title: title(ofDeclaration: i, expression: d.title), sector: nil, committee: nil, party: nil, roles: [],
                    contact: nil, span: entry.nameSpan)
                checkRepeatedAttributes(d)
                for a in d.attributes {
                    switch a.name {
                    case .sector:
                        m.sector = singleExpression(a).flatMap { referenceID($0, allowed: [.sector], what: "`sector`") }
                    case .committee:
                        m.committee = singleExpression(a).flatMap {
                            referenceID($0, allowed: [.committee], what: "`committee`")
                        }
                    case .party:
                        m.party = singleExpression(a).flatMap { referenceID($0, allowed: [.party], what: "`party`") }
                    case .role:
                        for e in expressions(a) {
                            if let n = bareName(e) {
                                if !m.roles.contains(n) { m.roles.append(n) }
                            } else {
                                error(
                                    SemanticCode.wrongType, "a role is a word like `standing`, found `\(text(e.span))`",
                                    at: e.span)
                            }
                        }
                    case .contact:
                        m.contact = singleExpression(a).flatMap { stringValue($0, what: "`contact`") }
                    default: break
                    }
                }
                return m
            }
        }
        memberCache[i] = m
        hasCachedBuilds = true
        return m
    }

    /// Position of each member in declaration order (for sorting member lists).
    func memberPosition(_ id: String) -> Int {
        if !memberPositionsBuilt {
            var map = StringTable<Int>()
            let members = declarationsByKind[.member] ?? []
            map.reserveCapacity(members.count)
            for (n, i) in members.enumerated() { map.set(n, for: declarationID(i)) }
            memberPositionsBuilt = true
            memberPositionTable = map
            hasCachedBuilds = true
        }
        // The table is read in place: `memberPositions?[id]` on an optional table copied it
        // (three retains and releases) for each of the ~8 participants of every meeting.
        return memberPositionTable[id] ?? Int.max
    }

    /// Member IDs without duplicates in member declaration order.
    ///
    /// Each ID's position is looked up once (not twice per comparison), and ties
    /// (IDs that are not members) keep a stable order by ID.
    func orderedMembers(_ ids: some Sequence<String>) -> [String] {
        let input = Array(ids)
        // Fast path: already in member order without repeats (a group's or a unit's members, as
        // most `participants` are). Strictly increasing positions imply distinct IDs, so the
        // array is the answer as it is, without a set of the IDs or a sort.
        var previous = -1
        var inOrder = true
        for id in input {
            let p = memberPosition(id)
            if p == Int.max || p <= previous {
                inOrder = false
                break
            }
            previous = p
        }
        if inOrder { return input }
        var seen = Set<String>()
        var keyed: [(position: Int, id: String)] = []
        for id in input where seen.insert(id).inserted {
            keyed.append((memberPosition(id), id))
        }
        keyed.sort { $0.position != $1.position ? $0.position < $1.position : $0.id < $1.id }
        return keyed.map(\.id)
    }

    /// A committee, sector, party or department by ID.
    func organization(id: String) -> Organization? {
        guard case .declaration(let i)? = names[id] else { return nil }
        switch declarationKind(i) {
        case .committee, .sector, .party, .department: return organization(at: i)
        default: return nil
        }
    }

    /// Builds a committee (chair, members naming it plus the chair), sector, party (members
    /// naming it) or department (contact).
    func organization(at i: Int) -> Organization {
        if let o = organizationCache[i] { return o }
        let entry = declarations[i]
        let d = entry.declaration
        let o: Organization = building {
            inScope(entry.locals) {
                var o = Organization(
                    id: entry.id, title: title(ofDeclaration: i, expression: d.title), kind: declarationKind(i), chair: nil, contact: nil,
                    members: [], span: entry.nameSpan)
                checkRepeatedAttributes(d)
                for a in d.attributes {
                    switch a.name {
                    case .chair:
                        o.chair = singleExpression(a).flatMap { referenceID($0, allowed: [.member], what: "`chair`") }
                    case .contact:
                        o.contact = singleExpression(a).flatMap { stringValue($0, what: "`contact`") }
                    default: break
                    }
                }
                return o
            }
        }
        var result = o
        if declarationKind(i) != .department {
            var ids: [String] = []
            for m in declarationsByKind[.member] ?? [] {
                let member = member(at: m)
                let named: String? =
                    switch declarationKind(i) {
                    case .committee: member.committee
                    case .sector: member.sector
                    default: member.party
                    }
                if named == entry.id { ids.append(member.id) }
            }
            if let chair = o.chair { ids.append(chair) }
            result.members = orderedMembers(ids)
        }
        organizationCache[i] = result
        hasCachedBuilds = true
        return result
    }

    /// A group by ID.
    func group(id: String) -> Group? {
        declarationIndex(id, .group).flatMap(group(at:))
    }

    /// Builds a group: `= EXPR` (must yield members) or `{ members … }`; a group that depends on
    /// itself is an error listing the chain.
    func group(at i: Int) -> Group? {
        if let g = groupCache[i] { return g }
        let entry = declarations[i]
        if let start = groupsInProgress.firstIndex(of: i) {
            let chain = (groupsInProgress[start...].map { declarations[$0].id } + [entry.id]).joined(separator: " → ")
            error(
                SemanticCode.groupCycle, "group `\(entry.id)` depends on itself: \(chain)", at: entry.nameSpan,
                help: "define one of these groups by listing its members")
            return nil
        }
        groupsInProgress.append(i)
        let savedSpan = currentBuildSpan
        currentBuildSpan = entry.nameSpan
        defer {
            groupsInProgress.removeLast()
            currentBuildSpan = savedSpan
        }
        let d = entry.declaration
        let g: Group = building {
            inScope(entry.locals) {
                var ids: [String] = []
                checkRepeatedAttributes(d)
                if let definition = d.definition {
                    let v = eval(definition)
                    expandMembers(v, at: definition.span, what: "a group", into: &ids)
                }
                for a in d.attributes where a.name == .members {
                    for e in expressions(a) { expandMembers(eval(e), at: e.span, what: "a group", into: &ids) }
                }
                return Group(id: entry.id, title: title(ofDeclaration: i, expression: d.title), members: orderedMembers(ids), span: entry.nameSpan)
            }
        }
        groupCache[i] = g
        hasCachedBuilds = true
        return g
    }

    /// Expands members, groups, committees, sectors, parties and lists of them into member IDs.
    func expandMembers(_ v: Value, at span: Span, what: String, into ids: inout [String]) {
        switch v {
        case .invalid, .none: return
        case .reference(.member, let id): ids.append(id)
        // Into an empty list the members array is taken as it is: meetings that name one group
        // then share its storage (and `orderedMembers` hands the same array back).
        case .reference(.group, let id):
            let members = group(id: id)?.members ?? []
            if ids.isEmpty { ids = members } else { ids += members }
        case .reference(.committee, let id), .reference(.sector, let id), .reference(.party, let id):
            let members = organization(id: id)?.members ?? []
            if ids.isEmpty { ids = members } else { ids += members }
        case .list(let items):
            for item in items { expandMembers(item, at: span, what: what, into: &ids) }
        case .reference(let k, let id):
            error(
                SemanticCode.wrongKind,
                "\(what) is made of members, groups, committees, sectors or parties; `\(id)` is \(withArticle(k == .series ? "series" : k.rawValue))",
                at: span)
        default:
            error(
                SemanticCode.wrongType,
                "\(what) is made of members, groups, committees, sectors or parties; found \(withArticle(v.typeName))",
                at: span)
        }
    }
}
