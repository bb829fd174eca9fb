import Testing
import WasmInterpreter

@Suite("Typed host functions and calls")
struct TypedFunctionTests {
    struct Counter { var calls = 0 }

    @Test("funcWrap infers the Wasm type from the closure and passes values through")
    func funcWrap() throws {
        let engine = Engine()
        let store = Store(engine: engine, data: Counter())
        let linker = Linker<Counter>(engine: engine)
        try linker.funcWrap(module: "env", name: "add") { (a: Int32, b: Int64) -> Int64 in Int64(a) + b }
        try linker.funcWrap(module: "env", name: "split") { (x: Double) -> (Float, Int32) in (Float(x), Int32(x)) }
        try linker.funcWrap(module: "env", name: "tick") { (caller: Caller<Counter>) in caller.data.calls += 1 }
        try linker.funcWrap(module: "env", name: "peek") { (caller: Caller<Counter>, address: Int32) -> Int32 in
            let memory = caller.getMemory()!
            return Int32(try memory.read(caller.store, offset: UInt64(address), count: 1)[0])
        }
        let module = try Module(
            engine: engine,
            wat: """
                (module
                  (import "env" "add" (func $add (param i32 i64) (result i64)))
                  (import "env" "split" (func $split (param f64) (result f32 i32)))
                  (import "env" "tick" (func $tick))
                  (import "env" "peek" (func $peek (param i32) (result i32)))
                  (memory (export "memory") 1)
                  (data (i32.const 8) "\\2a")
                  (func (export "add") (param i32 i64) (result i64) (call $add (local.get 0) (local.get 1)))
                  (func (export "split") (param f64) (result f32 i32) (call $split (local.get 0)))
                  (func (export "tick") (call $tick) (call $tick))
                  (func (export "peek") (param i32) (result i32) (call $peek (local.get 0))))
                """)
        let instance = try linker.instantiate(store, module)
        let add = try #require(try instance.getFunc(store, "add")).typed(store, params: (Int32, Int64).self, results: Int64.self)
        #expect(try add.call(store, (-2, 10)) == 8)
        let split = try #require(try instance.getFunc(store, "split")).typed(store, params: Double.self, results: (Float, Int32).self)
        let (f, i) = try split.call(store, 7.5)
        #expect(f == 7.5 && i == 7)
        let tick = try #require(try instance.getFunc(store, "tick")).typed(store, params: Void.self, results: Void.self)
        try tick.call(store, ())
        #expect(store.data.calls == 2)
        let peek = try #require(try instance.getFunc(store, "peek")).typed(store, params: Int32.self, results: Int32.self)
        #expect(try peek.call(store, 8) == 42)
    }

    @Test("typed() checks the type once, at creation")
    func typeCheck() throws {
        let f = try Fixture("(module (func (export \"f\") (param i32) (result i32) (local.get 0)))")
        let function = try #require(try f.instance.getFunc(f.store, "f"))
        #expect(throws: WasmError.self) { try function.typed(f.store, params: Int64.self, results: Int32.self) }
        #expect(throws: WasmError.self) { try function.typed(f.store, params: Int32.self, results: (Int32, Int32).self) }
        let typed = try function.typed(f.store, params: UInt32.self, results: UInt32.self)
        #expect(try typed.call(f.store, 0xFFFF_FFFF) == 0xFFFF_FFFF)
    }
}
