// StringTable, the evaluator's name table: it must answer exactly as a Dictionary
// would, keep insertion order, and grow without losing keys.

import Testing

@testable import ConsultPlan

@Suite("StringTable")
struct StringTableTests {
    @Test("answers as a Dictionary does, over many keys of every length and script")
    func agreesWithDictionary() {
        var table = StringTable<Int>()
        var reference: [String: Int] = [:]
        var order: [String] = []
        // Short and long ASCII, Chinese (3-byte UTF-8), the empty string, keys that differ
        // only in their last byte or in length: the hash reads 8 bytes at a time plus a tail.
        var keys = ["", "a", "ab", "abcdefgh", "abcdefghi", "abcdefgi", "m1", "m10", "m100", "经济委员会", "经济委员", "forum.3"]
        for i in 0..<3000 { keys.append("mt\(i)") }
        for i in 0..<500 { keys.append("委员\(i)号_long_identifier_\(i % 7)") }
        for (n, k) in keys.enumerated() {
            if reference[k] == nil { order.append(k) }
            table.set(n, for: k)
            reference[k] = n
        }
        #expect(table.count == reference.count)
        #expect(table.keys == order)
        for (k, v) in reference { #expect(table[k] == v) }
        for missing in ["mt3000", "b", "经济", "abcdefghij", "m1000000"] { #expect(table[missing] == nil) }
    }

    @Test("insertIfAbsent keeps the first value and reports it")
    func insertIfAbsent() {
        var table = StringTable<String>()
        #expect(table.insertIfAbsent("first", for: "housing") == nil)
        #expect(table.insertIfAbsent("second", for: "housing") == "first")
        #expect(table["housing"] == "first")
        table.set("third", for: "housing")
        #expect(table["housing"] == "third")
        #expect(table.count == 1)
    }

    @Test("copies are independent (copy on write)")
    func copyOnWrite() {
        var a = StringTable<[Int]>()
        for i in 0..<20 { a.set([i], for: "k\(i)") }
        var b = a
        b.set([99], for: "k3")
        #expect(b.insertIfAbsent([1], for: "new") == nil)
        for i in 20..<200 { b.set([i], for: "k\(i)") }
        #expect(a["k3"] == [3] && a["new"] == nil && a.count == 20 && a["k150"] == nil)
        #expect(b["k3"] == [99] && b["new"] == [1] && b.count == 201 && b["k150"] == [150])
        var c = b
        c.reserveCapacity(10_000)
        c.set([7], for: "k7")
        #expect(b["k7"] == [7 - 0] && c["k7"] == [7] && c.keys == b.keys)
    }

    @Test("reserveCapacity and growth keep every key")
    func growth() {
        var table = StringTable<Int>()
        table.reserveCapacity(10)
        #expect(table.isEmpty)
        for i in 0..<1000 { #expect(table.insertIfAbsent(i, for: "k\(i)") == nil) }
        for i in 0..<1000 { #expect(table["k\(i)"] == i) }
        #expect(table.keys.first == "k0" && table.keys.last == "k999")
    }
}

/// The evaluator's hand-written name classifiers must agree with the sets they stand for.
@Suite("Field and collection names")
struct FieldNameClassifierTests {
    @Test("MeetingField recognises exactly the meeting fields")
    func meetingFields() {
        // The meeting fields of LANGUAGE.md 7.3 (with the extensions listed in ARCHITECTURE).
        let spec: Set<String> = [
            "id", "title", "topic", "form", "start", "end", "days", "tentative", "lead", "with", "participants",
            "invite", "source", "supervision", "feedback", "status",
        ]
        #expect(Evaluator.meetingFields == spec)
        for f in Evaluator.meetingFields { #expect(MeetingField(f)?.rawValue == f) }
        let others = ["", "i", "ids", "titles", "Topic", "forms", "stat", "statuses", "sourcE", "participant", "形式",
                      "members", "role", "date", "time", "venue", "report", "supervisions", "feedbacks", "enD"]
        for s in others { #expect(MeetingField(s) == nil, "\(s)") }
    }

    @Test("isCollectionName recognises exactly the collections")
    func collections() {
        for c in Evaluator.collectionNames { #expect(Evaluator.isCollectionName(c)) }
        for s in ["", "meeting", "member", "group", "Meetings", "departmentz", "committee", "会议", "partys"] {
            #expect(!Evaluator.isCollectionName(s), "\(s)")
        }
    }
}
