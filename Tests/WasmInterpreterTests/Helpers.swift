import Testing
import WasmInterpreter
import WasmInterpreterWASI

/// A store plus an instance of `wat`, for short tests.
struct Fixture {
    let engine: Engine
    let store: Store<Void>
    let instance: Instance

    init(_ wat: String, linker configure: (Linker<Void>, Store<Void>) throws -> Void = { _, _ in }) throws {
        engine = Engine()
        store = Store(engine: engine)
        let linker = Linker<Void>(engine: engine)
        try configure(linker, store)
        instance = try linker.instantiate(store, Module(engine: engine, wat: wat))
    }

    func call(_ name: String, _ args: Value...) throws -> [Value] {
        let function = try #require(try instance.getFunc(store, name))
        return try function.call(store, args)
    }
}

/// The trap code of the error `body` throws (nil if it throws none or not a trap).
func trapCode(_ body: () throws -> Any) -> TrapCode? {
    do {
        _ = try body()
        return nil
    } catch let trap as Trap {
        return trap.code
    } catch {
        return nil
    }
}

/// The store data of the WASI tests.
final class WASIState {
    var wasi: WASIContext?
}

/// A store with a `WASIContext` for `config` and the module `load` makes, instantiated with every
/// WASI function defined.
func instantiateWASI(
    _ config: WASIConfiguration, _ load: (Engine) throws -> Module
) throws -> (Store<WASIState>, Instance, WASIContext) {
    let engine = Engine()
    let linker = Linker<WASIState>(engine: engine)
    try linker.defineWASI { $0.wasi }
    let store = Store(engine: engine, data: WASIState())
    let wasi = try WASIContext(config)
    store.data.wasi = wasi
    return (store, try linker.instantiate(store, try load(engine)), wasi)
}
