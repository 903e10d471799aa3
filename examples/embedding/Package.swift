// swift-tools-version: 6.1
// An example host: a plan-submission portal that embeds the ConsultPlan library in-process,
// depending on the cplan package by path and using only its documented public API.
import PackageDescription

let package = Package(
    name: "EmbeddingExample",
    dependencies: [
        .package(name: "cplan", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "plan-portal",
            dependencies: [.product(name: "ConsultPlan", package: "cplan")],
            path: "Sources/PlanPortal"
        ),
    ]
)
