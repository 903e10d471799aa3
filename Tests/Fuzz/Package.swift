// swift-tools-version: 6.1
// libFuzzer targets for the cplan library, kept in their own package because a
// fuzzer executable inside the root package breaks plain `swift build`/`swift test`.
// Build: swift build -c release --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address
import PackageDescription

let package = Package(
    name: "CPlanFuzz",
    dependencies: [.package(name: "cplan", path: "../..")],
    targets: [
        // Lexer + parser on arbitrary bytes, with span and token invariants.
        .executableTarget(name: "FuzzParse", dependencies: [.product(name: "ConsultPlan", package: "cplan")]),
        // Evaluation, checks and every renderer, under small limits.
        .executableTarget(name: "FuzzEvaluate", dependencies: [.product(name: "ConsultPlan", package: "cplan")]),
        // The formatter's round trip: idempotent, and its output parses cleanly.
        .executableTarget(name: "FuzzFormat", dependencies: [.product(name: "ConsultPlan", package: "cplan")]),
    ]
)
