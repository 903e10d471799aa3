// swift-tools-version: 6.1
// cplan: an interpreter for the annual consultation plans of a CPPCC office.
// The library `ConsultPlan` holds the whole language and does no I/O; the
// executable `cplan` is a thin command-line layer over it.
import PackageDescription

let package = Package(
    name: "cplan",
    products: [
        .library(name: "ConsultPlan", targets: ["ConsultPlan"]),
        .library(name: "LanguageServer", targets: ["LanguageServer"]),
        .executable(name: "cplan", targets: ["cplan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `swift package generate-documentation --target ConsultPlan`; its tools build only when invoked.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // The language: source → tokens → syntax tree → evaluated plan → checks → renderers.
        .target(name: "ConsultPlan"),
        // `cplan lsp`: the Language Server Protocol over the library (no readline, no ArgumentParser).
        .target(name: "LanguageServer", dependencies: ["ConsultPlan"]),
        // GNU readline (GPL-3) reaches only the executable, never the library.
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        // glibc's <malloc.h> (mallopt), for the executable's malloc tuning.
        .systemLibrary(name: "CMalloc"),
        .executableTarget(
            name: "cplan",
            dependencies: [
                "ConsultPlan", "LanguageServer", "CReadline", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ConsultPlanTests",
            dependencies: ["ConsultPlan"],
            // Golden files and plan fixtures are read through #filePath, not as resources.
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "LanguageServerTests",
            dependencies: ["LanguageServer", "ConsultPlan"]
        ),
        .testTarget(
            name: "CLITests",
            // Depending on the executable makes `swift test` build `cplan` before these tests run them.
            dependencies: ["ConsultPlan", "cplan"],
            exclude: ["Fixtures"]
        ),
    ]
)
