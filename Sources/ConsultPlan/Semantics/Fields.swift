// Fields of declarations (LANGUAGE.md 7.3): `m.form`, `zhang.role`, and inside a
// `where` condition the element's fields as bare names, with Chinese attribute aliases.

extension Evaluator {
    static let meetingFields = Set(MeetingField.allCases.map(\.rawValue))
    static let memberFields: Set<String> = ["id", "title", "sector", "committee", "party", "role", "contact"]
    static let committeeFields: Set<String> = ["id", "title", "chair", "members"]
    static let unitFields: Set<String> = ["id", "title", "members"]
    static let departmentFields: Set<String> = ["id", "title", "contact"]
    static let feedbackFields: Set<String> = ["department", "due", "received"]
    /// Series fields are an extension: `forum.occurrences`.
    static let seriesFields: Set<String> = ["id", "title", "occurrences"]

    /// Whether every ASCII attribute spelling names the attribute of that very name.
    static let asciiAliasesAreThemselves: Bool = Keywords.attributes.allSatisfy { spelling, name in
        !spelling.utf8.allSatisfy { $0 < 0x80 } || spelling == name.rawValue
    }

    /// Whether a name is one of ``meetingFields``: a `where` over meetings asks this of each
    /// bare name for every element (see ``MeetingField/init(_:)``).
    static func isMeetingField(_ name: String) -> Bool {
        MeetingField(name) != nil
    }

    /// ``canonicalField(_:in:)`` for an element: meeting fields by comparison.
    func canonicalField(_ spelling: String, of element: Value) -> String? {
        if case .reference(.meeting, _) = element {
            if Evaluator.isMeetingField(spelling) { return spelling }
            return canonicalAlias(spelling, in: Evaluator.meetingFields)
        }
        guard let fields = fieldNames(of: element) else { return nil }
        return canonicalField(spelling, in: fields)
    }

    /// The field of the element at `index` in ``whereStack`` that `spelling` names, if any
    /// (``canonicalField(_:of:)`` read in place: a meeting's field as its case, with no string
    /// copied; other elements' by their field sets).
    func whereField(_ spelling: String, ofElementAt index: Int) -> WhereField? {
        let owner = whereFieldOwners[index]
        if owner == .meeting {
            if let f = MeetingField(spelling) { return .meeting(f) }
            return canonicalAlias(spelling, in: Evaluator.meetingFields).flatMap(MeetingField.init(rawValue:)).map { .meeting($0) }
        }
        guard let fields = owner.fields else { return nil }
        return canonicalField(spelling, in: fields).map { .other($0) }
    }

    /// The fields a value has, if it has any.
    func fieldNames(of v: Value) -> Set<String>? {
        FieldOwner(v).fields
    }

    /// The English field for a spelling: the field itself, or the Chinese alias of the attribute
    /// of the same name (`身份` → `role`); other fields are English only (2.2).
    func canonicalField(_ spelling: String, in fields: Set<String>) -> String? {
        if fields.contains(spelling) { return spelling }
        return canonicalAlias(spelling, in: fields)
    }

    /// The field a spelling that is not itself a field stands for (a Chinese alias), if any.
    func canonicalAlias(_ spelling: String, in fields: Set<String>) -> String? {
        // An ASCII spelling's alias is itself (checked once below), so it is not a field either:
        // a `where` condition asks this of every value word it compares, for every element.
        if Evaluator.asciiAliasesAreThemselves, spelling.utf8.allSatisfy({ $0 < 0x80 }) { return nil }
        if let attribute = Keywords.attributes[spelling]?.rawValue, fields.contains(attribute) { return attribute }
        return nil
    }

    /// `value.field`, with errors for values without fields and unknown fields.
    func field(of v: Value, _ word: Word, at span: Span) -> Value {
        switch v {
        case .invalid: return .invalid
        case .none: return .none
        default: break
        }
        guard let fields = fieldNames(of: v) else {
            error(
                SemanticCode.unknownField, "\(withArticle(v.typeName)) has no fields; found `.\(word.text)`",
                at: word.span)
            return .invalid
        }
        guard let f = canonicalField(word.text, in: fields) else {
            let suggestion = NameSuggestions.closest(to: word.text, among: fields.sorted())
            error(
                SemanticCode.unknownField, "\(withArticle(v.typeName)) has no field `\(word.text)`", at: word.span,
                help: suggestion.map { "did you mean `\($0)`?" } ?? "its fields are: \(fields.sorted().joined(separator: ", "))")
            return .invalid
        }
        return fieldValue(v, f)
    }

    /// The value of a known field.
    func fieldValue(_ v: Value, _ f: String) -> Value {
        switch v {
        case .reference(.meeting, let id): return meetingField(id, f)
        case .reference(.member, let id):
            if f == "id" { return .string(id) }
            guard let m = member(id: id) else { return .none }
            switch f {
            case "title": return .string(m.title)
            case "sector": return m.sector.map { .reference(.sector, $0) } ?? .none
            case "committee": return m.committee.map { .reference(.committee, $0) } ?? .none
            case "party": return m.party.map { .reference(.party, $0) } ?? .none
            case "role": return .list(m.roles.map { .word(.role, $0) })
            case "contact": return m.contact.map { .string($0) } ?? .none
            default: return .none
            }
        case .reference(.group, let id):
            if f == "id" { return .string(id) }
            guard let g = group(id: id) else { return .none }
            return f == "title" ? .string(g.title) : .list(g.members.map { .reference(.member, $0) })
        case .reference(.series, let id):
            if f == "id" { return .string(id) }
            if f == "title" { return .string(title(of: .series, id)) }
            guard case .declaration(let d)? = names[id], let s = seriesByDeclaration[d] else { return .list([]) }
            return .list(seriesEntries[s].occurrences.map { .reference(.meeting, $0) })
        case .reference(let kind, let id):
            if f == "id" { return .string(id) }
            guard let o = organization(id: id) else { return .none }
            switch f {
            case "title": return .string(o.title)
            case "chair": return o.chair.map { .reference(.member, $0) } ?? .none
            case "members": return .list(o.members.map { .reference(.member, $0) })
            case "contact": return o.contact.map { .string($0) } ?? .none
            default:
                _ = kind
                return .none
            }
        case .feedbackDuty(let m, let i):
            guard let duty = withMeeting(id: m, { p in
                let feedback = p.pointee.feedback
                return i >= 0 && i < feedback.count ? feedback[i] : nil
            }) ?? nil
            else { return .none }
            switch f {
            case "department": return .reference(.department, duty.department)
            case "due": return duty.due.map { .day($0) } ?? .none
            default: return .boolean(duty.received != nil)
            }
        default: return .none
        }
    }

    /// A meeting's field (7.3). `days` is the range first…last (a range value: counts,
    /// iterates and answers `in` like a list without being materialised).
    private func meetingField(_ id: String, _ f: String) -> Value {
        if f == "id" { return .string(id) }
        // Read in place: copying the whole `Meeting` for one field retained ~20 references.
        return withMeeting(id: id) { meetingField($0, id, MeetingField(f)) } ?? .none
    }

    /// ``meetingField(_:_:)`` for a field already classified (a bare name in a `where` condition).
    func meetingField(_ id: String, _ f: MeetingField) -> Value {
        if f == .id { return .string(id) }
        return withMeeting(id: id) { meetingField($0, id, f) } ?? .none
    }

    /// A field of a built meeting, read in place.
    private func meetingField(_ p: UnsafePointer<Meeting>, _ id: String, _ f: MeetingField?) -> Value {
        switch f {
        case .id: return .string(id)
        case .title: return .string(p.pointee.title)
        case .topic: return .string(p.pointee.topic)
        case .form: return p.pointee.form.map { .word(.form, $0) } ?? .none
        case .start: return .day(p.pointee.date.firstDay)
        case .end: return .day(p.pointee.date.lastDay)
        case .days: return .range(.day(p.pointee.date.firstDay), .day(p.pointee.date.lastDay))
        case .tentative: return .boolean(p.pointee.date.isTentative)
        case .lead: return p.pointee.lead.map(referenceValue) ?? .none
        case .with: return .list(p.pointee.with.map(referenceValue))
        case .participants: return .list(p.pointee.participants.map { .reference(.member, $0) })
        case .invite: return .list(p.pointee.invite.map { .reference(.department, $0) })
        case .source: return p.pointee.source.map { .word(.source, $0) } ?? .none
        case .supervision: return .boolean(p.pointee.supervision)
        case .feedback: return .list(p.pointee.feedback.indices.map { .feedbackDuty(meeting: id, index: $0) })
        case .status: return .word(.status, p.pointee.status.rawValue)
        case nil: return .none
        }
    }

    /// A reference to a declared ID, with its kind.
    func referenceValue(_ id: String) -> Value {
        if case .declaration(let i)? = names[id] { return .reference(declarationKind(i), id) }
        return .string(id)
    }

    /// `forum.3`: occurrence 3 of series `forum`.
    func occurrence(_ base: Expression, _ n: Int64, span: Span) -> Value {
        let v = eval(base)
        switch v {
        case .invalid: return .invalid
        case .reference(.series, let id):
            guard case .declaration(let d)? = names[id], let s = seriesByDeclaration[d] else { return .invalid }
            let occurrences = seriesEntries[s].occurrences
            guard n >= 1, n <= Int64(occurrences.count) else {
                error(
                    SemanticCode.noSuchOccurrence,
                    "series `\(id)` has \(occurrences.count) occurrence\(occurrences.count == 1 ? "" : "s"); there is no `\(id).\(n)`",
                    at: span, help: occurrences.isEmpty ? nil : "occurrences are numbered \(id).1 … \(id).\(occurrences.count)")
                return .invalid
            }
            return .reference(.meeting, occurrences[Int(n) - 1])
        default:
            error(
                SemanticCode.wrongKind, "`.\(n)` picks an occurrence of a series; found \(withArticle(v.typeName))",
                at: span)
            return .invalid
        }
    }
}

/// A field of a `where` element, as ``Evaluator/whereField(_:ofElementAt:)`` classifies a spelling.
enum WhereField {
    /// A meeting's field.
    case meeting(MeetingField)
    /// Another element's field, by its English name.
    case other(String)
}

/// Which field set a value has, as a byte (``Evaluator/fieldNames(of:)`` reads it through this).
enum FieldOwner: UInt8 {
    case meeting, member, committee, unit, department, series, feedbackDuty, none

    /// The field set of `v`; `.none` when it has no fields.
    init(_ v: Value) {
        switch v {
        case .reference(let kind, _):
            switch kind {
            case .meeting: self = .meeting
            case .member: self = .member
            case .committee: self = .committee
            case .sector, .party, .group: self = .unit
            case .department: self = .department
            case .series: self = .series
            default: self = .none
            }
        case .feedbackDuty: self = .feedbackDuty
        default: self = .none
        }
    }

    /// The fields of a value of this kind (LANGUAGE.md 7.3); nil when it has none.
    var fields: Set<String>? {
        switch self {
        case .meeting: Evaluator.meetingFields
        case .member: Evaluator.memberFields
        case .committee: Evaluator.committeeFields
        case .unit: Evaluator.unitFields
        case .department: Evaluator.departmentFields
        case .series: Evaluator.seriesFields
        case .feedbackDuty: Evaluator.feedbackFields
        case .none: nil
        }
    }
}

/// The fields of a meeting (LANGUAGE.md 7.3), recognised from a spelling by its length and
/// first bytes and one comparison. A `where` over meetings classifies each bare name for every
/// element; a `switch` over the strings compared a name that is not a field with all sixteen
/// (≈ 700 instructions each time, most of `count(meetings where form != plenary)`).
enum MeetingField: String, CaseIterable {
    case id, title, topic, form, start, end, days, tentative, lead, with, participants
    case invite, source, supervision, feedback, status

    /// The field spelled exactly `spelling` (English; aliases are resolved elsewhere).
    init?(_ spelling: String) {
        guard let found = spelling.utf8.withContiguousStorageIfAvailable({ MeetingField.find($0) })
            ?? MeetingField(rawValue: spelling)
        else { return nil }
        self = found
    }

    private static func find(_ b: UnsafeBufferPointer<UInt8>) -> MeetingField? {
        guard b.count >= 2 else { return nil }
        let candidate: MeetingField?
        switch (b.count, b[0]) {
        case (2, UInt8(ascii: "i")): candidate = .id
        case (5, UInt8(ascii: "t")): candidate = b[1] == UInt8(ascii: "i") ? .title : .topic
        case (4, UInt8(ascii: "f")): candidate = .form
        case (5, UInt8(ascii: "s")): candidate = .start
        case (3, UInt8(ascii: "e")): candidate = .end
        case (4, UInt8(ascii: "d")): candidate = .days
        case (9, UInt8(ascii: "t")): candidate = .tentative
        case (4, UInt8(ascii: "l")): candidate = .lead
        case (4, UInt8(ascii: "w")): candidate = .with
        case (12, UInt8(ascii: "p")): candidate = .participants
        case (6, UInt8(ascii: "i")): candidate = .invite
        case (6, UInt8(ascii: "s")): candidate = b[1] == UInt8(ascii: "o") ? .source : .status
        case (11, UInt8(ascii: "s")): candidate = .supervision
        case (8, UInt8(ascii: "f")): candidate = .feedback
        default: candidate = nil
        }
        guard let candidate else { return nil }
        // Byte by byte against the stored spelling (`rawValue.utf8.elementsEqual` built the
        // raw-value string and iterated it generically: ≈ 280 instructions a call).
        let spelling = spellings[Int(candidate.index)]
        guard spelling.count == b.count else { return nil }
        for i in 1..<b.count where spelling[i] != b[i] { return nil }
        return candidate
    }

    /// Each case's spelling as bytes, by ``index``.
    private static let spellings: [[UInt8]] = allCases.map { Array($0.rawValue.utf8) }

    /// The case's position in ``allCases``.
    private var index: UInt8 {
        switch self {
        case .id: 0
        case .title: 1
        case .topic: 2
        case .form: 3
        case .start: 4
        case .end: 5
        case .days: 6
        case .tentative: 7
        case .lead: 8
        case .with: 9
        case .participants: 10
        case .invite: 11
        case .source: 12
        case .supervision: 13
        case .feedback: 14
        case .status: 15
        }
    }
}
