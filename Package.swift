// swift-tools-version:6.1
import PackageDescription

// No unsafe build settings: SwiftPM refuses a package with them as a versioned dependency, and Swift
// embedders depend on WasmInterpreter by version. Options the project's own binaries want are
// passed on the command line by scripts/build.
let package = Package(
    name: "WasmLua",
    products: [
        .library(name: "WasmInterpreter", targets: ["WasmInterpreter"]),
        // WASI preview 1 for the runtime, over WasmKit's engine-independent WASI implementation.
        .library(name: "WasmInterpreterWASI", targets: ["WasmInterpreterWASI"]),
        // The Lua module: libwasm.so, loadable from stock lua5.4 as `wasm.so` (luaopen_wasm).
        .library(name: "wasm", type: .dynamic, targets: ["LuaWasm"]),
        .executable(name: "wasmlua", targets: ["wasmlua"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftwasm/WasmKit.git", exact: "0.4.2")
    ],
    targets: [
        // mremap for growing linear memories in place (not exported by Swift's Glibc module).
        .target(name: "CSystem"),
        .target(
            name: "WasmInterpreter",
            dependencies: [
                "CSystem",
                .product(name: "WasmParser", package: "WasmKit"),
                .product(name: "WAT", package: "WasmKit"),
            ],
            // The instruction set's description; scripts/gen-instruction-set makes Swift from it.
            exclude: ["IR/InstructionSet.txt"]
        ),
        .target(
            name: "WasmInterpreterWASI",
            dependencies: [
                "WasmInterpreter",
                .product(name: "WASI", package: "WasmKit"),
            ]
        ),
        // Lua 5.4 headers from Debian's liblua5.4-dev (scripts/setup installs it).
        .systemLibrary(name: "CLua", pkgConfig: "lua5.4", providers: [.apt(["liblua5.4-dev"])]),
        // C trampolines: Lua errors are raised only after Swift frames have returned.
        .target(name: "CLuaShims", dependencies: ["CLua"]),
        .target(name: "LuaWasm", dependencies: ["WasmInterpreter", "WasmInterpreterWASI", "CLua", "CLuaShims"]),
        .target(
            name: "WastRunner",
            dependencies: [
                "WasmInterpreter",
                .product(name: "WAT", package: "WasmKit"),
                .product(name: "WasmParser", package: "WasmKit"),
            ]
        ),
        // The command-line tool's commands, as a library the tests drive in-process.
        .target(
            name: "WasmLuaCommands",
            dependencies: ["WasmInterpreter", "WasmInterpreterWASI"]
        ),
        .executableTarget(
            name: "wasmlua",
            dependencies: [
                "WasmInterpreter",
                "WasmLuaCommands",
                "WastRunner",
                "LuaWasm",
                "CLua",
                "CLuaShims",
                .product(name: "WAT", package: "WasmKit"),
            ]
        ),
        .testTarget(
            name: "WasmInterpreterTests",
            dependencies: [
                "WasmInterpreter", "WasmInterpreterWASI", "WasmLuaCommands", "WastRunner", "LuaWasm",
                .product(name: "WAT", package: "WasmKit"),
            ]
        ),
    ]
)
