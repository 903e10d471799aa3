// `cplan report attendance` (LANGUAGE.md 4.5): per member, the held meetings
// with them as participant, and how many they attended, were excused from or missed.

/// One member's attendance over the held meetings of the plan.
public struct AttendanceRow: Sendable, Hashable {
    /// The member ID.
    public var member: String
    /// The member's name.
    public var name: String
    /// Held meetings with the member as a participant.
    public var held: Int
    /// Of those, attended (neither on leave nor absent).
    public var attended: Int
    /// Of those, excused (`leave`).
    public var excused: Int
    /// Of those, absent without leave (`absent`).
    public var absent: Int

    /// Creates a row.
    public init(member: String, name: String, held: Int, attended: Int, excused: Int, absent: Int) {
        self.member = member
        self.name = name
        self.held = held
        self.attended = attended
        self.excused = excused
        self.absent = absent
    }
}

/// The output formats of `cplan report attendance`.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    case table, markdown, csv, json
}

/// Every member in declaration order with their attendance. A meeting counts
/// as held when its status is `held`, or when it is not cancelled and its last
/// day (a tentative window's last day) is before the plan's evaluation day.
/// Only participants count: an `absent` or `leave` record for someone who was
/// not a participant is not counted (the evaluator reports it).
public func attendanceReport(_ plan: Plan) -> [AttendanceRow] {
    let held = plan.meetings.filter { m in
        m.status == .held || (!m.isCancelled && m.date.lastDay < plan.today)
    }
    var rows: [AttendanceRow] = []
    for member in plan.members {
        var row = AttendanceRow(member: member.id, name: member.title, held: 0, attended: 0, excused: 0, absent: 0)
        for m in held where m.participants.contains(member.id) {
            row.held += 1
            if m.leave.contains(member.id) {
                row.excused += 1
            } else if m.absent.contains(member.id) {
                row.absent += 1
            } else {
                row.attended += 1
            }
        }
        rows.append(row)
    }
    return rows
}

/// Renders attendance rows. JSON: `{"plan": {"title", "year"}, "today", "members": [{"id", "name", "held", "attended", "excused", "absent"}]}`.
public func renderAttendance(_ plan: Plan, rows: [AttendanceRow], format: ReportFormat, options: RenderOptions = RenderOptions()) -> String {
    let labels = options.labels(for: plan)
    let headers = [labels.id, labels.member, labels.held, labels.attended, labels.excused, labels.absent]
    let cells = rows.map { [$0.member, $0.name, String($0.held), String($0.attended), String($0.excused), String($0.absent)] }
    let heading = labels.isChinese
        ? "\(plan.header.title) — \(labels.attendanceHeading)（截至 \(plan.today)）"
        : "\(plan.header.title) — \(labels.attendanceHeading) (as of \(plan.today))"
    switch format {
    case .table:
        guard !rows.isEmpty else { return heading + "\n" + labels.noMembers + "\n" }
        return heading + "\n" + TextTable(headers: headers, rows: cells, caps: [16, 24, nil, nil, nil, nil]).render()
    case .markdown:
        var out = "# \(MarkdownRenderer.escapeText(heading))\n\n"
        guard !rows.isEmpty else { return out + MarkdownRenderer.escapeText(labels.noMembers) + "\n" }
        out += MarkdownRenderer.row(headers) + MarkdownRenderer.row(["---", "---", "---:", "---:", "---:", "---:"], raw: [0, 1, 2, 3, 4, 5])
        for c in cells { out += MarkdownRenderer.row(c) }
        return out
    case .csv:
        var out = options.csvBOM ? "\u{FEFF}" : ""
        out += CSVRenderer.record(headers)
        for c in cells { out += CSVRenderer.record(c) }
        return out
    case .json:
        return JSONValue.object([
            JSONMember("plan", .object([
                JSONMember("title", .string(plan.header.title)),
                JSONMember("year", .int(plan.header.year)),
            ])),
            JSONMember("today", .string(plan.today.description)),
            JSONMember("members", .array(rows.map { r in
                .object([
                    JSONMember("id", .string(r.member)), JSONMember("name", .string(r.name)),
                    JSONMember("held", .int(r.held)), JSONMember("attended", .int(r.attended)),
                    JSONMember("excused", .int(r.excused)), JSONMember("absent", .int(r.absent)),
                ])
            })),
        ]).pretty
    }
}
