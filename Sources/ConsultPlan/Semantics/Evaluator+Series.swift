// Series (LANGUAGE.md 4.4): the `every` cadence, expansion into occurrences
// `forum.1 …` by the calendar where the series stands, topics, and their warnings.

extension Evaluator {
    /// Expands the series at a declaration index into occurrences (phase 1, where it stands).
    func expandSeries(_ index: Int) {
        let entry = declarations[index]
        let d = entry.declaration
        let saved = locals
        defer { locals = saved }
        locals = entry.locals
        let titleText = title(ofDeclaration: index)
        var info = SeriesEntry(
            declaration: index, id: entry.id, title: titleText, occurrences: [], topicCount: nil, topicsSpan: nil,
            everySpan: entry.nameSpan, times: nil)
        defer {
            seriesEntries.append(info)
            seriesByDeclaration[index] = seriesEntries.count - 1
        }
        if let t = attribute(d, .time), case .timeSpan(let s, let e) = t.value { info.times = timeSpan(s, e) }
        var topics: [String?] = []
        if let t = attribute(d, .topics) {
            info.topicsSpan = t.span
            for e in expressions(t) {
                let v = eval(e)
                if case .list(let items) = v {
                    for item in items { topics.append(topicText(item, at: e.span)) }
                } else {
                    topics.append(topicText(v, at: e.span))
                }
            }
            info.topicCount = topics.count
        }
        guard let everyAttribute = attribute(d, .every), case .every(let spec) = everyAttribute.value else {
            error(
                SemanticCode.missingAttribute, "series `\(entry.id)` has no `every`", at: entry.nameSpan,
                help: "add a cadence: `every 2 weeks on thursday from 2025-03-06 until 2025-06-26`")
            return
        }
        info.everySpan = everyAttribute.span
        let skip = attribute(d, .skipHolidays), shift = attribute(d, .shiftHolidays)
        if let skip, let shift {
            error(
                SemanticCode.badCadence, "a series either skips or shifts holidays, not both", at: shift.keyword.span,
                labels: [DiagnosticLabel(skip.keyword.span, "`skip holidays` given here")])
        }
        guard let cadence = cadence(spec, at: everyAttribute.span),
              let from = dayValue(spec.from, what: "`from`"), let until = dayValue(spec.until, what: "`until`")
        else { return }
        guard from <= until else {
            error(
                SemanticCode.endBeforeStart, "the series ends (until \(until)) before it starts (from \(from))",
                at: spec.until.span)
            return
        }
        let remaining = max(0, limits.maxGeneratedMeetings - generatedMeetings)
        let result = calendar.seriesOccurrences(
            cadence, from: from, until: until, mode: shift != nil && skip == nil ? .shift : .skip, limit: remaining)
        if result.limitExceeded {
            _ = countGeneratedMeetings(remaining + 1, at: everyAttribute.span)
            return
        }
        guard countGeneratedMeetings(result.days.count, at: everyAttribute.span) else { return }
        for day in result.days { noteComputed(day) }
        for (k, day) in result.days.enumerated() {
            let number = k + 1
            let oid = "\(entry.id).\(number)"
            let topic = k < topics.count ? topics[k] : nil
            meetingSources.append(.occurrence(series: seriesEntries.count, number: number, day: day, topic: topic ?? nil))
            meetingIndex.set(meetingSources.count - 1, for: oid)
            lastMeetingLookup = nil
            info.occurrences.append(oid)
        }
        if let count = info.topicCount, count != result.days.count, let span = info.topicsSpan {
            var notes: [String] = []
            if !result.skipped.isEmpty {
                notes.append("skipped as days off: \(result.skipped.map(\.description).joined(separator: ", "))")
            }
            report(
                Diagnostic(
                    SemanticCode.seriesTopics,
                    "series `\(entry.id)` has \(result.days.count) occurrence\(result.days.count == 1 ? "" : "s") but \(count) topic\(count == 1 ? "" : "s")",
                    at: span, notes: notes,
                    help: count > result.days.count
                        ? "drop \(count - result.days.count) topic\(count - result.days.count == 1 ? "" : "s") or extend `until`"
                        : "add \(result.days.count - count) topic\(result.days.count - count == 1 ? "" : "s"); the rest take the series topic"))
        }
        for merged in result.merged {
            report(
                Diagnostic(
                    SemanticCode.seriesShift,
                    "the occurrence of \(merged.from) falls on a day off and shifts to \(merged.to), which already has an occurrence; the two merge",
                    at: everyAttribute.span))
        }
        for dropped in result.droppedPastUntil {
            report(
                Diagnostic(
                    SemanticCode.seriesShift,
                    "the occurrence of \(dropped.from) falls on a day off and would shift to \(dropped.to), past `until` \(until); it is dropped",
                    at: everyAttribute.span))
        }
    }

    /// A topic must be a string.
    private func topicText(_ v: Value, at span: Span) -> String? {
        switch v {
        case .string(let s): return s
        case .invalid: return nil
        default:
            error(SemanticCode.wrongType, "a topic must be a string, found \(withArticle(v.typeName))", at: span)
            return nil
        }
    }

    /// `every (N days | N weeks | N months | week | month) [on [ORDINAL] WEEKDAY]` as a cadence;
    /// `on WEEKDAY` only with weeks, `on ORDINAL WEEKDAY` only with months.
    private func cadence(_ spec: EverySpec, at span: Span) -> SeriesCadence? {
        var amount: Int64 = 1
        var unit: DurationUnit
        if let interval = spec.interval {
            let v = eval(interval)
            guard case .duration(let d) = v else {
                if case .invalid = v { return nil }
                error(
                    SemanticCode.wrongType, "`every` needs a cadence like `2 weeks`, found \(withArticle(v.typeName))",
                    at: interval.span)
                return nil
            }
            amount = d.amount
            unit = d.unit
            guard unit == .days || unit == .weeks || unit == .months else {
                error(
                    SemanticCode.badCadence, "a series repeats every N days, weeks or months; found `\(d)`",
                    at: interval.span,
                    help: unit == .workdays ? "for every working day write `every 1 days` with `skip holidays`" : nil)
                return nil
            }
            guard amount >= 1, amount <= 10_000 else {
                error(SemanticCode.valueOutOfRange, "a series repeats every 1 to 10000 units; found `\(d)`", at: interval.span)
                return nil
            }
        } else if let word = spec.unitWord {
            unit = Keywords.grammarWord(word.text, is: "month") ? .months : .weeks
        } else {
            return nil
        }
        var weekday: Weekday?
        if let w = spec.weekday {
            guard let day = Keywords.weekdays[w.text] else {
                let s = NameSuggestions.closest(to: w.text, among: Keywords.weekdays.keys.sorted())
                error(
                    SemanticCode.unknownValueWord, "`\(w.text)` is not a weekday", at: w.span,
                    help: s.map { "did you mean `\($0)`?" })
                return nil
            }
            weekday = day
        }
        var ordinal: Int?
        if let o = spec.ordinal {
            let table: [(String, Int)] = [("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("last", -1)]
            ordinal = table.first { Keywords.grammarWord(o.text, is: $0.0) }?.1
            if ordinal == nil {
                error(
                    SemanticCode.badCadence, "`\(o.text)` is not an ordinal (first, second, third, fourth, last)",
                    at: o.span)
                return nil
            }
        }
        let n = Int(amount)
        switch unit {
        case .weeks:
            if let o = spec.ordinal {
                error(
                    SemanticCode.badCadence, "`on \(o.text) …` goes with months; a weekly series takes `on WEEKDAY`",
                    at: o.span, help: "write `every month on \(o.text) \(spec.weekday?.text ?? "thursday")`")
                return nil
            }
            return .weeks(n, on: weekday)
        case .months:
            if weekday != nil, ordinal == nil {
                error(
                    SemanticCode.badCadence, "a monthly series needs an ordinal before the weekday",
                    at: spec.weekday?.span ?? span,
                    help: "write `on first \(spec.weekday?.text ?? "monday")` (first, second, third, fourth or last)")
                return nil
            }
            return .months(n, ordinal: ordinal, weekday: weekday)
        default:
            if let on = spec.onWord {
                error(
                    SemanticCode.badCadence,
                    "`on` goes with weeks (`on thursday`) or months (`on first monday`), not with days",
                    at: on.span)
                return nil
            }
            return .days(n)
        }
    }

    /// Series facts for the plan, with the checks that need the plan's year and form (phase 2).
    func seriesInfos() -> [SeriesInfo] {
        seriesEntries.map { s in
            let entry = declarations[s.declaration]
            let d = entry.declaration
            inScope(entry.locals) { checkRepeatedAttributes(d) }
            if attribute(d, .form) == nil {
                error(
                    SemanticCode.missingAttribute, "series `\(s.id)` has no `form`", at: entry.nameSpan,
                    help: "add a form such as `form biweekly_forum`")
            }
            if let year = header?.year {
                let outside = s.occurrences.compactMap { meetingIndex[$0] }.compactMap { i -> Day? in
                    if case .occurrence(_, _, let day, _) = meetingSources[i], day.year != year { return day }
                    return nil
                }
                if let first = outside.first {
                    error(
                        SemanticCode.outsideYear,
                        "\(outside.count) occurrence\(outside.count == 1 ? "" : "s") of series `\(s.id)` fall outside the plan's year \(year) (the first on \(first))",
                        at: s.everySpan, help: "keep `from` and `until` within \(year)")
                }
            }
            return SeriesInfo(
                id: s.id, title: s.title, occurrences: s.occurrences, topicCount: s.topicCount,
                topicsSpan: s.topicsSpan, everySpan: s.everySpan, span: d.span)
        }
    }
}
