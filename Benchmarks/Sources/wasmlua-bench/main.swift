import Foundation
import WAT
import WasmInterpreter
import WasmInterpreterWASI
import WasmKit
import WasmKitWASI

// One measurement per process, so that scripts/bench can run WasmLua built two ways (its own
// options, and plainly as an embedder builds it) against WasmKit built plainly, interleaved.
// Commands (each prints `key value` lines):
//   run ENGINE FILE N EXPECTED [RUNS]   seconds of run(n) per run, checksum checked
//                                        (ENGINE: wasmlua, wasmlua-fuel, wasmkit)
//   host ENGINE FILE N [RUNS]           ns per Wasm -> host call of host_call.wasm
//   compile ENGINE FILE [RUNS]          seconds to compile + instantiate (WasmKit: eager)
//   invoke ENGINE FILE N                a whole `run --invoke`-like process: read, compile,
//                                        instantiate, run, print the result (for timing from outside)
//   calls FILE [RUNS]                    WasmLua call overheads (host_call.wasm for host calls)
//   stores FILE [RUNS]                   store creation, store + instantiate + release (fib.wasm)
//   wasi ENGINE FILE ARGS...             seconds to instantiate and run a WASI command to completion
//                                        (output discarded; its first line printed as `output`)

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func readBytes(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path)!) }

func checksum(_ value: WasmInterpreter.Value) -> String {
    switch value {
    case .i32(let v): "\(v)"
    case .i64(let v): "\(v)"
    default: "\(value)"
    }
}

func checksum(_ value: WasmKit.Value) -> String {
    switch value {
    case .i32(let v): "\(Int32(bitPattern: v))"
    case .i64(let v): "\(Int64(bitPattern: v))"
    default: "\(value)"
    }
}

/// A `run` export ready to call, with the host function `env.host_inc` (x + 1) linked.
struct Runner {
    let call: (Int32) throws -> String

    init(engine name: String, bytes: [UInt8]) throws {
        switch name {
        case "wasmkit":
            let engine = WasmKit.Engine()
            let store = WasmKit.Store(engine: engine)
            var imports = Imports()
            imports.define(
                module: "env", name: "host_inc",
                WasmKit.Function(store: store, parameters: [.i32], results: [.i32]) { _, args in
                    [.i32(args[0].i32 &+ 1)]
                })
            let instance = try WasmKit.parseWasm(bytes: bytes).instantiate(store: store, imports: imports)
            let run = instance.exports[function: "run"]!
            call = { n in checksum(try run([.i32(UInt32(bitPattern: n))])[0]) }
        default:
            var config = Config()
            config.consumeFuel = name == "wasmlua-fuel"
            let engine = WasmInterpreter.Engine(config: config)
            let store = WasmInterpreter.Store(engine: engine)
            if config.consumeFuel { try store.setFuel(UInt64(Int64.max)) }
            let linker = WasmInterpreter.Linker<Void>(engine: engine)
            try linker.funcWrap(module: "env", name: "host_inc") { (x: Int32) -> Int32 in x &+ 1 }
            let instance = try linker.instantiate(store, WasmInterpreter.Module(engine: engine, bytes: bytes))
            let run = try instance.getFunc(store, "run")!
            call = { n in checksum(try run.call(store, [.i32(n)])[0]) }
        }
    }
}

/// Runs a WASI command with `args` in `engine`; returns the first line it printed.
func runWASI(engine name: String, bytes: [UInt8], args: [String]) throws -> String {
    // Standard output goes to a temporary file for both engines (a real descriptor each).
    let path = NSTemporaryDirectory() + "wasi-bench-\(getpid()).out"
    FileManager.default.createFile(atPath: path, contents: nil)
    defer { try? FileManager.default.removeItem(atPath: path) }
    if name == "wasmkit" {
        let fd = open(path, O_WRONLY | O_TRUNC)
        defer { close(fd) }
        let engine = WasmKit.Engine()
        let store = WasmKit.Store(engine: engine)
        let bridge = try WASIBridgeToHost(args: args, stdout: fd)
        var imports = Imports()
        bridge.link(to: &imports, store: store)
        let instance = try WasmKit.parseWasm(bytes: bytes).instantiate(store: store, imports: imports)
        let code = try bridge.start(instance)
        try bridge.close()
        guard code == 0 else { fatalError("wasmkit: exit code \(code)") }
    } else {
        final class State { var wasi: WASIContext? }
        let engine = WasmInterpreter.Engine()
        let linker = WasmInterpreter.Linker<State>(engine: engine)
        try linker.defineWASI { $0.wasi }
        let store = WasmInterpreter.Store(engine: engine, data: State())
        var config = WASIConfiguration()
        config.arguments = args
        config.stdout = .file(path)
        let wasi = try WASIContext(config)
        store.data.wasi = wasi
        let instance = try linker.instantiate(store, WasmInterpreter.Module(engine: engine, bytes: bytes))
        let code = try wasi.run(store, instance)
        guard code == 0 else { fatalError("wasmlua: exit code \(code)") }
    }
    let output = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    return String(output.split(separator: "\n").first ?? "")
}

func compile(engine name: String, bytes: [UInt8]) throws {
    if name == "wasmkit" {
        let engine = WasmKit.Engine(configuration: EngineConfiguration(compilationMode: .eager))
        _ = try WasmKit.parseWasm(bytes: bytes).instantiate(store: WasmKit.Store(engine: engine))
    } else {
        let engine = WasmInterpreter.Engine()
        _ = try WasmInterpreter.Linker<Void>(engine: engine).instantiate(
            WasmInterpreter.Store(engine: engine), WasmInterpreter.Module(engine: engine, bytes: bytes))
    }
}

/// Nanoseconds per iteration of `body` run `count` times (median of `runs` timings).
func nanosecondsPerCall(_ count: Int, runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs { times.append(try seconds { for _ in 0..<count { try body() } }) }
    return median(times) / Double(count) * 1e9
}

func callOverheads(_ hostModule: [UInt8], runs: Int) throws {
    let n: Int32 = 200_000
    func hostRun(typed: Bool, hook: Bool, views: Bool = false) throws -> Double {
        let engine = WasmInterpreter.Engine()
        let store = WasmInterpreter.Store(engine: engine, data: 0)
        let linker = WasmInterpreter.Linker<Int>(engine: engine)
        if typed {
            try linker.funcWrap(module: "env", name: "host_inc") { (x: Int32) -> Int32 in x &+ 1 }
        } else if views {
            try linker.funcNew(module: "env", name: "host_inc", type: FuncType(params: [.i32], results: [.i32])) {
                _, args, results in
                guard case .i32(let v) = args[0] else { return }
                try results.set(0, .i32(v &+ 1))
            }
        } else {
            try linker.funcNew(module: "env", name: "host_inc", type: FuncType(params: [.i32], results: [.i32])) { _, args in
                guard case .i32(let v) = args[0] else { return [] }
                return [.i32(v &+ 1)]
            }
        }
        if hook { store.callHook { count, _ in count &+= 1 } }
        let instance = try linker.instantiate(store, WasmInterpreter.Module(engine: engine, bytes: hostModule))
        let run = try instance.getFunc(store, "run")!.typed(store, params: Int32.self, results: Int32.self)
        return try nanosecondsPerCall(1, runs: runs) { _ = try run.call(store, n) } / Double(n)
    }
    let emptyWat = "(module (func (export \"empty\")))"
    let engine = WasmInterpreter.Engine()
    let store = WasmInterpreter.Store(engine: engine)
    let instance = try WasmInterpreter.Linker<Void>(engine: engine).instantiate(
        store, WasmInterpreter.Module(engine: engine, wat: emptyWat))
    let empty = try instance.getFunc(store, "empty")!
    let typedEmpty = try empty.typed(store, params: Void.self, results: Void.self)
    let calls = 1_000_000
    print("host-funcNew", try hostRun(typed: false, hook: false))
    print("host-funcNew-views", try hostRun(typed: false, hook: false, views: true))
    print("host-funcWrap", try hostRun(typed: true, hook: false))
    print("host-funcWrap-hook", try hostRun(typed: true, hook: true))
    print("export-call", try nanosecondsPerCall(calls, runs: runs) { _ = try empty.call(store, []) })
    print("export-typed", try nanosecondsPerCall(calls, runs: runs) { try typedEmpty.call(store, ()) })
    store.callHook { _, _ in }
    print("export-typed-hook", try nanosecondsPerCall(calls, runs: runs) { try typedEmpty.call(store, ()) })
}

func storeCosts(_ fib: [UInt8], runs: Int) throws {
    let engine = WasmInterpreter.Engine()
    let module = try WasmInterpreter.Module(engine: engine, bytes: fib)
    let linker = WasmInterpreter.Linker<Void>(engine: engine)
    let count = 2000
    print("store-create-us", nanosecondsPerCall(count, runs: runs) { _ = WasmInterpreter.Store(engine: engine) } / 1000)
    print(
        "store-instantiate-close-us",
        try nanosecondsPerCall(count, runs: runs) {
            let store = WasmInterpreter.Store(engine: engine)
            _ = try linker.instantiate(store, module)
        } / 1000)  // the store is released (closed) at the end of each iteration
    // Resident memory of live stores that have not run code.
    var stores: [WasmInterpreter.Store<Void>] = []
    let before = residentKiB()
    for _ in 0..<100 { stores.append(WasmInterpreter.Store(engine: engine)) }
    print("store-resident-kib", Double(residentKiB() - before) / 100)
    stores.removeAll()
}

func residentKiB() -> Int {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }
    return 0
}

let arguments = Array(CommandLine.arguments.dropFirst())
func argument(_ k: Int, _ fallback: String) -> String { arguments.count > k ? arguments[k] : fallback }

switch arguments.first {
case "run":
    let (engine, file, n, expected) = (arguments[1], arguments[2], Int32(arguments[3])!, arguments[4])
    let runner = try Runner(engine: engine, bytes: readBytes(file))
    for _ in 0..<Int(argument(5, "1"))! {
        var result = ""
        let time = try seconds { result = try runner.call(n) }
        guard result == expected else { fatalError("\(engine) \(file): checksum \(result), expected \(expected)") }
        print("seconds", time)
    }
case "host":
    let (engine, file, n) = (arguments[1], arguments[2], Int32(arguments[3])!)
    let runner = try Runner(engine: engine, bytes: readBytes(file))
    for _ in 0..<Int(argument(4, "1"))! {
        let time = try seconds { _ = try runner.call(n) }
        print("ns-per-call", time / Double(n) * 1e9)
    }
case "compile":
    let bytes = readBytes(arguments[2])
    for _ in 0..<Int(argument(3, "1"))! { print("seconds", try seconds { try compile(engine: arguments[1], bytes: bytes) }) }
case "invoke":
    let runner = try Runner(engine: arguments[1], bytes: readBytes(arguments[2]))
    print(try runner.call(Int32(arguments[3])!))
case "wasi":
    let (engine, file) = (arguments[1], arguments[2])
    let args = [file] + arguments.dropFirst(3)
    let bytes = readBytes(file)
    var firstLine = ""
    let time = try seconds { firstLine = try runWASI(engine: engine, bytes: bytes, args: Array(args)) }
    print("seconds", time)
    print("output", firstLine)
case "calls":
    try callOverheads(readBytes(arguments[1]), runs: Int(argument(2, "5"))!)
case "stores":
    try storeCosts(readBytes(arguments[1]), runs: Int(argument(2, "5"))!)
default:
    print("usage: wasmlua-bench run|host|compile|invoke|calls|stores ... (see the source)")
    exit(2)
}
