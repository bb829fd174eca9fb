import Testing
import WasmInterpreter

@Suite("Embedding API")
struct EmbeddingTests {
    final class HostFailure: Error {}

    @Test func multiValueAndFloats() throws {
        let f = try Fixture(
            """
            (module (func (export "swap") (param i32 f64) (result f64 i32) (local.get 1) (local.get 0)))
            """)
        #expect(try f.call("swap", .i32(7), .f64(2.5)) == [.f64(2.5), .i32(7)])
    }

    @Test("a host function's error reaches the caller unchanged")
    func hostFunctions() throws {
        let failure = HostFailure()
        let f = try Fixture(
            """
            (module
              (import "env" "add" (func $add (param i32 i32) (result i32)))
              (import "env" "fail" (func $fail))
              (func (export "twice") (param i32) (result i32) (call $add (local.get 0) (local.get 0)))
              (func (export "fail") (call $fail)))
            """
        ) { linker, _ in
            try linker.funcNew(module: "env", name: "add", type: FuncType(params: [.i32, .i32], results: [.i32])) { _, args in
                guard case .i32(let a) = args[0], case .i32(let b) = args[1] else { return [] }
                return [.i32(a &+ b)]
            }
            try linker.funcNew(module: "env", name: "fail", type: FuncType(params: [], results: [])) { _, _ in
                throw failure
            }
        }
        #expect(try f.call("twice", .i32(21)) == [.i32(42)])
        do {
            _ = try f.call("fail")
            Issue.record("expected the host error")
        } catch let error as HostFailure {
            #expect(error === failure)
        }
    }

    @Test("a host function returning the wrong results is an error, not a crash")
    func hostFunctionWrongResults() throws {
        let f = try Fixture(
            """
            (module (import "env" "f" (func $f (result i32))) (func (export "g") (result i32) (call $f)))
            """
        ) { linker, _ in
            try linker.funcNew(module: "env", name: "f", type: FuncType(params: [], results: [.i32])) { _, _ in [.i64(1)] }
        }
        #expect(throws: WasmError.self) { try f.call("g") }
    }

    @Test("wrong argument counts and types are usage errors")
    func argumentChecks() throws {
        let f = try Fixture("(module (func (export \"id\") (param i32) (result i32) (local.get 0)))")
        #expect(throws: WasmError.self) { try f.call("id") }
        #expect(throws: WasmError.self) { try f.call("id", .i64(1)) }
        #expect(throws: WasmError.self) { try f.call("id", .i32(1), .i32(2)) }
    }

    @Test("a failed instantiation leaves the segments it did not apply in place, as the spec drops them one by one")
    func failedInstantiationKeepsLaterSegments() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        let linker = Linker<Void>(engine: engine)
        let owner = try linker.instantiate(
            store,
            Module(
                engine: engine,
                wat: """
                    (module (table (export "t") 2 funcref) (type $v (func (result i32)))
                      (func (export "call") (param i32) (result i32) (call_indirect (type $v) (local.get 0))))
                    """))
        try linker.defineInstance(store, module: "A", owner)
        // The first segment puts $data and $elem in A's table, the second is out of bounds: the
        // data segment and the failing and later element segments are still there for them.
        let failing = try Module(
            engine: engine,
            wat: """
                (module (import "A" "t" (table 2 funcref)) (memory 1) (table $own 3 funcref)
                  (elem (i32.const 0) $data $elem)
                  (elem (table $own) (i32.const 5) func $data)
                  (elem (table $own) (i32.const 0) func $data $elem $data)
                  (elem declare func $elem)
                  (data (i32.const 0) "abcd")
                  (func $data (result i32)
                    (memory.init 0 (i32.const 0) (i32.const 0) (i32.const 4))
                    (i32.load (i32.const 0)))
                  (func $elem (result i32)
                    (table.init $own 2 (i32.const 0) (i32.const 0) (i32.const 3))
                    (table.init $own 1 (i32.const 0) (i32.const 0) (i32.const 1))
                    (table.init $own 3 (i32.const 0) (i32.const 0) (i32.const 1))
                    (i32.const 7)))
                """)
        #expect(trapCode { try linker.instantiate(store, failing) } == .tableOutOfBounds)
        let call = try #require(try owner.getFunc(store, "call"))
        #expect(try call.call(store, [.i32(0)]) == [.i32(0x6463_6261)])
        #expect(try call.call(store, [.i32(1)]) == [.i32(7)])
        // A data segment that fails: it and the later ones stay.
        let failingData = try Module(
            engine: engine,
            wat: """
                (module (import "A" "t" (table 2 funcref)) (memory 1)
                  (elem (i32.const 0) $f)
                  (data (i32.const 65535) "xy")
                  (data (i32.const 0) "wxyz")
                  (func $f (result i32)
                    (memory.init 1 (i32.const 0) (i32.const 0) (i32.const 4))
                    (memory.init 0 (i32.const 8) (i32.const 0) (i32.const 2))
                    (i32.load (i32.const 0))))
                """)
        #expect(trapCode { try linker.instantiate(store, failingData) } == .memoryOutOfBounds)
        #expect(try call.call(store, [.i32(0)]) == [.i32(0x7A79_7877)])
    }

    @Test("objects of one store are rejected by another")
    func foreignStore() throws {
        let f = try Fixture("(module (func (export \"f\")))")
        let other = Store(engine: f.engine)
        let function = try #require(try f.instance.getFunc(f.store, "f"))
        #expect(throws: WasmError.self) { try function.call(other, []) }
        #expect(throws: WasmError.self) { try f.instance.getFunc(other, "f") }
    }

    @Test func malformedAndInvalidModules() {
        let engine = Engine()
        #expect {
            _ = try Module(engine: engine, bytes: [0, 1, 2, 3])
        } throws: { ($0 as? WasmError)?.kind == .malformed }
        #expect {
            _ = try Module(engine: engine, wat: "(module (func (result i32) (i64.const 1)))")
        } throws: { ($0 as? WasmError)?.kind == .invalid && "\($0)".contains("type mismatch") }
        #expect(throws: WasmError.self) { try Module(engine: engine, wat: "(module (func (") }
    }

    @Test("link errors name the import and both types")
    func linkErrors() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        let linker = Linker<Void>(engine: engine)
        let module = try Module(engine: engine, wat: "(module (import \"env\" \"g\" (global i32)))")
        #expect { try linker.instantiate(store, module) } throws: { "\($0)".contains("env::g") }
        try linker.define(
            module: "env", name: "g",
            .global(store.global(type: GlobalType(valueType: .i64, isMutable: false), value: .i64(1))))
        #expect {
            try linker.instantiate(store, module)
        } throws: { "\($0)".contains("expected global i32") && "\($0)".contains("found global i64") }
    }

    @Test func memoryGlobalsTables() throws {
        let f = try Fixture(
            """
            (module
              (memory (export "mem") 1 2)
              (global (export "counter") (mut i32) (i32.const 5))
              (global (export "fixed") i64 (i64.const 9))
              (table (export "tab") 1 funcref)
              (func (export "read") (param i32) (result i32) (i32.load8_u (local.get 0)))
              (func (export "bump") (global.set 0 (i32.add (global.get 0) (i32.const 1)))))
            """)
        let memory = try #require(try f.instance.getMemory(f.store, "mem"))
        try memory.write(f.store, offset: 100, bytes: [42, 43])
        #expect(try f.call("read", .i32(101)) == [.i32(43)])
        #expect(try memory.read(f.store, offset: 100, count: 2) == [42, 43])
        #expect(try memory.grow(f.store, by: 1) == 1)
        #expect(try memory.size(f.store) == 2)
        #expect(throws: WasmError.self) { try memory.grow(f.store, by: 1) }
        #expect(throws: WasmError.self) { try memory.read(f.store, offset: 2 * 65536 - 1, count: 2) }

        let counter = try #require(try f.instance.getGlobal(f.store, "counter"))
        _ = try f.call("bump")
        #expect(try counter.get(f.store) == .i32(6))
        try counter.set(f.store, .i32(100))
        _ = try f.call("bump")
        #expect(try counter.get(f.store) == .i32(101))
        let fixed = try #require(try f.instance.getGlobal(f.store, "fixed"))
        #expect(throws: WasmError.self) { try fixed.set(f.store, .i64(1)) }

        let table = try #require(try f.instance.getTable(f.store, "tab"))
        let bump = try #require(try f.instance.getFunc(f.store, "bump"))
        try table.set(f.store, 0, .funcRef(bump))
        #expect(try table.get(f.store, 0) == .funcRef(bump))
        #expect(try table.grow(f.store, by: 3, initial: .funcRef(nil)) == 1)
        #expect(try table.size(f.store) == 4)
        #expect(throws: WasmError.self) { try table.get(f.store, 4) }
    }

    @Test("externref values keep their identity")
    func externRefs() throws {
        let f = try Fixture("(module (func (export \"id\") (param externref) (result externref) (local.get 0)))")
        let ref = f.store.externRef("hello")
        let result = try f.call("id", .externRef(ref))
        guard case .externRef(let back?) = result.first else {
            Issue.record("expected an externref")
            return
        }
        #expect(try f.store.value(of: back) as? String == "hello")
        #expect(try f.call("id", .externRef(nil)) == [.externRef(nil)])
    }

    @Test func startFunctionRuns() throws {
        let f = try Fixture(
            """
            (module (global $g (mut i32) (i32.const 0)) (func $init (global.set $g (i32.const 7)))
              (start $init) (func (export "get") (result i32) (global.get $g)))
            """)
        #expect(try f.call("get") == [.i32(7)])
    }
}

@Suite("Embedding API, part 2")
struct EmbeddingTests2 {
    @Test("alias and shadowing")
    func aliasAndShadowing() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        let linker = Linker<Void>(engine: engine)
        try linker.funcWrap(module: "a", name: "f") { () -> Int32 in 1 }
        try linker.alias(module: "a", name: "f", asModule: "b", asName: "g")
        #expect(throws: WasmError.self) { try linker.funcWrap(module: "a", name: "f") { () -> Int32 in 2 } }
        linker.allowShadowing = true
        try linker.funcWrap(module: "a", name: "f") { () -> Int32 in 2 }
        let instance = try linker.instantiate(
            store,
            Module(
                engine: engine,
                wat: """
                    (module (import "a" "f" (func $f (result i32))) (import "b" "g" (func $g (result i32)))
                      (func (export "both") (result i32 i32) (call $f) (call $g)))
                    """))
        #expect(try instance.getFunc(store, "both")!.call(store, []) == [.i32(2), .i32(1)])
    }

    @Test("zero-copy memory access")
    func unsafeBytes() throws {
        let f = try Fixture("(module (memory (export \"m\") 1) (func (export \"get\") (result i32) (i32.load8_u (i32.const 3))))")
        let memory = try #require(try f.instance.getMemory(f.store, "m"))
        try memory.withUnsafeMutableBytes(f.store) { bytes in
            #expect(bytes.count == 65536)
            bytes[3] = 99
        }
        #expect(try f.call("get") == [.i32(99)])
    }

    @Test("Config.maxCallDepth bounds recursion")
    func callDepth() throws {
        var config = Config()
        config.maxCallDepth = 50
        let engine = Engine(config: config)
        let store = Store(engine: engine)
        let instance = try Linker<Void>(engine: engine).instantiate(
            store,
            Module(
                engine: engine,
                wat: """
                    (module (func $r (export "r") (param i32) (result i32)
                      (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
                        (else (i32.add (call $r (i32.sub (local.get 0) (i32.const 1))) (i32.const 1))))))
                    """))
        let r = try #require(try instance.getFunc(store, "r"))
        #expect(try r.call(store, [.i32(40)]) == [.i32(40)])
        #expect(trapCode { try r.call(store, [.i32(60)]) } == .stackOverflow)
    }

    @Test("host-created memories and tables are validated as module declarations are")
    func hostLimitsValidated() throws {
        let store = Store(engine: Engine())
        #expect(throws: WasmError.self) { try store.memory(type: MemoryType(limits: Limits(min: 2, max: 1))) }
        #expect(throws: WasmError.self) { try store.memory(type: MemoryType(limits: Limits(min: 65537, max: nil))) }
        #expect(throws: WasmError.self) { try store.memory(type: MemoryType(limits: Limits(min: 0, max: 65537))) }
        #expect(throws: WasmError.self) {
            try store.table(type: TableType(element: .funcRef, limits: Limits(min: 3, max: 1)), initial: .funcRef(nil))
        }
        let memory = try store.memory(type: MemoryType(limits: Limits(min: 1, max: 65536)))
        #expect(try memory.size(store) == 1)
    }
}
