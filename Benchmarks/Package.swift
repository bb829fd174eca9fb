// swift-tools-version:6.1
import PackageDescription

// Benchmarks WasmLua against the WasmKit 0.4.2 engine in one process. A separate package, so
// the product targets never depend on WasmKit's engine. `scripts/bench` links the project root
// as `.deps/WasmLua` (a path dependency's identity is its folder name).
let package = Package(
    name: "WasmLuaBenchmarks",
    dependencies: [
        .package(path: ".deps/WasmLua"),
        .package(url: "https://github.com/swiftwasm/WasmKit.git", exact: "0.4.2"),
    ],
    targets: [
        .executableTarget(
            name: "wasmlua-bench",
            dependencies: [
                .product(name: "WasmInterpreter", package: "WasmLua"),
                .product(name: "WasmInterpreterWASI", package: "WasmLua"),
                .product(name: "WasmKit", package: "WasmKit"),
                .product(name: "WasmKitWASI", package: "WasmKit"),
                .product(name: "WAT", package: "WasmKit"),
            ]
        )
    ]
)
