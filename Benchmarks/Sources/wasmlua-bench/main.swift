import Foundation
import WasmInterpreter
import WAT
import WasmKit

/// One workload of ../shared/bench/workloads.json.
struct Workload: Decodable {
    var name: String
    var file: String
    var n: Int32
    var expected: String
    var kind: String
}

struct Manifest: Decodable { var workloads: [Workload] }

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

/// Renders a checksum the way workloads.json does (signed decimal of the i32 or i64 result).
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

/// Times `run(n)` on WasmLua; returns per-run seconds after checking the checksum.
func runWasmLua(_ bytes: [UInt8], _ w: Workload, runs: Int) throws -> [Double] {
    let engine = WasmInterpreter.Engine()
    let store = WasmInterpreter.Store(engine: engine)
    let linker = WasmInterpreter.Linker<Void>(engine: engine)
    try linker.funcNew(module: "env", name: "host_inc", type: FuncType(params: [.i32], results: [.i32])) { _, args in
        guard case .i32(let v) = args[0] else { return [] }
        return [.i32(v &+ 1)]
    }
    let instance = try linker.instantiate(store, WasmInterpreter.Module(engine: engine, bytes: bytes))
    let run = try instance.getFunc(store, "run")!
    var times: [Double] = []
    for _ in 0..<runs {
        var result: [WasmInterpreter.Value] = []
        times.append(try seconds { result = try run.call(store, [.i32(w.n)]) })
        guard checksum(result[0]) == w.expected else {
            fatalError("WasmLua \(w.name): checksum \(checksum(result[0])), expected \(w.expected)")
        }
    }
    return times
}

func runWasmKit(_ bytes: [UInt8], _ w: Workload, runs: Int) throws -> [Double] {
    let engine = WasmKit.Engine()
    let store = WasmKit.Store(engine: engine)
    var imports = Imports()
    imports.define(module: "env", name: "host_inc",
        WasmKit.Function(store: store, parameters: [.i32], results: [.i32]) { _, args in
            [.i32(args[0].i32 &+ 1)]
        })
    let instance = try WasmKit.parseWasm(bytes: bytes).instantiate(store: store, imports: imports)
    let run = instance.exports[function: "run"]!
    var times: [Double] = []
    for _ in 0..<runs {
        var result: [WasmKit.Value] = []
        times.append(try seconds { result = try run([.i32(UInt32(bitPattern: w.n))]) })
        guard checksum(result[0]) == w.expected else {
            fatalError("WasmKit \(w.name): checksum \(checksum(result[0])), expected \(w.expected)")
        }
    }
    return times
}

/// Compile + instantiate time of the large module (WasmKit eager, to compare like with like).
func compileTimes(_ bytes: [UInt8], runs: Int) throws -> (Double, Double) {
    var ours: [Double] = []
    var theirs: [Double] = []
    for _ in 0..<runs {
        ours.append(try seconds {
            let engine = WasmInterpreter.Engine()
            let store = WasmInterpreter.Store(engine: engine)
            _ = try WasmInterpreter.Linker<Void>(engine: engine).instantiate(store, WasmInterpreter.Module(engine: engine, bytes: bytes))
        })
        theirs.append(try seconds {
            let engine = WasmKit.Engine(configuration: EngineConfiguration(compilationMode: .eager))
            let store = WasmKit.Store(engine: engine)
            _ = try WasmKit.parseWasm(bytes: bytes).instantiate(store: store)
        })
    }
    return (median(ours), median(theirs))
}

/// Nanoseconds per iteration of `body` run `count` times (median of `runs` timings).
func nanosecondsPerCall(_ count: Int, runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs { times.append(try seconds { for _ in 0..<count { try body() } }) }
    return median(times) / Double(count) * 1e9
}

/// Host-call and call-overhead figures (issue 3): Wasm -> Swift host calls with and without a
/// call hook, typed and untyped host functions; Swift -> Wasm calls of an empty export.
func callOverheads(_ hostModule: [UInt8], runs: Int) throws {
    let n: Int32 = 200_000
    func hostRun(typed: Bool, hook: Bool) throws -> Double {
        let engine = WasmInterpreter.Engine()
        let store = WasmInterpreter.Store(engine: engine, data: 0)
        let linker = WasmInterpreter.Linker<Int>(engine: engine)
        if typed {
            try linker.funcWrap(module: "env", name: "host_inc") { (x: Int32) -> Int32 in x &+ 1 }
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
    let untypedCall = try nanosecondsPerCall(calls, runs: runs) { _ = try empty.call(store, []) }
    let typedCall = try nanosecondsPerCall(calls, runs: runs) { try typedEmpty.call(store, ()) }

    let kitEngine = WasmKit.Engine()
    let kitStore = WasmKit.Store(engine: kitEngine)
    let kitInstance = try WasmKit.parseWasm(bytes: try wat2wasm(emptyWat)).instantiate(store: kitStore)
    let kitEmpty = kitInstance.exports[function: "empty"]!
    let kitCall = try nanosecondsPerCall(calls, runs: runs) { _ = try kitEmpty([]) }

    print("\n| call overhead | WasmLua (ns) | WasmKit (ns) |")
    print("|---|---|---|")
    print(String(format: "| Wasm -> Swift host call, funcNew ([Value]), no hook | %.1f | |", try hostRun(typed: false, hook: false)))
    print(String(format: "| Wasm -> Swift host call, funcWrap (typed), no hook | %.1f | |", try hostRun(typed: true, hook: false)))
    print(String(format: "| Wasm -> Swift host call, funcWrap (typed), no-op call hook | %.1f | |", try hostRun(typed: true, hook: true)))
    print(String(format: "| Swift -> Wasm call of an empty export, Func.call ([Value]) | %.1f | %.1f |", untypedCall, kitCall))
    print(String(format: "| Swift -> Wasm call of an empty export, TypedFunc | %.1f | |", typedCall))
}

let arguments = CommandLine.arguments
let benchDir = arguments.count > 1 ? arguments[1] : "../shared/bench"
let runs = arguments.count > 2 ? Int(arguments[2])! : 5
let only = arguments.count > 3 ? Set(arguments[3].split(separator: ",").map(String.init)) : nil
let manifest = try JSONDecoder().decode(
    Manifest.self, from: Data(contentsOf: URL(fileURLWithPath: "\(benchDir)/workloads.json")))

print("| workload | n | WasmLua (s) | WasmKit (s) | WasmLua/WasmKit |")
print("|---|---|---|---|---|")
var ratios: [Double] = []
for w in manifest.workloads where only == nil || only!.contains(w.name) {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(benchDir)/\(w.file)")))
    switch w.kind {
    case "run":
        let ours = median(try runWasmLua(bytes, w, runs: runs))
        let theirs = median(try runWasmKit(bytes, w, runs: runs))
        ratios.append(ours / theirs)
        print(String(format: "| %@ | %d | %.3f | %.3f | %.2f |", w.name, w.n, ours, theirs, ours / theirs))
    case "host":
        let ours = median(try runWasmLua(bytes, w, runs: runs)) / Double(w.n) * 1e9
        let theirs = median(try runWasmKit(bytes, w, runs: runs)) / Double(w.n) * 1e9
        print(String(format: "| %@ (ns per call) | %d | %.1f ns | %.1f ns | %.2f |", w.name, w.n, ours, theirs, ours / theirs))
    case "large":
        let (ours, theirs) = try compileTimes(bytes, runs: runs)
        _ = try runWasmLua(bytes, w, runs: 1)
        print(String(format: "| %@ (compile + instantiate, WasmKit eager) | - | %.3f | %.3f | %.2f |", w.name, ours, theirs, ours / theirs))
    default:
        continue
    }
}
if only == nil || only!.contains("calls") {
    let hostModule = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(benchDir)/wasm/host_call.wasm")))
    try callOverheads(hostModule, runs: runs)
}
if !ratios.isEmpty {
    let geomean = exp(ratios.map { log($0) }.reduce(0, +) / Double(ratios.count))
    print(String(format: "\nGeometric mean of WasmLua/WasmKit over the %d execution workloads: %.2f", ratios.count, geomean))
}
