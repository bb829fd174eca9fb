import Testing
import WasmInterpreter

@Suite("Traps")
struct TrapTests {
    let fixture: Fixture

    init() throws {
        fixture = try Fixture(
            """
            (module
              (type $v (func))
              (table 2 funcref)
              (elem (i32.const 0) $nop)
              (memory 1)
              (func $nop)
              (func (export "unreachable") unreachable)
              (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
              (func (export "rem") (param i64 i64) (result i64) (i64.rem_s (local.get 0) (local.get 1)))
              (func (export "trunc") (param f32) (result i32) (i32.trunc_f32_s (local.get 0)))
              (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
              (func (export "store") (param i32) (i64.store offset=8 (local.get 0) (i64.const 1)))
              (func (export "indirect") (param i32) (call_indirect (type $v) (local.get 0)))
              (func (export "mismatch") (result i32) (call_indirect (result i32) (i32.const 0)))
              (func $down (export "recurse") (param i32) (result i32)
                (i32.add (call $down (i32.add (local.get 0) (i32.const 1))) (i32.const 1)))
              (func (export "fill") (param i32) (memory.fill (local.get 0) (i32.const 0) (i32.const 16)))
            )
            """)
    }

    @Test func unreachable() { #expect(trapCode { try fixture.call("unreachable") } == .unreachable) }

    @Test func integerTraps() throws {
        #expect(trapCode { try fixture.call("div", .i32(1), .i32(0)) } == .integerDivideByZero)
        #expect(trapCode { try fixture.call("div", .i32(.min), .i32(-1)) } == .integerOverflow)
        #expect(try fixture.call("div", .i32(-7), .i32(2)) == [.i32(-3)])
        #expect(try fixture.call("rem", .i64(.min), .i64(-1)) == [.i64(0)])
        #expect(trapCode { try fixture.call("rem", .i64(5), .i64(0)) } == .integerDivideByZero)
    }

    @Test func conversionTraps() throws {
        #expect(trapCode { try fixture.call("trunc", .f32(.nan)) } == .invalidConversionToInteger)
        #expect(trapCode { try fixture.call("trunc", .f32(3e9)) } == .integerOverflow)
        #expect(try fixture.call("trunc", .f32(-2.9)) == [.i32(-2)])
    }

    @Test func memoryBounds() throws {
        #expect(try fixture.call("load", .i32(65532)) == [.i32(0)])
        #expect(trapCode { try fixture.call("load", .i32(65533)) } == .memoryOutOfBounds)
        #expect(trapCode { try fixture.call("load", .i32(-1)) } == .memoryOutOfBounds)
        #expect(trapCode { try fixture.call("store", .i32(65528)) } == .memoryOutOfBounds)
        #expect(trapCode { try fixture.call("fill", .i32(65530)) } == .memoryOutOfBounds)
    }

    @Test func indirectCalls() throws {
        #expect(try fixture.call("indirect", .i32(0)) == [])
        #expect(trapCode { try fixture.call("indirect", .i32(1)) } == .uninitializedElement)
        #expect(trapCode { try fixture.call("indirect", .i32(2)) } == .undefinedElement)
        #expect(trapCode { try fixture.call("mismatch") } == .indirectCallTypeMismatch)
    }

    @Test("deep recursion traps instead of crashing, and the store stays usable")
    func deepRecursion() throws {
        #expect(trapCode { try fixture.call("recurse", .i32(0)) } == .stackOverflow)
        #expect(try fixture.call("div", .i32(9), .i32(3)) == [.i32(3)])
    }

    @Test func trapMessages() {
        do {
            _ = try fixture.call("div", .i32(1), .i32(0))
            Issue.record("expected a trap")
        } catch {
            #expect("\(error)" == "wasm trap: integer divide by zero")
        }
    }
}

@Suite("Trap backtraces")
struct BacktraceTests {
    @Test("a trap lists the Wasm functions on the stack, innermost first, with names")
    func backtrace() throws {
        let f = try Fixture(
            """
            (module
              (func $outer (export "outer") (call $middle))
              (func $middle (call $inner))
              (func $inner unreachable))
            """)
        do {
            _ = try f.call("outer")
            Issue.record("expected a trap")
        } catch let trap as Trap {
            #expect(trap.code == .unreachable)
            #expect(trap.backtrace.map(\.description) == ["inner", "middle", "outer"])
            #expect(trap.backtrace.map(\.functionIndex) == [2, 1, 0])
        }
    }
}
