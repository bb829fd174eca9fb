import Testing
import WasmInterpreter

@Suite("Resumable calls")
struct ResumableCallTests {
    struct NotReady: Error {}

    @Test("a failed host call is resumed with the results it should have returned")
    func hostError() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        let linker = Linker<Void>(engine: engine)
        try linker.funcWrap(module: "env", name: "fetch") { (x: Int32) throws -> Int32 in
            if x == 0 { throw NotReady() }
            return x
        }
        let instance = try linker.instantiate(
            store,
            Module(
                engine: engine,
                wat: """
                    (module
                      (import "env" "fetch" (func $fetch (param i32) (result i32)))
                      (func $deep (param i32) (param i32) (result i32)
                        (if (result i32) (i32.eqz (local.get 0))
                          (then (i32.add (call $fetch (local.get 1)) (i32.const 1)))
                          (else (i32.mul (call $deep (i32.sub (local.get 0) (i32.const 1)) (local.get 1)) (i32.const 2)))))
                      (func (export "run") (param i32) (result i32) (call $deep (i32.const 3) (local.get 0))))
                    """))
        let run = try #require(try instance.getFunc(store, "run"))
        #expect(try run.callResumable(store, [.i32(5)]).results == [.i32(48)])

        guard case .hostError(let invocation) = try run.callResumable(store, [.i32(0)]) else {
            Issue.record("expected a suspended call")
            return
        }
        #expect(invocation.error is NotReady)
        #expect(invocation.hostResultTypes == [.i32])
        // The store stays usable while the call is suspended.
        #expect(try run.call(store, [.i32(1)]) == [.i32(16)])
        #expect(try invocation.resume(store, with: [.i32(41)]).results == [.i32(336)])
        #expect(throws: WasmError.self) { try invocation.resume(store, with: [.i32(41)]) }
    }

    @Test("a call that ran out of fuel continues after refuelling")
    func outOfFuel() throws {
        var config = Config()
        config.consumeFuel = true
        let engine = Engine(config: config)
        let store = Store(engine: engine)
        let instance = try Linker<Void>(engine: engine).instantiate(
            store,
            Module(
                engine: engine,
                wat: """
                    (module
                      (func (export "count") (param i32) (result i32) (local i32)
                        (loop
                          (local.set 1 (i32.add (local.get 1) (i32.const 1)))
                          (br_if 0 (i32.lt_u (local.get 1) (local.get 0))))
                        (local.get 1)))
                    """))
        try store.setFuel(500)
        var outcome = try instance.getFunc(store, "count")!.callResumable(store, [.i32(10_000)])
        var suspensions = 0
        // Bounded: the loop's counter is carried in the accumulator past its fuel charge, and a
        // resumption that lost it would count from the start again, forever.
        while case .outOfFuel(let invocation) = outcome, suspensions < 1_000 {
            suspensions += 1
            #expect((invocation.error as? Trap)?.code == .outOfFuel)
            try store.setFuel(500)
            outcome = try invocation.resume(store)
        }
        #expect(suspensions > 10)
        #expect(outcome.results == [.i32(10_000)])
    }

    @Test("other traps are thrown, not suspended")
    func otherTraps() throws {
        let f = try Fixture("(module (func (export \"f\") unreachable))")
        #expect(throws: Trap.self) { try f.instance.getFunc(f.store, "f")!.callResumable(f.store, []) }
    }
}

extension ResumableCall {
    /// The results of a finished call (nil if suspended).
    var results: [Value]? {
        if case .finished(let values) = self { return values }
        return nil
    }
}

@Suite("Resumable calls and hooks")
struct ResumableHookTests {
    struct Failed: Error {}

    @Test("a resumption is a host -> Wasm entry: calling_wasm and returning_from_wasm fire again")
    func hooksOnResume() throws {
        let engine = Engine()
        let store = Store(engine: engine, data: [String]())
        let linker = Linker<[String]>(engine: engine)
        try linker.funcWrap(module: "env", name: "fail") { () throws -> Int32 in throw Failed() }
        let instance = try linker.instantiate(
            store,
            Module(
                engine: engine,
                wat: """
                    (module (import "env" "fail" (func $f (result i32)))
                      (func (export "run") (result i32) (i32.add (call $f) (i32.const 1))))
                    """))
        store.callHook { log, kind in log.append("\(kind)") }
        guard case .hostError(let invocation) = try instance.getFunc(store, "run")!.callResumable(store, []) else {
            Issue.record("expected a suspension")
            return
        }
        #expect(try invocation.resume(store, with: [.i32(1)]).results == [.i32(2)])
        #expect(
            store.data == [
                "calling_wasm", "calling_host", "returning_from_wasm", "calling_wasm", "returning_from_wasm",
            ])
    }

    @Test("one linker serves many stores")
    func linkerAcrossStores() throws {
        let engine = Engine()
        let linker = Linker<Int>(engine: engine)
        try linker.funcWrap(module: "env", name: "bump") { (caller: Caller<Int>) in caller.data += 1 }
        let module = try Module(
            engine: engine,
            wat: """
                (module (import "env" "bump" (func $b)) (func (export "run") (call $b) (call $b)))
                """)
        let first = Store(engine: engine, data: 0)
        let second = Store(engine: engine, data: 100)
        _ = try linker.instantiate(first, module).getFunc(first, "run")!.call(first, [])
        _ = try linker.instantiate(second, module).getFunc(second, "run")!.call(second, [])
        #expect(first.data == 2)
        #expect(second.data == 102)
    }
}
