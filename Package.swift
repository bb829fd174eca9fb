// swift-tools-version:6.1
import PackageDescription

// The executor loop is one big `switch`; LLVM only duplicates the dispatch jump into every case
// (one indirect branch per opcode, which is what makes a switch loop as fast as threaded code)
// when these limits exceed the opcode count. See ../shared/design/DISPATCH.md.
let executorFlags: [SwiftSetting] = [
    .unsafeFlags([
        "-Xllvm", "-tail-dup-pred-size=1000", "-Xllvm", "-tail-dup-succ-size=1000",
        // Runtime state lives in final classes touched on every host/Wasm crossing; their
        // accesses never overlap by construction, and dynamic exclusivity checks cost ~5 ns each.
        "-enforce-exclusivity=unchecked",
    ])
]

/// The Lua binding crosses the Lua/Swift boundary per call; same reasoning as above.
let bindingFlags: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"])]

let package = Package(
    name: "WasmLua",
    products: [
        .library(name: "WasmInterpreter", targets: ["WasmInterpreter"]),
        // The Lua module: libwasm.so, loadable from stock lua5.4 as `wasm.so` (luaopen_wasm).
        .library(name: "wasm", type: .dynamic, targets: ["LuaWasm"]),
        .executable(name: "wasmlua", targets: ["wasmlua"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftwasm/WasmKit.git", exact: "0.4.2")
    ],
    targets: [
        .target(
            name: "WasmInterpreter",
            dependencies: [
                .product(name: "WasmParser", package: "WasmKit"),
                .product(name: "WAT", package: "WasmKit"),
            ],
            swiftSettings: executorFlags
        ),
        // Lua 5.4 headers from Debian's liblua5.4-dev (scripts/setup installs it).
        .systemLibrary(name: "CLua", pkgConfig: "lua5.4", providers: [.apt(["liblua5.4-dev"])]),
        // C trampolines: Lua errors are raised only after Swift frames have returned.
        .target(name: "CLuaShims", dependencies: ["CLua"]),
        .target(name: "LuaWasm", dependencies: ["WasmInterpreter", "CLua", "CLuaShims"], swiftSettings: bindingFlags),
        .target(
            name: "WastRunner",
            dependencies: [
                "WasmInterpreter",
                .product(name: "WAT", package: "WasmKit"),
                .product(name: "WasmParser", package: "WasmKit"),
            ]
        ),
        .executableTarget(
            name: "wasmlua",
            dependencies: [
                "WasmInterpreter",
                "WastRunner",
                "LuaWasm",
                "CLua",
                "CLuaShims",
                .product(name: "WAT", package: "WasmKit"),
            ]
        ),
        .testTarget(
            name: "WasmInterpreterTests",
            dependencies: ["WasmInterpreter", "WastRunner", "LuaWasm", .product(name: "WAT", package: "WasmKit")]
        ),
    ]
)
