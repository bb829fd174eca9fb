/// Accumulator forms: the same operations as their base opcodes, with one operand taken from the
/// register the previous instruction left it in (see `Source`). `assemble` chooses them.

@inline(__always) func i32AddAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &+ $1 }
}
@inline(__always) func i32AddImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &+ $1 }
}
@inline(__always) func i32SubAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &- $1 }
}
@inline(__always) func i32SubImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &- $1 }
}
@inline(__always) func i32SubFromImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $1 &- $0 }
}
@inline(__always) func i32MulAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &* $1 }
}
@inline(__always) func i32MulImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &* $1 }
}
@inline(__always) func i32AndAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 & $1 }
}
@inline(__always) func i32AndImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 & $1 }
}
@inline(__always) func i32OrAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 | $1 }
}
@inline(__always) func i32OrImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 | $1 }
}
@inline(__always) func i32XorAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 ^ $1 }
}
@inline(__always) func i32XorImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 ^ $1 }
}
@inline(__always) func i32ShlAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &<< $1 }
}
@inline(__always) func i32ShlImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &<< $1 }
}
@inline(__always) func i32ShrSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { UInt32(bitPattern: Int32(bitPattern: $0) &>> Int32(bitPattern: $1)) }
}
@inline(__always) func i32ShrSImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { UInt32(bitPattern: Int32(bitPattern: $0) &>> Int32(bitPattern: $1)) }
}
@inline(__always) func i32ShrUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &>> $1 }
}
@inline(__always) func i32ShrUImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &>> $1 }
}
@inline(__always) func i32RotlAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { rotl32($0, $1) }
}
@inline(__always) func i32RotlImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { rotl32($0, $1) }
}
@inline(__always) func i32RotrAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { rotr32($0, $1) }
}
@inline(__always) func i32RotrImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { rotr32($0, $1) }
}
@inline(__always) func i64AddAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &+ $1 }
}
@inline(__always) func i64AddImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &+ $1 }
}
@inline(__always) func i64SubAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &- $1 }
}
@inline(__always) func i64SubImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &- $1 }
}
@inline(__always) func i64SubFromImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $1 &- $0 }
}
@inline(__always) func i64MulAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &* $1 }
}
@inline(__always) func i64MulImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &* $1 }
}
@inline(__always) func i64AndAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 & $1 }
}
@inline(__always) func i64AndImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 & $1 }
}
@inline(__always) func i64OrAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 | $1 }
}
@inline(__always) func i64OrImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 | $1 }
}
@inline(__always) func i64XorAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 ^ $1 }
}
@inline(__always) func i64XorImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 ^ $1 }
}
@inline(__always) func i64ShlAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &<< $1 }
}
@inline(__always) func i64ShlImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &<< $1 }
}
@inline(__always) func i64ShrSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { UInt64(bitPattern: Int64(bitPattern: $0) &>> Int64(bitPattern: $1)) }
}
@inline(__always) func i64ShrSImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { UInt64(bitPattern: Int64(bitPattern: $0) &>> Int64(bitPattern: $1)) }
}
@inline(__always) func i64ShrUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &>> $1 }
}
@inline(__always) func i64ShrUImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 &>> $1 }
}
@inline(__always) func i64RotlAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { rotl64($0, $1) }
}
@inline(__always) func i64RotlImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { rotl64($0, $1) }
}
@inline(__always) func i64RotrAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { rotr64($0, $1) }
}
@inline(__always) func i64RotrImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { rotr64($0, $1) }
}
@inline(__always) func i32EqAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 == $1 }
}
@inline(__always) func i32EqImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 == $1 }
}
@inline(__always) func i64EqAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 == $1 }
}
@inline(__always) func i32NeAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 != $1 }
}
@inline(__always) func i32NeImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 != $1 }
}
@inline(__always) func i64NeAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 != $1 }
}
@inline(__always) func i32LtSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { Int32(bitPattern: $0) < Int32(bitPattern: $1) }
}
@inline(__always) func i32LtSImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { Int32(bitPattern: $0) < Int32(bitPattern: $1) }
}
@inline(__always) func i64LtSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { Int64(bitPattern: $0) < Int64(bitPattern: $1) }
}
@inline(__always) func i32LtUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 < $1 }
}
@inline(__always) func i32LtUImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 < $1 }
}
@inline(__always) func i64LtUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 < $1 }
}
@inline(__always) func i32GtSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { Int32(bitPattern: $0) > Int32(bitPattern: $1) }
}
@inline(__always) func i32GtSImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { Int32(bitPattern: $0) > Int32(bitPattern: $1) }
}
@inline(__always) func i64GtSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { Int64(bitPattern: $0) > Int64(bitPattern: $1) }
}
@inline(__always) func i32GtUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 > $1 }
}
@inline(__always) func i32GtUImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 > $1 }
}
@inline(__always) func i64GtUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 > $1 }
}
@inline(__always) func i32LeSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) }
}
@inline(__always) func i32LeSImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) }
}
@inline(__always) func i64LeSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { Int64(bitPattern: $0) <= Int64(bitPattern: $1) }
}
@inline(__always) func i32LeUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 <= $1 }
}
@inline(__always) func i32LeUImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 <= $1 }
}
@inline(__always) func i64LeUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 <= $1 }
}
@inline(__always) func i32GeSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) }
}
@inline(__always) func i32GeSImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) }
}
@inline(__always) func i64GeSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { Int64(bitPattern: $0) >= Int64(bitPattern: $1) }
}
@inline(__always) func i32GeUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 >= $1 }
}
@inline(__always) func i32GeUImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 >= $1 }
}
@inline(__always) func i64GeUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareI64(pc, fp, m, ms, acc, ctx, facc, lhs: .acc) { $0 >= $1 }
}
@inline(__always) func f64EqAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareF64(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { $0 == $1 }
}
@inline(__always) func f64NeAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareF64(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { $0 != $1 }
}
@inline(__always) func f64LtAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareF64(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { $0 < $1 }
}
@inline(__always) func f64GtAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareF64(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { $0 > $1 }
}
@inline(__always) func f64LeAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareF64(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { $0 <= $1 }
}
@inline(__always) func f64GeAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareF64(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { $0 >= $1 }
}
@inline(__always) func f64AddAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { $0 + $1 }
}
@inline(__always) func f64SubAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { $0 - $1 }
}
@inline(__always) func f64MulAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { $0 * $1 }
}
@inline(__always) func f64DivAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { $0 / $1 }
}
@inline(__always) func f64MinAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { wasmMin($0, $1) }
}
@inline(__always) func f64MaxAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { wasmMax($0, $1) }
}
@inline(__always) func i32EqzAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .acc, result: .acc) { bits(lo32($0) == 0) }
}
@inline(__always) func i64EqzAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .acc, result: .acc) { bits($0 == 0) }
}
@inline(__always) func i32ClzAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .acc, result: .acc) { UInt64(lo32($0).leadingZeroBitCount) }
}
@inline(__always) func i32CtzAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .acc, result: .acc) { UInt64(lo32($0).trailingZeroBitCount) }
}
@inline(__always) func i32PopcntAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .acc, result: .acc) { UInt64(lo32($0).nonzeroBitCount) }
}
@inline(__always) func i64ClzAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .acc, result: .acc) { UInt64($0.leadingZeroBitCount) }
}
@inline(__always) func i64CtzAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .acc, result: .acc) { UInt64($0.trailingZeroBitCount) }
}
@inline(__always) func i64PopcntAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .acc, result: .acc) { UInt64($0.nonzeroBitCount) }
}
@inline(__always) func i32Extend8SAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .acc, result: .acc) { bits(Int32(Int8(truncatingIfNeeded: $0))) }
}
@inline(__always) func i32Extend16SAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .acc, result: .acc) { bits(Int32(Int16(truncatingIfNeeded: $0))) }
}
@inline(__always) func i64Extend8SAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .acc, result: .acc) { UInt64(bitPattern: Int64(Int8(truncatingIfNeeded: $0))) }
}
@inline(__always) func i64Extend16SAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .acc, result: .acc) { UInt64(bitPattern: Int64(Int16(truncatingIfNeeded: $0))) }
}
@inline(__always) func i64Extend32SAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .acc, result: .acc) { UInt64(bitPattern: Int64(Int32(truncatingIfNeeded: $0))) }
}
@inline(__always) func i32WrapI64AccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .acc, result: .acc) { $0 & 0xFFFF_FFFF }
}
@inline(__always) func f64AbsAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .facc, result: .facc) { $0 & 0x7FFF_FFFF_FFFF_FFFF }
}
@inline(__always) func f64NegAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .facc, result: .facc) { $0 ^ 0x8000_0000_0000_0000 }
}
@inline(__always) func f64CeilAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .facc, result: .facc) { bits(f64($0).rounded(.up)) }
}
@inline(__always) func f64FloorAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .facc, result: .facc) { bits(f64($0).rounded(.down)) }
}
@inline(__always) func f64TruncAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .facc, result: .facc) { bits(f64($0).rounded(.towardZero)) }
}
@inline(__always) func f64NearestAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .facc, result: .facc) { bits(f64($0).rounded(.toNearestOrEven)) }
}
@inline(__always) func f64SqrtAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .facc, result: .facc) { bits(f64($0).squareRoot()) }
}
@inline(__always) func i32TruncSatF64SAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .facc, result: .acc) { bits(saturate(f64($0), to: Int32.self)) }
}
@inline(__always) func i32TruncSatF64UAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .facc, result: .acc) { bits(saturate(f64($0), to: UInt32.self)) }
}
@inline(__always) func i64TruncSatF64SAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .facc, result: .acc) { UInt64(bitPattern: saturate(f64($0), to: Int64.self)) }
}
@inline(__always) func i64TruncSatF64UAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .facc, result: .acc) { saturate(f64($0), to: UInt64.self) }
}
@inline(__always) func f64ConvertI32SAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .acc, result: .facc) { bits(Double(s32($0))) }
}
@inline(__always) func f64ConvertI32UAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .acc, result: .facc) { bits(Double(lo32($0))) }
}
@inline(__always) func f64ConvertI64SAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .acc, result: .facc) { bits(Double(Int64(bitPattern: $0))) }
}
@inline(__always) func f64ConvertI64UAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, from: .acc, result: .facc) { bits(Double($0)) }
}
@inline(__always) func load32AccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, address: .acc, UInt32.self) { UInt64($0) }
}
@inline(__always) func load64AccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, address: .acc, UInt64.self) { $0 }
}
@inline(__always) func load8S32AccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, address: .acc, Int8.self) { bits(Int32($0)) }
}
@inline(__always) func load8U32AccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, address: .acc, UInt8.self) { UInt64($0) }
}
@inline(__always) func load16S32AccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, address: .acc, Int16.self) { bits(Int32($0)) }
}
@inline(__always) func load16U32AccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, address: .acc, UInt16.self) { UInt64($0) }
}
@inline(__always) func load8S64AccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, address: .acc, Int8.self) { UInt64(bitPattern: Int64($0)) }
}
@inline(__always) func load16S64AccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, address: .acc, Int16.self) { UInt64(bitPattern: Int64($0)) }
}
@inline(__always) func load32S64AccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, address: .acc, Int32.self) { UInt64(bitPattern: Int64($0)) }
}
@inline(__always) func store8ValueAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, value: .acc, UInt8.self, immediate: false)
}
@inline(__always) func store8AddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, address: .acc, UInt8.self, immediate: false)
}
@inline(__always) func store16ValueAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, value: .acc, UInt16.self, immediate: false)
}
@inline(__always) func store16AddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, address: .acc, UInt16.self, immediate: false)
}
@inline(__always) func store32ValueAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, value: .acc, UInt32.self, immediate: false)
}
@inline(__always) func store32AddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, address: .acc, UInt32.self, immediate: false)
}
@inline(__always) func store64ValueAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, value: .acc, UInt64.self, immediate: false)
}
@inline(__always) func store64AddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, address: .acc, UInt64.self, immediate: false)
}
@inline(__always) func store64ValueFaccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, value: .facc, UInt64.self, immediate: false)
}
@inline(__always) func store8ImmAddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, address: .acc, UInt8.self, immediate: true)
}
@inline(__always) func store16ImmAddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, address: .acc, UInt16.self, immediate: true)
}
@inline(__always) func store32ImmAddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, address: .acc, UInt32.self, immediate: true)
}
@inline(__always) func brIfNezAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    branch(lo32(acc) != 0, pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brIfEqzAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    branch(lo32(acc) == 0, pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32EqAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(acc) == lo32(slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32EqImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(acc) == i.pointee.b, pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64EqAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(acc == slot(fp, i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32NeAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(acc) != lo32(slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32NeImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(acc) != i.pointee.b, pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64NeAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(acc != slot(fp, i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32LtSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int32(bitPattern: lo32(acc)) < Int32(bitPattern: lo32(slot(fp, i.pointee.b))), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32LtSImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int32(bitPattern: lo32(acc)) < Int32(bitPattern: i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64LtSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int64(bitPattern: acc) < Int64(bitPattern: slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32LtUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(acc) < lo32(slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32LtUImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(acc) < i.pointee.b, pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64LtUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(acc < slot(fp, i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32GtSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int32(bitPattern: lo32(acc)) > Int32(bitPattern: lo32(slot(fp, i.pointee.b))), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32GtSImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int32(bitPattern: lo32(acc)) > Int32(bitPattern: i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64GtSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int64(bitPattern: acc) > Int64(bitPattern: slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32GtUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(acc) > lo32(slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32GtUImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(acc) > i.pointee.b, pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64GtUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(acc > slot(fp, i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32LeSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int32(bitPattern: lo32(acc)) <= Int32(bitPattern: lo32(slot(fp, i.pointee.b))), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32LeSImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int32(bitPattern: lo32(acc)) <= Int32(bitPattern: i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64LeSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int64(bitPattern: acc) <= Int64(bitPattern: slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32LeUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(acc) <= lo32(slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32LeUImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(acc) <= i.pointee.b, pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64LeUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(acc <= slot(fp, i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32GeSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int32(bitPattern: lo32(acc)) >= Int32(bitPattern: lo32(slot(fp, i.pointee.b))), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32GeSImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int32(bitPattern: lo32(acc)) >= Int32(bitPattern: i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64GeSAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(Int64(bitPattern: acc) >= Int64(bitPattern: slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32GeUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(acc) >= lo32(slot(fp, i.pointee.b)), pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI32GeUImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(lo32(acc) >= i.pointee.b, pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brI64GeUAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    return branch(acc >= slot(fp, i.pointee.b), pc, fp, m, ms, acc, ctx, facc)
}

@inline(__always) func loadF64AccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, address: .acc, result: .facc, UInt64.self) { $0 }
}
@inline(__always) func i32SubRhsAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc, rhs: .acc) { $0 &- $1 }
}
@inline(__always) func i64SubRhsAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc, rhs: .acc) { $0 &- $1 }
}
@inline(__always) func f64SubRhsAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64(pc, fp, m, ms, acc, ctx, facc, rhs: .facc) { $0 - $1 }
}
@inline(__always) func f64DivRhsAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64(pc, fp, m, ms, acc, ctx, facc, rhs: .facc) { $0 / $1 }
}
@inline(__always) func f64AddImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { $0 + $1 }
}
@inline(__always) func f64SubImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { $0 - $1 }
}
@inline(__always) func f64MulImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { $0 * $1 }
}
@inline(__always) func f64DivImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { $0 / $1 }
}
@inline(__always) func f64MulMulAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    multiplyThenF64(pc, fp, m, ms, acc, ctx, facc, x: .facc) { $0 * $1 }
}
@inline(__always) func f64MulMulOuterAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    multiplyThenF64(pc, fp, m, ms, acc, ctx, facc, z: .facc) { $0 * $1 }
}
@inline(__always) func f64MulAddAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    multiplyThenF64(pc, fp, m, ms, acc, ctx, facc, x: .facc) { $0 + $1 }
}
@inline(__always) func f64MulAddOuterAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    multiplyThenF64(pc, fp, m, ms, acc, ctx, facc, z: .facc) { $0 + $1 }
}
@inline(__always) func f64SubFromImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { $1 - $0 }
}
@inline(__always) func f64DivFromImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64Imm(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { $1 / $0 }
}
