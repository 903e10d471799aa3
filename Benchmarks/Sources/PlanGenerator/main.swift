// Generates a large, valid consultation plan with N meetings — realistic
// participants, departments, tasks, feedback duties and series — and the
// equivalent Remind file (one REM line per meeting, task and feedback deadline).
// Valid means a correct checker finds no errors and no overlaps in it.
//
// Usage: PlanGenerator --meetings N --out plan.cplan [--remind plan.rem] [--seed S]

import Foundation

// MARK: - The 2025 calendar the plan is written against (State Council notice, 2024-11-12)

let offDays2025: Set<String> = [
    "2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02",
    "2025-02-03", "2025-02-04", "2025-04-04", "2025-04-05", "2025-04-06", "2025-05-01", "2025-05-02",
    "2025-05-03", "2025-05-04", "2025-05-05", "2025-05-31", "2025-06-01", "2025-06-02", "2025-10-01",
    "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06", "2025-10-07", "2025-10-08",
]
let makeUpDays2025: Set<String> = ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]

struct SimpleDay: Comparable {
    var y: Int, m: Int, d: Int
    static func < (a: SimpleDay, b: SimpleDay) -> Bool { (a.y, a.m, a.d) < (b.y, b.m, b.d) }
    var text: String { String(format: "%04d-%02d-%02d", y, m, d) }
    static func daysIn(_ y: Int, _ m: Int) -> Int {
        [31, (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    }
    func adding(days n: Int) -> SimpleDay {
        var r = self
        var k = n
        while k > 0 {
            r.d += 1
            if r.d > SimpleDay.daysIn(r.y, r.m) { r.d = 1; r.m += 1; if r.m > 12 { r.m = 1; r.y += 1 } }
            k -= 1
        }
        while k < 0 {
            r.d -= 1
            if r.d < 1 { r.m -= 1; if r.m < 1 { r.m = 12; r.y -= 1 }; r.d = SimpleDay.daysIn(r.y, r.m) }
            k += 1
        }
        return r
    }
    /// Zeller-style weekday, 1 = Monday … 7 = Sunday.
    var weekday: Int {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let yy = m < 3 ? y - 1 : y
        let w = (yy + yy / 4 - yy / 100 + yy / 400 + t[m - 1] + d) % 7  // 0 = Sunday
        return w == 0 ? 7 : w
    }
    var isWorkday: Bool {
        if makeUpDays2025.contains(text) { return true }
        if offDays2025.contains(text) { return false }
        return weekday < 6
    }
}

// MARK: - Arguments

var meetingsWanted = 1000
var outPath = "plan.cplan"
var remindPath: String?
var seed: UInt64 = 1
var args = CommandLine.arguments.dropFirst().makeIterator()
while let a = args.next() {
    switch a {
    case "--meetings": meetingsWanted = Int(args.next() ?? "") ?? meetingsWanted
    case "--out": outPath = args.next() ?? outPath
    case "--remind": remindPath = args.next()
    case "--seed": seed = UInt64(args.next() ?? "") ?? seed
    default:
        FileHandle.standardError.write(Data("usage: PlanGenerator --meetings N --out FILE [--remind FILE] [--seed S]\n".utf8))
        exit(2)
    }
}

var rng = seed &* 0x9E3779B97F4A7C15
@MainActor func random(_ n: Int) -> Int {
    rng = rng &* 6364136223846793005 &+ 1442695040888963407
    return Int((rng >> 33) % UInt64(max(1, n)))
}

// MARK: - The shape of the year

// Plenary 2025-01-13..16 with everyone; nothing else is scheduled those days.
let plenaryDays = Set(["2025-01-13", "2025-01-14", "2025-01-15", "2025-01-16"])
var workdays: [SimpleDay] = []
var day = SimpleDay(y: 2025, m: 1, d: 20)   // after the plenary week: tasks 10 days before stay in the year's data
while day.y == 2025 && day < SimpleDay(y: 2025, m: 11, d: 28) {
    if day.isWorkday && !plenaryDays.contains(day.text) { workdays.append(day) }
    day = day.adding(days: 1)
}
let slots = ["08:00..09:00", "09:00..10:00", "10:00..11:00", "11:00..12:00",
             "13:30..14:30", "14:30..15:30", "15:30..16:30", "16:30..17:30"]
let poolSize = 8
let seriesCount = max(1, meetingsWanted / 2000)
let occurrencesPerSeries = 21
let plainMeetings = max(4, meetingsWanted - seriesCount * occurrencesPerSeries)
// Meetings in the same (day, slot) take disjoint pools, so no participant is double-booked.
let pools = max(6, (plainMeetings + workdays.count * slots.count - 1) / (workdays.count * slots.count))
let capacity = workdays.count * slots.count * pools
let committees = ["econ", "agri", "social", "culture", "edu", "env", "hk", "proposal"]
let committeeTitles = ["经济委员会", "农业和农村委员会", "社会和法制委员会", "文化文史和学习委员会",
                       "教科卫体委员会", "人口资源环境委员会", "港澳台侨和外事委员会", "提案委员会"]
let sectors = (1...12).map { "sector\($0)" }
let parties = ["minge", "minmeng", "minjian", "minjin", "nonggong", "zhigong", "jiusan", "taimeng"]
let partyTitles = ["民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟"]
let departments = (1...40).map { "dept\($0)" }
let forms = ["special_consultation", "symposium", "counterpart", "sector_consultation", "proposal_handling", "online"]
let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗")
let givenNames = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华")

var plan = ""
var rem = ""
@MainActor func w(_ s: String) { plan += s; plan += "\n" }
@MainActor func r(_ s: String) { rem += s; rem += "\n" }

w("// Generated by Benchmarks/Sources/PlanGenerator: \(meetingsWanted) meetings requested, seed \(seed).")
w("plan \"基准测试市政协2025年度协商工作计划\" {")
w("  year 2025")
w("  organization \"基准测试市政协\"")
w("  calendar china")
w("}")
w("")
w("policy {")
w("  min_topic_consultations 4")
w("  supervision_share 5%")
w("}")
w("")
for (c, t) in zip(committees, committeeTitles) { w("committee \(c) \"\(t)\"") }
for (i, s) in sectors.enumerated() { w("sector \(s) \"界别\(i + 1)\"") }
for (p, t) in zip(parties, partyTitles) { w("party \(p) \"\(t)\"") }
for d in departments { w("department \(d) \"市\(d)局\"") }
w("")

// Members: `pools` pools of `poolSize` for plain meetings, then one pool per series.
var memberCount = 0
@MainActor func newMember() -> String {
    memberCount += 1
    let id = "m\(memberCount)"
    let name = String(surnames[random(surnames.count)]) + String(givenNames[random(givenNames.count)]) + String(givenNames[random(givenNames.count)])
    let role = random(10) == 0 ? "  role standing" : ""
    w("member \(id) \"\(name)\" {")
    w("  committee \(committees[random(committees.count)])")
    w("  sector \(sectors[random(sectors.count)])")
    if random(3) == 0 { w("  party \(parties[random(parties.count)])") }
    if !role.isEmpty { w(role) }
    w("}")
    return id
}
var poolMembers: [[String]] = []
for _ in 0..<pools { poolMembers.append((0..<poolSize).map { _ in newMember() }) }
var seriesMembers: [[String]] = []
for _ in 0..<seriesCount { seriesMembers.append((0..<5).map { _ in newMember() }) }
w("")
w("group changwei \"常委会组成人员\" = members where standing in role")
w("")
w("meeting quanhui \"市政协全体会议\" {")
w("  form plenary")
w("  date 2025-01-13 .. 2025-01-16")
w("  participants all")
w("}")
r("REM 2025-01-13 MSG 市政协全体会议")
w("")

var written = 1
for i in 0..<plainMeetings {
    // Spread the meetings evenly over the year's (day, slot, pool) places.
    let place = Int(Double(i) * Double(capacity) / Double(plainMeetings))
    let slotIndex = place / pools            // which (day, slot)
    let pool = place % pools
    let d = workdays[(slotIndex / slots.count) % workdays.count]
    let slot = slots[slotIndex % slots.count]
    let lead = committees[random(committees.count)]
    let dept = departments[random(departments.count)]
    let form = forms[i % forms.count]
    let participants = poolMembers[pool]
    w("meeting mt\(i) \"第\(i + 1)项协商议题\" {")
    w("  form \(form)")
    w("  date \(d.text) \(slot)")
    w("  lead \(lead)")
    w("  participants \(participants.joined(separator: ", "))")
    w("  invite \(dept)")
    w("  source \(["public", "citizens", "department", "cppcc", "party_committee"][i % 5])")
    if i % 8 == 0 { w("  supervision") }
    w("  prepare \"调研报告\" due 10 days before")
    w("  follow_up \"会议纪要\" due 5 workdays after")
    w("  feedback \(dept) within 1 month")
    w("}")
    let start = slot.prefix(5)
    r("REM \(d.text) AT \(start) DURATION 1:00 MSG 第\(i + 1)项协商议题")
    // Deadlines as cplan computes them (LANGUAGE.md 4.3): `N before` rolls back to a
    // working day, `within 1 month` (same day next month, clamped) rolls forward.
    var prep = d.adding(days: -10)
    while !prep.isWorkday { prep = prep.adding(days: -1) }
    r("REM \(prep.text) MSG 准备 调研报告 (mt\(i))")
    var f = d
    var k = 5
    while k > 0 { f = f.adding(days: 1); if f.isWorkday { k -= 1 } }
    r("REM \(f.text) MSG 会议纪要 (mt\(i))")
    var fb = SimpleDay(y: d.m == 12 ? d.y + 1 : d.y, m: d.m == 12 ? 1 : d.m + 1, d: 1)
    fb.d = min(d.d, SimpleDay.daysIn(fb.y, fb.m))
    while !fb.isWorkday { fb = fb.adding(days: 1) }
    r("REM \(fb.text) MSG 反馈 \(dept) (mt\(i))")
    written += 1
}

// Series: every 2 weeks on a weekday, 18:00–19:00, with their own members.
for s in 0..<seriesCount {
    let weekday = ["monday", "tuesday", "wednesday", "thursday", "friday"][s % 5]
    let members = seriesMembers[s]
    w("series sr\(s) \"双周协商座谈会\(s + 1)\" {")
    w("  every 2 weeks on \(weekday) from 2025-02-10 until 2025-12-19")
    w("  time 18:00..19:00")
    w("  form biweekly_forum")
    w("  lead \(committees[s % committees.count])")
    w("  participants \(members.joined(separator: ", "))")
    w("}")
    // The Remind side: one REM per occurrence, on the same days cplan computes (skip days off).
    var d = SimpleDay(y: 2025, m: 2, d: 10)
    while d.weekday != s % 5 + 1 { d = d.adding(days: 1) }
    while d < SimpleDay(y: 2025, m: 12, d: 20) {
        if d.isWorkday { r("REM \(d.text) AT 18:00 DURATION 1:00 MSG 双周协商座谈会\(s + 1)"); written += 1 }
        d = d.adding(days: 14)
    }
}
w("")
w("require count(meetings where form != plenary and form != standing_committee) >= 4 else \"专题协商活动安排不少于4次\"")

do {
    try plan.write(toFile: outPath, atomically: true, encoding: .utf8)
    if let rp = remindPath { try rem.write(toFile: rp, atomically: true, encoding: .utf8) }
} catch {
    FileHandle.standardError.write(Data("cannot write: \(error)\n".utf8))
    exit(2)
}
FileHandle.standardError.write(Data("wrote \(outPath): about \(written) meetings, \(memberCount) members, \(pools) pools\n".utf8))
