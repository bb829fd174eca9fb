/// Shift-then-combine handlers: `fp[a] = combine(shift(x, d), y)` with x = `fp[b]` (or the
/// accumulator: `Acc`) and y = `fp[c]` (or the accumulator: `RhsAcc`). Why: hash mixing, PRNG
/// steps and bit packing (`h ^= h >> 16`, `x ^= x << 13`, `hi << 8 | lo`, `rotr(x, 2) ^ y`) put a
/// shift by a constant right before an xor, or or add of its result; fused, the pair is one dispatch
/// and the shifted value never goes through its frame slot.

/// `fp[a] = combine(shift(x, d), y)` on i32 operands (see the file's comment).
@inline(__always) func shiftThenCombineI32(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, shifted: Source = .slot, other: Source = .slot,
    _ shift: (UInt32, UInt32) -> UInt32, _ combine: (UInt32, UInt32) -> UInt32
) -> UInt {
    let i = pc.instr
    let x = lo32(operand(fp, i.pointee.b, shifted, acc, facc))
    let y = lo32(operand(fp, i.pointee.c, other, acc, facc))
    return produce(pc, fp, m, ms, acc, ctx, facc, UInt64(combine(shift(x, i.pointee.d), y)), .acc)
}

// MARK: xor
@inline(__always) func i32XorShlImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, { $0 &<< $1 }, { $0 ^ $1 })
}
@inline(__always) func i32XorShlImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, shifted: .acc, { $0 &<< $1 }, { $0 ^ $1 })
}
@inline(__always) func i32XorShlImmRhsAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, other: .acc, { $0 &<< $1 }, { $0 ^ $1 })
}
@inline(__always) func i32XorShrUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, { $0 &>> $1 }, { $0 ^ $1 })
}
@inline(__always) func i32XorShrUImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, shifted: .acc, { $0 &>> $1 }, { $0 ^ $1 })
}
@inline(__always) func i32XorShrUImmRhsAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, other: .acc, { $0 &>> $1 }, { $0 ^ $1 })
}
@inline(__always) func i32XorRotlImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, { rotl32($0, $1) }, { $0 ^ $1 })
}
@inline(__always) func i32XorRotlImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, shifted: .acc, { rotl32($0, $1) }, { $0 ^ $1 })
}
@inline(__always) func i32XorRotlImmRhsAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, other: .acc, { rotl32($0, $1) }, { $0 ^ $1 })
}
@inline(__always) func i32XorRotrImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, { rotr32($0, $1) }, { $0 ^ $1 })
}
@inline(__always) func i32XorRotrImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, shifted: .acc, { rotr32($0, $1) }, { $0 ^ $1 })
}
@inline(__always) func i32XorRotrImmRhsAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, other: .acc, { rotr32($0, $1) }, { $0 ^ $1 })
}

// MARK: or
@inline(__always) func i32OrShlImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, { $0 &<< $1 }, { $0 | $1 })
}
@inline(__always) func i32OrShlImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, shifted: .acc, { $0 &<< $1 }, { $0 | $1 })
}
@inline(__always) func i32OrShlImmRhsAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, other: .acc, { $0 &<< $1 }, { $0 | $1 })
}
@inline(__always) func i32OrShrUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, { $0 &>> $1 }, { $0 | $1 })
}
@inline(__always) func i32OrShrUImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, shifted: .acc, { $0 &>> $1 }, { $0 | $1 })
}
@inline(__always) func i32OrShrUImmRhsAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, other: .acc, { $0 &>> $1 }, { $0 | $1 })
}
@inline(__always) func i32OrRotlImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, { rotl32($0, $1) }, { $0 | $1 })
}
@inline(__always) func i32OrRotlImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, shifted: .acc, { rotl32($0, $1) }, { $0 | $1 })
}
@inline(__always) func i32OrRotlImmRhsAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, other: .acc, { rotl32($0, $1) }, { $0 | $1 })
}
@inline(__always) func i32OrRotrImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, { rotr32($0, $1) }, { $0 | $1 })
}
@inline(__always) func i32OrRotrImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, shifted: .acc, { rotr32($0, $1) }, { $0 | $1 })
}
@inline(__always) func i32OrRotrImmRhsAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, other: .acc, { rotr32($0, $1) }, { $0 | $1 })
}

// MARK: add
@inline(__always) func i32AddShlImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, { $0 &<< $1 }, { $0 &+ $1 })
}
@inline(__always) func i32AddShlImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, shifted: .acc, { $0 &<< $1 }, { $0 &+ $1 })
}
@inline(__always) func i32AddShlImmRhsAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, other: .acc, { $0 &<< $1 }, { $0 &+ $1 })
}
@inline(__always) func i32AddShrUImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, { $0 &>> $1 }, { $0 &+ $1 })
}
@inline(__always) func i32AddShrUImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, shifted: .acc, { $0 &>> $1 }, { $0 &+ $1 })
}
@inline(__always) func i32AddShrUImmRhsAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, other: .acc, { $0 &>> $1 }, { $0 &+ $1 })
}
@inline(__always) func i32AddRotlImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, { rotl32($0, $1) }, { $0 &+ $1 })
}
@inline(__always) func i32AddRotlImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, shifted: .acc, { rotl32($0, $1) }, { $0 &+ $1 })
}
@inline(__always) func i32AddRotlImmRhsAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, other: .acc, { rotl32($0, $1) }, { $0 &+ $1 })
}
@inline(__always) func i32AddRotrImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, { rotr32($0, $1) }, { $0 &+ $1 })
}
@inline(__always) func i32AddRotrImmAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, shifted: .acc, { rotr32($0, $1) }, { $0 &+ $1 })
}
@inline(__always) func i32AddRotrImmRhsAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    shiftThenCombineI32(pc, fp, m, ms, acc, ctx, facc, other: .acc, { rotr32($0, $1) }, { $0 &+ $1 })
}
