import Testing
import WasmInterpreter

@Suite("Fuel")
struct FuelTests {
    let engine: Engine
    let store: Store<Void>
    let instance: Instance

    init() throws {
        var config = Config()
        config.consumeFuel = true
        engine = Engine(config: config)
        store = Store(engine: engine)
        instance = try Linker<Void>(engine: engine).instantiate(
            store,
            Module(
                engine: engine,
                wat: """
                    (module
                      (memory 1)
                      (func (export "spin") (loop (br 0)))
                      (func (export "count") (param i32) (result i32) (local i32)
                        (loop
                          (local.set 1 (i32.add (local.get 1) (i32.const 1)))
                          (br_if 0 (i32.lt_u (local.get 1) (local.get 0))))
                        (local.get 1))
                      (func (export "fill") (param i32) (memory.fill (i32.const 0) (i32.const 0) (local.get 0))))
                    """))
    }

    func call(_ name: String, _ args: Value...) throws -> [Value] {
        try instance.getFunc(store, name)!.call(store, args)
    }

    @Test("a runaway loop stops with outOfFuel")
    func exhaustion() throws {
        try store.setFuel(10_000)
        #expect(trapCode { try call("spin") } == .outOfFuel)
        #expect(try store.getFuel() < 10)
    }

    @Test("fuel is charged per basic block and can be refilled")
    func chargingAndRefuelling() throws {
        try store.setFuel(1_000_000)
        #expect(try call("count", .i32(100)) == [.i32(100)])
        let used100 = 1_000_000 - (try store.getFuel())
        try store.setFuel(1_000_000)
        _ = try call("count", .i32(200))
        let used200 = 1_000_000 - (try store.getFuel())
        #expect(used100 > 100)
        #expect(used200 > used100 && used200 < 2 * used100 + 10)
        try store.setFuel(50)
        #expect(trapCode { try call("count", .i32(1000)) } == .outOfFuel)
        try store.setFuel(1_000_000)
        #expect(try call("count", .i32(1000)) == [.i32(1000)])
    }

    @Test("bulk memory instructions pay per byte")
    func bulkCost() throws {
        try store.setFuel(1_000_000)
        _ = try call("fill", .i32(0))
        let small = 1_000_000 - (try store.getFuel())
        try store.setFuel(1_000_000)
        _ = try call("fill", .i32(65536))
        let large = 1_000_000 - (try store.getFuel())
        #expect(large - small == 1024)
        try store.setFuel(100)
        #expect(trapCode { try call("fill", .i32(65536)) } == .outOfFuel)
    }

    @Test("fuel calls need an engine that meters fuel")
    func disabled() {
        let plain = Store(engine: Engine())
        #expect(throws: WasmError.self) { try plain.setFuel(1) }
        #expect(throws: WasmError.self) { try plain.getFuel() }
    }
}
