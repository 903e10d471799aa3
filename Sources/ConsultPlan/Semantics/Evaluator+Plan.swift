// Phase 2 (LANGUAGE.md 7.6): references resolve across the whole program, groups are
// computed, records apply, the plan is assembled, and `require`/`warn` run over it.

extension Evaluator {
    /// Builds the complete plan; nil when a limit stopped evaluation.
    func finish() -> Plan? {
        rewordPendingUnknownNames()
        checkTemplateCycles()
        if stopped { return nil }
        isFinal = true
        memberCache = [:]
        organizationCache = [:]
        groupCache = [:]
        meetingCache.removeAll()
        meetingCache.reserve(meetingSources.count)
        titleCache.removeAll(dense: true)
        memberPositionsBuilt = false
        memberPositionTable = StringTable()

        header = buildHeader()
        policy = buildPolicy()
        collectRecords()
        let committees = (declarationsByKind[.committee] ?? []).map(organization(at:))
        let sectors = (declarationsByKind[.sector] ?? []).map(organization(at:))
        let parties = (declarationsByKind[.party] ?? []).map(organization(at:))
        let departments = (declarationsByKind[.department] ?? []).map(organization(at:))
        let members = (declarationsByKind[.member] ?? []).map(member(at:))
        let groups = (declarationsByKind[.group] ?? []).compactMap(group(at:))
        for i in meetingSources.indices { _ = ensureMeeting(at: i) }
        let meetings = meetingCache.built()
        let series = seriesInfos()
        let approval = buildApproval()
        runAssertions()
        checkRoleWords(members)
        if stopped { return nil }

        let planHeader =
            header
            ?? PlanHeader(
                title: "", year: configuration.today.year, organization: nil, calendar: calendar.kind,
                timezone: "Asia/Shanghai", locale: "zh-CN", span: Span.point(FileID(0), 0))
        if !yearsWithoutData.isEmpty, header != nil {
            let years = yearsWithoutData.sorted().map(String.init).joined(separator: ", ")
            report(
                Diagnostic(
                    SemanticCode.noCalendarData,
                    "the calendar has no holiday data for \(years); working days there count weekends only",
                    at: planHeader.span,
                    help: "declare that year's days off with `holiday`/`workday`, or use `calendar weekends`"))
        }
        return Plan(
            header: planHeader, policy: policy, committees: committees, sectors: sectors, parties: parties,
            departments: departments, members: members, groups: groups, meetings: meetings, series: series,
            approval: approval, calendar: calendar, today: configuration.today)
    }

    // MARK: plan and policy

    /// The `plan` declaration: exactly one across includes; `year` required.
    func buildHeader() -> PlanHeader? {
        guard let (d, scope) = planDeclarations.first else {
            error(
                SemanticCode.missingPlan, "the program has no `plan` declaration", at: Span.point(FileID(0), 0),
                help: "start the file with `plan \"…年度协商工作计划\" { year 2025 }`")
            return nil
        }
        for (other, _) in planDeclarations.dropFirst() {
            error(
                SemanticCode.duplicatePlan, "a program has exactly one `plan`; this is another one",
                at: other.keyword.span, labels: [DiagnosticLabel(d.keyword.span, "first `plan` here")])
        }
        return inScope(scope) { () -> PlanHeader? in
            checkRepeatedAttributes(d)
            let title = d.title.flatMap { stringValue($0, what: "the plan's title") } ?? ""
            var header = PlanHeader(
                title: title, year: configuration.today.year, organization: nil, calendar: calendar.kind,
                timezone: "Asia/Shanghai", locale: "zh-CN", span: d.keyword.span)
            if let a = attribute(d, .year), let e = singleExpression(a), let y = integerValue(e, what: "`year`") {
                if (1...9999).contains(y) {
                    header.year = Int(y)
                } else {
                    error(SemanticCode.valueOutOfRange, "`year` must be between 1 and 9999, found \(y)", at: e.span)
                }
            } else if attribute(d, .year) == nil {
                error(
                    SemanticCode.missingAttribute, "the plan has no `year`", at: d.keyword.span,
                    help: "add `year 2025` inside the plan's braces")
            }
            for a in d.attributes {
                guard let e = singleExpression(a) else { continue }
                switch a.name {
                case .organization: header.organization = stringValue(e, what: "`organization`")
                case .calendar:
                    // The pre-pass already built the calendar from this word; here it is checked.
                    _ = valueWordAttribute(e, kind: .calendar, what: "`calendar`")
                case .timezone:
                    if let tz = stringValue(e, what: "`timezone`") { header.timezone = tz }
                case .locale:
                    if let l = stringValue(e, what: "`locale`") {
                        if l == "zh-CN" || l == "en" {
                            header.locale = l
                        } else {
                            error(
                                SemanticCode.valueOutOfRange, "`locale` is \"zh-CN\" or \"en\", found \"\(l)\"", at: e.span)
                        }
                    }
                default: break
                }
            }
            return header
        }
    }

    /// The `policy` (at most one): settings and the severity map.
    func buildPolicy() -> Policy {
        var p = Policy()
        guard let (d, scope) = policyDeclarations.first else { return p }
        for (other, _) in policyDeclarations.dropFirst() {
            error(
                SemanticCode.duplicatePolicy, "a program has at most one `policy`; this is another one",
                at: other.keyword.span, labels: [DiagnosticLabel(d.keyword.span, "first `policy` here")],
                help: "merge the settings into the first `policy`")
        }
        inScope(scope) {
            checkRepeatedAttributes(d)
            for a in d.attributes {
                switch a.value {
                case .severity(let rule, let level):
                    let known = DiagnosticCatalog.ruleNames
                    guard known.contains(rule.text) else {
                        let s = NameSuggestions.closest(to: rule.text, among: known.sorted())
                        error(
                            SemanticCode.unknownRule, "there is no rule named `\(rule.text)`", at: rule.span,
                            help: s.map { "did you mean `\($0)`?" } ?? "`cplan explain` lists the rules")
                        continue
                    }
                    if Keywords.grammarWord(level.text, is: "off") {
                        p.severities.updateValue(nil, forKey: rule.text)
                    } else if Keywords.grammarWord(level.text, is: "warning") {
                        p.severities.updateValue(.warning, forKey: rule.text)
                    } else if Keywords.grammarWord(level.text, is: "error") {
                        p.severities.updateValue(.error, forKey: rule.text)
                    } else {
                        error(
                            SemanticCode.unknownValueWord, "a severity is `off`, `warning` or `error`; found `\(level.text)`",
                            at: level.span)
                    }
                default:
                    guard let e = singleExpression(a) else { continue }
                    switch a.name {
                    case .minTopicConsultations:
                        if let n = integerValue(e, what: "`min_topic_consultations`") {
                            if n >= 0, n <= 1_000_000 {
                                p.minTopicConsultations = Int(n)
                                p.minTopicConsultationsSpan = a.span
                            } else {
                                error(SemanticCode.valueOutOfRange, "`min_topic_consultations` must be 0 or more, found \(n)", at: e.span)
                            }
                        }
                    case .supervisionShare:
                        let v = eval(e)
                        if let share = v.asDecimal, !(share < ExactDecimal(0)), !(ExactDecimal(1) < share) {
                            p.supervisionShare = share
                            p.supervisionShareSpan = a.span
                        } else if case .invalid = v {
                        } else {
                            error(
                                SemanticCode.valueOutOfRange,
                                "`supervision_share` is a share between 0% and 100%, found `\(text(e.span))`", at: e.span,
                                help: "write a percentage such as `10%`")
                        }
                    case .notice:
                        if let n = periodValue(e, what: "the notice period") { p.notice = n }
                    case .maxAbsences:
                        if let n = integerValue(e, what: "`max_absences`") {
                            if n >= 0, n <= 1_000_000 {
                                p.maxAbsences = Int(n)
                            } else {
                                error(SemanticCode.valueOutOfRange, "`max_absences` must be 0 or more, found \(n)", at: e.span)
                            }
                        }
                    default: break
                    }
                }
            }
        }
        return p
    }

    /// `approval` (at most one): steps, each at most once. Ordering is a plan check.
    func buildApproval() -> [ApprovalStep] {
        guard let (d, scope) = approvalDeclarations.first else { return [] }
        for (other, _) in approvalDeclarations.dropFirst() {
            error(
                SemanticCode.duplicateApproval, "a program has at most one `approval`; this is another one",
                at: other.keyword.span, labels: [DiagnosticLabel(d.keyword.span, "first `approval` here")])
        }
        var steps: [ApprovalStep] = []
        var seen: [ApprovalStepKind: Span] = [:]
        inScope(scope) {
            for a in d.attributes {
                guard case .approvalStep(let dayExpression, _, let byExpressions) = a.value,
                      let kind = ApprovalStepKind(rawValue: a.name.rawValue)
                else { continue }
                if let first = seen[kind] {
                    error(
                        SemanticCode.repeatedApprovalStep, "the approval step `\(a.keyword.text)` is given twice",
                        at: a.keyword.span, labels: [DiagnosticLabel(first, "first given here")])
                    continue
                }
                seen[kind] = a.keyword.span
                guard let day = dayValue(dayExpression, what: "an approval step") else { continue }
                var by: [String] = []
                for e in byExpressions {
                    let v = eval(e)
                    switch v {
                    case .string(let s): by.append(s)
                    case .reference(let k, let id): by.append(title(of: k, id))
                    case .invalid: break
                    default:
                        error(SemanticCode.wrongType, "`by` names who did it, as a string; found \(withArticle(v.typeName))", at: e.span)
                    }
                }
                steps.append(ApprovalStep(kind: kind, day: day, by: by, span: a.span))
            }
        }
        return steps
    }

    // MARK: require / warn, role words

    /// Runs every `require`/`warn` over the complete plan (7.6); each fires when false.
    func runAssertions() {
        for a in assertions {
            guard !stopped else { return }
            inScope(a.locals) {
                guard let holds = condition(a.condition), !holds else { return }
                let shown = text(a.condition.span)
                var message = a.kind == .require ? "requirement `\(shown)` does not hold" : "`\(shown)` does not hold"
                if let m = a.message, let s = stringValue(m, what: "the message") { message = s }
                report(
                    Diagnostic(
                        a.kind == .require ? SemanticCode.requireFailed : SemanticCode.warnFailed, message, at: a.span,
                        notes: ["`\(text(a.condition.span))` is false"]))
            }
        }
    }

    /// Role words used in queries that no member has (rule `unknown_role`).
    func checkRoleWords(_ members: [Member]) {
        let roles = Set(members.flatMap(\.roles))
        var seen = Set<Span>()
        for use in roleWordUses where !roles.contains(use.word) && seen.insert(use.span).inserted {
            let s = NameSuggestions.closest(to: use.word, among: roles.sorted())
            report(
                Diagnostic(
                    SemanticCode.unknownRole, "no member has the role `\(use.word)`", at: use.span,
                    help: s.map { "did you mean `\($0)`?" } ?? "roles are the words in members' `role` lists"))
        }
    }
}
