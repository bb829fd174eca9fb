import Testing
import WasmInterpreter

@Suite("Resource limiter")
struct LimiterTests {
    let wat = """
        (module
          (memory (export "memory") 1)
          (table (export "table") 1 funcref)
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
          (func (export "growTable") (param i32) (result i32) (table.grow (ref.null func) (local.get 0))))
        """

    @Test("denied growth returns -1 to Wasm and fails for the host")
    func deny() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        store.setLimiter(StoreLimits(memorySize: 3 * 65536, tableElements: 10))
        let instance = try Linker<Void>(engine: engine).instantiate(store, Module(engine: engine, wat: wat))
        let grow = try instance.getFunc(store, "grow")!
        #expect(try grow.call(store, [.i32(2)]) == [.i32(1)])
        #expect(try grow.call(store, [.i32(1)]) == [.i32(-1)])
        #expect(try instance.getMemory(store, "memory")!.size(store) == 3)
        let growTable = try instance.getFunc(store, "growTable")!
        #expect(try growTable.call(store, [.i32(9)]) == [.i32(1)])
        #expect(try growTable.call(store, [.i32(1)]) == [.i32(-1)])
        #expect(throws: WasmError.self) { try instance.getMemory(store, "memory")!.grow(store, by: 1) }
    }

    @Test("a limiter that throws traps the Wasm code with its error")
    func trapOnFailure() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        store.setLimiter(StoreLimits(memorySize: 65536, trapOnGrowFailure: true))
        let instance = try Linker<Void>(engine: engine).instantiate(store, Module(engine: engine, wat: wat))
        #expect(throws: WasmError.self) { try instance.getFunc(store, "grow")!.call(store, [.i32(1)]) }
    }

    @Test("instance, memory and table counts are capped")
    func counts() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        let module = try Module(engine: engine, wat: wat)
        store.setLimiter(StoreLimits(instances: 1))
        _ = try Linker<Void>(engine: engine).instantiate(store, module)
        #expect(throws: WasmError.self) { try Linker<Void>(engine: engine).instantiate(store, module) }

        let other = Store(engine: engine)
        other.setLimiter(StoreLimits(memorySize: 100))
        #expect(throws: WasmError.self) { try Linker<Void>(engine: engine).instantiate(other, module) }
    }
}
