// libFuzzer target: any bytes as a binary module. Decoding, validation and translation must
// accept or reject them with an error; a module without imports is instantiated and each
// exported function called with zero arguments under a fuel budget. Never a crash.
import FuzzDriver
import WasmInterpreter

private let engine: Engine = {
    var config = Config()
    config.consumeFuel = true
    config.maxCallDepth = 500
    return Engine(config: config)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModule(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let module = try? Module(engine: engine, bytes: bytes), module.imports.isEmpty else { return 0 }
    let store = Store(engine: engine)
    store.setLimiter(StoreLimits(memorySize: 16 << 20, tableElements: 100_000))
    guard (try? store.setFuel(100_000)) != nil,
        let instance = try? Linker<Void>(engine: engine).instantiate(store, module),
        let exports = try? instance.exports(store)
    else { return 0 }
    for (_, value) in exports {
        guard case .function(let function) = value, let type = try? function.type(store) else { continue }
        let arguments = type.params.map(Value.zero)
        _ = try? store.setFuel(100_000)
        _ = try? function.call(store, arguments)
    }
    return 0
}

// The process's entry point (see FuzzDriver).
@_cdecl("fuzz_module_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzModule)
}
