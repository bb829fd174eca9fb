import Testing

@testable import WasmInterpreter

/// The fusions and forms chosen after translation (accumulator forms, `incBr*` loop tails,
/// `*Indexed` loads, branches to returns), each with a case where applying it would be wrong.
@Suite("Translator fusions")
struct TranslatorFusionTests {
    /// The whole IR listing of a function (`Module.disassemble`).
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
        #expect(
            listing == """
                ; locals 2, frame 5
                0: i32MulImm a=2 b=0 c=0 d=3
                1: i32XorAcc a=2 b=2 c=1
                2: ret1Acc a=2 b=0 c=0
                """)
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
        #expect(
            try ir(wat, function: 0) == """
                ; locals 2, frame 6
                0: i32Mul a=3 b=0 c=0
                1: i32AddAcc a=2 b=3 c=1
                2: ret1Acc a=2 b=0 c=0
                """)
        #expect(
            try ir(wat, function: 1) == """
                ; locals 2, frame 6
                0: i32Mul a=3 b=0 c=0
                1: i32SubRhsAcc a=2 b=1 c=3
                2: ret1Acc a=2 b=0 c=0
                """)
        let f = try Fixture(wat)
        #expect(try f.call("add", .i32(7), .i32(100)) == [.i32(149)])
        #expect(try f.call("sub", .i32(7), .i32(100)) == [.i32(51)])
    }

    @Test("a branch target reads the accumulator only if every way into it leaves the same slot there")
    func accumulatorAtBranchTargets() throws {
        // "same": the i32.add after the block is reached by the br (after `const` 10 into slot 1)
        // and by falling through from `const` 20 into slot 1: both leave slot 1 in the register.
        // "different": the then-arm leaves slot 2 there, the else-arm slot 1: the add reads slot 2.
        let wat = """
            (module
              (func (export "same") (param i32) (result i32)
                (i32.add
                  (block (result i32) (br_if 0 (i32.const 10) (local.get 0)) (drop) (i32.const 20))
                  (i32.const 1)))
              (func (export "different") (param i32 i32) (result i32) (local i32)
                (if (local.get 0)
                  (then (local.set 2 (i32.add (local.get 1) (i32.const 5))))
                  (else (local.set 1 (i32.add (local.get 1) (i32.const 7)))))
                (i32.add (local.get 2) (i32.const 1))))
            """
        #expect(
            try ir(wat, function: 0) == """
                ; locals 1, frame 4
                0: brIfEqz a=0 b=0 c=0 d=3
                1: const a=1 b=0 imm=10
                2: br a=0 b=0 c=0 d=2
                3: const a=1 b=0 imm=20
                4: i32AddImmAcc a=1 b=1 c=0 d=1
                5: ret1Acc a=1 b=0 c=0
                """)
        #expect(
            try ir(wat, function: 1) == """
                ; locals 3, frame 6
                0: const a=2 b=0
                1: brIfEqz a=0 b=0 c=0 d=3
                2: i32AddImm a=2 b=1 c=0 d=5
                3: br a=0 b=0 c=0 d=2
                4: i32AddImmThenAddImm a=1 b=1 c=0 d=7
                5: i32AddImm a=3 b=2 c=0 d=1
                6: ret1Acc a=3 b=0 c=0
                """)
        let f = try Fixture(wat)
        #expect(try f.call("same", .i32(1)) == [.i32(11)])
        #expect(try f.call("same", .i32(0)) == [.i32(21)])
        #expect(try f.call("different", .i32(1), .i32(4)) == [.i32(10)])
        #expect(try f.call("different", .i32(0), .i32(4)) == [.i32(1)])
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
        #expect(
            listing == """
                ; locals 1, frame 4
                0: constThenStore64 a=1 b=0 imm=8
                1: store64AddressAcc a=1 b=0 c=0
                2: constThenLoadF64 a=1 b=0 imm=8
                3: loadF64Acc a=1 b=1 c=0
                4: f64AddImmAcc a=1 b=1 imm=4602678819172646912
                5: f64MulAcc a=1 b=1 c=0
                6: ret1 a=1 b=0 c=0
                """)
        #expect(try Fixture(wat).call("f", .f64(3)) == [.f64(10.5)])
    }

    @Test(
        "x += k before a test of x becomes one loop-tail instruction, x on either side of eq/ne, read from the accumulator where every way into the loop leaves it there"
    )
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
        #expect(
            try ir(wat, function: 0) == """
                ; locals 2, frame 5
                0: const a=1 b=0
                1: incBrI32LtUAcc a=1 b=0 c=3
                2: ret1Acc a=1 b=0 c=0
                """)
        #expect(
            try ir(wat, function: 1) == """
                ; locals 2, frame 6
                0: const a=1 b=0
                1: incBrI32NeAcc a=1 b=0 c=1
                2: ret1Acc a=1 b=0 c=0
                """)
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
        #expect(
            try ir(wat) == """
                ; locals 1, frame 4
                0: const a=1 b=0 imm=16
                1: store32ImmAddressAcc a=1 b=0 c=77
                2: load32Indexed a=1 b=0 c=8 d=8
                3: ret1Acc a=1 b=0 c=0
                """)
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
        #expect(
            listing == """
                ; locals 2, frame 6
                0: store32Indexed a=0 b=1 c=8 d=4
                1: store8ImmIndexed a=0 b=20 c=7
                2: const a=3 b=0 imm=5
                3: store64IndexedValueAcc a=0 b=3 c=24
                4: constThenLoad32 a=2 b=0 imm=4
                5: load32Acc a=2 b=2 c=0
                6: const a=3 b=0 imm=12
                7: load8U32Acc a=3 b=3 c=0
                8: constThenLoad64 a=4 b=0 imm=16
                9: load64Acc a=4 b=4 c=0
                10: i32WrapI64Acc a=4 b=4 c=0
                11: i32AddAcc a=3 b=4 c=3
                12: i32AddAcc a=2 b=3 c=2
                13: ret1Acc a=2 b=0 c=0
                """)
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
        #expect(
            try ir(wat) == """
                ; locals 1, frame 3
                0: brIfEqz a=0 b=0 c=0 d=3
                1: const a=1 b=0 imm=1
                2: ret1Acc a=1 b=0 c=0
                3: const a=1 b=0 imm=2
                4: ret1Acc a=1 b=0 c=0
                """)
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
                (f64.store offset=8 (local.get 0) (f64.add (f64.sqrt (local.get 1)) (local.get 1)))
                (f64.add (f64.load (local.get 0)) (f64.load offset=8 (local.get 0))))
              (func (export "g") (param i32 f64)
                (f64.store offset=65536 (local.get 0) (f64.mul (f64.sqrt (local.get 1)) (local.get 1)))))
            """
        let listing = try ir(wat)
        #expect(
            listing == """
                ; locals 2, frame 7
                0: f64Mul a=4 b=1 c=1
                1: f64SubRhsAccThenStore a=3 b=1 c=4
                2: store64ValueFacc a=0 b=3 c=0
                3: f64Sqrt a=3 b=1 c=0
                4: f64AddAccThenStore a=3 b=3 c=1
                5: store64ValueFacc a=0 b=3 c=0 d=8
                6: loadF64 a=2 b=0 c=0
                7: loadF64 a=3 b=0 c=0 d=8
                8: f64AddAcc a=2 b=3 c=2
                9: ret1 a=2 b=0 c=0
                """)
        #expect(
            try ir(wat, function: 1) == """
                ; locals 2, frame 6
                0: f64Sqrt a=3 b=1 c=0
                1: f64MulAccThenStore a=3 b=3 c=1
                2: store64ValueFacc a=0 b=3 c=0 d=65536
                3: ret a=0 b=0 c=0
                """)
        let f = try Fixture(wat)
        // (4 - 16) + (2 + 4).
        #expect(try f.call("f", .i32(16), .f64(4)) == [.f64(-6)])
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
        #expect(
            listing == """
                ; locals 3, frame 7
                0: constThenStore32 a=3 b=0 imm=100
                1: store32AddressAcc a=3 b=0 c=0
                2: constThenStore64 a=3 b=0 imm=100
                3: store64AddressAcc a=3 b=1 c=0 d=8
                4: constThenStore64 a=3 b=0 imm=200
                5: store64AddressAcc a=3 b=2 c=0
                6: constThenLoadF64 a=3 b=0 imm=200
                7: loadF64Acc a=3 b=3 c=0
                8: constThenLoad32 a=4 b=0 imm=100
                9: load32Acc a=4 b=4 c=0
                10: f64ConvertI32SAcc a=4 b=4 c=0
                11: constThenLoad64 a=5 b=0 imm=100
                12: load64Acc a=5 b=5 c=0 d=8
                13: f64ConvertI64SAcc a=5 b=5 c=0
                14: f64AddAcc a=4 b=5 c=4
                15: f64AddAcc a=3 b=4 c=3
                16: ret1 a=3 b=0 c=0
                """)
        let f = try Fixture(wat)
        #expect(try f.call("f", .i32(-5), .i64(1 << 40), .f64(0.5)) == [.f64(0.5 - 5 + Double(1 << 40))])
        #expect(trapCode { try f.call("far") } == .memoryOutOfBounds)
    }

    @Test("a shift by a constant whose result is xored, ored or added once is one instruction with it")
    func shiftThenCombine() throws {
        let wat = """
            (module
              (func (export "xorshift") (param i32) (result i32)
                (local.set 0 (i32.xor (local.get 0) (i32.shl (local.get 0) (i32.const 13))))
                (local.set 0 (i32.xor (local.get 0) (i32.shr_u (local.get 0) (i32.const 17))))
                (local.set 0 (i32.xor (i32.shl (local.get 0) (i32.const 5)) (local.get 0)))
                (local.get 0))
              (func (export "mix") (param i32 i32) (result i32)
                (i32.or (i32.mul (local.get 1) (local.get 1)) (i32.rotl (local.get 0) (i32.const 35))))
              (func (export "add") (param i32 i32) (result i32)
                (i32.add (i32.rotr (local.get 0) (i32.const 2)) (local.get 1)))
              (func (export "kept") (param i32) (result i32) (local i32)
                (i32.xor (local.tee 1 (i32.shl (local.get 0) (i32.const 3))) (local.get 1)))
              (func (export "constant") (param i32) (result i32)
                (i32.xor (i32.shl (local.get 0) (i32.const 3)) (i32.const 7))))
            """
        #expect(
            try ir(wat, function: 0) == """
                ; locals 1, frame 5
                0: i32XorShlImm a=0 b=0 c=0 d=13
                1: i32XorShrUImmAcc a=0 b=0 c=0 d=17
                2: i32XorShlImmAcc a=0 b=0 c=0 d=5
                3: ret1Acc a=0 b=0 c=0
                """)
        // The other operand computed just before: read from the accumulator (the rotation
        // count wraps at 32, as Wasm's does).
        #expect(
            try ir(wat, function: 1) == """
                ; locals 2, frame 6
                0: i32Mul a=2 b=1 c=1
                1: i32OrRotlImmRhsAcc a=2 b=0 c=2 d=35
                2: ret1Acc a=2 b=0 c=0
                """)
        // The shifted value is also kept in a local, or the other operand is a constant: no fusion.
        #expect(try ir(wat, function: 3).contains("i32ShlImm a=1 b=0 c=0 d=3"))
        #expect(try ir(wat, function: 4).contains("i32XorImmAcc"))
        let f = try Fixture(wat)
        func rotl(_ x: UInt32, _ k: UInt32) -> UInt32 { x << (k & 31) | x >> ((32 - (k & 31)) & 31) }
        for x: UInt32 in [1, 0x1234_5678, 0xFFFF_FFFF, 0x8000_0000] {
            var v = x
            v ^= v << 13
            v ^= v >> 17
            v ^= v << 5
            let arg = Int32(bitPattern: x)
            #expect(try f.call("xorshift", .i32(arg)) == [.i32(Int32(bitPattern: v))])
            for y: UInt32 in [3, 0xFFFF_FFFB, 0x7FFF_FFFF] {
                #expect(try f.call("mix", .i32(arg), .i32(Int32(bitPattern: y))) == [.i32(Int32(bitPattern: y &* y | rotl(x, 35)))])
                #expect(
                    try f.call("add", .i32(arg), .i32(Int32(bitPattern: y))) == [.i32(Int32(bitPattern: rotl(x, 30) &+ y))])
            }
            #expect(try f.call("kept", .i32(arg)) == [.i32(0)])
            #expect(try f.call("constant", .i32(arg)) == [.i32(Int32(bitPattern: x << 3 ^ 7))])
        }
    }

    @Test("a constant divided or subtracted by an f64 is one instruction")
    func floatFromImmediate() throws {
        let wat = """
            (module
              (func (export "div") (param f64) (result f64) (f64.div (f64.const 0.01) (f64.mul (local.get 0) (local.get 0))))
              (func (export "sub") (param f64) (result f64) (f64.sub (f64.const 1.5) (local.get 0))))
            """
        #expect(try ir(wat, function: 0).contains("1: f64DivFromImmAcc a=1 b=2 imm=\((0.01).bitPattern)"))
        #expect(try ir(wat, function: 1).contains("0: f64SubFromImm a=1 b=0 imm=\((1.5).bitPattern)"))
        let f = try Fixture(wat)
        #expect(try f.call("div", .f64(2)) == [.f64(0.01 / 4)])
        #expect(try f.call("sub", .f64(0.25)) == [.f64(1.25)])
        #expect(try f.call("sub", .f64(.infinity)) == [.f64(-.infinity)])
    }

    @Test("a product of two f64s multiplied or added once more is one instruction, rounded twice")
    func productThenOperation() throws {
        let wat = """
            (module
              (func (export "mulmul") (param f64 f64 f64) (result f64)
                (f64.mul (local.get 2) (f64.mul (local.get 0) (local.get 1))))
              (func (export "muladd") (param f64 f64 f64) (result f64)
                (f64.add (f64.mul (f64.sub (local.get 0) (local.get 2)) (local.get 1)) (local.get 2)))
              (func (export "outer") (param f64 f64 f64) (result f64)
                (f64.add (f64.sub (local.get 0) (local.get 2)) (f64.mul (local.get 0) (local.get 1))))
              (func (export "constant") (param f64 f64) (result f64)
                (f64.mul (f64.mul (local.get 0) (local.get 1)) (f64.const 3)))
              (func (export "plain") (param f64 f64 f64) (result f64)
                (f64.add (f64.mul (local.get 0) (local.get 1)) (local.get 2))))
            """
        #expect(try ir(wat, function: 4).contains("0: f64MulAdd a=3 b=0 c=1 d=2"))
        #expect(
            try ir(wat, function: 0) == """
                ; locals 3, frame 7
                0: f64MulMul a=3 b=0 c=1 d=2
                1: ret1 a=3 b=0 c=0
                """)
        #expect(try ir(wat, function: 1).contains("1: f64MulAddAcc a=3 b=3 c=1 d=2"))
        #expect(try ir(wat, function: 2).contains("1: f64MulAddOuterAcc a=3 b=0 c=1 d=3"))
        #expect(try ir(wat, function: 3).contains("f64MulImmAcc"))
        let f = try Fixture(wat)
        // 0.1 * 0.2 is rounded before the third operand is applied (a fused multiply-add would
        // round once and give another result for these).
        let (x, y, z) = (0.1, 0.2, -0.02)
        #expect(try f.call("mulmul", .f64(x), .f64(y), .f64(3)) == [.f64(3 * (x * y))])
        #expect(try f.call("muladd", .f64(x + z), .f64(y), .f64(z)) == [.f64(((x + z) - z) * y + z)])
        #expect(try f.call("outer", .f64(x), .f64(y), .f64(z)) == [.f64((x - z) + x * y)])
        #expect(try f.call("constant", .f64(x), .f64(y)) == [.f64(x * y * 3)])
        // (1 + 2^-30)(1 - 2^-30) = 1 - 2^-60 rounds to 1: two roundings give 0, a fused
        // multiply-add would give -2^-60.
        let (p, q) = (1 + 0x1p-30, 1 - 0x1p-30)
        #expect(try f.call("plain", .f64(p), .f64(q), .f64(-1)) == [.f64(0)])
    }
}
