/// Per-opcode properties, one exhaustive switch each (no `default:`, so a new opcode that is not
/// described here does not compile).
extension Opcode {
    /// The function that executes this opcode (see `Handlers`). Opcodes that do the same thing
    /// share one: the optimizer would otherwise fold the copies into calls of one body, which
    /// are not tail calls (see `scripts/check-tail-calls`).
    var handler: Handler {
        switch self {
        case .unreachable: unreachableHandler
        case .copy: copyHandler
        case .const: constHandler
        case .zeroSlots: zeroSlotsHandler
        case .consumeFuel: consumeFuelHandler
        case .br: brHandler
        case .brIfNez: brIfNezHandler
        case .brIfEqz: brIfEqzHandler
        case .brTable: brTableHandler
        case .ret: retHandler
        case .ret1: ret1Handler
        case .call: callHandler
        case .callIndirect: callIndirectHandler
        case .select: selectHandler
        case .globalGet: globalGetHandler
        case .globalSet: globalSetHandler
        case .brI32Eq: brI32EqHandler
        case .brI32Ne: brI32NeHandler
        case .brI32LtS: brI32LtSHandler
        case .brI32LtU: brI32LtUHandler
        case .brI32GtS: brI32GtSHandler
        case .brI32GtU: brI32GtUHandler
        case .brI32LeS: brI32LeSHandler
        case .brI32LeU: brI32LeUHandler
        case .brI32GeS: brI32GeSHandler
        case .brI32GeU: brI32GeUHandler
        case .brI32EqImm: brI32EqImmHandler
        case .brI32NeImm: brI32NeImmHandler
        case .brI32LtSImm: brI32LtSImmHandler
        case .brI32LtUImm: brI32LtUImmHandler
        case .brI32GtSImm: brI32GtSImmHandler
        case .brI32GtUImm: brI32GtUImmHandler
        case .brI32LeSImm: brI32LeSImmHandler
        case .brI32LeUImm: brI32LeUImmHandler
        case .brI32GeSImm: brI32GeSImmHandler
        case .brI32GeUImm: brI32GeUImmHandler
        case .brI64Eq: brI64EqHandler
        case .brI64Ne: brI64NeHandler
        case .brI64LtS: brI64LtSHandler
        case .brI64LtU: brI64LtUHandler
        case .brI64GtS: brI64GtSHandler
        case .brI64GtU: brI64GtUHandler
        case .brI64LeS: brI64LeSHandler
        case .brI64LeU: brI64LeUHandler
        case .brI64GeS: brI64GeSHandler
        case .brI64GeU: brI64GeUHandler
        case .i32Add: i32AddHandler
        case .i32Sub: i32SubHandler
        case .i32Mul: i32MulHandler
        case .i32DivS: i32DivSHandler
        case .i32DivU: i32DivUHandler
        case .i32RemS: i32RemSHandler
        case .i32RemU: i32RemUHandler
        case .i32And: i32AndHandler
        case .i32Or: i32OrHandler
        case .i32Xor: i32XorHandler
        case .i32Shl: i32ShlHandler
        case .i32ShrS: i32ShrSHandler
        case .i32ShrU: i32ShrUHandler
        case .i32Rotl: i32RotlHandler
        case .i32Rotr: i32RotrHandler
        case .i32AddImm: i32AddImmHandler
        case .i32SubImm: i32SubImmHandler
        case .i32MulImm: i32MulImmHandler
        case .i32DivSImm: i32DivSImmHandler
        case .i32DivUImm: i32DivUImmHandler
        case .i32RemSImm: i32RemSImmHandler
        case .i32RemUImm: i32RemUImmHandler
        case .i32AndImm: i32AndImmHandler
        case .i32OrImm: i32OrImmHandler
        case .i32XorImm: i32XorImmHandler
        case .i32ShlImm: i32ShlImmHandler
        case .i32ShrSImm: i32ShrSImmHandler
        case .i32ShrUImm: i32ShrUImmHandler
        case .i32RotlImm: i32RotlImmHandler
        case .i32RotrImm: i32RotrImmHandler
        case .i64Add: i64AddHandler
        case .i64Sub: i64SubHandler
        case .i64Mul: i64MulHandler
        case .i64DivS: i64DivSHandler
        case .i64DivU: i64DivUHandler
        case .i64RemS: i64RemSHandler
        case .i64RemU: i64RemUHandler
        case .i64And: i64AndHandler
        case .i64Or: i64OrHandler
        case .i64Xor: i64XorHandler
        case .i64Shl: i64ShlHandler
        case .i64ShrS: i64ShrSHandler
        case .i64ShrU: i64ShrUHandler
        case .i64Rotl: i64RotlHandler
        case .i64Rotr: i64RotrHandler
        case .i64AddImm: i64AddImmHandler
        case .i64SubImm: i64SubImmHandler
        case .i64MulImm: i64MulImmHandler
        case .i64DivSImm: i64DivSImmHandler
        case .i64DivUImm: i64DivUImmHandler
        case .i64RemSImm: i64RemSImmHandler
        case .i64RemUImm: i64RemUImmHandler
        case .i64AndImm: i64AndImmHandler
        case .i64OrImm: i64OrImmHandler
        case .i64XorImm: i64XorImmHandler
        case .i64ShlImm: i64ShlImmHandler
        case .i64ShrSImm: i64ShrSImmHandler
        case .i64ShrUImm: i64ShrUImmHandler
        case .i64RotlImm: i64RotlImmHandler
        case .i64RotrImm: i64RotrImmHandler
        case .i32Eqz: i32EqzHandler
        case .i32Eq: i32EqHandler
        case .i32Ne: i32NeHandler
        case .i32LtS: i32LtSHandler
        case .i32LtU: i32LtUHandler
        case .i32GtS: i32GtSHandler
        case .i32GtU: i32GtUHandler
        case .i32LeS: i32LeSHandler
        case .i32LeU: i32LeUHandler
        case .i32GeS: i32GeSHandler
        case .i32GeU: i32GeUHandler
        case .i32EqImm: i32EqImmHandler
        case .i32NeImm: i32NeImmHandler
        case .i32LtSImm: i32LtSImmHandler
        case .i32LtUImm: i32LtUImmHandler
        case .i32GtSImm: i32GtSImmHandler
        case .i32GtUImm: i32GtUImmHandler
        case .i32LeSImm: i32LeSImmHandler
        case .i32LeUImm: i32LeUImmHandler
        case .i32GeSImm: i32GeSImmHandler
        case .i32GeUImm: i32GeUImmHandler
        case .i64Eqz: i64EqzHandler
        case .i64Eq: i64EqHandler
        case .i64Ne: i64NeHandler
        case .i64LtS: i64LtSHandler
        case .i64LtU: i64LtUHandler
        case .i64GtS: i64GtSHandler
        case .i64GtU: i64GtUHandler
        case .i64LeS: i64LeSHandler
        case .i64LeU: i64LeUHandler
        case .i64GeS: i64GeSHandler
        case .i64GeU: i64GeUHandler
        case .f32Eq: f32EqHandler
        case .f32Ne: f32NeHandler
        case .f32Lt: f32LtHandler
        case .f32Gt: f32GtHandler
        case .f32Le: f32LeHandler
        case .f32Ge: f32GeHandler
        case .f64Eq: f64EqHandler
        case .f64Ne: f64NeHandler
        case .f64Lt: f64LtHandler
        case .f64Gt: f64GtHandler
        case .f64Le: f64LeHandler
        case .f64Ge: f64GeHandler
        case .i32Clz: i32ClzHandler
        case .i32Ctz: i32CtzHandler
        case .i32Popcnt: i32PopcntHandler
        case .i64Clz: i64ClzHandler
        case .i64Ctz: i64CtzHandler
        case .i64Popcnt: i64PopcntHandler
        case .i32Extend8S: i32Extend8SHandler
        case .i32Extend16S: i32Extend16SHandler
        case .i64Extend8S: i64Extend8SHandler
        case .i64Extend16S: i64Extend16SHandler
        case .i64Extend32S: i64Extend32SHandler
        case .f32Abs: f32AbsHandler
        case .f32Neg: f32NegHandler
        case .f32Ceil: f32CeilHandler
        case .f32Floor: f32FloorHandler
        case .f32Trunc: f32TruncHandler
        case .f32Nearest: f32NearestHandler
        case .f32Sqrt: f32SqrtHandler
        case .f64Abs: f64AbsHandler
        case .f64Neg: f64NegHandler
        case .f64Ceil: f64CeilHandler
        case .f64Floor: f64FloorHandler
        case .f64Trunc: f64TruncHandler
        case .f64Nearest: f64NearestHandler
        case .f64Sqrt: f64SqrtHandler
        case .f32Add: f32AddHandler
        case .f32Sub: f32SubHandler
        case .f32Mul: f32MulHandler
        case .f32Div: f32DivHandler
        case .f32Min: f32MinHandler
        case .f32Max: f32MaxHandler
        case .f32Copysign: f32CopysignHandler
        case .f64Add: f64AddHandler
        case .f64Sub: f64SubHandler
        case .f64Mul: f64MulHandler
        case .f64Div: f64DivHandler
        case .f64Min: f64MinHandler
        case .f64Max: f64MaxHandler
        case .f64Copysign: f64CopysignHandler
        case .i32WrapI64: i32WrapI64Handler
        case .i64ExtendI32S: i64Extend32SHandler  // same operation
        case .i64ExtendI32U: i32WrapI64Handler  // same operation
        case .i32TruncF32S: truncateHandler  // kind in c
        case .i32TruncF32U: truncateHandler  // kind in c
        case .i32TruncF64S: truncateHandler  // kind in c
        case .i32TruncF64U: truncateHandler  // kind in c
        case .i64TruncF32S: truncateHandler  // kind in c
        case .i64TruncF32U: truncateHandler  // kind in c
        case .i64TruncF64S: truncateHandler  // kind in c
        case .i64TruncF64U: truncateHandler  // kind in c
        case .i32TruncSatF32S: i32TruncSatF32SHandler
        case .i32TruncSatF32U: i32TruncSatF32UHandler
        case .i32TruncSatF64S: i32TruncSatF64SHandler
        case .i32TruncSatF64U: i32TruncSatF64UHandler
        case .i64TruncSatF32S: i64TruncSatF32SHandler
        case .i64TruncSatF32U: i64TruncSatF32UHandler
        case .i64TruncSatF64S: i64TruncSatF64SHandler
        case .i64TruncSatF64U: i64TruncSatF64UHandler
        case .f32ConvertI32S: f32ConvertI32SHandler
        case .f32ConvertI32U: f32ConvertI32UHandler
        case .f32ConvertI64S: f32ConvertI64SHandler
        case .f32ConvertI64U: f32ConvertI64UHandler
        case .f32DemoteF64: f32DemoteF64Handler
        case .f64ConvertI32S: f64ConvertI32SHandler
        case .f64ConvertI32U: f64ConvertI32UHandler
        case .f64ConvertI64S: f64ConvertI64SHandler
        case .f64ConvertI64U: f64ConvertI64UHandler
        case .f64PromoteF32: f64PromoteF32Handler
        case .load32: load32Handler
        case .load64: load64Handler
        case .load8S32: load8S32Handler
        case .load8U32: load8U32Handler
        case .load16S32: load16S32Handler
        case .load16U32: load16U32Handler
        case .load8S64: load8S64Handler
        case .load8U64: load8U32Handler  // same operation
        case .load16S64: load16S64Handler
        case .load16U64: load16U32Handler  // same operation
        case .load32S64: load32S64Handler
        case .load32U64: load32Handler  // same operation
        case .store8: store8Handler
        case .store16: store16Handler
        case .store32: store32Handler
        case .store64: store64Handler
        case .store8Imm: store8ImmHandler
        case .store16Imm: store16ImmHandler
        case .store32Imm: store32ImmHandler
        case .memorySize: memorySizeHandler
        case .memoryGrow: memoryGrowHandler
        case .memoryFill: memoryFillHandler
        case .memoryCopy: memoryCopyHandler
        case .memoryInit: memoryInitHandler
        case .dataDrop: dataDropHandler
        case .tableGet: tableGetHandler
        case .tableSet: tableSetHandler
        case .tableSize: tableSizeHandler
        case .tableGrow: tableGrowHandler
        case .tableFill: tableFillHandler
        case .tableCopy: tableCopyHandler
        case .tableInit: tableInitHandler
        case .elemDrop: elemDropHandler
        case .refFunc: refFuncHandler
        case .refIsNull: refIsNullHandler
        }
    }

    /// Whether the instruction has one 64-bit immediate (`CompiledInstr.imm`) instead of the two
    /// 32-bit operands `c` and `d`.
    var isWide: Bool {
        switch self {
        case .const, .consumeFuel, .i64AddImm, .i64SubImm, .i64MulImm, .i64DivSImm, .i64DivUImm, .i64RemSImm, .i64RemUImm, .i64AndImm, .i64OrImm, .i64XorImm, .i64ShlImm, .i64ShrSImm, .i64ShrUImm, .i64RotlImm, .i64RotrImm: true
        case .unreachable, .copy, .zeroSlots, .br, .brIfNez, .brIfEqz, .brTable, .ret, .ret1, .call, .callIndirect,
            .select, .globalGet, .globalSet, .brI32Eq, .brI32Ne, .brI32LtS, .brI32LtU, .brI32GtS, .brI32GtU,
            .brI32LeS, .brI32LeU, .brI32GeS, .brI32GeU, .brI32EqImm, .brI32NeImm, .brI32LtSImm, .brI32LtUImm,
            .brI32GtSImm, .brI32GtUImm, .brI32LeSImm, .brI32LeUImm, .brI32GeSImm, .brI32GeUImm, .brI64Eq, .brI64Ne,
            .brI64LtS, .brI64LtU, .brI64GtS, .brI64GtU, .brI64LeS, .brI64LeU, .brI64GeS, .brI64GeU, .i32Add, .i32Sub,
            .i32Mul, .i32DivS, .i32DivU, .i32RemS, .i32RemU, .i32And, .i32Or, .i32Xor, .i32Shl, .i32ShrS, .i32ShrU,
            .i32Rotl, .i32Rotr, .i32AddImm, .i32SubImm, .i32MulImm, .i32DivSImm, .i32DivUImm, .i32RemSImm,
            .i32RemUImm, .i32AndImm, .i32OrImm, .i32XorImm, .i32ShlImm, .i32ShrSImm, .i32ShrUImm, .i32RotlImm,
            .i32RotrImm, .i64Add, .i64Sub, .i64Mul, .i64DivS, .i64DivU, .i64RemS, .i64RemU, .i64And, .i64Or, .i64Xor,
            .i64Shl, .i64ShrS, .i64ShrU, .i64Rotl, .i64Rotr, .i32Eqz, .i32Eq, .i32Ne, .i32LtS, .i32LtU, .i32GtS,
            .i32GtU, .i32LeS, .i32LeU, .i32GeS, .i32GeU, .i32EqImm, .i32NeImm, .i32LtSImm, .i32LtUImm, .i32GtSImm,
            .i32GtUImm, .i32LeSImm, .i32LeUImm, .i32GeSImm, .i32GeUImm, .i64Eqz, .i64Eq, .i64Ne, .i64LtS, .i64LtU,
            .i64GtS, .i64GtU, .i64LeS, .i64LeU, .i64GeS, .i64GeU, .f32Eq, .f32Ne, .f32Lt, .f32Gt, .f32Le, .f32Ge,
            .f64Eq, .f64Ne, .f64Lt, .f64Gt, .f64Le, .f64Ge, .i32Clz, .i32Ctz, .i32Popcnt, .i64Clz, .i64Ctz,
            .i64Popcnt, .i32Extend8S, .i32Extend16S, .i64Extend8S, .i64Extend16S, .i64Extend32S, .f32Abs, .f32Neg,
            .f32Ceil, .f32Floor, .f32Trunc, .f32Nearest, .f32Sqrt, .f64Abs, .f64Neg, .f64Ceil, .f64Floor, .f64Trunc,
            .f64Nearest, .f64Sqrt, .f32Add, .f32Sub, .f32Mul, .f32Div, .f32Min, .f32Max, .f32Copysign, .f64Add,
            .f64Sub, .f64Mul, .f64Div, .f64Min, .f64Max, .f64Copysign, .i32WrapI64, .i64ExtendI32S, .i64ExtendI32U,
            .i32TruncF32S, .i32TruncF32U, .i32TruncF64S, .i32TruncF64U, .i64TruncF32S, .i64TruncF32U, .i64TruncF64S,
            .i64TruncF64U, .i32TruncSatF32S, .i32TruncSatF32U, .i32TruncSatF64S, .i32TruncSatF64U, .i64TruncSatF32S,
            .i64TruncSatF32U, .i64TruncSatF64S, .i64TruncSatF64U, .f32ConvertI32S, .f32ConvertI32U, .f32ConvertI64S,
            .f32ConvertI64U, .f32DemoteF64, .f64ConvertI32S, .f64ConvertI32U, .f64ConvertI64S, .f64ConvertI64U,
            .f64PromoteF32, .load32, .load64, .load8S32, .load8U32, .load16S32, .load16U32, .load8S64, .load8U64,
            .load16S64, .load16U64, .load32S64, .load32U64, .store8, .store16, .store32, .store64, .store8Imm,
            .store16Imm, .store32Imm, .memorySize, .memoryGrow, .memoryFill, .memoryCopy, .memoryInit, .dataDrop,
            .tableGet, .tableSet, .tableSize, .tableGrow, .tableFill, .tableCopy, .tableInit, .elemDrop, .refFunc,
            .refIsNull: false
        }
    }
}

extension CompiledInstr {
    /// The opcode whose handler this instruction runs (for disassembly and for inspecting a
    /// stopped call; never used while executing).
    var opcode: Opcode { Opcode.byHandler[UInt(bitPattern: unsafeBitCast(handler, to: Int.self))]! }
}

extension Opcode {
    /// Every opcode, keyed by the address of its handler. Why uniquing: the optimizer may fold
    /// handlers with identical bodies (e.g. `load8U32` and `load8U64`) into one function.
    static let byHandler: [UInt: Opcode] = Dictionary(
        allCases.map { (UInt(bitPattern: unsafeBitCast($0.handler, to: Int.self)), $0) }, uniquingKeysWith: { first, _ in first })
}
