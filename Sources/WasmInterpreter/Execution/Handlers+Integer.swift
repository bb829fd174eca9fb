/// Integer arithmetic, comparisons and fused compare-and-branch.
// MARK: i32 (a = dst, b = lhs, c = rhs; Imm: rhs in d)
@inline(__always) func i32AddHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc) { $0 &+ $1 }
}
@inline(__always) func i32SubHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc) { $0 &- $1 }
}
@inline(__always) func i32MulHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc) { $0 &* $1 }
}
@inline(__always) func i32AndHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc) { $0 & $1 }
}
@inline(__always) func i32OrHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc) { $0 | $1 }
}
@inline(__always) func i32XorHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc) { $0 ^ $1 }
}
@inline(__always) func i32ShlHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc) { $0 &<< $1 }
}
@inline(__always) func i32ShrSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc) { UInt32(bitPattern: Int32(bitPattern: $0) &>> Int32(bitPattern: $1)) }
}
@inline(__always) func i32ShrUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc) { $0 &>> $1 }
}
@inline(__always) func i32RotlHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc) { rotl32($0, $1) }
}
@inline(__always) func i32RotrHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc) { rotr32($0, $1) }
}
@inline(__always) func i32AddImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc) { $0 &+ $1 }
}
@inline(__always) func i32SubImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc) { $0 &- $1 }
}
@inline(__always) func i32SubFromImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc) { $1 &- $0 }
}
@inline(__always) func i32MulImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc) { $0 &* $1 }
}
@inline(__always) func i32AndImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc) { $0 & $1 }
}
@inline(__always) func i32OrImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc) { $0 | $1 }
}
@inline(__always) func i32XorImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc) { $0 ^ $1 }
}
@inline(__always) func i32ShlImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc) { $0 &<< $1 }
}
@inline(__always) func i32ShrSImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc) { UInt32(bitPattern: Int32(bitPattern: $0) &>> Int32(bitPattern: $1)) }
}
@inline(__always) func i32ShrUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc) { $0 &>> $1 }
}
@inline(__always) func i32RotlImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc) { rotl32($0, $1) }
}
@inline(__always) func i32RotrImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc) { rotr32($0, $1) }
}

// MARK: i64 (a = dst, b = lhs, c = rhs; Imm: rhs in imm)
@inline(__always) func i64AddHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc) { $0 &+ $1 }
}
@inline(__always) func i64SubHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc) { $0 &- $1 }
}
@inline(__always) func i64MulHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc) { $0 &* $1 }
}
@inline(__always) func i64AndHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc) { $0 & $1 }
}
@inline(__always) func i64OrHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc) { $0 | $1 }
}
@inline(__always) func i64XorHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc) { $0 ^ $1 }
}
@inline(__always) func i64ShlHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc) { $0 &<< $1 }
}
@inline(__always) func i64ShrSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc) { UInt64(bitPattern: Int64(bitPattern: $0) &>> Int64(bitPattern: $1)) }
}
@inline(__always) func i64ShrUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc) { $0 &>> $1 }
}
@inline(__always) func i64RotlHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc) { rotl64($0, $1) }
}
@inline(__always) func i64RotrHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc) { rotr64($0, $1) }
}
@inline(__always) func i64AddImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc) { $0 &+ $1 }
}
@inline(__always) func i64SubImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc) { $0 &- $1 }
}
@inline(__always) func i64SubFromImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc) { $1 &- $0 }
}
@inline(__always) func i64MulImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc) { $0 &* $1 }
}
@inline(__always) func i64AndImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc) { $0 & $1 }
}
@inline(__always) func i64OrImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc) { $0 | $1 }
}
@inline(__always) func i64XorImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc) { $0 ^ $1 }
}
@inline(__always) func i64ShlImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc) { $0 &<< $1 }
}
@inline(__always) func i64ShrSImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc) { UInt64(bitPattern: Int64(bitPattern: $0) &>> Int64(bitPattern: $1)) }
}
@inline(__always) func i64ShrUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc) { $0 &>> $1 }
}
@inline(__always) func i64RotlImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc) { rotl64($0, $1) }
}
@inline(__always) func i64RotrImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc) { rotr64($0, $1) }
}

// MARK: division (traps on zero divisors and on signed overflow)
@inline(__always) func i32DivSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    checked(pc, fp, m, ms, acc, ctx, facc) { i, fp in divide32(i, fp, .divS, immediate: false) }
}
@inline(__always) func i32DivSImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    checked(pc, fp, m, ms, acc, ctx, facc) { i, fp in divide32(i, fp, .divS, immediate: true) }
}
@inline(__always) func i32DivUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    checked(pc, fp, m, ms, acc, ctx, facc) { i, fp in divide32(i, fp, .divU, immediate: false) }
}
@inline(__always) func i32DivUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    checked(pc, fp, m, ms, acc, ctx, facc) { i, fp in divide32(i, fp, .divU, immediate: true) }
}
@inline(__always) func i32RemSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    checked(pc, fp, m, ms, acc, ctx, facc) { i, fp in divide32(i, fp, .remS, immediate: false) }
}
@inline(__always) func i32RemSImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    checked(pc, fp, m, ms, acc, ctx, facc) { i, fp in divide32(i, fp, .remS, immediate: true) }
}
@inline(__always) func i32RemUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    checked(pc, fp, m, ms, acc, ctx, facc) { i, fp in divide32(i, fp, .remU, immediate: false) }
}
@inline(__always) func i32RemUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    checked(pc, fp, m, ms, acc, ctx, facc) { i, fp in divide32(i, fp, .remU, immediate: true) }
}
@inline(__always) func i64DivSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    checked(pc, fp, m, ms, acc, ctx, facc) { i, fp in divide64(i, fp, .divS, immediate: false) }
}
@inline(__always) func i64DivSImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    checked(pc, fp, m, ms, acc, ctx, facc) { i, fp in divide64(i, fp, .divS, immediate: true) }
}
@inline(__always) func i64DivUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    checked(pc, fp, m, ms, acc, ctx, facc) { i, fp in divide64(i, fp, .divU, immediate: false) }
}
@inline(__always) func i64DivUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    checked(pc, fp, m, ms, acc, ctx, facc) { i, fp in divide64(i, fp, .divU, immediate: true) }
}
@inline(__always) func i64RemSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    checked(pc, fp, m, ms, acc, ctx, facc) { i, fp in divide64(i, fp, .remS, immediate: false) }
}
@inline(__always) func i64RemSImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    checked(pc, fp, m, ms, acc, ctx, facc) { i, fp in divide64(i, fp, .remS, immediate: true) }
}
@inline(__always) func i64RemUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    checked(pc, fp, m, ms, acc, ctx, facc) { i, fp in divide64(i, fp, .remU, immediate: false) }
}
@inline(__always) func i64RemUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    checked(pc, fp, m, ms, acc, ctx, facc) { i, fp in divide64(i, fp, .remU, immediate: true) }
}

// MARK: comparisons (a = dst, b = lhs, c = rhs; Imm: rhs in d)
@inline(__always) func i32EqzHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { bits(lo32($0) == 0) }
}
@inline(__always) func i32EqHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc) { $0 == $1 }
}
@inline(__always) func i32NeHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc) { $0 != $1 }
}
@inline(__always) func i32LtSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc) { Int32(bitPattern: $0) < Int32(bitPattern: $1) }
}
@inline(__always) func i32LtUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc) { $0 < $1 }
}
@inline(__always) func i32GtSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc) { Int32(bitPattern: $0) > Int32(bitPattern: $1) }
}
@inline(__always) func i32GtUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc) { $0 > $1 }
}
@inline(__always) func i32LeSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) }
}
@inline(__always) func i32LeUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc) { $0 <= $1 }
}
@inline(__always) func i32GeSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) }
}
@inline(__always) func i32GeUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc) { $0 >= $1 }
}
@inline(__always) func i32EqImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc) { $0 == $1 }
}
@inline(__always) func i32NeImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc) { $0 != $1 }
}
@inline(__always) func i32LtSImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc) { Int32(bitPattern: $0) < Int32(bitPattern: $1) }
}
@inline(__always) func i32LtUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc) { $0 < $1 }
}
@inline(__always) func i32GtSImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc) { Int32(bitPattern: $0) > Int32(bitPattern: $1) }
}
@inline(__always) func i32GtUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc) { $0 > $1 }
}
@inline(__always) func i32LeSImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) }
}
@inline(__always) func i32LeUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc) { $0 <= $1 }
}
@inline(__always) func i32GeSImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) }
}
@inline(__always) func i32GeUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc) { $0 >= $1 }
}
@inline(__always) func i64EqzHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { bits($0 == 0) }
}
@inline(__always) func i64EqHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc) { $0 == $1 }
}
@inline(__always) func i64NeHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc) { $0 != $1 }
}
@inline(__always) func i64LtSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc) { Int64(bitPattern: $0) < Int64(bitPattern: $1) }
}
@inline(__always) func i64LtUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc) { $0 < $1 }
}
@inline(__always) func i64GtSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc) { Int64(bitPattern: $0) > Int64(bitPattern: $1) }
}
@inline(__always) func i64GtUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc) { $0 > $1 }
}
@inline(__always) func i64LeSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc) { Int64(bitPattern: $0) <= Int64(bitPattern: $1) }
}
@inline(__always) func i64LeUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc) { $0 <= $1 }
}
@inline(__always) func i64GeSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc) { Int64(bitPattern: $0) >= Int64(bitPattern: $1) }
}
@inline(__always) func i64GeUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc) { $0 >= $1 }
}

// MARK: fused compare-and-branch (a = lhs slot, b = rhs slot or i32 constant, d = offset)
@inline(__always) func brI32EqHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(slot(fp, i.pointee.a)) == lo32(slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32NeHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(slot(fp, i.pointee.a)) != lo32(slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32LtSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(
        Int32(bitPattern: lo32(slot(fp, i.pointee.a))) < Int32(bitPattern: lo32(slot(fp, i.pointee.b))), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32LtUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(slot(fp, i.pointee.a)) < lo32(slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32GtSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(
        Int32(bitPattern: lo32(slot(fp, i.pointee.a))) > Int32(bitPattern: lo32(slot(fp, i.pointee.b))), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32GtUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(slot(fp, i.pointee.a)) > lo32(slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32LeSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(
        Int32(bitPattern: lo32(slot(fp, i.pointee.a))) <= Int32(bitPattern: lo32(slot(fp, i.pointee.b))), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32LeUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(slot(fp, i.pointee.a)) <= lo32(slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32GeSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(
        Int32(bitPattern: lo32(slot(fp, i.pointee.a))) >= Int32(bitPattern: lo32(slot(fp, i.pointee.b))), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32GeUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(slot(fp, i.pointee.a)) >= lo32(slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32EqImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(slot(fp, i.pointee.a)) == i.pointee.b, pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32NeImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(slot(fp, i.pointee.a)) != i.pointee.b, pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32LtSImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int32(bitPattern: lo32(slot(fp, i.pointee.a))) < Int32(bitPattern: i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32LtUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(slot(fp, i.pointee.a)) < i.pointee.b, pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32GtSImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int32(bitPattern: lo32(slot(fp, i.pointee.a))) > Int32(bitPattern: i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32GtUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(slot(fp, i.pointee.a)) > i.pointee.b, pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32LeSImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int32(bitPattern: lo32(slot(fp, i.pointee.a))) <= Int32(bitPattern: i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32LeUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(slot(fp, i.pointee.a)) <= i.pointee.b, pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32GeSImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int32(bitPattern: lo32(slot(fp, i.pointee.a))) >= Int32(bitPattern: i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32GeUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(slot(fp, i.pointee.a)) >= i.pointee.b, pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64EqHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(slot(fp, i.pointee.a) == slot(fp, i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64NeHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(slot(fp, i.pointee.a) != slot(fp, i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64LtSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int64(bitPattern: slot(fp, i.pointee.a)) < Int64(bitPattern: slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64LtUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(slot(fp, i.pointee.a) < slot(fp, i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64GtSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int64(bitPattern: slot(fp, i.pointee.a)) > Int64(bitPattern: slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64GtUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(slot(fp, i.pointee.a) > slot(fp, i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64LeSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int64(bitPattern: slot(fp, i.pointee.a)) <= Int64(bitPattern: slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64LeUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(slot(fp, i.pointee.a) <= slot(fp, i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64GeSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int64(bitPattern: slot(fp, i.pointee.a)) >= Int64(bitPattern: slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64GeUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(slot(fp, i.pointee.a) >= slot(fp, i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}

// MARK: unary (a = dst, b = src)
@inline(__always) func i32ClzHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { UInt64(lo32($0).leadingZeroBitCount) }
}
@inline(__always) func i32CtzHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { UInt64(lo32($0).trailingZeroBitCount) }
}
@inline(__always) func i32PopcntHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { UInt64(lo32($0).nonzeroBitCount) }
}
@inline(__always) func i64ClzHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { UInt64($0.leadingZeroBitCount) }
}
@inline(__always) func i64CtzHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { UInt64($0.trailingZeroBitCount) }
}
@inline(__always) func i64PopcntHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { UInt64($0.nonzeroBitCount) }
}
@inline(__always) func i32Extend8SHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { bits(Int32(Int8(truncatingIfNeeded: $0))) }
}
@inline(__always) func i32Extend16SHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { bits(Int32(Int16(truncatingIfNeeded: $0))) }
}
@inline(__always) func i64Extend8SHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { UInt64(bitPattern: Int64(Int8(truncatingIfNeeded: $0))) }
}
@inline(__always) func i64Extend16SHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { UInt64(bitPattern: Int64(Int16(truncatingIfNeeded: $0))) }
}
@inline(__always) func i64Extend32SHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { UInt64(bitPattern: Int64(Int32(truncatingIfNeeded: $0))) }
}
@inline(__always) func i32WrapI64Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { $0 & 0xFFFF_FFFF }
}

// MARK: loop tails (a = x, b = rhs slot or i32 constant, c = addend, d = offset): x += c, then branch on x

/// `fp[a] += c`, then goes to `pc + d` if `taken(new value, rhs)`; leaves x in the accumulator.
/// The `counter: .acc` forms read x from the accumulator, which holds it when every way into the
/// instruction left it there (a loop whose back edge is this instruction: see `useAccumulators`).
@inline(__always) func incrementAndBranch(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, counter: Source = .slot, rhs: Source?, _ taken: (UInt32, UInt32) -> Bool
) -> UInt {
    let i = pc.instr
    let x = lo32(operand(fp, i.pointee.a, counter, acc, facc)) &+ i.pointee.c
    setSlot(fp, i.pointee.a, UInt64(x))
    let y: UInt32 =
        switch rhs {
        case nil: 0
        case .slot?: lo32(slot(fp, i.pointee.b))
        case .acc?, .facc?: i.pointee.b  // the immediate (no accumulator form)
        }
    return branch(taken(x, y), pc, fp, m, ms, UInt64(x), ctx, facc)
}
@inline(__always) func incBrIfNezHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: nil) { x, _ in x != 0 }
}
@inline(__always) func incBrIfEqzHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: nil) { x, _ in x == 0 }
}
@inline(__always) func incBrI32EqHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .slot) { $0 == $1 }
}
@inline(__always) func incBrI32EqImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .acc) { $0 == $1 }
}
@inline(__always) func incBrI32NeHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .slot) { $0 != $1 }
}
@inline(__always) func incBrI32NeImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .acc) { $0 != $1 }
}
@inline(__always) func incBrI32LtSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .slot) { Int32(bitPattern: $0) < Int32(bitPattern: $1) }
}
@inline(__always) func incBrI32LtSImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .acc) { Int32(bitPattern: $0) < Int32(bitPattern: $1) }
}
@inline(__always) func incBrI32LtUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .slot) { $0 < $1 }
}
@inline(__always) func incBrI32LtUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .acc) { $0 < $1 }
}
@inline(__always) func incBrI32GtSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .slot) { Int32(bitPattern: $0) > Int32(bitPattern: $1) }
}
@inline(__always) func incBrI32GtSImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .acc) { Int32(bitPattern: $0) > Int32(bitPattern: $1) }
}
@inline(__always) func incBrI32GtUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .slot) { $0 > $1 }
}
@inline(__always) func incBrI32GtUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .acc) { $0 > $1 }
}
@inline(__always) func incBrI32LeSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .slot) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) }
}
@inline(__always) func incBrI32LeSImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .acc) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) }
}
@inline(__always) func incBrI32LeUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .slot) { $0 <= $1 }
}
@inline(__always) func incBrI32LeUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .acc) { $0 <= $1 }
}
@inline(__always) func incBrI32GeSHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .slot) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) }
}
@inline(__always) func incBrI32GeSImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .acc) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) }
}
@inline(__always) func incBrI32GeUHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .slot) { $0 >= $1 }
}
@inline(__always) func incBrI32GeUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, rhs: .acc) { $0 >= $1 }
}

// MARK: loop tails reading x from the accumulator

@inline(__always) func incBrIfNezAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: nil) { x, _ in x != 0 }
}
@inline(__always) func incBrIfEqzAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: nil) { x, _ in x == 0 }
}
@inline(__always) func incBrI32EqAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .slot) { $0 == $1 }
}
@inline(__always) func incBrI32EqImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .acc) { $0 == $1 }
}
@inline(__always) func incBrI32NeAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .slot) { $0 != $1 }
}
@inline(__always) func incBrI32NeImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .acc) { $0 != $1 }
}
@inline(__always) func incBrI32LtSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .slot) { Int32(bitPattern: $0) < Int32(bitPattern: $1) }
}
@inline(__always) func incBrI32LtSImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .acc) { Int32(bitPattern: $0) < Int32(bitPattern: $1) }
}
@inline(__always) func incBrI32LtUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .slot) { $0 < $1 }
}
@inline(__always) func incBrI32LtUImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .acc) { $0 < $1 }
}
@inline(__always) func incBrI32GtSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .slot) { Int32(bitPattern: $0) > Int32(bitPattern: $1) }
}
@inline(__always) func incBrI32GtSImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .acc) { Int32(bitPattern: $0) > Int32(bitPattern: $1) }
}
@inline(__always) func incBrI32GtUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .slot) { $0 > $1 }
}
@inline(__always) func incBrI32GtUImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .acc) { $0 > $1 }
}
@inline(__always) func incBrI32LeSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .slot) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) }
}
@inline(__always) func incBrI32LeSImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .acc) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) }
}
@inline(__always) func incBrI32LeUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .slot) { $0 <= $1 }
}
@inline(__always) func incBrI32LeUImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .acc) { $0 <= $1 }
}
@inline(__always) func incBrI32GeSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .slot) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) }
}
@inline(__always) func incBrI32GeSImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .acc) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) }
}
@inline(__always) func incBrI32GeUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .slot) { $0 >= $1 }
}
@inline(__always) func incBrI32GeUImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    incrementAndBranch(pc, fp, m, ms, acc, ctx, facc, counter: .acc, rhs: .acc) { $0 >= $1 }
}
