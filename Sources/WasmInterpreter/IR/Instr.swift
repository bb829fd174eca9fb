/// One register-machine instruction as the translator builds it: an opcode and three 32-bit
/// operands plus a 64-bit immediate. `assemble` encodes it as a `CompiledInstr` to execute.
///
/// Operands `a`, `b`, `c` are frame slot indices unless the opcode says otherwise (see `Opcode`).
/// `imm` holds constants, memory offsets and branch offsets (relative to this instruction).
/// A fixed 24-byte layout keeps the dispatch loop simple: every instruction advances `pc` by one.
struct Instr {
    var op: Opcode
    var a: UInt32
    var b: UInt32
    var c: UInt32
    var imm: UInt64

    init(_ op: Opcode, a: UInt32 = 0, b: UInt32 = 0, c: UInt32 = 0, imm: UInt64 = 0) {
        self.op = op
        self.a = a
        self.b = b
        self.c = c
        self.imm = imm
    }
}

/// The instruction set. Operand conventions, unless noted: `a` = destination slot, `b`, `c` = source
/// slots; `*Imm` forms take their right operand from `imm`; branch offsets are in `imm` as a signed
/// count of instructions relative to the branch itself.
/// `UInt16`: the opcode never reaches the executor (instructions carry their handler), so its
/// width costs nothing and leaves room for SIMD and later proposals.
enum Opcode: UInt16, CaseIterable {
    // MARK: control
    case unreachable
    /// fp[a] = fp[b]
    case copy
    /// fp[a] = imm
    case const
    /// fp[a ..< a + b] = 0 (a function's declared locals)
    case zeroSlots
    /// Fuel metering: charge imm units for the basic block that starts here.
    case consumeFuel
    /// pc += imm
    case br
    /// if fp[a] as i32 != 0 { pc += imm }
    case brIfNez
    /// if fp[a] as i32 == 0 { pc += imm }
    case brIfEqz
    /// a = index slot, b = number of non-default targets; followed by b + 1 `br` instructions.
    case brTable
    /// Return; results are already in fp[0..<n].
    case ret
    /// fp[0] = fp[a]; return.
    case ret1
    /// a = function index in the instance, b = frame base of the callee (its arguments).
    case call
    /// a = type index, b = callee frame base, c = slot holding the table index, imm = table.
    case callIndirect
    /// fp[a] = fp[imm] as i32 != 0 ? fp[b] : fp[c]
    case select
    /// fp[a] = global[b]
    case globalGet
    /// global[a] = fp[b]
    case globalSet

    // MARK: fused compare-and-branch (a = lhs slot, b = rhs slot or i32 constant, imm = offset)
    case brI32Eq, brI32Ne, brI32LtS, brI32LtU, brI32GtS, brI32GtU, brI32LeS, brI32LeU, brI32GeS, brI32GeU
    case brI32EqImm, brI32NeImm, brI32LtSImm, brI32LtUImm, brI32GtSImm, brI32GtUImm, brI32LeSImm,
        brI32LeUImm, brI32GeSImm, brI32GeUImm
    case brI64Eq, brI64Ne, brI64LtS, brI64LtU, brI64GtS, brI64GtU, brI64LeS, brI64LeU, brI64GeS, brI64GeU

    // MARK: loop tails: fp[a] += c, then branch by d if fp[a] op (fp[b] or the constant b; nothing for Nez/Eqz)
    case incBrIfNez, incBrIfEqz
    case incBrI32Eq, incBrI32Ne, incBrI32LtS, incBrI32LtU, incBrI32GtS, incBrI32GtU, incBrI32LeS, incBrI32LeU,
        incBrI32GeS, incBrI32GeU
    case incBrI32EqImm, incBrI32NeImm, incBrI32LtSImm, incBrI32LtUImm, incBrI32GtSImm, incBrI32GtUImm, incBrI32LeSImm,
        incBrI32LeUImm, incBrI32GeSImm, incBrI32GeUImm

    // MARK: i32 arithmetic (a = dst, b = lhs, c = rhs; Imm forms: rhs in imm)
    case i32Add, i32Sub, i32Mul, i32DivS, i32DivU, i32RemS, i32RemU, i32And, i32Or, i32Xor, i32Shl,
        i32ShrS, i32ShrU, i32Rotl, i32Rotr
    case i32AddImm, i32SubImm, i32MulImm, i32DivSImm, i32DivUImm, i32RemSImm, i32RemUImm, i32AndImm,
        i32OrImm, i32XorImm, i32ShlImm, i32ShrSImm, i32ShrUImm, i32RotlImm, i32RotrImm
    case i64Add, i64Sub, i64Mul, i64DivS, i64DivU, i64RemS, i64RemU, i64And, i64Or, i64Xor, i64Shl,
        i64ShrS, i64ShrU, i64Rotl, i64Rotr
    case i64AddImm, i64SubImm, i64MulImm, i64DivSImm, i64DivUImm, i64RemSImm, i64RemUImm, i64AndImm,
        i64OrImm, i64XorImm, i64ShlImm, i64ShrSImm, i64ShrUImm, i64RotlImm, i64RotrImm

    // MARK: comparisons (a = dst, b = lhs, c = rhs)
    case i32Eqz, i32Eq, i32Ne, i32LtS, i32LtU, i32GtS, i32GtU, i32LeS, i32LeU, i32GeS, i32GeU
    case i32EqImm, i32NeImm, i32LtSImm, i32LtUImm, i32GtSImm, i32GtUImm, i32LeSImm, i32LeUImm,
        i32GeSImm, i32GeUImm
    case i64Eqz, i64Eq, i64Ne, i64LtS, i64LtU, i64GtS, i64GtU, i64LeS, i64LeU, i64GeS, i64GeU
    case f32Eq, f32Ne, f32Lt, f32Gt, f32Le, f32Ge
    case f64Eq, f64Ne, f64Lt, f64Gt, f64Le, f64Ge

    // MARK: unary (a = dst, b = src)
    case i32Clz, i32Ctz, i32Popcnt, i64Clz, i64Ctz, i64Popcnt
    case i32Extend8S, i32Extend16S, i64Extend8S, i64Extend16S, i64Extend32S
    case f32Abs, f32Neg, f32Ceil, f32Floor, f32Trunc, f32Nearest, f32Sqrt
    case f64Abs, f64Neg, f64Ceil, f64Floor, f64Trunc, f64Nearest, f64Sqrt

    // MARK: float binary (a = dst, b = lhs, c = rhs)
    case f32Add, f32Sub, f32Mul, f32Div, f32Min, f32Max, f32Copysign
    case f64Add, f64Sub, f64Mul, f64Div, f64Min, f64Max, f64Copysign
    /// rhs constant in imm (its bits)
    case f64AddImm, f64SubImm, f64MulImm, f64DivImm

    // MARK: conversions (a = dst, b = src)
    case i32WrapI64, i64ExtendI32S, i64ExtendI32U
    case i32TruncF32S, i32TruncF32U, i32TruncF64S, i32TruncF64U
    case i64TruncF32S, i64TruncF32U, i64TruncF64S, i64TruncF64U
    case i32TruncSatF32S, i32TruncSatF32U, i32TruncSatF64S, i32TruncSatF64U
    case i64TruncSatF32S, i64TruncSatF32U, i64TruncSatF64S, i64TruncSatF64U
    case f32ConvertI32S, f32ConvertI32U, f32ConvertI64S, f32ConvertI64U, f32DemoteF64
    case f64ConvertI32S, f64ConvertI32U, f64ConvertI64S, f64ConvertI64U, f64PromoteF32

    // MARK: memory (loads: a = dst, b = address slot, imm = offset; stores: a = address, b = value)
    /// `load64` that leaves the value in the float accumulator (`f64.load`)
    case loadF64
    case load32, load64, load8S32, load8U32, load16S32, load16U32
    case load8S64, load8U64, load16S64, load16U64, load32S64, load32U64
    case store8, store16, store32, store64
    /// Stores of a constant: a = address slot, c = the value (low bits), imm = offset.
    case store8Imm, store16Imm, store32Imm
    /// Loads from `fp[b] + c` (32-bit wrap-around) plus the offset `d`: `i32.add` with a constant fused in.
    case load32Indexed, load64Indexed, loadF64Indexed, load8S32Indexed, load8U32Indexed, load16S32Indexed,
        load16U32Indexed
    /// Stores to `fp[a] + c` (Imm: `fp[a] + b`, value `c`), 32-bit wrap-around, plus the offset `d`.
    case store8Indexed, store16Indexed, store32Indexed, store64Indexed, store8ImmIndexed, store16ImmIndexed,
        store32ImmIndexed
    /// fp[a] = memory size in pages
    case memorySize
    /// fp[a] = grow(by: fp[b])
    case memoryGrow
    /// fill(dst: fp[a], value: fp[b], count: fp[c])
    case memoryFill
    /// copy(dst: fp[a], src: fp[b], count: fp[c])
    case memoryCopy
    /// init(dst: fp[a], src: fp[b], count: fp[c], segment: imm)
    case memoryInit
    /// drop data segment imm
    case dataDrop

    // MARK: tables and references (table index in imm; table.copy / table.init: operands in
    // the slots a, a + 1, a + 2, b = destination table, c = source table / element segment)
    /// fp[a] = table[fp[b]]
    case tableGet
    /// table[fp[a]] = fp[b]
    case tableSet
    /// fp[a] = table size
    case tableSize
    /// fp[a] = grow(init: fp[b], by: fp[c])
    case tableGrow
    /// fill(at: fp[a], value: fp[b], count: fp[c])
    case tableFill
    case tableCopy
    case tableInit
    /// drop element segment imm
    case elemDrop
    /// fp[a] = reference to instance function b
    case refFunc
    /// fp[a] = fp[b] == 0
    case refIsNull

    // MARK: pair forms (chosen by `fusePairs`: one dispatch for an instruction and the next)
    case f64AddAccThenStore, f64SubAccThenStore, f64SubRhsAccThenStore, f64MulAccThenStore
    case constThenLoad32, constThenLoad64, constThenLoadF64, constThenStore32, constThenStore64

    // MARK: accumulator forms (chosen by `assemble`; see `Opcode.accumulatorForms`)
    case selectAcc, loadF64Acc, i32SubRhsAcc, i64SubRhsAcc, f64SubRhsAcc, f64DivRhsAcc
    case f64AddImmAcc, f64SubImmAcc, f64MulImmAcc, f64DivImmAcc
    case i32AddAcc, i32AddImmAcc, i32SubAcc, i32SubImmAcc, i32MulAcc, i32MulImmAcc, i32AndAcc, i32AndImmAcc
    case i32OrAcc, i32OrImmAcc, i32XorAcc, i32XorImmAcc, i32ShlAcc, i32ShlImmAcc, i32ShrSAcc, i32ShrSImmAcc
    case i32ShrUAcc, i32ShrUImmAcc, i32RotlAcc, i32RotlImmAcc, i32RotrAcc, i32RotrImmAcc, i64AddAcc, i64AddImmAcc
    case i64SubAcc, i64SubImmAcc, i64MulAcc, i64MulImmAcc, i64AndAcc, i64AndImmAcc, i64OrAcc, i64OrImmAcc, i64XorAcc
    case i64XorImmAcc, i64ShlAcc, i64ShlImmAcc, i64ShrSAcc, i64ShrSImmAcc, i64ShrUAcc, i64ShrUImmAcc, i64RotlAcc
    case i64RotlImmAcc, i64RotrAcc, i64RotrImmAcc, i32EqAcc, i32EqImmAcc, i64EqAcc, i32NeAcc, i32NeImmAcc, i64NeAcc
    case i32LtSAcc, i32LtSImmAcc, i64LtSAcc, i32LtUAcc, i32LtUImmAcc, i64LtUAcc, i32GtSAcc, i32GtSImmAcc, i64GtSAcc
    case i32GtUAcc, i32GtUImmAcc, i64GtUAcc, i32LeSAcc, i32LeSImmAcc, i64LeSAcc, i32LeUAcc, i32LeUImmAcc, i64LeUAcc
    case i32GeSAcc, i32GeSImmAcc, i64GeSAcc, i32GeUAcc, i32GeUImmAcc, i64GeUAcc, f64EqAcc, f64NeAcc, f64LtAcc
    case f64GtAcc, f64LeAcc, f64GeAcc, f64AddAcc, f64SubAcc, f64MulAcc, f64DivAcc, f64MinAcc, f64MaxAcc, i32EqzAcc
    case i64EqzAcc, i32ClzAcc, i32CtzAcc, i32PopcntAcc, i64ClzAcc, i64CtzAcc, i64PopcntAcc, i32Extend8SAcc
    case i32Extend16SAcc, i64Extend8SAcc, i64Extend16SAcc, i64Extend32SAcc, i32WrapI64Acc, f64AbsAcc, f64NegAcc
    case f64CeilAcc, f64FloorAcc, f64TruncAcc, f64NearestAcc, f64SqrtAcc, i32TruncSatF64SAcc, i32TruncSatF64UAcc
    case i64TruncSatF64SAcc, i64TruncSatF64UAcc, f64ConvertI32SAcc, f64ConvertI32UAcc, f64ConvertI64SAcc
    case f64ConvertI64UAcc, load32Acc, load64Acc, load8S32Acc, load8U32Acc, load16S32Acc, load16U32Acc, load8S64Acc
    case load16S64Acc, load32S64Acc, store8ValueAcc, store8AddressAcc, store16ValueAcc, store16AddressAcc
    case store32ValueAcc, store32AddressAcc, store64ValueAcc, store64AddressAcc, store64ValueFacc
    case store8ImmAddressAcc, store16ImmAddressAcc, store32ImmAddressAcc, brIfNezAcc, brIfEqzAcc, brI32EqAcc
    case brI32EqImmAcc, brI64EqAcc, brI32NeAcc, brI32NeImmAcc, brI64NeAcc, brI32LtSAcc, brI32LtSImmAcc, brI64LtSAcc
    case brI32LtUAcc, brI32LtUImmAcc, brI64LtUAcc, brI32GtSAcc, brI32GtSImmAcc, brI64GtSAcc, brI32GtUAcc
    case brI32GtUImmAcc, brI64GtUAcc, brI32LeSAcc, brI32LeSImmAcc, brI64LeSAcc, brI32LeUAcc, brI32LeUImmAcc
    case brI64LeUAcc, brI32GeSAcc, brI32GeSImmAcc, brI64GeSAcc, brI32GeUAcc, brI32GeUImmAcc, brI64GeUAcc
}
