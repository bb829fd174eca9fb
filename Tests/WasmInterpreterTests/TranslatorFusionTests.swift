import Testing

@testable import WasmInterpreter

/// The fusions and forms chosen after translation (accumulator forms, `incBr*` loop tails,
/// `*Indexed` loads, branches to returns), each with a case where applying it would be wrong.
@Suite("Translator fusions")
struct TranslatorFusionTests {
    func ir(_ wat: String, function: Int = 0) throws -> String {
        try Module(engine: Engine(), wat: wat).disassemble(function: function)
    }

    @Test("an operand the previous instruction just computed is read from the accumulator")
    func accumulatorForms() throws {
        let wat = """
            (module (func (export "f") (param i32 i32) (result i32)
              (i32.xor (i32.mul (local.get 0) (i32.const 3)) (local.get 1))))
            """
        let listing = try ir(wat)
        #expect(listing.contains("i32MulImm a=2 b=0"))
        #expect(listing.contains("i32XorAcc a=2 b=2 c=1"))
        #expect(try Fixture(wat).call("f", .i32(5), .i32(6)) == [.i32(15 ^ 6)])
    }

    @Test("a commutative operation swaps its operands to take the accumulator; others use the right-operand form")
    func accumulatorSwaps() throws {
        let wat = """
            (module
              (func (export "add") (param i32 i32) (result i32)
                (i32.add (local.get 1) (i32.mul (local.get 0) (local.get 0))))
              (func (export "sub") (param i32 i32) (result i32)
                (i32.sub (local.get 1) (i32.mul (local.get 0) (local.get 0)))))
            """
        #expect(try ir(wat, function: 0).contains("i32AddAcc a=2 b=3 c=1"))
        #expect(try ir(wat, function: 1).contains("i32SubRhsAcc a=2 b=1 c=3"))
        let f = try Fixture(wat)
        #expect(try f.call("add", .i32(7), .i32(100)) == [.i32(149)])
        #expect(try f.call("sub", .i32(7), .i32(100)) == [.i32(51)])
    }

    @Test("an instruction that is a branch target reads its slots (the accumulator holds whatever the branch brought)")
    func noAccumulatorAtBranchTargets() throws {
        // The i32.add after the block is reached from the br_if (accumulator: the condition) and
        // by falling through from the i32.const 20 (accumulator: 20).
        let wat = """
            (module (func (export "f") (param i32) (result i32)
              (i32.add
                (block (result i32) (br_if 0 (i32.const 10) (local.get 0)) (drop) (i32.const 20))
                (i32.const 1))))
            """
        let listing = try ir(wat)
        #expect(listing.contains("i32AddImm"))
        #expect(!listing.contains("i32AddImmAcc"))
        let f = try Fixture(wat)
        #expect(try f.call("f", .i32(1)) == [.i32(11)])
        #expect(try f.call("f", .i32(0)) == [.i32(21)])
    }

    @Test("f64 results travel in the float accumulator, f64 constants are immediates")
    func floatAccumulator() throws {
        let wat = """
            (module (memory 1)
              (func (export "f") (param f64) (result f64)
                (f64.store (i32.const 8) (local.get 0))
                (f64.mul (f64.add (f64.load (i32.const 8)) (f64.const 0.5)) (local.get 0))))
            """
        let listing = try ir(wat)
        #expect(listing.contains("f64AddImmAcc"))
        #expect(listing.contains("f64MulAcc"))
        #expect(try Fixture(wat).call("f", .f64(3)) == [.f64(10.5)])
    }

    @Test("x += k before a test of x becomes one loop-tail instruction, x on either side of eq/ne")
    func loopTails() throws {
        let wat = """
            (module
              (func (export "up") (param $n i32) (result i32) (local $i i32)
                (loop $l (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 3))) (local.get $n))))
                (local.get $i))
              (func (export "until") (param $m i32) (result i32) (local $n i32)
                (loop $l (br_if $l (i32.ne (local.get $m) (local.tee $n (i32.add (local.get $n) (i32.const 1))))))
                (local.get $n))
              (func (export "old") (param $n i32) (result i32) (local $k i32)
                (loop $l
                  (local.set $k (i32.add (local.get $k) (i32.const 1)))
                  (br_if $l (i32.gt_u (local.get $n) (local.tee $n (i32.add (local.get $n) (i32.const -2))))))
                (local.get $k)))
            """
        #expect(try ir(wat, function: 0).contains("incBrI32LtU a=1 b=0 c=3"))
        #expect(try ir(wat, function: 1).contains("incBrI32Ne a=1 b=0 c=1"))
        let f = try Fixture(wat)
        #expect(try f.call("up", .i32(10)) == [.i32(12)])
        #expect(try f.call("up", .i32(0)) == [.i32(3)])
        #expect(try f.call("until", .i32(7)) == [.i32(7)])
        // The comparison reads the old n (copied before the tee writes it): old > new holds while
        // n - 2 does not wrap, so the loop runs n / 2 + 1 times.
        #expect(try f.call("old", .i32(6)) == [.i32(4)])
    }

    @Test("a load whose address is base + constant adds it with 32-bit wrap-around, then the offset")
    func indexedLoads() throws {
        let wat = """
            (module (memory 1)
              (func (export "f") (param i32) (result i32)
                (i32.store (i32.const 16) (i32.const 77))
                (i32.load offset=8 (i32.add (local.get 0) (i32.const 8)))))
            """
        #expect(try ir(wat).contains("load32Indexed a=1 b=0 c=8 d=8"))
        let f = try Fixture(wat)
        #expect(try f.call("f", .i32(0)) == [.i32(77)])
        // 0xFFFF_FFF8 + 8 wraps to 0 before the offset: address 8, in bounds (a 33-bit sum would trap).
        #expect(try f.call("f", .i32(-8)) == [.i32(0)])
        // 0xFFFF_FFF0 + 8 does not wrap: out of bounds.
        #expect(throws: Trap.self) { try f.call("f", .i32(-16)) }
    }

    @Test("a store whose address is base + constant adds it with 32-bit wrap-around, for values and constants")
    func indexedStores() throws {
        let wat = """
            (module (memory 1)
              (func (export "f") (param i32 i32) (result i32)
                (i32.store offset=4 (i32.add (local.get 0) (i32.const 8)) (local.get 1))
                (i32.store8 (i32.add (local.get 0) (i32.const 20)) (i32.const 7))
                (i64.store (i32.add (local.get 0) (i32.const 24)) (i64.const 5))
                (i32.add (i32.load (i32.const 4))
                  (i32.add (i32.load8_u (i32.const 12)) (i32.wrap_i64 (i64.load (i32.const 16)))))))
            """
        let listing = try ir(wat)
        #expect(listing.contains("store32Indexed a=0 b=1 c=8 d=4"))
        #expect(listing.contains("store8ImmIndexed a=0 b=20 c=7"))
        #expect(listing.contains("store64Indexed"))
        let f = try Fixture(wat)
        // Base -8 (0xFFFF_FFF8): + 8 wraps to 0 (then offset 4), + 20 to 12, + 24 to 16.
        #expect(try f.call("f", .i32(-8), .i32(1000)) == [.i32(1012)])
        // Base -16: + 8 does not wrap, so the first store is out of bounds.
        #expect(throws: Trap.self) { try f.call("f", .i32(-16), .i32(1)) }
    }

    @Test("a branch to a return is that return")
    func branchToReturn() throws {
        let wat = """
            (module (func (export "f") (param i32) (result i32)
              (if (result i32) (local.get 0) (then (i32.const 1)) (else (i32.const 2)))))
            """
        #expect(!(try ir(wat).contains(": br a=")))
        let f = try Fixture(wat)
        #expect(try f.call("f", .i32(1)) == [.i32(1)])
        #expect(try f.call("f", .i32(0)) == [.i32(2)])
    }

    @Test(
        "an f64 result stored right away is one pair dispatch; a trap in the store comes after the result slot is written, as with the two instructions"
    )
    func f64ThenStorePairs() throws {
        let wat = """
            (module (memory 1)
              (func (export "f") (param i32 f64) (result f64)
                (f64.store (local.get 0) (f64.sub (local.get 1) (f64.mul (local.get 1) (local.get 1))))
                (f64.store offset=8 (local.get 0) (f64.add (f64.mul (local.get 1) (local.get 1)) (local.get 1)))
                (f64.add (f64.load (local.get 0)) (f64.load offset=8 (local.get 0))))
              (func (export "g") (param i32 f64)
                (f64.store offset=65536 (local.get 0) (f64.mul (f64.sqrt (local.get 1)) (local.get 1)))))
            """
        let listing = try ir(wat)
        #expect(listing.contains("f64SubRhsAccThenStore"))
        #expect(listing.contains("f64AddAccThenStore"))
        #expect(try ir(wat, function: 1).contains("f64MulAccThenStore"))
        let f = try Fixture(wat)
        // (3 - 9) + (9 + 3).
        #expect(try f.call("f", .i32(16), .f64(3)) == [.f64(6)])
        #expect(trapCode { try f.call("f", .i32(65536 - 4), .f64(1)) } == .memoryOutOfBounds)
        #expect(trapCode { try f.call("g", .i32(0), .f64(4)) } == .memoryOutOfBounds)
    }

    @Test("a load or store at a constant address is one pair dispatch, bounds-checked like the two")
    func constantAddressPairs() throws {
        let wat = """
            (module (memory 1)
              (func (export "f") (param i32 i64 f64) (result f64)
                (i32.store (i32.const 100) (local.get 0))
                (i64.store offset=8 (i32.const 100) (local.get 1))
                (f64.store (i32.const 200) (local.get 2))
                (f64.add (f64.load (i32.const 200))
                  (f64.add (f64.convert_i32_s (i32.load (i32.const 100)))
                    (f64.convert_i64_s (i64.load offset=8 (i32.const 100))))))
              (func (export "far") (result i32) (i32.load (i32.const 65534))))
            """
        let listing = try ir(wat)
        #expect(listing.contains("constThenStore32"))
        #expect(listing.contains("constThenStore64"))
        #expect(listing.contains("constThenLoad32"))
        #expect(listing.contains("constThenLoad64"))
        #expect(listing.contains("constThenLoadF64"))
        let f = try Fixture(wat)
        #expect(try f.call("f", .i32(-5), .i64(1 << 40), .f64(0.5)) == [.f64(0.5 - 5 + Double(1 << 40))])
        #expect(trapCode { try f.call("far") } == .memoryOutOfBounds)
    }
}
