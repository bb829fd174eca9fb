/// Pair handlers: one dispatch runs an instruction and the one after it (`fusePairs` in
/// IR/CompiledInstr.swift chooses them). The handler reads its own fields for the first and the
/// second instruction's fields (at `pc + instrStride`) for the second, then continues two
/// instructions on; the second stays in place, with its own handler, for control that arrives at
/// it directly. A trap in the second reports the second's position.
///
/// The pairs are those profiles of the benchmark workloads showed: an f64 result stored to memory
/// right away (`x[i] -= ...`), loads and stores at a constant address (static data in C), and two
/// immediate adds in a row (`i += 1; p += 4` in a scanning loop).

/// `first` as `binaryF64` computes it, then the `store64ValueFacc` after it stores the result.
@inline(__always) func f64ThenStore(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, lhs: Source = .slot, rhs: Source = .slot,
    _ f: (Double, Double) -> Double
) -> UInt {
    let i = pc.instr
    let value = f(f64(operand(fp, i.pointee.b, lhs, acc, facc)), f64(operand(fp, i.pointee.c, rhs, acc, facc)))
    setSlot(fp, i.pointee.a, bits(value))
    let store = (pc + instrStride).instr
    let address = UInt64(lo32(slot(fp, store.pointee.a))) &+ UInt64(store.pointee.d)
    guard address &+ 8 <= ms else { return trap(.memoryOutOfBounds, pc + instrStride, fp, ctx) }
    m.storeBytes(of: bits(value), toByteOffset: Int(address), as: UInt64.self)
    return next(pc + 2 * instrStride, fp, m, ms, acc, ctx, value)
}

@inline(__always) func f64AddAccThenStoreHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    f64ThenStore(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { $0 + $1 }
}
@inline(__always) func f64SubAccThenStoreHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    f64ThenStore(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { $0 - $1 }
}
@inline(__always) func f64SubRhsAccThenStoreHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    f64ThenStore(pc, fp, m, ms, acc, ctx, facc, rhs: .facc) { $0 - $1 }
}
@inline(__always) func f64MulAccThenStoreHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    f64ThenStore(pc, fp, m, ms, acc, ctx, facc, lhs: .facc) { $0 * $1 }
}

/// A `const` (its value is the address), then the load from it after (an `*Acc` load form,
/// address from the accumulator): `memory[imm + d]`, as `T`, extended, into the load's slot and
/// `result` register.
@inline(__always) func constThenLoad<T: FixedWidthInteger>(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, result: Source, _: T.Type, _ extend: (T) -> UInt64
) -> UInt {
    let constant = pc.instr.pointee.imm
    setSlot(fp, pc.instr.pointee.a, constant)
    let load = (pc + instrStride).instr
    let address = UInt64(lo32(constant)) &+ UInt64(load.pointee.d)
    guard address &+ UInt64(MemoryLayout<T>.size) <= ms else { return trap(.memoryOutOfBounds, pc + instrStride, fp, ctx) }
    let value = extend(m.loadUnaligned(fromByteOffset: Int(address), as: T.self))
    setSlot(fp, load.pointee.a, value)
    switch result {
    case .facc: return next(pc + 2 * instrStride, fp, m, ms, constant, ctx, f64(value))
    case .acc, .slot: return next(pc + 2 * instrStride, fp, m, ms, value, ctx, facc)
    }
}

/// A `const` (its value is the address), then the store to it after (an `*AddressAcc` store
/// form): `memory[imm + d] = fp[b]` truncated to `T`.
@inline(__always) func constThenStore<T: FixedWidthInteger>(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, _: T.Type
) -> UInt {
    let constant = pc.instr.pointee.imm
    setSlot(fp, pc.instr.pointee.a, constant)
    let store = (pc + instrStride).instr
    let address = UInt64(lo32(constant)) &+ UInt64(store.pointee.d)
    guard address &+ UInt64(MemoryLayout<T>.size) <= ms else { return trap(.memoryOutOfBounds, pc + instrStride, fp, ctx) }
    m.storeBytes(of: T(truncatingIfNeeded: slot(fp, store.pointee.b)), toByteOffset: Int(address), as: T.self)
    return next(pc + 2 * instrStride, fp, m, ms, constant, ctx, facc)
}

@inline(__always) func constThenLoad32Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    constThenLoad(pc, fp, m, ms, acc, ctx, facc, result: .acc, UInt32.self) { UInt64($0) }
}
@inline(__always) func constThenLoad64Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    constThenLoad(pc, fp, m, ms, acc, ctx, facc, result: .acc, UInt64.self) { $0 }
}
@inline(__always) func constThenLoadF64Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    constThenLoad(pc, fp, m, ms, acc, ctx, facc, result: .facc, UInt64.self) { $0 }
}
@inline(__always) func constThenStore32Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    constThenStore(pc, fp, m, ms, acc, ctx, facc, UInt32.self)
}
@inline(__always) func constThenStore64Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    constThenStore(pc, fp, m, ms, acc, ctx, facc, UInt64.self)
}

/// Two `i32AddImm`s: `fp[a] = fp[b] + d` for the first, then for the second (which may read the
/// first's result); the accumulator holds the second's result, as after the two.
@inline(__always) func i32AddImmThenAddImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let first = pc.instr
    setSlot(fp, first.pointee.a, UInt64(lo32(slot(fp, first.pointee.b)) &+ first.pointee.d))
    let second = (pc + instrStride).instr
    let value = UInt64(lo32(slot(fp, second.pointee.b)) &+ second.pointee.d)
    setSlot(fp, second.pointee.a, value)
    return next(pc + 2 * instrStride, fp, m, ms, value, ctx, facc)
}
