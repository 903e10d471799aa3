// ordo-one/benchmark benchmarks of the library's pipeline on a generated plan:
// lex, lex+parse, and the whole evaluation (checks included), with malloc counts.
//
// Run (from Benchmarks/):
//   .build/release/PlanGenerator --meetings 10000 --out /tmp/plan-10000.cplan
//   CPLAN_BENCH_PLAN=/tmp/plan-10000.cplan swift package --allow-writing-to-package-directory benchmark

import Benchmark
import ConsultPlan
import Foundation

/// The plan under test: `CPLAN_BENCH_PLAN`, else the 10k plan run.sh leaves in /tmp.
let planPath = ProcessInfo.processInfo.environment["CPLAN_BENCH_PLAN"] ?? "/tmp/plan-10000.cplan"

let benchmarks: @Sendable () -> Void = {
    guard let data = FileManager.default.contents(atPath: planPath) else {
        print("PipelineBenchmarks: no plan at \(planPath); generate one with PlanGenerator and set CPLAN_BENCH_PLAN")
        return
    }
    let file = SourceFile(name: planPath, bytes: [UInt8](data))
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident]
    let configuration = Benchmark.Configuration(metrics: metrics, maxDuration: .seconds(10), maxIterations: 10)

    Benchmark("lex", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Lexer.tokenize(file, id: FileID(0))) }
    }
    Benchmark("lex+parse", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Parser.parse(file, id: FileID(0))) }
    }
    Benchmark("evaluate+checks", configuration: configuration) { benchmark in
        let engine = Engine(configuration: Engine.Configuration(today: Day(year: 2025, month: 6, day: 1) ?? .minimum))
        for _ in benchmark.scaledIterations { blackHole(engine.evaluate(file: file)) }
    }
}
