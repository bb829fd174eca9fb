/// Per-opcode properties, one exhaustive switch each (no `default:`, so a new opcode that is not
/// described here does not compile).
extension Opcode {
    /// The function that executes this opcode (see `Handlers`). Opcodes that do the same thing
    /// share one: the optimizer would otherwise fold the copies into calls of one body, which
    /// are not tail calls (see `scripts/check-tail-calls`).
    var handler: Handler {
        switch self {
        case .unreachable: Handlers.unreachable
        case .copy: Handlers.copy
        case .const: Handlers.const
        case .zeroSlots: Handlers.zeroSlots
        case .consumeFuel: Handlers.consumeFuel
        case .br: Handlers.br
        case .brIfNez: Handlers.brIfNez
        case .brIfEqz: Handlers.brIfEqz
        case .brTable: Handlers.brTable
        case .ret: Handlers.ret
        case .ret1: Handlers.ret1
        case .call: Handlers.call
        case .callIndirect: Handlers.callIndirect
        case .select: Handlers.select
        case .globalGet: Handlers.globalGet
        case .globalSet: Handlers.globalSet
        case .brI32Eq: Handlers.brI32Eq
        case .brI32Ne: Handlers.brI32Ne
        case .brI32LtS: Handlers.brI32LtS
        case .brI32LtU: Handlers.brI32LtU
        case .brI32GtS: Handlers.brI32GtS
        case .brI32GtU: Handlers.brI32GtU
        case .brI32LeS: Handlers.brI32LeS
        case .brI32LeU: Handlers.brI32LeU
        case .brI32GeS: Handlers.brI32GeS
        case .brI32GeU: Handlers.brI32GeU
        case .brI32EqImm: Handlers.brI32EqImm
        case .brI32NeImm: Handlers.brI32NeImm
        case .brI32LtSImm: Handlers.brI32LtSImm
        case .brI32LtUImm: Handlers.brI32LtUImm
        case .brI32GtSImm: Handlers.brI32GtSImm
        case .brI32GtUImm: Handlers.brI32GtUImm
        case .brI32LeSImm: Handlers.brI32LeSImm
        case .brI32LeUImm: Handlers.brI32LeUImm
        case .brI32GeSImm: Handlers.brI32GeSImm
        case .brI32GeUImm: Handlers.brI32GeUImm
        case .brI64Eq: Handlers.brI64Eq
        case .brI64Ne: Handlers.brI64Ne
        case .brI64LtS: Handlers.brI64LtS
        case .brI64LtU: Handlers.brI64LtU
        case .brI64GtS: Handlers.brI64GtS
        case .brI64GtU: Handlers.brI64GtU
        case .brI64LeS: Handlers.brI64LeS
        case .brI64LeU: Handlers.brI64LeU
        case .brI64GeS: Handlers.brI64GeS
        case .brI64GeU: Handlers.brI64GeU
        case .i32Add: Handlers.i32Add
        case .i32Sub: Handlers.i32Sub
        case .i32Mul: Handlers.i32Mul
        case .i32DivS: Handlers.i32DivS
        case .i32DivU: Handlers.i32DivU
        case .i32RemS: Handlers.i32RemS
        case .i32RemU: Handlers.i32RemU
        case .i32And: Handlers.i32And
        case .i32Or: Handlers.i32Or
        case .i32Xor: Handlers.i32Xor
        case .i32Shl: Handlers.i32Shl
        case .i32ShrS: Handlers.i32ShrS
        case .i32ShrU: Handlers.i32ShrU
        case .i32Rotl: Handlers.i32Rotl
        case .i32Rotr: Handlers.i32Rotr
        case .i32AddImm: Handlers.i32AddImm
        case .i32SubImm: Handlers.i32SubImm
        case .i32MulImm: Handlers.i32MulImm
        case .i32DivSImm: Handlers.i32DivSImm
        case .i32DivUImm: Handlers.i32DivUImm
        case .i32RemSImm: Handlers.i32RemSImm
        case .i32RemUImm: Handlers.i32RemUImm
        case .i32AndImm: Handlers.i32AndImm
        case .i32OrImm: Handlers.i32OrImm
        case .i32XorImm: Handlers.i32XorImm
        case .i32ShlImm: Handlers.i32ShlImm
        case .i32ShrSImm: Handlers.i32ShrSImm
        case .i32ShrUImm: Handlers.i32ShrUImm
        case .i32RotlImm: Handlers.i32RotlImm
        case .i32RotrImm: Handlers.i32RotrImm
        case .i64Add: Handlers.i64Add
        case .i64Sub: Handlers.i64Sub
        case .i64Mul: Handlers.i64Mul
        case .i64DivS: Handlers.i64DivS
        case .i64DivU: Handlers.i64DivU
        case .i64RemS: Handlers.i64RemS
        case .i64RemU: Handlers.i64RemU
        case .i64And: Handlers.i64And
        case .i64Or: Handlers.i64Or
        case .i64Xor: Handlers.i64Xor
        case .i64Shl: Handlers.i64Shl
        case .i64ShrS: Handlers.i64ShrS
        case .i64ShrU: Handlers.i64ShrU
        case .i64Rotl: Handlers.i64Rotl
        case .i64Rotr: Handlers.i64Rotr
        case .i64AddImm: Handlers.i64AddImm
        case .i64SubImm: Handlers.i64SubImm
        case .i64MulImm: Handlers.i64MulImm
        case .i64DivSImm: Handlers.i64DivSImm
        case .i64DivUImm: Handlers.i64DivUImm
        case .i64RemSImm: Handlers.i64RemSImm
        case .i64RemUImm: Handlers.i64RemUImm
        case .i64AndImm: Handlers.i64AndImm
        case .i64OrImm: Handlers.i64OrImm
        case .i64XorImm: Handlers.i64XorImm
        case .i64ShlImm: Handlers.i64ShlImm
        case .i64ShrSImm: Handlers.i64ShrSImm
        case .i64ShrUImm: Handlers.i64ShrUImm
        case .i64RotlImm: Handlers.i64RotlImm
        case .i64RotrImm: Handlers.i64RotrImm
        case .i32Eqz: Handlers.i32Eqz
        case .i32Eq: Handlers.i32Eq
        case .i32Ne: Handlers.i32Ne
        case .i32LtS: Handlers.i32LtS
        case .i32LtU: Handlers.i32LtU
        case .i32GtS: Handlers.i32GtS
        case .i32GtU: Handlers.i32GtU
        case .i32LeS: Handlers.i32LeS
        case .i32LeU: Handlers.i32LeU
        case .i32GeS: Handlers.i32GeS
        case .i32GeU: Handlers.i32GeU
        case .i32EqImm: Handlers.i32EqImm
        case .i32NeImm: Handlers.i32NeImm
        case .i32LtSImm: Handlers.i32LtSImm
        case .i32LtUImm: Handlers.i32LtUImm
        case .i32GtSImm: Handlers.i32GtSImm
        case .i32GtUImm: Handlers.i32GtUImm
        case .i32LeSImm: Handlers.i32LeSImm
        case .i32LeUImm: Handlers.i32LeUImm
        case .i32GeSImm: Handlers.i32GeSImm
        case .i32GeUImm: Handlers.i32GeUImm
        case .i64Eqz: Handlers.i64Eqz
        case .i64Eq: Handlers.i64Eq
        case .i64Ne: Handlers.i64Ne
        case .i64LtS: Handlers.i64LtS
        case .i64LtU: Handlers.i64LtU
        case .i64GtS: Handlers.i64GtS
        case .i64GtU: Handlers.i64GtU
        case .i64LeS: Handlers.i64LeS
        case .i64LeU: Handlers.i64LeU
        case .i64GeS: Handlers.i64GeS
        case .i64GeU: Handlers.i64GeU
        case .f32Eq: Handlers.f32Eq
        case .f32Ne: Handlers.f32Ne
        case .f32Lt: Handlers.f32Lt
        case .f32Gt: Handlers.f32Gt
        case .f32Le: Handlers.f32Le
        case .f32Ge: Handlers.f32Ge
        case .f64Eq: Handlers.f64Eq
        case .f64Ne: Handlers.f64Ne
        case .f64Lt: Handlers.f64Lt
        case .f64Gt: Handlers.f64Gt
        case .f64Le: Handlers.f64Le
        case .f64Ge: Handlers.f64Ge
        case .i32Clz: Handlers.i32Clz
        case .i32Ctz: Handlers.i32Ctz
        case .i32Popcnt: Handlers.i32Popcnt
        case .i64Clz: Handlers.i64Clz
        case .i64Ctz: Handlers.i64Ctz
        case .i64Popcnt: Handlers.i64Popcnt
        case .i32Extend8S: Handlers.i32Extend8S
        case .i32Extend16S: Handlers.i32Extend16S
        case .i64Extend8S: Handlers.i64Extend8S
        case .i64Extend16S: Handlers.i64Extend16S
        case .i64Extend32S: Handlers.i64Extend32S
        case .f32Abs: Handlers.f32Abs
        case .f32Neg: Handlers.f32Neg
        case .f32Ceil: Handlers.f32Ceil
        case .f32Floor: Handlers.f32Floor
        case .f32Trunc: Handlers.f32Trunc
        case .f32Nearest: Handlers.f32Nearest
        case .f32Sqrt: Handlers.f32Sqrt
        case .f64Abs: Handlers.f64Abs
        case .f64Neg: Handlers.f64Neg
        case .f64Ceil: Handlers.f64Ceil
        case .f64Floor: Handlers.f64Floor
        case .f64Trunc: Handlers.f64Trunc
        case .f64Nearest: Handlers.f64Nearest
        case .f64Sqrt: Handlers.f64Sqrt
        case .f32Add: Handlers.f32Add
        case .f32Sub: Handlers.f32Sub
        case .f32Mul: Handlers.f32Mul
        case .f32Div: Handlers.f32Div
        case .f32Min: Handlers.f32Min
        case .f32Max: Handlers.f32Max
        case .f32Copysign: Handlers.f32Copysign
        case .f64Add: Handlers.f64Add
        case .f64Sub: Handlers.f64Sub
        case .f64Mul: Handlers.f64Mul
        case .f64Div: Handlers.f64Div
        case .f64Min: Handlers.f64Min
        case .f64Max: Handlers.f64Max
        case .f64Copysign: Handlers.f64Copysign
        case .i32WrapI64: Handlers.i32WrapI64
        case .i64ExtendI32S: Handlers.i64Extend32S  // same operation
        case .i64ExtendI32U: Handlers.i32WrapI64  // same operation
        case .i32TruncF32S: Handlers.truncate  // kind in c
        case .i32TruncF32U: Handlers.truncate  // kind in c
        case .i32TruncF64S: Handlers.truncate  // kind in c
        case .i32TruncF64U: Handlers.truncate  // kind in c
        case .i64TruncF32S: Handlers.truncate  // kind in c
        case .i64TruncF32U: Handlers.truncate  // kind in c
        case .i64TruncF64S: Handlers.truncate  // kind in c
        case .i64TruncF64U: Handlers.truncate  // kind in c
        case .i32TruncSatF32S: Handlers.i32TruncSatF32S
        case .i32TruncSatF32U: Handlers.i32TruncSatF32U
        case .i32TruncSatF64S: Handlers.i32TruncSatF64S
        case .i32TruncSatF64U: Handlers.i32TruncSatF64U
        case .i64TruncSatF32S: Handlers.i64TruncSatF32S
        case .i64TruncSatF32U: Handlers.i64TruncSatF32U
        case .i64TruncSatF64S: Handlers.i64TruncSatF64S
        case .i64TruncSatF64U: Handlers.i64TruncSatF64U
        case .f32ConvertI32S: Handlers.f32ConvertI32S
        case .f32ConvertI32U: Handlers.f32ConvertI32U
        case .f32ConvertI64S: Handlers.f32ConvertI64S
        case .f32ConvertI64U: Handlers.f32ConvertI64U
        case .f32DemoteF64: Handlers.f32DemoteF64
        case .f64ConvertI32S: Handlers.f64ConvertI32S
        case .f64ConvertI32U: Handlers.f64ConvertI32U
        case .f64ConvertI64S: Handlers.f64ConvertI64S
        case .f64ConvertI64U: Handlers.f64ConvertI64U
        case .f64PromoteF32: Handlers.f64PromoteF32
        case .load32: Handlers.load32
        case .load64: Handlers.load64
        case .load8S32: Handlers.load8S32
        case .load8U32: Handlers.load8U32
        case .load16S32: Handlers.load16S32
        case .load16U32: Handlers.load16U32
        case .load8S64: Handlers.load8S64
        case .load8U64: Handlers.load8U32  // same operation
        case .load16S64: Handlers.load16S64
        case .load16U64: Handlers.load16U32  // same operation
        case .load32S64: Handlers.load32S64
        case .load32U64: Handlers.load32  // same operation
        case .store8: Handlers.store8
        case .store16: Handlers.store16
        case .store32: Handlers.store32
        case .store64: Handlers.store64
        case .store8Imm: Handlers.store8Imm
        case .store16Imm: Handlers.store16Imm
        case .store32Imm: Handlers.store32Imm
        case .memorySize: Handlers.memorySize
        case .memoryGrow: Handlers.memoryGrow
        case .memoryFill: Handlers.memoryFill
        case .memoryCopy: Handlers.memoryCopy
        case .memoryInit: Handlers.memoryInit
        case .dataDrop: Handlers.dataDrop
        case .tableGet: Handlers.tableGet
        case .tableSet: Handlers.tableSet
        case .tableSize: Handlers.tableSize
        case .tableGrow: Handlers.tableGrow
        case .tableFill: Handlers.tableFill
        case .tableCopy: Handlers.tableCopy
        case .tableInit: Handlers.tableInit
        case .elemDrop: Handlers.elemDrop
        case .refFunc: Handlers.refFunc
        case .refIsNull: Handlers.refIsNull
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
