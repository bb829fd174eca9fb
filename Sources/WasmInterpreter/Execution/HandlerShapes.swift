/// Operand shapes shared by many handlers. Each takes the handler's arguments as they came,
/// does one instruction's work and continues with `next`; the operation is a closure that
/// inlines away.
///
/// Parameter names: `pc` instruction, `fp` frame, `m`/`ms` default memory base and size,
/// `acc`/`facc` accumulators, `ctx` execution context.

// Handlers are global functions named `<opcode>Handler`, `@inline(__always)`: referenced as a
// `Handler` (a C function pointer), each then compiles to one function holding its whole body.
// A closure or a function without the attribute compiles to a C entry that jumps to a separate
// Swift body: one more jump on every instruction.

@inline(__always) func slot(_ fp: Slots, _ index: UInt32) -> UInt64 { fp[Int(index)] }

@inline(__always) func setSlot(_ fp: Slots, _ index: UInt32, _ value: UInt64) { fp[Int(index)] = value }

/// `fp[a] = f(fp[b], fp[c])` on i32 operands.
@inline(__always) func binaryI32(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, _ f: (UInt32, UInt32) -> UInt32
) -> UInt {
    let i = pc.instr
    setSlot(fp, i.pointee.a, UInt64(f(lo32(slot(fp, i.pointee.b)), lo32(slot(fp, i.pointee.c)))))
    return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
}

/// `fp[a] = f(fp[b], d)` on i32 operands.
@inline(__always) func binaryI32Imm(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, _ f: (UInt32, UInt32) -> UInt32
) -> UInt {
    let i = pc.instr
    setSlot(fp, i.pointee.a, UInt64(f(lo32(slot(fp, i.pointee.b)), i.pointee.d)))
    return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
}

/// `fp[a] = f(fp[b], fp[c])` on i64 operands.
@inline(__always) func binaryI64(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, _ f: (UInt64, UInt64) -> UInt64
) -> UInt {
    let i = pc.instr
    setSlot(fp, i.pointee.a, f(slot(fp, i.pointee.b), slot(fp, i.pointee.c)))
    return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
}

/// `fp[a] = f(fp[b], imm)` on i64 operands.
@inline(__always) func binaryI64Imm(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, _ f: (UInt64, UInt64) -> UInt64
) -> UInt {
    let i = pc.instr
    setSlot(fp, i.pointee.a, f(slot(fp, i.pointee.b), i.pointee.imm))
    return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
}

/// `fp[a] = f(fp[b], fp[c]) ? 1 : 0` on i32 operands.
@inline(__always) func compareI32(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, _ f: (UInt32, UInt32) -> Bool
) -> UInt {
    let i = pc.instr
    setSlot(fp, i.pointee.a, bits(f(lo32(slot(fp, i.pointee.b)), lo32(slot(fp, i.pointee.c)))))
    return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
}

/// `fp[a] = f(fp[b], d) ? 1 : 0` on i32 operands.
@inline(__always) func compareI32Imm(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, _ f: (UInt32, UInt32) -> Bool
) -> UInt {
    let i = pc.instr
    setSlot(fp, i.pointee.a, bits(f(lo32(slot(fp, i.pointee.b)), i.pointee.d)))
    return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
}

/// `fp[a] = f(fp[b], fp[c]) ? 1 : 0` on i64 operands.
@inline(__always) func compareI64(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, _ f: (UInt64, UInt64) -> Bool
) -> UInt {
    let i = pc.instr
    setSlot(fp, i.pointee.a, bits(f(slot(fp, i.pointee.b), slot(fp, i.pointee.c))))
    return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
}

/// `fp[a] = f(fp[b], fp[c])` on f32 operands.
@inline(__always) func binaryF32(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, _ f: (Float, Float) -> Float
) -> UInt {
    let i = pc.instr
    setSlot(fp, i.pointee.a, bits(f(f32(slot(fp, i.pointee.b)), f32(slot(fp, i.pointee.c)))))
    return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
}

/// `fp[a] = f(fp[b], fp[c])` on f64 operands.
@inline(__always) func binaryF64(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, _ f: (Double, Double) -> Double
) -> UInt {
    let i = pc.instr
    setSlot(fp, i.pointee.a, bits(f(f64(slot(fp, i.pointee.b)), f64(slot(fp, i.pointee.c)))))
    return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
}

/// `fp[a] = f(fp[b], fp[c]) ? 1 : 0` on f32 operands.
@inline(__always) func compareF32(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, _ f: (Float, Float) -> Bool
) -> UInt {
    let i = pc.instr
    setSlot(fp, i.pointee.a, bits(f(f32(slot(fp, i.pointee.b)), f32(slot(fp, i.pointee.c)))))
    return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
}

/// `fp[a] = f(fp[b], fp[c]) ? 1 : 0` on f64 operands.
@inline(__always) func compareF64(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, _ f: (Double, Double) -> Bool
) -> UInt {
    let i = pc.instr
    setSlot(fp, i.pointee.a, bits(f(f64(slot(fp, i.pointee.b)), f64(slot(fp, i.pointee.c)))))
    return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
}

/// `fp[a] = f(fp[b])` on raw slot bits.
@inline(__always) func unary(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, _ f: (UInt64) -> UInt64
) -> UInt {
    let i = pc.instr
    setSlot(fp, i.pointee.a, f(slot(fp, i.pointee.b)))
    return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
}

/// `fp[a] = f(fp[b])` for an operation that can trap (division, float truncation).
@inline(__always) func checked(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, _ f: (UnsafePointer<CompiledInstr>, Slots) -> (UInt64, TrapCode)
) -> UInt {
    let i = pc.instr
    let (value, code) = f(i, fp)
    guard code == .none else { return trap(code, pc, fp, ctx) }
    setSlot(fp, i.pointee.a, value)
    return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
}

/// Goes to `pc + d` instructions if `taken`, else to the next instruction.
@inline(__always) func branch(
    _ taken: Bool, _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double
) -> UInt {
    let target = taken ? pc + pc.instr.pointee.offset &* instrStride : pc + instrStride
    return next(target, fp, m, ms, acc, ctx, facc)
}
