// swift-tools-version: 6.1
// Benchmarks for cplan: a generator of large valid plans (and the equivalent
// Remind file) and the harness in run.sh that times the built `cplan`.
import PackageDescription

let package = Package(
    name: "cplan-benchmarks",
    targets: [
        .executableTarget(name: "PlanGenerator", path: "Sources/PlanGenerator"),
    ]
)
