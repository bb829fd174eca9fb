import Testing

@testable import WasmInterpreter

/// The translator's optimisations (deferred locals and constants, result retargeting, fused
/// compare-and-branch), each with the cases that would break a naive version.
@Suite("Translator")
struct TranslatorTests {
    /// The whole IR listing of the module's first function (`Module.disassemble`).
    func ir(_ wat: String, config: Config = Config()) throws -> String {
        try Module(engine: Engine(config: config), wat: wat).disassemble(function: 0)
    }

    @Test("a deferred local.get keeps the old value when the local is overwritten")
    func localPreservation() throws {
        let f = try Fixture(
            """
            (module
              (func (export "a") (param i32) (result i32)
                (local.get 0) (local.set 0 (i32.const 5)))
              (func (export "b") (param i32) (result i32 i32)
                (local.get 0) (local.get 0) (i32.const 1) (i32.add) (local.set 0) (local.get 0))
              (func (export "c") (param i32) (result i32)
                (i32.add (local.get 0) (local.tee 0 (i32.const 9))))
              (func (export "d") (param i32 i32) (result i32)
                (local.get 0)
                (if (local.get 1) (then (local.set 0 (i32.const 100))))
                (i32.add (local.get 0))))
            """)
        #expect(try f.call("a", .i32(3)) == [.i32(3)])
        #expect(try f.call("b", .i32(3)) == [.i32(3), .i32(4)])
        #expect(try f.call("c", .i32(3)) == [.i32(12)])
        #expect(try f.call("d", .i32(3), .i32(1)) == [.i32(103)])
        #expect(try f.call("d", .i32(3), .i32(0)) == [.i32(6)])
    }

    @Test("local.set after an operation makes the operation write the local")
    func resultRetargeting() throws {
        let listing = try ir(
            """
            (module (func (param i32) (result i32) (local i32)
              (local.set 1 (i32.add (local.get 0) (i32.const 1))) (local.get 1)))
            """)
        #expect(
            listing == """
                ; locals 2, frame 5
                0: const a=1 b=0
                1: i32AddImm a=1 b=0 c=0 d=1
                2: ret1Acc a=1 b=0 c=0
                """)
    }

    @Test("declared locals are zeroed at once, the last left in the accumulator for a loop over it")
    func zeroedLocals() throws {
        let wat = """
            (module (func (export "f") (param i32) (result i32) (local i64 i32)
              (local.set 1 (i64.const -1))
              (loop
                (local.set 2 (i32.add (local.get 2) (i32.const 1)))
                (br_if 0 (i32.lt_u (local.get 2) (local.get 0))))
              (local.get 2))
              (func (export "g") (param i32) (result i32) (local i64 i32)
              (loop
                (local.set 2 (i32.add (local.get 2) (i32.const 1)))
                (br_if 0 (i32.lt_u (local.get 2) (local.get 0))))
              (i32.add (local.get 2) (i32.wrap_i64 (local.get 1)))))
            """
        let listing = try Module(engine: Engine(), wat: wat).disassemble(function: 1)
        #expect(listing.hasPrefix("; locals 4, frame 7\n0: zeroSlots a=2 b=3 c=1\n1: incBrI32LtUAcc a=2 b=0 c=1\n"))
        let f = try Fixture(wat)
        #expect(try f.call("f", .i32(7)) == [.i32(7)])
        // Both locals start at zero, also where "f" left -1 in the same frame slot.
        #expect(try f.call("g", .i32(5)) == [.i32(5)])
    }

    @Test("a constant minus a value is one instruction, also with the value in the accumulator")
    func subtractFromConstant() throws {
        let wat = """
            (module
              (func (export "i32") (param i32 i32) (result i32)
                (i32.sub (i32.const 10) (i32.add (local.get 0) (local.get 1))))
              (func (export "i64") (param i64) (result i64) (i64.sub (i64.const -3) (local.get 0))))
            """
        let module = try Module(engine: Engine(), wat: wat)
        #expect(module.disassemble(function: 0).contains("i32SubFromImmAcc"))
        #expect(module.disassemble(function: 1).contains("i64SubFromImm"))
        let f = try Fixture(wat)
        #expect(try f.call("i32", .i32(3), .i32(4)) == [.i32(3)])
        #expect(try f.call("i32", .i32(Int32.max), .i32(20)) == [.i32(10 &- (Int32.max &+ 20))])
        #expect(try f.call("i64", .i64(5)) == [.i64(-8)])
        #expect(try f.call("i64", .i64(Int64.min)) == [.i64(-3 &- Int64.min)])
    }

    @Test("a zero operand is read from the zero slot, zeroed at entry with the locals, not written first")
    func zeroSlot() throws {
        let wat = """
            (module
              (func (export "dirty") (param i32) (result i32) (local i32 i32 i32)
                (local.set 1 (i32.const -1)) (local.set 2 (i32.const -1)) (local.set 3 (i32.const -1))
                (i32.add (i32.add (local.get 1) (local.get 2)) (i32.add (local.get 3) (local.get 0))))
              (func (export "negate") (param i32) (result i32) (local i32 i32)
                (local.set 1 (i32.sub (i32.const 0) (local.get 0)))
                (select (local.get 1) (i32.const 0) (local.get 0))))
            """
        let listing = try Module(engine: Engine(), wat: wat).disassemble(function: 1)
        // Slot 3 (after the locals 1 and 2) is the zero slot: no `const 0` anywhere.
        #expect(listing.hasPrefix("; locals 4, frame 8\n0: zeroSlots a=2 b=3 c=1\n"))
        #expect(!listing.contains("const"))
        #expect(listing.contains("c=3"))
        let f = try Fixture(wat)
        // "dirty" leaves -1 in the frame slot that is "negate"'s zero slot.
        #expect(try f.call("dirty", .i32(4)) == [.i32(1)])
        #expect(try f.call("negate", .i32(5)) == [.i32(-5)])
        #expect(try f.call("dirty", .i32(4)) == [.i32(1)])
        #expect(try f.call("negate", .i32(0)) == [.i32(0)])
    }

    @Test("storing 0 in a local that still holds its initial zero emits nothing, until a branch lands")
    func knownZeroLocals() throws {
        let params = String(repeating: "i32 ", count: 70)
        let wat = """
            (module
              (func (export "f") (param i32) (result i32) (local i32 i32)
                (local.set 1 (i32.const 0))
                (if (local.get 0) (then (local.set 1 (i32.const 7))))
                (local.set 2 (i32.const 0))
                (local.set 1 (i32.const 0))
                (i32.add (local.get 1) (local.get 2)))
              (func (export "wide") (param \(params)) (result i32) (local i32)
                (local.set 70 (i32.const 0))
                (i32.add (local.get 70) (local.get 69))))
            """
        let listing = try Module(engine: Engine(), wat: wat).disassemble(function: 0)
        // The store of 0 before the `if` is dropped; after it (a branch lands there) both stay.
        #expect(listing.hasPrefix("; locals 4, frame 7\n0: zeroSlots a=2 b=3 c=1\n1: brIfEqz"))
        #expect(listing.contains("const a=2 b=0\n4: const a=1 b=0\n"))
        let f = try Fixture(wat)
        #expect(try f.call("f", .i32(0)) == [.i32(0)])
        #expect(try f.call("f", .i32(1)) == [.i32(0)])
        let wide = try #require(try f.instance.getFunc(f.store, "wide"))
        #expect(try wide.call(f.store, (0..<70).map { Value.i32(Int32($0)) }) == [.i32(69)])
    }

    @Test("a constant stored over a constant just stored replaces it, unless a branch lands between")
    func constantOverConstant() throws {
        let wat = """
            (module
              (func (export "first") (param i32) (result i64) (local i64)
                (local.set 1 (i64.const 7))
                (i64.add (local.get 1) (i64.extend_i32_u (local.get 0))))
              (func (export "target") (param i32) (result i64) (local i64)
                (local.set 1 (i64.const 5))
                (block (br_if 0 (local.get 0)) (local.set 1 (i64.const 6)))
                (local.set 1 (i64.const 9))
                (local.get 1)))
            """
        let module = try Module(engine: Engine(), wat: wat)
        // The zeroing of the declared local and its first value: one `const`.
        #expect(module.disassemble(function: 0).hasPrefix("; locals 2, frame 5\n0: const a=1 b=0 imm=7\n1: i32WrapI64"))
        // Not across the block's end, where the branch lands: both paths must store 9.
        #expect(module.disassemble(function: 1).components(separatedBy: "imm=9").count == 2)
        let f = try Fixture(wat)
        #expect(try f.call("first", .i32(3)) == [.i64(10)])
        #expect(try f.call("target", .i32(0)) == [.i64(9)])
        #expect(try f.call("target", .i32(1)) == [.i64(9)])
    }

    @Test("constants fold into immediates, also on the left of commutative operators")
    func immediates() throws {
        let listing = try ir("(module (func (param i32) (result i32) (i32.add (i32.const 10) (local.get 0))))")
        #expect(
            listing == """
                ; locals 1, frame 4
                0: i32AddImm a=1 b=0 c=0 d=10
                1: ret1Acc a=1 b=0 c=0
                """)
        let f = try Fixture(
            """
            (module
              (func (export "sub") (param i32) (result i32) (i32.sub (i32.const 10) (local.get 0)))
              (func (export "consts") (result i32) (i32.sub (i32.const 10) (i32.const 3)))
              (func (export "sel") (param i32) (result i32) (select (i32.const 1) (i32.const 2) (local.get 0))))
            """)
        #expect(try f.call("sub", .i32(3)) == [.i32(7)])
        #expect(try f.call("consts") == [.i32(7)])
        #expect(try f.call("sel", .i32(0)) == [.i32(2)])
        #expect(try f.call("sel", .i32(5)) == [.i32(1)])
    }

    @Test("br_if on a comparison becomes one compare-and-branch")
    func fusedBranches() throws {
        let listing = try ir(
            """
            (module (func (param i32 i32) (result i32)
              (block (br_if 0 (i32.lt_s (local.get 0) (local.get 1))) (return (i32.const 1)))
              (i32.const 0)))
            """)
        #expect(
            listing == """
                ; locals 2, frame 5
                0: brI32LtS a=0 b=1 c=0 d=3
                1: const a=0 b=0 imm=1
                2: ret a=0 b=0 c=0
                3: const a=0 b=0
                4: ret a=0 b=0 c=0
                """)
        let f = try Fixture(
            """
            (module
              (func (export "lt") (param i32 i32) (result i32)
                (block (br_if 0 (i32.lt_s (local.get 0) (local.get 1))) (return (i32.const 1)))
                (i32.const 0))
              (func (export "teed") (param i32) (result i32) (local i32)
                (block (br_if 0 (local.tee 1 (i32.gt_u (local.get 0) (i32.const 5)))))
                (local.get 1))
              (func (export "ifnot") (param i64 i64) (result i32)
                (if (result i32) (i64.ge_u (local.get 0) (local.get 1)) (then (i32.const 1)) (else (i32.const 2)))))
            """)
        #expect(try f.call("lt", .i32(-1), .i32(0)) == [.i32(0)])
        #expect(try f.call("lt", .i32(1), .i32(0)) == [.i32(1)])
        #expect(try f.call("teed", .i32(9)) == [.i32(1)])
        #expect(try f.call("teed", .i32(2)) == [.i32(0)])
        #expect(try f.call("ifnot", .i64(-1), .i64(1)) == [.i32(1)])
        #expect(try f.call("ifnot", .i64(0), .i64(1)) == [.i32(2)])
    }

    @Test("branch values move to the label's slots")
    func branchValues() throws {
        let f = try Fixture(
            """
            (module
              (func (export "brif") (param i32 i32) (result i32)
                (block (result i32) (local.get 0) (local.get 1) (br_if 0) (drop) (i32.const 7)))
              (func (export "table") (param i32) (result i32 i32)
                (block (result i32 i32)
                  (block (result i32 i32)
                    (i32.const 10) (local.get 0) (i32.const 30) (drop)
                    (br_table 0 1 (local.get 0)))
                  (i32.add) (i32.const 1)))
              (func (export "loop") (param i32) (result i32) (local i32)
                (i32.const 0) (local.get 0)
                (loop (param i32 i32) (result i32)
                  (local.set 1)
                  (if (param i32) (result i32) (i32.eqz (local.get 1))
                    (then)
                    (else
                      (i32.add (local.get 1))
                      (i32.sub (local.get 1) (i32.const 1))
                      (br 1))))))
            """)
        #expect(try f.call("brif", .i32(5), .i32(1)) == [.i32(5)])
        #expect(try f.call("brif", .i32(5), .i32(0)) == [.i32(7)])
        #expect(try f.call("table", .i32(0)) == [.i32(10), .i32(1)])
        #expect(try f.call("table", .i32(1)) == [.i32(10), .i32(1)])
        #expect(try f.call("table", .i32(5)) == [.i32(10), .i32(5)])
        #expect(try f.call("loop", .i32(4)) == [.i32(10)])
    }

    @Test("fuel metering emits consumeFuel per basic block only when enabled")
    func fuelInstrumentation() throws {
        let wat = "(module (func (param i32) (loop (br_if 0 (local.get 0)))))"
        #expect(
            try ir(wat) == """
                ; locals 1, frame 3
                0: brIfNez a=0 b=0 c=0
                1: ret a=0 b=0 c=0
                """)
        var config = Config()
        config.consumeFuel = true
        // One consumeFuel per basic block: the entry, the loop, after the loop.
        #expect(
            try ir(wat, config: config) == """
                ; locals 1, frame 3
                0: consumeFuel a=0 b=0
                1: consumeFuel a=0 b=0 imm=2
                2: brIfNez a=0 b=0 c=0 d=-1
                3: consumeFuel a=0 b=0 imm=2
                4: ret a=0 b=0 c=0
                """)
    }

    @Test("each block's fuel charge runs with the block's first instruction, and charges exactly its cost")
    func fuelChargeFusion() throws {
        var config = Config()
        config.consumeFuel = true
        let engine = Engine(config: config)
        let module = try Module(
            engine: engine,
            wat: """
                (module (func (export "count") (param i32) (result i32) (local i32)
                  (loop
                    (local.set 1 (i32.add (local.get 1) (i32.const 1)))
                    (br_if 0 (i32.lt_u (local.get 1) (local.get 0))))
                  (local.get 1)))
                """)
        let code = module.code[0]
        var charges = 0
        var loopCost: UInt64?
        for k in 0..<code.count {
            if code[k].opcode == .consumeFuel {
                charges += 1
                #expect(address(of: code[k].handler) == address(of: code[k + 1].opcode.fuelThenHandler))
            }
            if code[k].opcode.isBranch, code[k].offset < 0 {
                let header = code[k + code[k].offset / instrStride]
                #expect(header.opcode == .consumeFuel)
                loopCost = header.imm
            }
        }
        #expect(charges == 3)  // the entry, the loop, after the loop
        let cost = try #require(loopCost)
        // The back edge lands on the fused charge: each iteration pays the loop block's cost, once.
        let store = Store(engine: engine)
        let count = try Linker<Void>(engine: engine).instantiate(store, module).getFunc(store, "count")!
        func used(_ n: Int32) throws -> UInt64 {
            try store.setFuel(1_000_000)
            #expect(try count.call(store, [.i32(n)]) == [.i32(n)])
            return 1_000_000 - (try store.getFuel())
        }
        #expect(try used(300) - used(200) == 100 * cost)
        // Out of fuel at the fused charge, a resumed call continues from it.
        try store.setFuel(10)
        var call = try count.callResumable(store, [.i32(50)])
        var refills = 0
        while case .outOfFuel(let suspended) = call {
            refills += 1
            try store.setFuel(10)
            call = try suspended.resume(store)
        }
        #expect(refills > 5)
        #expect(call.results == [.i32(50)])
    }

    @Test("returning locals in swapped order")
    func parallelReturn() throws {
        let f = try Fixture("(module (func (export \"swap\") (param i32 i32) (result i32 i32) (local.get 1) (local.get 0)))")
        #expect(try f.call("swap", .i32(1), .i32(2)) == [.i32(2), .i32(1)])
    }
}
