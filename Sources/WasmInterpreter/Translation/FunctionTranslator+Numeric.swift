import WasmParser

/// Arithmetic, comparisons and conversions.
extension FunctionTranslator {
    /// `op dst, src`: pops `input`, pushes `output`.
    /// `c` is an extra operand some opcodes take (the kind of a trapping truncation).
    mutating func unaryInstr(_ op: Opcode, _ input: ValueType, _ output: ValueType, c: UInt32 = 0) throws(WasmError) {
        let source = try popSlot(input)
        emitResult(Instr(op, a: pushResult(output), b: source, c: c))
    }

    /// `op dst, lhs, rhs`, or `immOp dst, lhs, imm` when the right operand is a constant, or
    /// `fromImmOp dst, rhs, imm` when only the left one is (`imm - rhs`, `imm / rhs`).
    /// `fuses`: which instructions before it this one may take in (see `fuseWithLast`).
    mutating func binaryInstr(
        _ op: Opcode, _ input: ValueType, _ output: ValueType, imm immOp: Opcode? = nil, commutative: Bool = false,
        fromImm fromImmOp: Opcode? = nil, fuses: FusesWithLast = .nothing
    ) throws(WasmError) {
        var rhs = try pop(input)
        var rhsPosition = stack.count
        var lhs = try pop(input)
        var lhsPosition = stack.count
        // Why the first test here: it is one comparison for the many operations that fuse nothing.
        if fuses != .nothing, retargetable == code.count - 1,
            fuseWithLast(fuses, lhs, at: lhsPosition, rhs, at: rhsPosition, output: output)
        {
            return
        }
        if commutative, case .const = lhs.operand {
            if case .const = rhs.operand {
            } else {
                swap(&lhs, &rhs)
                swap(&lhsPosition, &rhsPosition)
            }
        }
        if let fromImmOp, case .const(let value) = lhs.operand {
            switch rhs.operand {
            case .const: break
            case .temp, .local:
                let rhsSlot = slot(of: rhs, at: rhsPosition)
                emitResult(Instr(fromImmOp, a: pushResult(output), b: rhsSlot, imm: value))
                return
            }
        }
        let lhsSlot = slot(of: lhs, at: lhsPosition)
        if let immOp, case .const(let value) = rhs.operand {
            emitResult(Instr(immOp, a: pushResult(output), b: lhsSlot, imm: value))
            return
        }
        let rhsSlot = slot(of: rhs, at: rhsPosition)
        emitResult(Instr(op, a: pushResult(output), b: lhsSlot, c: rhsSlot))
    }

    /// `(x shift k) op y` or `(x * y) op z` (op commutative) as one instruction, when the last
    /// instruction was the shift by a constant or the f64 product, into a temp that is one of the
    /// two operands, and the other operand has a slot (a constant one is better left to the
    /// immediate form after it).
    mutating func fuseWithLast(
        _ fuses: FusesWithLast, _ lhs: StackEntry, at lhsPosition: Int, _ rhs: StackEntry, at rhsPosition: Int,
        output: ValueType
    ) -> Bool {
        guard let last = fusableLast, let fused = fuses.form(after: last.op),
            let (other, otherPosition) = operandBesides(result: last, lhs, at: lhsPosition, rhs, at: rhsPosition)
        else { return false }
        removeLastInstruction()
        let otherSlot = slot(of: other, at: otherPosition)
        if fuses.takesProduct {
            // x and y stay b and c; z is d.
            emitResult(Instr(fused, a: pushResult(output), b: last.b, c: last.c, imm: UInt64(otherSlot)))
        } else {
            // The shifted slot stays b and the count d; the other operand is c.
            emitResult(Instr(fused, a: pushResult(output), b: last.b, c: otherSlot, imm: last.imm))
        }
        return true
    }

    /// For a commutative operation whose operands are `lhs` and `rhs`: if one of them is the temp
    /// that `result` (the last instruction) wrote, the other one, unless it is a constant (which
    /// an immediate form takes better).
    func operandBesides(
        result last: Instr, _ lhs: StackEntry, at lhsPosition: Int, _ rhs: StackEntry, at rhsPosition: Int
    ) -> (StackEntry, Int)? {
        let other: (StackEntry, Int)
        if rhs.operand == .temp, last.a == tempSlot(rhsPosition) {
            other = (lhs, lhsPosition)
        } else if lhs.operand == .temp, last.a == tempSlot(lhsPosition) {
            other = (rhs, rhsPosition)
        } else {
            return nil
        }
        if case .const = other.0.operand { return nil }
        return other
    }

    mutating func visitCompareInstr(_ cmp: WasmParser.Instruction.Cmp) throws(WasmError) {
        switch cmp {
        case .i32Eq: try binaryInstr(.i32Eq, .i32, .i32, imm: .i32EqImm, commutative: true)
        case .i32Ne: try binaryInstr(.i32Ne, .i32, .i32, imm: .i32NeImm, commutative: true)
        case .i32LtS: try binaryInstr(.i32LtS, .i32, .i32, imm: .i32LtSImm)
        case .i32LtU: try binaryInstr(.i32LtU, .i32, .i32, imm: .i32LtUImm)
        case .i32GtS: try binaryInstr(.i32GtS, .i32, .i32, imm: .i32GtSImm)
        case .i32GtU: try binaryInstr(.i32GtU, .i32, .i32, imm: .i32GtUImm)
        case .i32LeS: try binaryInstr(.i32LeS, .i32, .i32, imm: .i32LeSImm)
        case .i32LeU: try binaryInstr(.i32LeU, .i32, .i32, imm: .i32LeUImm)
        case .i32GeS: try binaryInstr(.i32GeS, .i32, .i32, imm: .i32GeSImm)
        case .i32GeU: try binaryInstr(.i32GeU, .i32, .i32, imm: .i32GeUImm)
        case .i64Eq: try binaryInstr(.i64Eq, .i64, .i32)
        case .i64Ne: try binaryInstr(.i64Ne, .i64, .i32)
        case .i64LtS: try binaryInstr(.i64LtS, .i64, .i32)
        case .i64LtU: try binaryInstr(.i64LtU, .i64, .i32)
        case .i64GtS: try binaryInstr(.i64GtS, .i64, .i32)
        case .i64GtU: try binaryInstr(.i64GtU, .i64, .i32)
        case .i64LeS: try binaryInstr(.i64LeS, .i64, .i32)
        case .i64LeU: try binaryInstr(.i64LeU, .i64, .i32)
        case .i64GeS: try binaryInstr(.i64GeS, .i64, .i32)
        case .i64GeU: try binaryInstr(.i64GeU, .i64, .i32)
        case .f32Eq: try binaryInstr(.f32Eq, .f32, .i32)
        case .f32Ne: try binaryInstr(.f32Ne, .f32, .i32)
        case .f32Lt: try binaryInstr(.f32Lt, .f32, .i32)
        case .f32Gt: try binaryInstr(.f32Gt, .f32, .i32)
        case .f32Le: try binaryInstr(.f32Le, .f32, .i32)
        case .f32Ge: try binaryInstr(.f32Ge, .f32, .i32)
        case .f64Eq: try binaryInstr(.f64Eq, .f64, .i32)
        case .f64Ne: try binaryInstr(.f64Ne, .f64, .i32)
        case .f64Lt: try binaryInstr(.f64Lt, .f64, .i32)
        case .f64Gt: try binaryInstr(.f64Gt, .f64, .i32)
        case .f64Le: try binaryInstr(.f64Le, .f64, .i32)
        case .f64Ge: try binaryInstr(.f64Ge, .f64, .i32)
        }
    }

    mutating func visitBinaryInstr(_ op: WasmParser.Instruction.Binary) throws(WasmError) {
        switch op {
        case .i32Add: try binaryInstr(.i32Add, .i32, .i32, imm: .i32AddImm, commutative: true, fuses: .i32Add)
        case .i32Sub: try binaryInstr(.i32Sub, .i32, .i32, imm: .i32SubImm, fromImm: .i32SubFromImm)
        case .i32Mul: try binaryInstr(.i32Mul, .i32, .i32, imm: .i32MulImm, commutative: true)
        case .i32DivS: try binaryInstr(.i32DivS, .i32, .i32, imm: .i32DivSImm)
        case .i32DivU: try binaryInstr(.i32DivU, .i32, .i32, imm: .i32DivUImm)
        case .i32RemS: try binaryInstr(.i32RemS, .i32, .i32, imm: .i32RemSImm)
        case .i32RemU: try binaryInstr(.i32RemU, .i32, .i32, imm: .i32RemUImm)
        case .i32And: try binaryInstr(.i32And, .i32, .i32, imm: .i32AndImm, commutative: true)
        case .i32Or: try binaryInstr(.i32Or, .i32, .i32, imm: .i32OrImm, commutative: true, fuses: .i32Or)
        case .i32Xor: try binaryInstr(.i32Xor, .i32, .i32, imm: .i32XorImm, commutative: true, fuses: .i32Xor)
        case .i32Shl: try binaryInstr(.i32Shl, .i32, .i32, imm: .i32ShlImm)
        case .i32ShrS: try binaryInstr(.i32ShrS, .i32, .i32, imm: .i32ShrSImm)
        case .i32ShrU: try binaryInstr(.i32ShrU, .i32, .i32, imm: .i32ShrUImm)
        case .i32Rotl: try binaryInstr(.i32Rotl, .i32, .i32, imm: .i32RotlImm)
        case .i32Rotr: try binaryInstr(.i32Rotr, .i32, .i32, imm: .i32RotrImm)
        case .i64Add: try binaryInstr(.i64Add, .i64, .i64, imm: .i64AddImm, commutative: true)
        case .i64Sub: try binaryInstr(.i64Sub, .i64, .i64, imm: .i64SubImm, fromImm: .i64SubFromImm)
        case .i64Mul: try binaryInstr(.i64Mul, .i64, .i64, imm: .i64MulImm, commutative: true)
        case .i64DivS: try binaryInstr(.i64DivS, .i64, .i64, imm: .i64DivSImm)
        case .i64DivU: try binaryInstr(.i64DivU, .i64, .i64, imm: .i64DivUImm)
        case .i64RemS: try binaryInstr(.i64RemS, .i64, .i64, imm: .i64RemSImm)
        case .i64RemU: try binaryInstr(.i64RemU, .i64, .i64, imm: .i64RemUImm)
        case .i64And: try binaryInstr(.i64And, .i64, .i64, imm: .i64AndImm, commutative: true)
        case .i64Or: try binaryInstr(.i64Or, .i64, .i64, imm: .i64OrImm, commutative: true)
        case .i64Xor: try binaryInstr(.i64Xor, .i64, .i64, imm: .i64XorImm, commutative: true)
        case .i64Shl: try binaryInstr(.i64Shl, .i64, .i64, imm: .i64ShlImm)
        case .i64ShrS: try binaryInstr(.i64ShrS, .i64, .i64, imm: .i64ShrSImm)
        case .i64ShrU: try binaryInstr(.i64ShrU, .i64, .i64, imm: .i64ShrUImm)
        case .i64Rotl: try binaryInstr(.i64Rotl, .i64, .i64, imm: .i64RotlImm)
        case .i64Rotr: try binaryInstr(.i64Rotr, .i64, .i64, imm: .i64RotrImm)
        case .f32Add: try binaryInstr(.f32Add, .f32, .f32)
        case .f32Sub: try binaryInstr(.f32Sub, .f32, .f32)
        case .f32Mul: try binaryInstr(.f32Mul, .f32, .f32)
        case .f32Div: try binaryInstr(.f32Div, .f32, .f32)
        case .f32Min: try binaryInstr(.f32Min, .f32, .f32)
        case .f32Max: try binaryInstr(.f32Max, .f32, .f32)
        case .f32Copysign: try binaryInstr(.f32Copysign, .f32, .f32)
        case .f64Add: try binaryInstr(.f64Add, .f64, .f64, imm: .f64AddImm, commutative: true, fuses: .f64Add)
        case .f64Sub: try binaryInstr(.f64Sub, .f64, .f64, imm: .f64SubImm, fromImm: .f64SubFromImm)
        case .f64Mul: try binaryInstr(.f64Mul, .f64, .f64, imm: .f64MulImm, commutative: true, fuses: .f64Mul)
        case .f64Div: try binaryInstr(.f64Div, .f64, .f64, imm: .f64DivImm, fromImm: .f64DivFromImm)
        case .f64Min: try binaryInstr(.f64Min, .f64, .f64)
        case .f64Max: try binaryInstr(.f64Max, .f64, .f64)
        case .f64Copysign: try binaryInstr(.f64Copysign, .f64, .f64)
        }
    }

    mutating func visitUnaryInstr(_ op: WasmParser.Instruction.Unary) throws(WasmError) {
        switch op {
        case .i32Clz: try unaryInstr(.i32Clz, .i32, .i32)
        case .i32Ctz: try unaryInstr(.i32Ctz, .i32, .i32)
        case .i32Popcnt: try unaryInstr(.i32Popcnt, .i32, .i32)
        case .i64Clz: try unaryInstr(.i64Clz, .i64, .i64)
        case .i64Ctz: try unaryInstr(.i64Ctz, .i64, .i64)
        case .i64Popcnt: try unaryInstr(.i64Popcnt, .i64, .i64)
        case .f32Abs: try unaryInstr(.f32Abs, .f32, .f32)
        case .f32Neg: try unaryInstr(.f32Neg, .f32, .f32)
        case .f32Ceil: try unaryInstr(.f32Ceil, .f32, .f32)
        case .f32Floor: try unaryInstr(.f32Floor, .f32, .f32)
        case .f32Trunc: try unaryInstr(.f32Trunc, .f32, .f32)
        case .f32Nearest: try unaryInstr(.f32Nearest, .f32, .f32)
        case .f32Sqrt: try unaryInstr(.f32Sqrt, .f32, .f32)
        case .f64Abs: try unaryInstr(.f64Abs, .f64, .f64)
        case .f64Neg: try unaryInstr(.f64Neg, .f64, .f64)
        case .f64Ceil: try unaryInstr(.f64Ceil, .f64, .f64)
        case .f64Floor: try unaryInstr(.f64Floor, .f64, .f64)
        case .f64Trunc: try unaryInstr(.f64Trunc, .f64, .f64)
        case .f64Nearest: try unaryInstr(.f64Nearest, .f64, .f64)
        case .f64Sqrt: try unaryInstr(.f64Sqrt, .f64, .f64)
        case .i32Extend8S: try unaryInstr(.i32Extend8S, .i32, .i32)
        case .i32Extend16S: try unaryInstr(.i32Extend16S, .i32, .i32)
        case .i64Extend8S: try unaryInstr(.i64Extend8S, .i64, .i64)
        case .i64Extend16S: try unaryInstr(.i64Extend16S, .i64, .i64)
        case .i64Extend32S: try unaryInstr(.i64Extend32S, .i64, .i64)
        }
    }

    /// Reinterpretations change only the type: the bits in the slot stay as they are.
    mutating func reinterpret(_ input: ValueType, _ output: ValueType) throws(WasmError) {
        let entry = try pop(input)
        push(output, entry.operand)
    }

    mutating func visitConversionInstr(_ op: WasmParser.Instruction.Conversion) throws(WasmError) {
        switch op {
        case .i32WrapI64: try unaryInstr(.i32WrapI64, .i64, .i32)
        case .i64ExtendI32S: try unaryInstr(.i64ExtendI32S, .i32, .i64)
        case .i64ExtendI32U: try unaryInstr(.i64ExtendI32U, .i32, .i64)
        case .i32TruncF32S: try unaryInstr(.i32TruncF32S, .f32, .i32, c: TruncationKind.i32FromF32S.rawValue)
        case .i32TruncF32U: try unaryInstr(.i32TruncF32U, .f32, .i32, c: TruncationKind.i32FromF32U.rawValue)
        case .i32TruncF64S: try unaryInstr(.i32TruncF64S, .f64, .i32, c: TruncationKind.i32FromF64S.rawValue)
        case .i32TruncF64U: try unaryInstr(.i32TruncF64U, .f64, .i32, c: TruncationKind.i32FromF64U.rawValue)
        case .i64TruncF32S: try unaryInstr(.i64TruncF32S, .f32, .i64, c: TruncationKind.i64FromF32S.rawValue)
        case .i64TruncF32U: try unaryInstr(.i64TruncF32U, .f32, .i64, c: TruncationKind.i64FromF32U.rawValue)
        case .i64TruncF64S: try unaryInstr(.i64TruncF64S, .f64, .i64, c: TruncationKind.i64FromF64S.rawValue)
        case .i64TruncF64U: try unaryInstr(.i64TruncF64U, .f64, .i64, c: TruncationKind.i64FromF64U.rawValue)
        case .i32TruncSatF32S: try unaryInstr(.i32TruncSatF32S, .f32, .i32)
        case .i32TruncSatF32U: try unaryInstr(.i32TruncSatF32U, .f32, .i32)
        case .i32TruncSatF64S: try unaryInstr(.i32TruncSatF64S, .f64, .i32)
        case .i32TruncSatF64U: try unaryInstr(.i32TruncSatF64U, .f64, .i32)
        case .i64TruncSatF32S: try unaryInstr(.i64TruncSatF32S, .f32, .i64)
        case .i64TruncSatF32U: try unaryInstr(.i64TruncSatF32U, .f32, .i64)
        case .i64TruncSatF64S: try unaryInstr(.i64TruncSatF64S, .f64, .i64)
        case .i64TruncSatF64U: try unaryInstr(.i64TruncSatF64U, .f64, .i64)
        case .f32ConvertI32S: try unaryInstr(.f32ConvertI32S, .i32, .f32)
        case .f32ConvertI32U: try unaryInstr(.f32ConvertI32U, .i32, .f32)
        case .f32ConvertI64S: try unaryInstr(.f32ConvertI64S, .i64, .f32)
        case .f32ConvertI64U: try unaryInstr(.f32ConvertI64U, .i64, .f32)
        case .f32DemoteF64: try unaryInstr(.f32DemoteF64, .f64, .f32)
        case .f64ConvertI32S: try unaryInstr(.f64ConvertI32S, .i32, .f64)
        case .f64ConvertI32U: try unaryInstr(.f64ConvertI32U, .i32, .f64)
        case .f64ConvertI64S: try unaryInstr(.f64ConvertI64S, .i64, .f64)
        case .f64ConvertI64U: try unaryInstr(.f64ConvertI64U, .i64, .f64)
        case .f64PromoteF32: try unaryInstr(.f64PromoteF32, .f32, .f64)
        case .i32ReinterpretF32: try reinterpret(.f32, .i32)
        case .i64ReinterpretF64: try reinterpret(.f64, .i64)
        case .f32ReinterpretI32: try reinterpret(.i32, .f32)
        case .f64ReinterpretI64: try reinterpret(.i64, .f64)
        }
    }
}

/// Which instructions right before it a commutative binary operation may take into one fused
/// instruction: a shift by a constant (i32 xor, or, add) or an f64 product (f64 mul, add).
enum FusesWithLast {
    case nothing, i32Xor, i32Or, i32Add, f64Mul, f64Add

    /// Whether the fused instruction takes an f64 product (`x * y` in b and c, the other operand in d).
    var takesProduct: Bool { self == .f64Mul || self == .f64Add }

    /// The fused opcode when `last` computed one of the operands, if it is one that fuses.
    func form(after last: Opcode) -> Opcode? {
        switch self {
        case .nothing: return nil
        case .i32Xor: return Self.shifted(last, shl: .i32XorShlImm, shrU: .i32XorShrUImm, rotl: .i32XorRotlImm, rotr: .i32XorRotrImm)
        case .i32Or: return Self.shifted(last, shl: .i32OrShlImm, shrU: .i32OrShrUImm, rotl: .i32OrRotlImm, rotr: .i32OrRotrImm)
        case .i32Add: return Self.shifted(last, shl: .i32AddShlImm, shrU: .i32AddShrUImm, rotl: .i32AddRotlImm, rotr: .i32AddRotrImm)
        case .f64Mul: return last == .f64Mul ? .f64MulMul : nil
        case .f64Add: return last == .f64Mul ? .f64MulAdd : nil
        }
    }

    /// One of the four forms, by the shift `last` is (nil if it is none of them).
    private static func shifted(_ last: Opcode, shl: Opcode, shrU: Opcode, rotl: Opcode, rotr: Opcode) -> Opcode? {
        if last == .i32ShlImm { return shl }
        if last == .i32ShrUImm { return shrU }
        if last == .i32RotlImm { return rotl }
        if last == .i32RotrImm { return rotr }
        return nil
    }
}
