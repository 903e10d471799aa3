// swift-tools-version: 6.1
// Benchmarks for cplan: a generator of large valid plans (and the equivalent
// Remind file), a per-phase probe over the library, ordo-one benchmarks of the
// pipeline with malloc counts, and the harness in run.sh.
import PackageDescription

let package = Package(
    name: "cplan-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "cplan", path: ".."),
        // MallocInterposer: malloc counts without jemalloc, and without the runtime
        // interposer package, which is not mirrored here (shared notes, swift-setup §7).
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(name: "PlanGenerator", path: "Sources/PlanGenerator"),
        // Times each phase (lex, parse, evaluate, checks, renderers) in-process and
        // reports resident memory and the diagnostics found, by code.
        // glibc's mallinfo2 for PhaseProbe's `--model` (Swift's Glibc module lacks <malloc.h>).
        .target(name: "CHeapProbe", path: "Sources/CHeapProbe"),
        .executableTarget(
            name: "PhaseProbe",
            dependencies: [.product(name: "ConsultPlan", package: "cplan"), "CHeapProbe"],
            path: "Sources/PhaseProbe"
        ),
        // `swift package benchmark`: lex, parse and evaluate a generated plan, with malloc counts.
        // (The plugin only finds benchmark targets whose folder sits in `Benchmarks/`.)
        .executableTarget(
            name: "PipelineBenchmarks",
            dependencies: [
                .product(name: "ConsultPlan", package: "cplan"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/PipelineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
