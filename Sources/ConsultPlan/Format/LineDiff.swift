// A line diff (Myers' O(ND) algorithm) for `cplan fmt --diff` and editors:
// the formatter changes few lines, so D stays small and the diff is fast.

/// Unified-diff text between two versions of a file.
public enum LineDiff {
    /// One edit step.
    enum Op: Equatable { case keep(Int, Int), delete(Int), insert(Int) }

    /// A unified diff (`---`/`+++` headers, `@@` hunks with 3 lines of context);
    /// empty when the texts are equal.
    public static func unified(old: String, new: String, oldName: String, newName: String) -> String {
        let a = splitLines(old)
        let b = splitLines(new)
        if a == b { return "" }
        let ops = diff(a, b)
        var out = "--- \(oldName)\n+++ \(newName)\n"
        // Group ops into hunks with 3 lines of context.
        var i = 0
        let context = 3
        while i < ops.count {
            guard let firstChange = ops[i...].firstIndex(where: { if case .keep = $0 { return false } else { return true } }) else { break }
            let start = max(i, firstChange - context)
            var end = firstChange
            var lastChange = firstChange
            while end < ops.count {
                if case .keep = ops[end] {
                    if end - lastChange > context * 2 { break }
                } else {
                    lastChange = end
                }
                end += 1
            }
            let stop = min(ops.count, lastChange + context + 1)
            var oldStart = 0, newStart = 0, oldCount = 0, newCount = 0
            var body = ""
            var first = true
            for op in ops[start..<stop] {
                switch op {
                case .keep(let x, let y):
                    if first { oldStart = x; newStart = y; first = false }
                    oldCount += 1; newCount += 1
                    body += " " + a[x] + "\n"
                case .delete(let x):
                    if first { oldStart = x; newStart = position(ops, before: start, inNew: true); first = false }
                    oldCount += 1
                    body += "-" + a[x] + "\n"
                case .insert(let y):
                    if first { newStart = y; oldStart = position(ops, before: start, inNew: false); first = false }
                    newCount += 1
                    body += "+" + b[y] + "\n"
                }
            }
            out += "@@ -\(oldStart + 1),\(oldCount) +\(newStart + 1),\(newCount) @@\n" + body
            i = stop
        }
        return out
    }

    /// The index in the old (or new) file that the op at `index` starts at.
    private static func position(_ ops: [Op], before index: Int, inNew: Bool) -> Int {
        var n = 0
        for op in ops[..<index] {
            switch op {
            case .keep: n += 1
            case .delete: if !inNew { n += 1 }
            case .insert: if inNew { n += 1 }
            }
        }
        return n
    }

    static func splitLines(_ s: String) -> [String] {
        var lines = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The shortest edit script from `a` to `b`.
    static func diff(_ a: [String], _ b: [String]) -> [Op] {
        let n = a.count, m = b.count
        let maxD = n + m
        var v = [Int](repeating: 0, count: 2 * maxD + 2)
        var trace: [[Int]] = []
        var found = false
        outer: for d in 0...maxD {
            trace.append(v)
            var k = -d
            while k <= d {
                var x: Int
                if k == -d || (k != d && v[k - 1 + maxD] < v[k + 1 + maxD]) {
                    x = v[k + 1 + maxD]
                } else {
                    x = v[k - 1 + maxD] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[k + maxD] = x
                if x >= n, y >= m {
                    found = true
                    break outer
                }
                k += 2
            }
        }
        guard found else { return [] }
        // Backtrack.
        var ops: [Op] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let vd = trace[d]
            let k = x - y
            let prevK: Int
            if k == -d || (k != d && vd[k - 1 + maxD] < vd[k + 1 + maxD]) {
                prevK = k + 1
            } else {
                prevK = k - 1
            }
            let prevX = d == 0 ? 0 : vd[prevK + maxD]
            let prevY = prevX - prevK
            while x > prevX, y > prevY {
                x -= 1
                y -= 1
                ops.append(.keep(x, y))
            }
            if d > 0 {
                if x == prevX {
                    y -= 1
                    ops.append(.insert(y))
                } else {
                    x -= 1
                    ops.append(.delete(x))
                }
            }
            x = prevX
            y = prevY
        }
        return ops.reversed()
    }
}
