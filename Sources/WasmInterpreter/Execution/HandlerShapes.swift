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

/// Where an operand comes from: its frame slot, or the accumulator register the previous
/// instruction left it in (`acc` for integers and references, `facc` for f64). As a result
/// register: where an instruction leaves its result besides its slot (`.slot`: nowhere).
///
/// Why accumulators: in a chain of dependent instructions each result would otherwise be stored
/// to its slot and loaded back by the next instruction, putting a store-to-load forwarding delay
/// on every link. Producers always write their slot too, so a consumer that is not the next
/// instruction still finds the value there; `assemble` picks the accumulator forms.
enum Source { case slot, acc, facc }

/// The raw bits of an operand.
@inline(__always) func operand(_ fp: Slots, _ index: UInt32, _ source: Source, _ acc: UInt64, _ facc: Double) -> UInt64 {
    switch source {
    case .slot: slot(fp, index)
    case .acc: acc
    case .facc: facc.bitPattern
    }
}

/// Writes `value` to slot `a`, leaves it in the `result` register and continues.
@inline(__always) func produce(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double,
    _ value: UInt64, _ result: Source
) -> UInt {
    setSlot(fp, pc.instr.pointee.a, value)
    switch result {
    case .slot: return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
    case .acc: return next(pc + instrStride, fp, m, ms, value, ctx, facc)
    case .facc: return next(pc + instrStride, fp, m, ms, acc, ctx, Double(bitPattern: value))
    }
}

/// `fp[a] = f(lhs, fp[c])` on i32 operands; lhs is `fp[b]` or the accumulator.
@inline(__always) func binaryI32(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, lhs: Source = .slot, rhs: Source = .slot,
    _ f: (UInt32, UInt32) -> UInt32
) -> UInt {
    let i = pc.instr
    let value = f(lo32(operand(fp, i.pointee.b, lhs, acc, facc)), lo32(operand(fp, i.pointee.c, rhs, acc, facc)))
    return produce(pc, fp, m, ms, acc, ctx, facc, UInt64(value), .acc)
}

/// `fp[a] = f(lhs, d)` on i32 operands.
@inline(__always) func binaryI32Imm(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, lhs: Source = .slot, _ f: (UInt32, UInt32) -> UInt32
) -> UInt {
    let i = pc.instr
    let value = f(lo32(operand(fp, i.pointee.b, lhs, acc, facc)), i.pointee.d)
    return produce(pc, fp, m, ms, acc, ctx, facc, UInt64(value), .acc)
}

/// `fp[a] = f(lhs, fp[c])` on i64 operands.
@inline(__always) func binaryI64(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, lhs: Source = .slot, rhs: Source = .slot,
    _ f: (UInt64, UInt64) -> UInt64
) -> UInt {
    let i = pc.instr
    let value = f(operand(fp, i.pointee.b, lhs, acc, facc), operand(fp, i.pointee.c, rhs, acc, facc))
    return produce(pc, fp, m, ms, acc, ctx, facc, value, .acc)
}

/// `fp[a] = f(lhs, imm)` on i64 operands.
@inline(__always) func binaryI64Imm(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, lhs: Source = .slot, _ f: (UInt64, UInt64) -> UInt64
) -> UInt {
    let i = pc.instr
    let value = f(operand(fp, i.pointee.b, lhs, acc, facc), i.pointee.imm)
    return produce(pc, fp, m, ms, acc, ctx, facc, value, .acc)
}

/// `fp[a] = f(lhs, fp[c]) ? 1 : 0` on i32 operands: `binaryI32` with a 0/1 result.
@inline(__always) func compareI32(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, lhs: Source = .slot, _ f: (UInt32, UInt32) -> Bool
) -> UInt {
    binaryI32(pc, fp, m, ms, acc, ctx, facc, lhs: lhs) { f($0, $1) ? 1 : 0 }
}

/// `fp[a] = f(lhs, d) ? 1 : 0` on i32 operands: `binaryI32Imm` with a 0/1 result.
@inline(__always) func compareI32Imm(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, lhs: Source = .slot, _ f: (UInt32, UInt32) -> Bool
) -> UInt {
    binaryI32Imm(pc, fp, m, ms, acc, ctx, facc, lhs: lhs) { f($0, $1) ? 1 : 0 }
}

/// `fp[a] = f(lhs, fp[c]) ? 1 : 0` on i64 operands: `binaryI64` with a 0/1 result.
@inline(__always) func compareI64(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, lhs: Source = .slot, _ f: (UInt64, UInt64) -> Bool
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc, lhs: lhs) { f($0, $1) ? 1 : 0 }
}

/// `fp[a] = f(fp[b], fp[c])` on f32 operands (the result stays in the slot only).
@inline(__always) func binaryF32(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, _ f: (Float, Float) -> Float
) -> UInt {
    let i = pc.instr
    let value = f(f32(slot(fp, i.pointee.b)), f32(slot(fp, i.pointee.c)))
    return produce(pc, fp, m, ms, acc, ctx, facc, bits(value), .slot)
}

/// `fp[a] = f(lhs, fp[c])` on f64 operands; lhs is `fp[b]` or the float accumulator.
@inline(__always) func binaryF64(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, lhs: Source = .slot, rhs: Source = .slot,
    _ f: (Double, Double) -> Double
) -> UInt {
    let i = pc.instr
    let value = f(f64(operand(fp, i.pointee.b, lhs, acc, facc)), f64(operand(fp, i.pointee.c, rhs, acc, facc)))
    setSlot(fp, i.pointee.a, bits(value))
    return next(pc + instrStride, fp, m, ms, acc, ctx, value)
}

/// `fp[a] = f(x * y, z)` on f64 operands: x = `fp[b]`, y = `fp[c]`, z = `fp[d]`, x or z from the
/// float accumulator if the sources say so (the product is rounded, then `f`'s result: as two
/// Wasm instructions compute it).
@inline(__always) func multiplyThenF64(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, x: Source = .slot, z: Source = .slot, _ f: (Double, Double) -> Double
) -> UInt {
    let i = pc.instr
    let product = f64(operand(fp, i.pointee.b, x, acc, facc)) * f64(slot(fp, i.pointee.c))
    let value = f(product, f64(operand(fp, i.pointee.d, z, acc, facc)))
    setSlot(fp, i.pointee.a, bits(value))
    return next(pc + instrStride, fp, m, ms, acc, ctx, value)
}

/// `fp[a] = f(lhs, imm)` on f64 operands (`imm` holds the constant's bits).
@inline(__always) func binaryF64Imm(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, lhs: Source = .slot, _ f: (Double, Double) -> Double
) -> UInt {
    let i = pc.instr
    let value = f(f64(operand(fp, i.pointee.b, lhs, acc, facc)), f64(i.pointee.imm))
    setSlot(fp, i.pointee.a, bits(value))
    return next(pc + instrStride, fp, m, ms, acc, ctx, value)
}

/// `fp[a] = f(fp[b], fp[c]) ? 1 : 0` on f32 operands.
@inline(__always) func compareF32(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, _ f: (Float, Float) -> Bool
) -> UInt {
    let i = pc.instr
    let value = f(f32(slot(fp, i.pointee.b)), f32(slot(fp, i.pointee.c)))
    return produce(pc, fp, m, ms, acc, ctx, facc, bits(value), .acc)
}

/// `fp[a] = f(lhs, fp[c]) ? 1 : 0` on f64 operands.
@inline(__always) func compareF64(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, lhs: Source = .slot, _ f: (Double, Double) -> Bool
) -> UInt {
    let i = pc.instr
    let value = f(f64(operand(fp, i.pointee.b, lhs, acc, facc)), f64(slot(fp, i.pointee.c)))
    return produce(pc, fp, m, ms, acc, ctx, facc, bits(value), .acc)
}

/// `fp[a] = f(operand)` on raw bits; the operand is `fp[b]` or an accumulator, the result is
/// also left in `result`.
@inline(__always) func unary(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, from source: Source = .slot, result: Source, _ f: (UInt64) -> UInt64
) -> UInt {
    let value = f(operand(fp, pc.instr.pointee.b, source, acc, facc))
    return produce(pc, fp, m, ms, acc, ctx, facc, value, result)
}

/// `fp[a] = f(fp[b])` for an operation that can trap (division, float truncation).
@inline(__always) func checked(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, _ f: (UnsafePointer<CompiledInstr>, Slots) -> (UInt64, TrapCode)
) -> UInt {
    let i = pc.instr
    let (value, code) = f(i, fp)
    guard code == .none else { return trap(code, pc, fp, ctx) }
    return produce(pc, fp, m, ms, acc, ctx, facc, value, .acc)
}

/// Goes to `pc + d` instructions if `taken`, else to the next instruction.
@inline(__always) func branch(
    _ taken: Bool, _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double
) -> UInt {
    let target = taken ? pc + pc.instr.pointee.offset : pc + instrStride
    return next(target, fp, m, ms, acc, ctx, facc)
}
