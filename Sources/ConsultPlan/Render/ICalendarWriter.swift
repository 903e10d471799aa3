// iCalendar (RFC 5545) content lines: TEXT escaping, folding at 75 octets
// without splitting a UTF-8 character, CRLF ends, UTC and local date-times.

/// Builds an iCalendar stream line by line.
struct ICalendarWriter {
    /// The folded text so far.
    private(set) var text = ""

    /// Appends one content line `NAME[;PARAMS]:VALUE`, folded; `value` is written as is.
    mutating func line(_ name: String, _ value: String) {
        text += ICalendarWriter.fold(name + ":" + value)
    }

    /// Appends a TEXT property, escaping its value.
    mutating func textLine(_ name: String, _ value: String) {
        line(name, ICalendarWriter.escape(value))
    }

    /// TEXT escaping (RFC 5545 3.3.11): `\` `;` `,` and newlines; other control characters dropped.
    static func escape(_ s: String) -> String {
        // Most values have nothing to escape or drop: return them as they are.
        if !s.utf8.contains(where: { b in b == 0x5C || b == 0x3B || b == 0x2C || (b < 0x20 && b != 0x09) || b == 0x7F }) {
            return s
        }
        // Byte by byte: every escaped or dropped character is ASCII, and no byte of a
        // multi-byte UTF-8 character is below 0x80.
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        var previousCR = false
        for b in s.utf8 {
            defer { previousCR = b == 0x0D }
            switch b {
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x3B: out.append(contentsOf: [0x5C, 0x3B])
            case 0x2C: out.append(contentsOf: [0x5C, 0x2C])
            case 0x0D: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0A: if !previousCR { out.append(contentsOf: [0x5C, 0x6E]) }
            case 0x09: out.append(b)
            default:
                if b < 0x20 || b == 0x7F { continue }
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A content line folded so no physical line exceeds 75 octets (the CRLF
    /// excluded); continuation lines start with one space. Breaks fall between
    /// Unicode scalars, so a UTF-8 character is never split.
    static func fold(_ line: String) -> String {
        // Worked on UTF-8 bytes: a scalar is its lead byte and continuation bytes, its
        // size in octets the length of that run. (The scalar-array version cost ≈ 2.6 s
        // of a 100,000-meeting calendar.) A line of at most 75 octets never folds.
        var line = line
        return line.withUTF8 { bytes in
            let n = bytes.count
            if n <= 75 {
                var out = String(decoding: bytes, as: UTF8.self)
                out += "\r\n"
                return out
            }
            func scalarLength(at j: Int) -> Int {
                let b = bytes[j]
                return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            }
            var out: [UInt8] = []
            out.reserveCapacity(n + n / 70 * 3 + 2)
            var used = 0
            var limit = 75
            var i = 0
            while i < n {
                // Keep an escape (`\n`, `\,`) on one line: unfolding would restore a
                // split one, but some readers unescape before they unfold.
                var size = min(scalarLength(at: i), n - i)
                if bytes[i] == 0x5C, i + size < n { size += min(scalarLength(at: i + size), n - i - size) }
                if used + size > limit && used > 0 {
                    out.append(contentsOf: [0x0D, 0x0A, 0x20])
                    used = 0
                    limit = 74  // the leading space takes one octet
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + size)]))
                used += size
                i += size
            }
            out.append(contentsOf: [0x0D, 0x0A])
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `YYYYMMDD`.
    static func date(_ d: Day) -> String {
        let c = d.components
        return Day.pad(c.year, 4) + Day.pad(c.month, 2) + Day.pad(c.day, 2)
    }

    /// `YYYYMMDDTHHMMSS` (local time); 24:00 becomes 00:00 of the next day.
    static func localDateTime(_ d: Day, _ t: TimeOfDay) -> String {
        if t.isEndOfDay, let next = d.adding(days: 1) { return date(next) + "T000000" }
        return date(d) + "T" + Day.pad(t.minutes / 60, 2) + Day.pad(t.minutes % 60, 2) + "00"
    }

    /// `YYYYMMDDTHHMMSSZ` for a local day and minute at `offset` minutes east of UTC.
    static func utcDateTime(_ d: Day, minutes: Int, offset: Int) -> String {
        var total = minutes - offset
        var day = d
        // Offsets are under a day, so at most one step either way; clamp at the calendar's ends.
        while total < 0 { total += 1440; day = day.adding(days: -1) ?? day }
        while total >= 1440 { total -= 1440; day = day.adding(days: 1) ?? day }
        return date(day) + "T" + Day.pad(total / 60, 2) + Day.pad(total % 60, 2) + "00Z"
    }

    /// FNV-1a (64-bit) of the text as 16 hex digits: a stable name for a plan in UIDs.
    static func hash(_ s: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// What the library knows about the plan's time zone for iCalendar output.
///
/// The library carries no time-zone database. It knows the zones of China and
/// its neighbours, which have had one fixed offset and no daylight saving time
/// since 1992 (`Asia/Shanghai`, `Asia/Urumqi`, `Asia/Hong_Kong`, `Asia/Tokyo`…),
/// and writes their `VTIMEZONE` with one `STANDARD` component. For any other
/// zone it uses the offset the host passes in ``RenderOptions/utcOffsetMinutes``
/// (again as one fixed `STANDARD` component: daylight saving time is not
/// represented, so clients that trust the VTIMEZONE over the IANA `TZID` may be
/// off by an hour in summer); without one, timed events are written in floating
/// local time with no `TZID`, and alarms as durations before the start.
struct ICalendarTimeZone: Sendable {
    /// The IANA name.
    var tzid: String
    /// Minutes east of UTC; nil when unknown.
    var offset: Int?
    /// The abbreviation for `TZNAME`.
    var abbreviation: String?

    /// Fixed-offset zones: IANA name → (minutes east of UTC, abbreviation).
    static let known: [String: (Int, String?)] = [
        "Asia/Shanghai": (480, "CST"), "Asia/Chongqing": (480, "CST"), "Asia/Chungking": (480, "CST"),
        "Asia/Harbin": (480, "CST"), "PRC": (480, "CST"), "Asia/Hong_Kong": (480, "HKT"),
        "Asia/Macau": (480, "CST"), "Asia/Taipei": (480, "CST"), "Asia/Singapore": (480, nil),
        "Asia/Kuala_Lumpur": (480, nil), "Asia/Manila": (480, "PHT"), "Asia/Urumqi": (360, nil),
        "Asia/Kashgar": (360, nil), "Asia/Tokyo": (540, "JST"), "Asia/Seoul": (540, "KST"),
        "UTC": (0, "UTC"), "Etc/UTC": (0, "UTC"), "GMT": (0, "GMT"), "Etc/GMT": (0, "GMT"),
    ]

    /// The zone for a plan and the host's options.
    init(name: String, hostOffset: Int?) {
        tzid = name
        if let k = ICalendarTimeZone.known[name] {
            offset = k.0
            abbreviation = k.1
        } else {
            offset = hostOffset
            abbreviation = nil
        }
    }

    /// `+0800`.
    static func offsetText(_ minutes: Int) -> String {
        let sign = minutes < 0 ? "-" : "+"
        let m = abs(minutes)
        return sign + Day.pad(m / 60, 2) + Day.pad(m % 60, 2)
    }

    /// Writes the `VTIMEZONE` (nothing when the offset is unknown).
    func write(_ w: inout ICalendarWriter) {
        guard let offset else { return }
        w.line("BEGIN", "VTIMEZONE")
        w.textLine("TZID", tzid)
        w.line("BEGIN", "STANDARD")
        w.line("DTSTART", "19700101T000000")
        w.line("TZOFFSETFROM", ICalendarTimeZone.offsetText(offset))
        w.line("TZOFFSETTO", ICalendarTimeZone.offsetText(offset))
        if let abbreviation { w.textLine("TZNAME", abbreviation) }
        w.line("END", "STANDARD")
        w.line("END", "VTIMEZONE")
    }
}
