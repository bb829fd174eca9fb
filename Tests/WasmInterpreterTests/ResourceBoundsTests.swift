import Foundation
import Testing
import WasmInterpreter
import WastRunner

/// Inputs that once crashed the process or could: each loads, or fails with a clear error.
@Suite("Resource bounds")
struct ResourceBoundsTests {
    static func nestedBlocks(_ depth: Int) -> String {
        "(module (func " + String(repeating: "(block ", count: depth) + String(repeating: ")", count: depth) + "))"
    }

    /// Regression: 8,000 folded blocks overflowed the native stack inside the WAT parser (SIGSEGV).
    @Test("deeply nested text loads (8,000 and 30,000 levels)", arguments: [8_000, 30_000])
    func deepText(_ depth: Int) throws {
        _ = try Module(engine: Engine(), wat: Self.nestedBlocks(depth))
    }

    @Test("text nested past the bound is a clear error")
    func tooDeepText() {
        let error = #expect(throws: WasmError.self) { try Module(engine: Engine(), wat: Self.nestedBlocks(60_000)) }
        #expect(
            error?.description
                == "malformed module: the text nests 60002 levels deep (the deepest at line 1); at most 50000 levels are supported")
    }

    @Test("nesting is counted outside strings and comments")
    func nestingScan() {
        #expect(textNesting(Array("(a (b) (c (d)))".utf8)) == (3, 1))
        #expect(textNesting(Array(#"(a "((((\"((" ;; ((((("#.utf8)) == (1, 1))
        #expect(textNesting(Array("(a (; ( (; (( ;) ;) (b)\n(c\n(d)))".utf8)) == (3, 3))
    }

    /// The binary decoder and the translator keep their own stacks: 200,000 nested blocks load.
    @Test("deeply nested binary loads")
    func deepBinary() throws {
        let depth = 200_000
        var body: [UInt8] = [0]
        for _ in 0..<depth { body += [0x02, 0x40] }
        body += [UInt8](repeating: 0x0B, count: depth + 1)
        _ = try Module(engine: Engine(), bytes: Self.module(bodies: [body]))
    }

    @Test("a wast script nested past the bound fails with the reason, without crashing")
    func deepWast() throws {
        let report = try WastRunner(fileName: "deep.wast").run(source: Self.nestedBlocks(60_000))
        #expect(report.failures.count == 1)
        #expect(report.failures.first?.hasPrefix("deep.wast: malformed module: the text nests 60002 levels deep") == true)
    }

    static func leb(_ value: Int) -> [UInt8] {
        var value = value
        var bytes: [UInt8] = []
        repeat {
            var byte = UInt8(value & 0x7F)
            value >>= 7
            if value != 0 { byte |= 0x80 }
            bytes.append(byte)
        } while value != 0
        return bytes
    }

    /// A module of one `() -> ()` type (or `types`), `functions` using it, the given bodies.
    static func module(types: [UInt8] = [0x60, 0, 0], bodies: [[UInt8]], extra: [UInt8] = []) -> [UInt8] {
        var bytes: [UInt8] = [0, 0x61, 0x73, 0x6D, 1, 0, 0, 0]
        let typeSection = [1] + types
        bytes += [1] + leb(typeSection.count) + typeSection
        let functionSection = leb(bodies.count) + [UInt8](repeating: 0, count: bodies.count)
        bytes += [3] + leb(functionSection.count) + functionSection
        bytes += extra
        var code = leb(bodies.count)
        for body in bodies { code += leb(body.count) + body }
        bytes += [10] + leb(code.count) + code
        return bytes
    }

    @Test("a br_table of 100,000 targets translates, and runs")
    func hugeBranchTable() throws {
        let targets = 100_000
        // (block (block (local.get 0) (br_table 0 1 0 1 ... 0)) ) with an i32 parameter.
        var body: [UInt8] = [0, 0x02, 0x40, 0x02, 0x40, 0x20, 0, 0x0E] + Self.leb(targets)
        for k in 0..<targets { body += [UInt8(k % 2)] }
        body += [0, 0x0B, 0x0B, 0x0B]
        let bytes = Self.module(types: [0x60, 1, 0x7F, 0], bodies: [body], extra: [7, 5, 1, 1, 0x66, 0, 0])
        let engine = Engine()
        let store = Store(engine: engine)
        let instance = try Linker<Void>(engine: engine).instantiate(store, try Module(engine: engine, bytes: bytes))
        let f = try #require(try instance.getFunc(store, "f"))
        for argument: Int32 in [0, 1, 99_999, 100_000, -1] { _ = try f.call(store, [.i32(argument)]) }
    }

    @Test("50,000 locals and 20,000 functions load")
    func manyLocalsAndFunctions() throws {
        let locals: [UInt8] = [1] + Self.leb(50_000) + [0x7F, 0x0B]
        _ = try Module(engine: Engine(), bytes: Self.module(bodies: [locals]))
        _ = try Module(engine: Engine(), bytes: Self.module(bodies: Array(repeating: [0, 0x0B], count: 20_000)))
    }

    @Test("a function declaring 2^32-1 locals is refused without allocating them")
    func absurdLocals() {
        let body: [UInt8] = [1] + Self.leb(0xFFFF_FFFF) + [0x7F, 0x0B]
        let error = #expect(throws: WasmError.self) { try Module(engine: Engine(), bytes: Self.module(bodies: [body])) }
        #expect(error?.kind == .malformed || error?.kind == .invalid)
    }

    @Test("a data segment past the memory's end fails instantiation cleanly")
    func giantDataSegment() throws {
        // memory 1 page; an active segment of 1 MiB at offset 0.
        let payload = [UInt8](repeating: 0xAB, count: 1 << 20)
        var bytes = Self.module(bodies: [[0, 0x0B]], extra: [5, 3, 1, 0, 1])
        let segment: [UInt8] = [1, 0, 0x41, 0, 0x0B] + Self.leb(payload.count) + payload
        bytes += [11] + Self.leb(segment.count) + segment
        let engine = Engine()
        let module = try Module(engine: engine, bytes: bytes)
        #expect(throws: (any Error).self) { try Linker<Void>(engine: engine).instantiate(Store(engine: engine), module) }
    }

    @Test("Wasm -> host -> Wasm ... a million levels deep ends in a stack-overflow trap")
    func longHostChains() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        let linker = Linker<Void>(engine: engine)
        var reenter: Func?
        try linker.funcNew(module: "env", name: "back", type: FuncType(params: [.i32], results: [.i32])) { caller, args in
            try reenter!.call(caller.store, args)
        }
        let module = try Module(
            engine: engine,
            wat: """
                (module (import "env" "back" (func $back (param i32) (result i32)))
                  (func (export "f") (param i32) (result i32)
                    (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
                      (else (call $back (i32.sub (local.get 0) (i32.const 1)))))))
                """)
        let instance = try linker.instantiate(store, module)
        reenter = try instance.getFunc(store, "f")
        // (5 levels: a sanitizer's frames are large, and a test thread's stack may be small.)
        #expect(try reenter!.call(store, [.i32(5)]) == [.i32(0)])
        let error = #expect(throws: Trap.self) { try reenter!.call(store, [.i32(1_000_000)]) }
        #expect(error?.code == .stackOverflow)
        #expect(try reenter!.call(store, [.i32(5)]) == [.i32(0)], "the store works on")

        // The same chain on a thread with a 512 KB stack: it stops before the native stack ends
        // (each level's native frames, not the depth limit, decide there).
        // Why unchecked: the test waits for the thread, so the store is never used from two at once.
        final class Outcome: @unchecked Sendable {
            var code: TrapCode?
            var other: (any Error)?
            let store: Store<Void>
            let function: Func
            init(store: Store<Void>, function: Func) { (self.store, self.function) = (store, function) }
        }
        let outcome = Outcome(store: store, function: reenter!)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do {
                _ = try outcome.function.call(outcome.store, [.i32(1_000_000)])
            } catch let trap as Trap {
                outcome.code = trap.code
            } catch {
                outcome.other = error
            }
            done.signal()
        }
        thread.stackSize = 512 << 10
        thread.start()
        done.wait()
        #expect(outcome.code == .stackOverflow)
    }
}
