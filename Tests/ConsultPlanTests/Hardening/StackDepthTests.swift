// Nesting right under the limit must not overflow a secondary thread's stack in any
// phase (the parser's tests measure parsing alone): evaluation, formatting, tree dumps.

import Foundation
import Testing
@testable import ConsultPlan

/// Runs `body` on a thread with the parser tests' `smallStackSize` (4 MiB debug,
/// 1 MiB release: 256 levels need about 2 MiB in debug and 560 KiB in release) and waits.
private func evaluateOnSmallStack(_ body: @escaping @Sendable () -> Void) {
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        body()
        done.signal()
    }
    thread.stackSize = smallStackSize
    thread.start()
    done.wait()
}

private let header = "plan \"P\" { year 2025 }\n"

/// Programs nested just under the default limit of 256, one per kind of nesting.
private let deepPrograms: [String] = [
    header + "let x = " + String(repeating: "(", count: 250) + "1" + String(repeating: ")", count: 250) + "\n",
    header + "let x = " + String(repeating: "[", count: 250) + String(repeating: "]", count: 250) + "\n",
    header + "let x = " + String(repeating: "not ", count: 250) + "true\n",
    header + "let x = " + String(repeating: "- ", count: 250) + "1\n",
    header + "let x = 1" + String(repeating: " + 1", count: 250) + "\n",
    header + String(repeating: "if true {\n", count: 250) + "let y = 1\n" + String(repeating: "}\n", count: 250),
    header + "let x = " + String(repeating: "\"\\(", count: 30) + "1" + String(repeating: ")\"", count: 30) + "\n",
]

@Suite struct StackDepthTests {
    @Test(arguments: deepPrograms.indices)
    func deepNestingFitsASmallStack(_ index: Int) {
        let text = deepPrograms[index]
        evaluateOnSmallStack {
            let file = SourceFile(name: "deep.cplan", text: text)
            _ = Engine().evaluate(file: file)
            _ = Formatter.format(file)
            _ = dumpTree(Parser.parse(file, id: FileID(0)).program)
        }
        // Reaching this line is the test: an overflow would have killed the process.
        #expect(Bool(true))
    }
}
