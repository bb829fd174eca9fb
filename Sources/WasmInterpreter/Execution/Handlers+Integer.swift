/// Integer arithmetic, comparisons and fused compare-and-branch.
extension Handlers {
    // MARK: i32 (a = dst, b = lhs, c = rhs; Imm: rhs in d)
    static let i32Add: Handler = { binaryI32($0, $1, $2, $3, $4, $5, $6) { $0 &+ $1 } }
    static let i32Sub: Handler = { binaryI32($0, $1, $2, $3, $4, $5, $6) { $0 &- $1 } }
    static let i32Mul: Handler = { binaryI32($0, $1, $2, $3, $4, $5, $6) { $0 &* $1 } }
    static let i32And: Handler = { binaryI32($0, $1, $2, $3, $4, $5, $6) { $0 & $1 } }
    static let i32Or: Handler = { binaryI32($0, $1, $2, $3, $4, $5, $6) { $0 | $1 } }
    static let i32Xor: Handler = { binaryI32($0, $1, $2, $3, $4, $5, $6) { $0 ^ $1 } }
    static let i32Shl: Handler = { binaryI32($0, $1, $2, $3, $4, $5, $6) { $0 &<< $1 } }
    static let i32ShrS: Handler = { binaryI32($0, $1, $2, $3, $4, $5, $6) { UInt32(bitPattern: Int32(bitPattern: $0) &>> Int32(bitPattern: $1)) } }
    static let i32ShrU: Handler = { binaryI32($0, $1, $2, $3, $4, $5, $6) { $0 &>> $1 } }
    static let i32Rotl: Handler = { binaryI32($0, $1, $2, $3, $4, $5, $6) { rotl32($0, $1) } }
    static let i32Rotr: Handler = { binaryI32($0, $1, $2, $3, $4, $5, $6) { rotr32($0, $1) } }
    static let i32AddImm: Handler = { binaryI32Imm($0, $1, $2, $3, $4, $5, $6) { $0 &+ $1 } }
    static let i32SubImm: Handler = { binaryI32Imm($0, $1, $2, $3, $4, $5, $6) { $0 &- $1 } }
    static let i32MulImm: Handler = { binaryI32Imm($0, $1, $2, $3, $4, $5, $6) { $0 &* $1 } }
    static let i32AndImm: Handler = { binaryI32Imm($0, $1, $2, $3, $4, $5, $6) { $0 & $1 } }
    static let i32OrImm: Handler = { binaryI32Imm($0, $1, $2, $3, $4, $5, $6) { $0 | $1 } }
    static let i32XorImm: Handler = { binaryI32Imm($0, $1, $2, $3, $4, $5, $6) { $0 ^ $1 } }
    static let i32ShlImm: Handler = { binaryI32Imm($0, $1, $2, $3, $4, $5, $6) { $0 &<< $1 } }
    static let i32ShrSImm: Handler = { binaryI32Imm($0, $1, $2, $3, $4, $5, $6) { UInt32(bitPattern: Int32(bitPattern: $0) &>> Int32(bitPattern: $1)) } }
    static let i32ShrUImm: Handler = { binaryI32Imm($0, $1, $2, $3, $4, $5, $6) { $0 &>> $1 } }
    static let i32RotlImm: Handler = { binaryI32Imm($0, $1, $2, $3, $4, $5, $6) { rotl32($0, $1) } }
    static let i32RotrImm: Handler = { binaryI32Imm($0, $1, $2, $3, $4, $5, $6) { rotr32($0, $1) } }

    // MARK: i64 (a = dst, b = lhs, c = rhs; Imm: rhs in imm)
    static let i64Add: Handler = { binaryI64($0, $1, $2, $3, $4, $5, $6) { $0 &+ $1 } }
    static let i64Sub: Handler = { binaryI64($0, $1, $2, $3, $4, $5, $6) { $0 &- $1 } }
    static let i64Mul: Handler = { binaryI64($0, $1, $2, $3, $4, $5, $6) { $0 &* $1 } }
    static let i64And: Handler = { binaryI64($0, $1, $2, $3, $4, $5, $6) { $0 & $1 } }
    static let i64Or: Handler = { binaryI64($0, $1, $2, $3, $4, $5, $6) { $0 | $1 } }
    static let i64Xor: Handler = { binaryI64($0, $1, $2, $3, $4, $5, $6) { $0 ^ $1 } }
    static let i64Shl: Handler = { binaryI64($0, $1, $2, $3, $4, $5, $6) { $0 &<< $1 } }
    static let i64ShrS: Handler = { binaryI64($0, $1, $2, $3, $4, $5, $6) { UInt64(bitPattern: Int64(bitPattern: $0) &>> Int64(bitPattern: $1)) } }
    static let i64ShrU: Handler = { binaryI64($0, $1, $2, $3, $4, $5, $6) { $0 &>> $1 } }
    static let i64Rotl: Handler = { binaryI64($0, $1, $2, $3, $4, $5, $6) { rotl64($0, $1) } }
    static let i64Rotr: Handler = { binaryI64($0, $1, $2, $3, $4, $5, $6) { rotr64($0, $1) } }
    static let i64AddImm: Handler = { binaryI64Imm($0, $1, $2, $3, $4, $5, $6) { $0 &+ $1 } }
    static let i64SubImm: Handler = { binaryI64Imm($0, $1, $2, $3, $4, $5, $6) { $0 &- $1 } }
    static let i64MulImm: Handler = { binaryI64Imm($0, $1, $2, $3, $4, $5, $6) { $0 &* $1 } }
    static let i64AndImm: Handler = { binaryI64Imm($0, $1, $2, $3, $4, $5, $6) { $0 & $1 } }
    static let i64OrImm: Handler = { binaryI64Imm($0, $1, $2, $3, $4, $5, $6) { $0 | $1 } }
    static let i64XorImm: Handler = { binaryI64Imm($0, $1, $2, $3, $4, $5, $6) { $0 ^ $1 } }
    static let i64ShlImm: Handler = { binaryI64Imm($0, $1, $2, $3, $4, $5, $6) { $0 &<< $1 } }
    static let i64ShrSImm: Handler = { binaryI64Imm($0, $1, $2, $3, $4, $5, $6) { UInt64(bitPattern: Int64(bitPattern: $0) &>> Int64(bitPattern: $1)) } }
    static let i64ShrUImm: Handler = { binaryI64Imm($0, $1, $2, $3, $4, $5, $6) { $0 &>> $1 } }
    static let i64RotlImm: Handler = { binaryI64Imm($0, $1, $2, $3, $4, $5, $6) { rotl64($0, $1) } }
    static let i64RotrImm: Handler = { binaryI64Imm($0, $1, $2, $3, $4, $5, $6) { rotr64($0, $1) } }

    // MARK: division (traps on zero divisors and on signed overflow)
    static let i32DivS: Handler = { checked($0, $1, $2, $3, $4, $5, $6) { i, fp in divide32(i, fp, .divS, immediate: false) } }
    static let i32DivSImm: Handler = { checked($0, $1, $2, $3, $4, $5, $6) { i, fp in divide32(i, fp, .divS, immediate: true) } }
    static let i32DivU: Handler = { checked($0, $1, $2, $3, $4, $5, $6) { i, fp in divide32(i, fp, .divU, immediate: false) } }
    static let i32DivUImm: Handler = { checked($0, $1, $2, $3, $4, $5, $6) { i, fp in divide32(i, fp, .divU, immediate: true) } }
    static let i32RemS: Handler = { checked($0, $1, $2, $3, $4, $5, $6) { i, fp in divide32(i, fp, .remS, immediate: false) } }
    static let i32RemSImm: Handler = { checked($0, $1, $2, $3, $4, $5, $6) { i, fp in divide32(i, fp, .remS, immediate: true) } }
    static let i32RemU: Handler = { checked($0, $1, $2, $3, $4, $5, $6) { i, fp in divide32(i, fp, .remU, immediate: false) } }
    static let i32RemUImm: Handler = { checked($0, $1, $2, $3, $4, $5, $6) { i, fp in divide32(i, fp, .remU, immediate: true) } }
    static let i64DivS: Handler = { checked($0, $1, $2, $3, $4, $5, $6) { i, fp in divide64(i, fp, .divS, immediate: false) } }
    static let i64DivSImm: Handler = { checked($0, $1, $2, $3, $4, $5, $6) { i, fp in divide64(i, fp, .divS, immediate: true) } }
    static let i64DivU: Handler = { checked($0, $1, $2, $3, $4, $5, $6) { i, fp in divide64(i, fp, .divU, immediate: false) } }
    static let i64DivUImm: Handler = { checked($0, $1, $2, $3, $4, $5, $6) { i, fp in divide64(i, fp, .divU, immediate: true) } }
    static let i64RemS: Handler = { checked($0, $1, $2, $3, $4, $5, $6) { i, fp in divide64(i, fp, .remS, immediate: false) } }
    static let i64RemSImm: Handler = { checked($0, $1, $2, $3, $4, $5, $6) { i, fp in divide64(i, fp, .remS, immediate: true) } }
    static let i64RemU: Handler = { checked($0, $1, $2, $3, $4, $5, $6) { i, fp in divide64(i, fp, .remU, immediate: false) } }
    static let i64RemUImm: Handler = { checked($0, $1, $2, $3, $4, $5, $6) { i, fp in divide64(i, fp, .remU, immediate: true) } }

    // MARK: comparisons (a = dst, b = lhs, c = rhs; Imm: rhs in d)
    static let i32Eqz: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(lo32($0) == 0) } }
    static let i32Eq: Handler = { compareI32($0, $1, $2, $3, $4, $5, $6) { $0 == $1 } }
    static let i32Ne: Handler = { compareI32($0, $1, $2, $3, $4, $5, $6) { $0 != $1 } }
    static let i32LtS: Handler = { compareI32($0, $1, $2, $3, $4, $5, $6) { Int32(bitPattern: $0) < Int32(bitPattern: $1) } }
    static let i32LtU: Handler = { compareI32($0, $1, $2, $3, $4, $5, $6) { $0 < $1 } }
    static let i32GtS: Handler = { compareI32($0, $1, $2, $3, $4, $5, $6) { Int32(bitPattern: $0) > Int32(bitPattern: $1) } }
    static let i32GtU: Handler = { compareI32($0, $1, $2, $3, $4, $5, $6) { $0 > $1 } }
    static let i32LeS: Handler = { compareI32($0, $1, $2, $3, $4, $5, $6) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) } }
    static let i32LeU: Handler = { compareI32($0, $1, $2, $3, $4, $5, $6) { $0 <= $1 } }
    static let i32GeS: Handler = { compareI32($0, $1, $2, $3, $4, $5, $6) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) } }
    static let i32GeU: Handler = { compareI32($0, $1, $2, $3, $4, $5, $6) { $0 >= $1 } }
    static let i32EqImm: Handler = { compareI32Imm($0, $1, $2, $3, $4, $5, $6) { $0 == $1 } }
    static let i32NeImm: Handler = { compareI32Imm($0, $1, $2, $3, $4, $5, $6) { $0 != $1 } }
    static let i32LtSImm: Handler = { compareI32Imm($0, $1, $2, $3, $4, $5, $6) { Int32(bitPattern: $0) < Int32(bitPattern: $1) } }
    static let i32LtUImm: Handler = { compareI32Imm($0, $1, $2, $3, $4, $5, $6) { $0 < $1 } }
    static let i32GtSImm: Handler = { compareI32Imm($0, $1, $2, $3, $4, $5, $6) { Int32(bitPattern: $0) > Int32(bitPattern: $1) } }
    static let i32GtUImm: Handler = { compareI32Imm($0, $1, $2, $3, $4, $5, $6) { $0 > $1 } }
    static let i32LeSImm: Handler = { compareI32Imm($0, $1, $2, $3, $4, $5, $6) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) } }
    static let i32LeUImm: Handler = { compareI32Imm($0, $1, $2, $3, $4, $5, $6) { $0 <= $1 } }
    static let i32GeSImm: Handler = { compareI32Imm($0, $1, $2, $3, $4, $5, $6) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) } }
    static let i32GeUImm: Handler = { compareI32Imm($0, $1, $2, $3, $4, $5, $6) { $0 >= $1 } }
    static let i64Eqz: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits($0 == 0) } }
    static let i64Eq: Handler = { compareI64($0, $1, $2, $3, $4, $5, $6) { $0 == $1 } }
    static let i64Ne: Handler = { compareI64($0, $1, $2, $3, $4, $5, $6) { $0 != $1 } }
    static let i64LtS: Handler = { compareI64($0, $1, $2, $3, $4, $5, $6) { Int64(bitPattern: $0) < Int64(bitPattern: $1) } }
    static let i64LtU: Handler = { compareI64($0, $1, $2, $3, $4, $5, $6) { $0 < $1 } }
    static let i64GtS: Handler = { compareI64($0, $1, $2, $3, $4, $5, $6) { Int64(bitPattern: $0) > Int64(bitPattern: $1) } }
    static let i64GtU: Handler = { compareI64($0, $1, $2, $3, $4, $5, $6) { $0 > $1 } }
    static let i64LeS: Handler = { compareI64($0, $1, $2, $3, $4, $5, $6) { Int64(bitPattern: $0) <= Int64(bitPattern: $1) } }
    static let i64LeU: Handler = { compareI64($0, $1, $2, $3, $4, $5, $6) { $0 <= $1 } }
    static let i64GeS: Handler = { compareI64($0, $1, $2, $3, $4, $5, $6) { Int64(bitPattern: $0) >= Int64(bitPattern: $1) } }
    static let i64GeU: Handler = { compareI64($0, $1, $2, $3, $4, $5, $6) { $0 >= $1 } }

    // MARK: fused compare-and-branch (a = lhs slot, b = rhs slot or i32 constant, d = offset)
    static let brI32Eq: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(lo32(slot(fp, i.pointee.a)) == lo32(slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI32Ne: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(lo32(slot(fp, i.pointee.a)) != lo32(slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI32LtS: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(Int32(bitPattern: lo32(slot(fp, i.pointee.a))) < Int32(bitPattern: lo32(slot(fp, i.pointee.b))), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI32LtU: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(lo32(slot(fp, i.pointee.a)) < lo32(slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI32GtS: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(Int32(bitPattern: lo32(slot(fp, i.pointee.a))) > Int32(bitPattern: lo32(slot(fp, i.pointee.b))), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI32GtU: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(lo32(slot(fp, i.pointee.a)) > lo32(slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI32LeS: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(Int32(bitPattern: lo32(slot(fp, i.pointee.a))) <= Int32(bitPattern: lo32(slot(fp, i.pointee.b))), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI32LeU: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(lo32(slot(fp, i.pointee.a)) <= lo32(slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI32GeS: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(Int32(bitPattern: lo32(slot(fp, i.pointee.a))) >= Int32(bitPattern: lo32(slot(fp, i.pointee.b))), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI32GeU: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(lo32(slot(fp, i.pointee.a)) >= lo32(slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI32EqImm: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(lo32(slot(fp, i.pointee.a)) == i.pointee.b, pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI32NeImm: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(lo32(slot(fp, i.pointee.a)) != i.pointee.b, pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI32LtSImm: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(Int32(bitPattern: lo32(slot(fp, i.pointee.a))) < Int32(bitPattern: i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI32LtUImm: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(lo32(slot(fp, i.pointee.a)) < i.pointee.b, pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI32GtSImm: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(Int32(bitPattern: lo32(slot(fp, i.pointee.a))) > Int32(bitPattern: i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI32GtUImm: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(lo32(slot(fp, i.pointee.a)) > i.pointee.b, pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI32LeSImm: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(Int32(bitPattern: lo32(slot(fp, i.pointee.a))) <= Int32(bitPattern: i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI32LeUImm: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(lo32(slot(fp, i.pointee.a)) <= i.pointee.b, pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI32GeSImm: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(Int32(bitPattern: lo32(slot(fp, i.pointee.a))) >= Int32(bitPattern: i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI32GeUImm: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(lo32(slot(fp, i.pointee.a)) >= i.pointee.b, pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI64Eq: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(slot(fp, i.pointee.a) == slot(fp, i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI64Ne: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(slot(fp, i.pointee.a) != slot(fp, i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI64LtS: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(Int64(bitPattern: slot(fp, i.pointee.a)) < Int64(bitPattern: slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI64LtU: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(slot(fp, i.pointee.a) < slot(fp, i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI64GtS: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(Int64(bitPattern: slot(fp, i.pointee.a)) > Int64(bitPattern: slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI64GtU: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(slot(fp, i.pointee.a) > slot(fp, i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI64LeS: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(Int64(bitPattern: slot(fp, i.pointee.a)) <= Int64(bitPattern: slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI64LeU: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(slot(fp, i.pointee.a) <= slot(fp, i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI64GeS: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(Int64(bitPattern: slot(fp, i.pointee.a)) >= Int64(bitPattern: slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
    }
    static let brI64GeU: Handler = { pc, fp, m, ms, acc, ctx, facc in
        let i = pc.instr
        return branch(slot(fp, i.pointee.a) >= slot(fp, i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
    }

    // MARK: unary (a = dst, b = src)
    static let i32Clz: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { UInt64(lo32($0).leadingZeroBitCount) } }
    static let i32Ctz: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { UInt64(lo32($0).trailingZeroBitCount) } }
    static let i32Popcnt: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { UInt64(lo32($0).nonzeroBitCount) } }
    static let i64Clz: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { UInt64($0.leadingZeroBitCount) } }
    static let i64Ctz: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { UInt64($0.trailingZeroBitCount) } }
    static let i64Popcnt: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { UInt64($0.nonzeroBitCount) } }
    static let i32Extend8S: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(Int32(Int8(truncatingIfNeeded: $0))) } }
    static let i32Extend16S: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(Int32(Int16(truncatingIfNeeded: $0))) } }
    static let i64Extend8S: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { UInt64(bitPattern: Int64(Int8(truncatingIfNeeded: $0))) } }
    static let i64Extend16S: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { UInt64(bitPattern: Int64(Int16(truncatingIfNeeded: $0))) } }
    static let i64Extend32S: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { UInt64(bitPattern: Int64(Int32(truncatingIfNeeded: $0))) } }
    static let i32WrapI64: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { $0 & 0xFFFF_FFFF } }
}
