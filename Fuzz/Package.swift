// swift-tools-version:6.1
import PackageDescription

// Coverage-guided fuzz targets (libFuzzer), built by `scripts/fuzz lib TARGET SECONDS` with
// `-sanitize=fuzzer,address` on the command line. A separate package: its targets have no Swift
// `main` (libFuzzer's is linked in), which takes `-parse-as-library`, an unsafe flag the product
// package must not carry. `scripts/fuzz` links the project root as `.deps/WasmLua`.
let libFuzzerEntry: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "WasmLuaFuzz",
    dependencies: [.package(path: ".deps/WasmLua")],
    targets: [
        // The entry point the targets share (libFuzzer's driver).
        .target(name: "FuzzDriver"),
        // Binary modules: decoding, validation, translation, instantiation, and calls with fuel.
        .executableTarget(
            name: "fuzz-module", dependencies: ["FuzzDriver", .product(name: "WasmInterpreter", package: "WasmLua")],
            swiftSettings: libFuzzerEntry),
        // WebAssembly text.
        .executableTarget(
            name: "fuzz-wat", dependencies: ["FuzzDriver", .product(name: "WasmInterpreter", package: "WasmLua")],
            swiftSettings: libFuzzerEntry),
        // The Lua front end: a byte-driven sequence of `wasm` API calls, run as a Lua script.
        .executableTarget(
            name: "fuzz-lua", dependencies: ["FuzzDriver", .product(name: "wasm", package: "WasmLua")],
            swiftSettings: libFuzzerEntry),
    ]
)
