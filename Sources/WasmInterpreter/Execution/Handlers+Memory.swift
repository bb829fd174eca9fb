/// Loads and stores of the default memory, with explicit bounds checks.
extension Handlers {
    // MARK: loads (a = dst, b = address slot, d = offset)
    static let load32: Handler = { load($0, $1, $2, $3, $4, $5, $6, UInt32.self) { UInt64($0) } }
    static let load64: Handler = { load($0, $1, $2, $3, $4, $5, $6, UInt64.self) { $0 } }
    static let load8S32: Handler = { load($0, $1, $2, $3, $4, $5, $6, Int8.self) { bits(Int32($0)) } }
    static let load8U32: Handler = { load($0, $1, $2, $3, $4, $5, $6, UInt8.self) { UInt64($0) } }
    static let load16S32: Handler = { load($0, $1, $2, $3, $4, $5, $6, Int16.self) { bits(Int32($0)) } }
    static let load16U32: Handler = { load($0, $1, $2, $3, $4, $5, $6, UInt16.self) { UInt64($0) } }
    static let load8S64: Handler = { load($0, $1, $2, $3, $4, $5, $6, Int8.self) { UInt64(bitPattern: Int64($0)) } }
    static let load16S64: Handler = { load($0, $1, $2, $3, $4, $5, $6, Int16.self) { UInt64(bitPattern: Int64($0)) } }
    static let load32S64: Handler = { load($0, $1, $2, $3, $4, $5, $6, Int32.self) { UInt64(bitPattern: Int64($0)) } }

    // MARK: stores (a = address slot, b = value slot, d = offset; Imm: the value in c)
    static let store8: Handler = { store($0, $1, $2, $3, $4, $5, $6, UInt8.self, immediate: false) }
    static let store16: Handler = { store($0, $1, $2, $3, $4, $5, $6, UInt16.self, immediate: false) }
    static let store32: Handler = { store($0, $1, $2, $3, $4, $5, $6, UInt32.self, immediate: false) }
    static let store64: Handler = { store($0, $1, $2, $3, $4, $5, $6, UInt64.self, immediate: false) }
    static let store8Imm: Handler = { store($0, $1, $2, $3, $4, $5, $6, UInt8.self, immediate: true) }
    static let store16Imm: Handler = { store($0, $1, $2, $3, $4, $5, $6, UInt16.self, immediate: true) }
    static let store32Imm: Handler = { store($0, $1, $2, $3, $4, $5, $6, UInt32.self, immediate: true) }

    static let memorySize: Handler = { pc, fp, m, ms, acc, ctx, facc in
        setSlot(fp, pc.instr.pointee.a, ms / wasmPageSize)
        return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
    }
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
