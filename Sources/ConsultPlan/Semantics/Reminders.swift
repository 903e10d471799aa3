// Reminders (LANGUAGE.md 8, 4.5, 4.6): what is due around a day — notices,
// tasks, meetings to attend, written feedback and approval steps — and `--who`.

/// What a reminder is about, in the order reminders of one day are listed.
public enum ReminderKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Send the notice and materials (dated the notice day).
    case notice
    /// A preparation task (dated its due day).
    case prepare
    /// A follow-up task (dated its due day).
    case followUp = "follow_up"
    /// Attend the meeting (dated its first day).
    case meeting
    /// Written feedback a department owes (dated its due day).
    case feedback
    /// A future approval step (dated its day).
    case approval

    /// Position in the listing order of one day.
    var rank: Int { ReminderKind.allCases.firstIndex(of: self) ?? 0 }
}

/// Where a reminder stands relative to the day it is asked for.
public enum ReminderStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// Dated after the day asked for.
    case upcoming
    /// Dated the day asked for.
    case due
    /// Feedback whose due day has passed with nothing received.
    case overdue
    /// A computed reminder of a tentative (month or quarter) meeting.
    case tentative
}

/// One reminder: a dated thing someone has to do.
public struct Reminder: Sendable, Hashable {
    /// The day it is dated (an overdue feedback keeps its due day).
    public var date: Day
    /// What it is about.
    public var kind: ReminderKind
    /// The meeting ID; nil for approval steps.
    public var meeting: String?
    /// Who has to act: declared IDs only (units, members, departments).
    public var who: [String]
    /// Who has to act when written as text: a string `by`, or an approval step's `by`.
    public var by: [String]
    /// What to do, in the output locale.
    public var text: String
    /// Where it stands relative to the day asked for.
    public var status: ReminderStatus

    /// Creates a reminder.
    public init(date: Day, kind: ReminderKind, meeting: String?, who: [String], by: [String], text: String, status: ReminderStatus) {
        self.date = date
        self.kind = kind
        self.meeting = meeting
        self.who = who
        self.by = by
        self.text = text
        self.status = status
    }
}

extension Plan {
    /// The reminders as of `on`: every reminder dated `on` through `on + days`
    /// (both included), plus every overdue feedback.
    ///
    /// - Notice: dated ``Meeting/noticeDay``; `who` is the lead.
    /// - Prepare / follow-up: dated the task's due day; `who` is the `by` ID (the
    ///   lead when none); a string `by` goes in ``Reminder/by``.
    /// - Meeting: dated its first day; `who` is the participants, then the invited departments.
    /// - Feedback: dated its due day; `who` is the department; `overdue` when
    ///   the due day is before `on` and nothing was received; received feedback
    ///   has no reminder at all.
    /// - Approval: a step dated within the range (so not in the past); `by` is the step's `by`.
    ///
    /// Cancelled meetings have no reminders. A tentative meeting's computed
    /// reminders are dated its window's first day with status `tentative` and
    /// are listed while the window overlaps the range; never `overdue`. A task
    /// with an explicit `due DAY` keeps its day and the ordinary status.
    ///
    /// Order: date, then kind (``ReminderKind`` order), then ``Meeting/order``,
    /// then the order of the attributes inside a meeting.
    ///
    /// - Parameters:
    ///   - on: The day asked for (`--on`).
    ///   - days: How many days after `on` to include; negative counts as 0.
    ///   - who: Keep only reminders whose `who` holds this ID or one of its members
    ///     (a committee, sector, party or group stands for its members too).
    ///   - locale: `zh-CN` or `en` for ``Reminder/text``; nil means the plan's locale.
    public func reminders(on: Day, days: Int, who: String? = nil, locale: String? = nil) -> [Reminder] {
        let labels = Labels.for(locale ?? header.locale)
        let last = on.adding(days: max(0, days)) ?? .maximum
        let range = on...last
        var found: [(reminder: Reminder, meetingOrder: Int, sequence: Int)] = []
        var sequence = 0
        func add(_ r: Reminder, _ order: Int) {
            found.append((r, order, sequence))
            sequence += 1
        }
        func ordinaryStatus(_ d: Day) -> ReminderStatus { d == on ? .due : .upcoming }

        // Each meeting is read in place (a Meeting copy retains a dozen references), and
        // texts and lists are built only for the reminders that fall in the range: the
        // 100,000-meeting plan has 400,000 candidates for a few thousand reminders.
        func visit(_ m: borrowing Meeting) {
            guard !m.isCancelled else { return }
            let tentative = m.isTentative
            // A tentative meeting's computed reminders stand while its window overlaps the range.
            let windowOverlaps = m.date.firstDay <= last && m.date.lastDay >= on
            let lead = m.lead
            func leadWho() -> [String] { lead.map { [$0] } ?? [] }
            let windowStart = m.date.firstDay

            // notice
            if tentative {
                if windowOverlaps {
                    add(Reminder(date: windowStart, kind: .notice, meeting: m.id, who: leadWho(), by: [],
                                 text: labels.noticeText(m.title), status: .tentative), m.order)
                }
            } else if let nd = m.noticeDay, range.contains(nd) {
                add(Reminder(date: nd, kind: .notice, meeting: m.id, who: leadWho(), by: [],
                             text: labels.noticeText(m.title), status: ordinaryStatus(nd)), m.order)
            }

            // prepare and follow_up
            for task in m.tasks {
                let dated: (Day, ReminderStatus)
                if tentative && task.dueIsTentative {
                    guard windowOverlaps else { continue }
                    dated = (windowStart, .tentative)
                } else {
                    guard range.contains(task.due) else { continue }
                    dated = (task.due, ordinaryStatus(task.due))
                }
                var taskWho: [String] = []
                var taskBy: [String] = []
                switch task.by {
                case .id(let id): taskWho = [id]
                case .text(let t): taskBy = [t]
                case nil: taskWho = leadWho()
                }
                let kind: ReminderKind = task.kind == .prepare ? .prepare : .followUp
                let text = task.kind == .prepare ? labels.prepareText(task.title, m.title) : labels.followUpText(task.title, m.title)
                add(Reminder(date: dated.0, kind: kind, meeting: m.id, who: taskWho, by: taskBy,
                             text: text, status: dated.1), m.order)
            }

            // meeting
            if tentative {
                if windowOverlaps {
                    add(Reminder(date: windowStart, kind: .meeting, meeting: m.id, who: m.participants + m.invite, by: [],
                                 text: labels.meetingText(m.title, m.date), status: .tentative), m.order)
                }
            } else if range.contains(m.date.firstDay) {
                add(Reminder(date: m.date.firstDay, kind: .meeting, meeting: m.id, who: m.participants + m.invite, by: [],
                             text: labels.meetingText(m.title, m.date), status: ordinaryStatus(m.date.firstDay)), m.order)
            }

            // feedback
            for duty in m.feedback where duty.received == nil {
                let dated: (Day, ReminderStatus)
                if tentative {
                    // Computed from a window, so never overdue (4.6).
                    guard windowOverlaps else { continue }
                    dated = (windowStart, .tentative)
                } else if let due = duty.due {
                    if due < on {
                        dated = (due, .overdue)
                    } else if range.contains(due) {
                        dated = (due, ordinaryStatus(due))
                    } else {
                        continue
                    }
                } else {
                    continue
                }
                add(Reminder(date: dated.0, kind: .feedback, meeting: m.id, who: [duty.department], by: [],
                             text: labels.feedbackText(departmentTitle(duty.department), m.title), status: dated.1), m.order)
            }
        }
        meetings.withUnsafeBufferPointer { all in
            for i in all.indices { visit(all[i]) }
        }

        // approval steps dated within the range
        for step in approval where range.contains(step.day) {
            add(Reminder(date: step.day, kind: .approval, meeting: nil, who: [], by: step.by,
                         text: labels.approvalText(step.kind, step.by), status: ordinaryStatus(step.day)), Int.max)
        }

        var selected = found
        if let who, !who.isEmpty {
            let wanted = concernedIDs(for: who)
            selected = found.filter { $0.reminder.who.contains(where: wanted.contains) }
        }
        // Sort small keys, not the reminders; `sequence` is unique, so the order is total.
        var keys = selected.indices.map { i in
            (date: selected[i].reminder.date, rank: selected[i].reminder.kind.rank, order: selected[i].meetingOrder,
             sequence: selected[i].sequence, index: i)
        }
        keys.sort { a, b in
            if a.date != b.date { return a.date < b.date }
            if a.rank != b.rank { return a.rank < b.rank }
            if a.order != b.order { return a.order < b.order }
            return a.sequence < b.sequence
        }
        return keys.map { selected[$0.index].reminder }
    }

    /// The IDs that stand for `id` in `--who`: the ID itself, plus the members
    /// of a committee, sector, party or group. An unknown ID stands for itself only.
    public func concernedIDs(for id: String) -> Set<String> {
        var ids: Set<String> = [id]
        for org in committees + sectors + parties where org.id == id {
            ids.formUnion(org.members)
        }
        for g in groups where g.id == id {
            ids.formUnion(g.members)
        }
        return ids
    }

    /// The title of a department (its ID when unknown).
    func departmentTitle(_ id: String) -> String {
        departments.first { $0.id == id }?.title ?? id
    }

    /// The title of any declared committee, sector, party, department, member or group.
    func displayName(_ id: String) -> String {
        // Each list searched where it is: concatenating them copied every organisation per call.
        for list in [committees, sectors, parties, departments] {
            if let o = list.first(where: { $0.id == id }) { return o.title }
        }
        if let m = members.first(where: { $0.id == id }) { return m.title }
        if let g = groups.first(where: { $0.id == id }) { return g.title }
        return id
    }
}
