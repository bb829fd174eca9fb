import Testing
import WasmInterpreter

/// Every call-hook rule of docs/ARCHITECTURE.md ("Life of a call hook"; Wasmi 2.0 semantics).
@Suite("Call hooks")
struct CallHookTests {
    final class Failure: Error {}

    struct Log {
        var events: [String] = []
        var hostCalls = 0
        /// The hook kind that should throw, if any.
        var failAt: CallHook?
        var failure = Failure()
    }

    let engine = Engine()
    let store: Store<Log>
    let instance: Instance

    init() throws {
        store = Store(engine: engine, data: Log())
        let linker = Linker<Log>(engine: engine)
        try linker.funcWrap(module: "env", name: "host") { (caller: Caller<Log>) in
            caller.data.hostCalls += 1
            caller.data.events.append("host body")
        }
        try linker.funcWrap(module: "env", name: "fail") { (caller: Caller<Log>) in throw caller.data.failure }
        try linker.funcWrap(module: "env", name: "reenter") { (caller: Caller<Log>) in
            caller.data.events.append("reenter body")
            _ = try caller.getFunc("leaf")!.call(caller.store, [])
        }
        let module = try Module(
            engine: engine,
            wat: """
                (module
                  (import "env" "host" (func $host))
                  (import "env" "fail" (func $fail))
                  (import "env" "reenter" (func $reenter))
                  (global $g (mut i32) (i32.const 0))
                  (func $inner (call $host))
                  (func (export "run") (call $host) (call $inner))
                  (func (export "leaf") (global.set $g (i32.add (global.get $g) (i32.const 1))))
                  (func (export "fail") (call $fail))
                  (func (export "reenter") (call $reenter))
                  (func (export "trap") unreachable)
                  (func (export "count") (result i32) (global.get $g)))
                """)
        instance = try linker.instantiate(store, module)
        store.callHook { log, kind in
            log.events.append("\(kind)")
            if log.failAt == kind { throw log.failure }
        }
    }

    func call(_ name: String) throws {
        _ = try instance.getFunc(store, name)!.call(store, [])
    }

    @Test("each kind fires at host/Wasm boundaries only, never Wasm -> Wasm")
    func sequence() throws {
        try call("run")
        #expect(
            store.data.events == [
                "calling_wasm", "calling_host", "host body", "returning_from_host",
                "calling_host", "host body", "returning_from_host", "returning_from_wasm",
            ])
    }

    @Test("no hook for host -> host calls")
    func hostToHost() throws {
        let f = store.function(type: FuncType(params: [], results: [])) { _, _ in [] }
        _ = try f.call(store, [])
        #expect(store.data.events.isEmpty)
    }

    @Test("nested calls through Caller fire their own calling/returning pair")
    func nested() throws {
        try call("reenter")
        #expect(
            store.data.events == [
                "calling_wasm", "calling_host", "reenter body", "calling_wasm", "returning_from_wasm",
                "returning_from_host", "returning_from_wasm",
            ])
    }

    @Test("a trap: returning_from_wasm runs, then the trap is returned")
    func trap() {
        #expect(throws: Trap.self) { try call("trap") }
        #expect(store.data.events == ["calling_wasm", "returning_from_wasm"])
    }

    @Test("start functions are host -> Wasm entries")
    func startFunction() throws {
        let module = try Module(engine: engine, wat: "(module (func $s) (start $s))")
        _ = try Linker<Log>(engine: engine).instantiate(store, module)
        #expect(store.data.events == ["calling_wasm", "returning_from_wasm"])
    }

    @Test("calling_wasm throws: the Wasm code does not run, the error is returned")
    func failCallingWasm() throws {
        store.data.failAt = .callingWasm
        let expected = store.data.failure
        #expect { try call("leaf") } throws: { ($0 as? Failure) === expected }
        store.data.failAt = nil
        #expect(try instance.getFunc(store, "count")!.call(store, []) == [.i32(0)])
        #expect(store.data.events == ["calling_wasm", "calling_wasm", "returning_from_wasm"])
    }

    @Test("returning_from_wasm throws: its error wins, also over a trap")
    func failReturningFromWasm() throws {
        store.data.failAt = .returningFromWasm
        let expected = store.data.failure
        #expect { try call("trap") } throws: { ($0 as? Failure) === expected }
        #expect { try call("leaf") } throws: { ($0 as? Failure) === expected }
    }

    @Test("calling_host throws: the host function is not called and the Wasm traps with the error")
    func failCallingHost() throws {
        store.data.failAt = .callingHost
        let expected = store.data.failure
        #expect { try call("run") } throws: { ($0 as? Failure) === expected }
        #expect(store.data.hostCalls == 0)
        #expect(store.data.events == ["calling_wasm", "calling_host", "returning_from_wasm"])
    }

    @Test("returning_from_host throws: the error reaches the caller")
    func failReturningFromHost() throws {
        store.data.failAt = .returningFromHost
        let expected = store.data.failure
        #expect { try call("run") } throws: { ($0 as? Failure) === expected }
        #expect(store.data.hostCalls == 1)
    }

    @Test("a host function that throws: no returning_from_host")
    func hostThrows() throws {
        let expected = store.data.failure
        #expect { try call("fail") } throws: { ($0 as? Failure) === expected }
        #expect(store.data.events == ["calling_wasm", "calling_host", "returning_from_wasm"])
    }

    @Test("setting replaces the hook, nil removes it")
    func replaceAndRemove() throws {
        store.callHook { log, _ in log.events.append("second") }
        try call("leaf")
        #expect(store.data.events == ["second", "second"])
        store.callHook(nil)
        try call("leaf")
        #expect(store.data.events == ["second", "second"])
    }
    @Test("a hook that removes itself at calling_host: no returning_from_host, no crash")
    func removeItselfInsideHostCall() throws {
        store.callHook { [unowned store] log, kind in
            log.events.append("\(kind)")
            if kind == .callingHost { store.callHook(nil) }
        }
        try call("run")
        #expect(store.data.events == ["calling_wasm", "calling_host", "host body", "host body"])
    }

    @Test("a hook that replaces itself stays alive until it returns, then is freed")
    func replacedHookLifetime() throws {
        final class Capture {
            let name: String
            init(_ name: String) { self.name = name }
        }
        weak var released: Capture?
        do {
            let capture = Capture("captured")
            released = capture
            store.callHook { [unowned store] log, kind in
                if kind == .callingHost { store.callHook { log, kind in log.events.append("next \(kind)") } }
                // After the replacement: this closure's captures must still be there.
                log.events.append("\(capture.name) \(kind)")
            }
        }
        #expect(released != nil)
        try call("leaf")
        try call("run")
        #expect(
            store.data.events == [
                "captured calling_wasm", "captured returning_from_wasm", "captured calling_wasm", "captured calling_host",
                "host body", "next returning_from_host", "next calling_host", "host body", "next returning_from_host",
                "next returning_from_wasm",
            ])
        #expect(released == nil, "the replaced hook is freed once no hook runs")
    }

    @Test("a hook whose captures call into the store when freed (removed, or replaced while running)")
    func freedHookCallsIn() throws {
        final class CallsOnFree {
            let call: () -> Void
            init(_ call: @escaping () -> Void) { self.call = call }
            deinit { call() }
        }
        let leaf = try instance.getFunc(store, "leaf")!
        func count() throws -> Value? { try instance.getFunc(store, "count")!.call(store, []).first }
        do {
            let capture = CallsOnFree { [store] in _ = try? leaf.call(store, []) }
            store.callHook { log, kind in log.events.append("first \(kind) \(capture)") }
        }
        store.callHook(nil)
        #expect(try count() == .i32(1))
        do {
            let capture = CallsOnFree { [store] in _ = try? leaf.call(store, []) }
            store.callHook { [unowned store] log, kind in
                _ = capture
                if kind == .callingHost { store.callHook { log, kind in log.events.append("next \(kind)") } }
            }
        }
        store.data.events = []
        try call("run")
        #expect(try count() == .i32(2))
        // The capture's call ran as soon as the replaced hook returned (and was freed), before the
        // host function; the new hook saw it, then the rest of the run and `count`.
        #expect(
            store.data.events == [
                "next calling_wasm", "next returning_from_wasm", "host body", "next returning_from_host",
                "next calling_host", "host body", "next returning_from_host", "next returning_from_wasm", "next calling_wasm",
                "next returning_from_wasm",
            ])
    }

    @Test("a hook replaced at calling_host: the new hook sees the return")
    func replaceItselfInsideHostCall() throws {
        store.callHook { [unowned store] log, kind in
            log.events.append("first \(kind)")
            if kind == .callingHost { store.callHook { log, kind in log.events.append("second \(kind)") } }
        }
        try call("leaf")
        try call("run")
        #expect(
            store.data.events == [
                "first calling_wasm", "first returning_from_wasm", "first calling_wasm", "first calling_host",
                "host body", "second returning_from_host", "second calling_host", "host body",
                "second returning_from_host", "second returning_from_wasm",
            ])
    }
}
