// Exact decimal numbers for the language: 0.1 + 0.2 == 0.3. A mantissa and a
// count of fraction digits; every operation reports overflow instead of trapping.

/// An exact decimal `mantissa × 10^-scale`, normalised (no trailing fraction zeros).
public struct ExactDecimal: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The digits as an integer.
    public let mantissa: Int64
    /// How many of them are fraction digits (0…18).
    public let scale: Int

    /// The most fraction digits kept; division rounds half-even to this.
    public static let maxScale = 18

    /// Creates and normalises; nil when the scale is out of range.
    public init?(mantissa: Int64, scale: Int) {
        guard scale >= 0, scale <= ExactDecimal.maxScale else { return nil }
        var m = mantissa
        var s = scale
        while s > 0, m % 10 == 0 {
            m /= 10
            s -= 1
        }
        self.mantissa = m
        self.scale = s
    }

    /// An integer as a decimal.
    public init(_ n: Int64) {
        mantissa = n
        scale = 0
    }

    /// Parses `123`, `3.5`; nil when it does not fit.
    public init?(parsing text: Substring) {
        var m: Int64 = 0
        var s = 0
        var seenDot = false
        for c in text.utf8 {
            if c == 0x2E {
                if seenDot { return nil }
                seenDot = true
                continue
            }
            guard c >= 0x30, c <= 0x39 else { return nil }
            let (a, o1) = m.multipliedReportingOverflow(by: 10)
            let (b, o2) = a.addingReportingOverflow(Int64(c - 0x30))
            if o1 || o2 { return nil }
            m = b
            if seenDot { s += 1 }
        }
        self.init(mantissa: m, scale: s)
    }

    private static func pow10(_ n: Int) -> Int64? {
        var r: Int64 = 1
        for _ in 0..<n {
            let (x, o) = r.multipliedReportingOverflow(by: 10)
            if o { return nil }
            r = x
        }
        return r
    }

    /// Both mantissas at the larger scale; nil on overflow.
    private static func aligned(_ a: ExactDecimal, _ b: ExactDecimal) -> (Int64, Int64, Int)? {
        let s = max(a.scale, b.scale)
        guard let fa = pow10(s - a.scale), let fb = pow10(s - b.scale) else { return nil }
        let (x, o1) = a.mantissa.multipliedReportingOverflow(by: fa)
        let (y, o2) = b.mantissa.multipliedReportingOverflow(by: fb)
        if o1 || o2 { return nil }
        return (x, y, s)
    }

    /// Sum, nil on overflow.
    public func adding(_ o: ExactDecimal) -> ExactDecimal? {
        guard let (x, y, s) = ExactDecimal.aligned(self, o) else { return nil }
        let (r, ov) = x.addingReportingOverflow(y)
        return ov ? nil : ExactDecimal(mantissa: r, scale: s)
    }

    /// Difference, nil on overflow.
    public func subtracting(_ o: ExactDecimal) -> ExactDecimal? {
        guard let (x, y, s) = ExactDecimal.aligned(self, o) else { return nil }
        let (r, ov) = x.subtractingReportingOverflow(y)
        return ov ? nil : ExactDecimal(mantissa: r, scale: s)
    }

    /// Product, nil on overflow (or more than 18 fraction digits that do not cancel).
    public func multiplying(_ o: ExactDecimal) -> ExactDecimal? {
        let (r, ov) = mantissa.multipliedReportingOverflow(by: o.mantissa)
        if ov { return nil }
        var m = r
        var s = scale + o.scale
        while s > ExactDecimal.maxScale {
            m /= 10
            s -= 1
        }
        return ExactDecimal(mantissa: m, scale: s)
    }

    /// Quotient rounded half-even to the most fraction digits that fit;
    /// nil for division by zero or overflow.
    public func dividing(by o: ExactDecimal) -> ExactDecimal? {
        guard o.mantissa != 0 else { return nil }
        // self / o = (m1 / 10^s1) / (m2 / 10^s2) = m1 * 10^s2 / (m2 * 10^s1)
        var num = mantissa
        var den = o.mantissa
        if den < 0 {
            guard den != Int64.min, num != Int64.min else { return nil }
            den = -den
            num = -num
        }
        // Scale the numerator by 10^(o.scale) and the denominator by 10^(scale).
        guard let fn = ExactDecimal.pow10(o.scale), let fd = ExactDecimal.pow10(scale) else { return nil }
        let (n1, ov1) = num.multipliedReportingOverflow(by: fn)
        let (d1, ov2) = den.multipliedReportingOverflow(by: fd)
        if ov1 || ov2 { return nil }
        // Long division, digit by digit, as far as the scale and Int64 allow.
        let negative = n1 < 0
        guard n1 != Int64.min else { return nil }
        var rem = negative ? -n1 : n1
        var q = rem / d1
        rem %= d1
        var s = 0
        while rem != 0, s < ExactDecimal.maxScale {
            let (q10, o1) = q.multipliedReportingOverflow(by: 10)
            let (r10, o2) = rem.multipliedReportingOverflow(by: 10)
            if o1 || o2 { break }
            let (qn, o3) = q10.addingReportingOverflow(r10 / d1)
            if o3 { break }
            q = qn
            rem = r10 % d1
            s += 1
        }
        // Round half-even on the remainder.
        if rem != 0 {
            let twice = rem.multipliedReportingOverflow(by: 2)
            let cmp: Int = twice.overflow ? 1 : (twice.partialValue > d1 ? 1 : (twice.partialValue == d1 ? 0 : -1))
            if cmp > 0 || (cmp == 0 && q % 2 != 0) {
                let (qr, o) = q.addingReportingOverflow(1)
                if o { return nil }
                q = qr
            }
        }
        return ExactDecimal(mantissa: negative ? -q : q, scale: s)
    }

    /// Negation, nil for the one value that has none.
    public var negated: ExactDecimal? {
        mantissa == Int64.min ? nil : ExactDecimal(mantissa: -mantissa, scale: scale)
    }

    /// The integer value when there is no fraction.
    public var integerValue: Int64? { scale == 0 ? mantissa : nil }

    public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
        if let (x, y, _) = aligned(a, b) { return x < y }
        // Alignment overflowed: compare via Double, close enough for ordering such magnitudes.
        return a.approximate < b.approximate
    }

    /// A binary floating-point approximation, for display of ratios only.
    public var approximate: Double {
        var d = Double(mantissa)
        for _ in 0..<scale { d /= 10 }
        return d
    }

    /// `3.5`, `-0.25`, `42`.
    public var description: String {
        guard scale > 0 else { return String(mantissa) }
        let negative = mantissa < 0
        var digits = String(mantissa.magnitude)
        if digits.count <= scale {
            digits = String(repeating: "0", count: scale - digits.count + 1) + digits
        }
        let cut = digits.index(digits.endIndex, offsetBy: -scale)
        return (negative ? "-" : "") + digits[..<cut] + "." + digits[cut...]
    }
}
