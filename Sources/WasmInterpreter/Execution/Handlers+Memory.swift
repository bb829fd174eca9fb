/// Loads and stores of the default memory, with explicit bounds checks.
// MARK: loads (a = dst, b = address slot, d = offset)
@inline(__always) func load32Handler(_ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64, _ ctx: UnsafeMutableRawPointer, _ facc: Double) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, UInt32.self) { UInt64($0) }
}
@inline(__always) func load64Handler(_ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64, _ ctx: UnsafeMutableRawPointer, _ facc: Double) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, UInt64.self) { $0 }
}
@inline(__always) func load8S32Handler(_ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64, _ ctx: UnsafeMutableRawPointer, _ facc: Double) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, Int8.self) { bits(Int32($0)) }
}
@inline(__always) func load8U32Handler(_ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64, _ ctx: UnsafeMutableRawPointer, _ facc: Double) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, UInt8.self) { UInt64($0) }
}
@inline(__always) func load16S32Handler(_ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64, _ ctx: UnsafeMutableRawPointer, _ facc: Double) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, Int16.self) { bits(Int32($0)) }
}
@inline(__always) func load16U32Handler(_ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64, _ ctx: UnsafeMutableRawPointer, _ facc: Double) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, UInt16.self) { UInt64($0) }
}
@inline(__always) func load8S64Handler(_ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64, _ ctx: UnsafeMutableRawPointer, _ facc: Double) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, Int8.self) { UInt64(bitPattern: Int64($0)) }
}
@inline(__always) func load16S64Handler(_ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64, _ ctx: UnsafeMutableRawPointer, _ facc: Double) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, Int16.self) { UInt64(bitPattern: Int64($0)) }
}
@inline(__always) func load32S64Handler(_ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64, _ ctx: UnsafeMutableRawPointer, _ facc: Double) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, Int32.self) { UInt64(bitPattern: Int64($0)) }
}

// MARK: stores (a = address slot, b = value slot, d = offset; Imm: the value in c)
@inline(__always) func store8Handler(_ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64, _ ctx: UnsafeMutableRawPointer, _ facc: Double) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, UInt8.self, immediate: false)
}
@inline(__always) func store16Handler(_ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64, _ ctx: UnsafeMutableRawPointer, _ facc: Double) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, UInt16.self, immediate: false)
}
@inline(__always) func store32Handler(_ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64, _ ctx: UnsafeMutableRawPointer, _ facc: Double) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, UInt32.self, immediate: false)
}
@inline(__always) func store64Handler(_ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64, _ ctx: UnsafeMutableRawPointer, _ facc: Double) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, UInt64.self, immediate: false)
}
@inline(__always) func store8ImmHandler(_ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64, _ ctx: UnsafeMutableRawPointer, _ facc: Double) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, UInt8.self, immediate: true)
}
@inline(__always) func store16ImmHandler(_ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64, _ ctx: UnsafeMutableRawPointer, _ facc: Double) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, UInt16.self, immediate: true)
}
@inline(__always) func store32ImmHandler(_ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64, _ ctx: UnsafeMutableRawPointer, _ facc: Double) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, UInt32.self, immediate: true)
}

@inline(__always) func memorySizeHandler(_ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64, _ ctx: UnsafeMutableRawPointer, _ facc: Double) -> UInt {
    setSlot(fp, pc.instr.pointee.a, ms / wasmPageSize)
    return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
}

/// `fp[a] = extend(memory[fp[b] + d])`, trapping outside the memory.
@inline(__always) func load<T: FixedWidthInteger>(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, _: T.Type, _ extend: (T) -> UInt64
) -> UInt {
    let i = pc.instr
    let address = (slot(fp, i.pointee.b) & 0xFFFF_FFFF) &+ UInt64(i.pointee.d)
    guard address &+ UInt64(MemoryLayout<T>.size) <= ms else { return trap(.memoryOutOfBounds, pc, fp, ctx) }
    setSlot(fp, i.pointee.a, extend(m.loadUnaligned(fromByteOffset: Int(address), as: T.self)))
    return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
}

/// `memory[fp[a] + d] = fp[b]` (or `c` when `immediate`) truncated to `T`, trapping outside the memory.
@inline(__always) func store<T: FixedWidthInteger>(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, _: T.Type, immediate: Bool
) -> UInt {
    let i = pc.instr
    let address = (slot(fp, i.pointee.a) & 0xFFFF_FFFF) &+ UInt64(i.pointee.d)
    guard address &+ UInt64(MemoryLayout<T>.size) <= ms else { return trap(.memoryOutOfBounds, pc, fp, ctx) }
    let value = immediate ? UInt64(i.pointee.c) : slot(fp, i.pointee.b)
    m.storeBytes(of: T(truncatingIfNeeded: value), toByteOffset: Int(address), as: T.self)
    return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
}
