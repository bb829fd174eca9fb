import Testing
import WasmInterpreter

/// `Linker.funcNew` with `HostArguments` / `HostResults` (no arrays per call).
@Suite("Host functions on argument views")
struct HostCallViewTests {
    let wat = """
        (module
          (import "env" "op" (func $op (param i32 i64 f64) (result i32 funcref)))
          (func (export "call") (param i32 i64 f64) (result i32)
            (call $op (local.get 0) (local.get 1) (local.get 2))
            (drop))
          (func (export "isNull") (param i32 i64 f64) (result i32)
            (call $op (local.get 0) (local.get 1) (local.get 2))
            (ref.is_null)
            (i32.add)))
        """
    let type = FuncType(params: [.i32, .i64, .f64], results: [.i32, .funcRef])

    @Test("arguments are read in place and results written by index")
    func readsAndWrites() throws {
        let f = try Fixture(wat) { linker, _ in
            try linker.funcNew(module: "env", name: "op", type: type) { _, args, results in
                #expect(args.count == 3)
                guard case .i32(let a) = args[0], case .i64(let b) = args[1], case .f64(let c) = args[2] else { return }
                try results.set(0, .i32(a &+ Int32(b) &+ Int32(c)))
            }
        }
        #expect(try f.call("call", .i32(1), .i64(20), .f64(300)) == [.i32(321)])
    }

    @Test("results the function does not set are zero and null")
    func unsetResults() throws {
        let f = try Fixture(wat) { linker, _ in
            try linker.funcNew(module: "env", name: "op", type: type) { _, _, _ in }
        }
        // 0 + (ref.is_null null = 1)
        #expect(try f.call("isNull", .i32(5), .i64(6), .f64(7)) == [.i32(1)])
    }

    @Test("a result of the wrong type is an error for the caller, and so is an index out of range")
    func wrongResults() throws {
        let f = try Fixture(wat) { linker, _ in
            try linker.funcNew(module: "env", name: "op", type: type) { _, args, results in
                if case .i32(0) = args[0] { try results.set(0, .i64(1)) } else { try results.set(2, .i32(1)) }
            }
        }
        #expect(throws: WasmError.self) { try f.call("call", .i32(0), .i64(0), .f64(0)) }
        #expect(throws: WasmError.self) { try f.call("call", .i32(1), .i64(0), .f64(0)) }
    }
}
