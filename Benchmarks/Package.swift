// swift-tools-version: 6.1
// Benchmarks for cplan: a generator of large valid plans (and the equivalent
// Remind file), a per-phase probe over the library, and the harness in run.sh.
import PackageDescription

let package = Package(
    name: "cplan-benchmarks",
    dependencies: [
        .package(name: "cplan", path: ".."),
    ],
    targets: [
        .executableTarget(name: "PlanGenerator", path: "Sources/PlanGenerator"),
        // Times each phase (lex, parse, evaluate, checks, renderers) in-process and
        // reports resident memory and the diagnostics found, by code.
        .executableTarget(
            name: "PhaseProbe",
            dependencies: [.product(name: "ConsultPlan", package: "cplan")],
            path: "Sources/PhaseProbe"
        ),
    ]
)
