/// Loads and stores of the default memory, with explicit bounds checks.
// MARK: loads (a = dst, b = address slot, d = offset)
@inline(__always) func load32Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, UInt32.self) { UInt64($0) }
}
@inline(__always) func load64Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, UInt64.self) { $0 }
}
/// `f64.load`: as `load64`, leaving the value in the float accumulator.
@inline(__always) func loadF64Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, result: .facc, UInt64.self) { $0 }
}
@inline(__always) func load8S32Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, Int8.self) { bits(Int32($0)) }
}
@inline(__always) func load8U32Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, UInt8.self) { UInt64($0) }
}
@inline(__always) func load16S32Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, Int16.self) { bits(Int32($0)) }
}
@inline(__always) func load16U32Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, UInt16.self) { UInt64($0) }
}
@inline(__always) func load8S64Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, Int8.self) { UInt64(bitPattern: Int64($0)) }
}
@inline(__always) func load16S64Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, Int16.self) { UInt64(bitPattern: Int64($0)) }
}
@inline(__always) func load32S64Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, Int32.self) { UInt64(bitPattern: Int64($0)) }
}

// MARK: stores (a = address slot, b = value slot, d = offset; Imm: the value in c)
@inline(__always) func store8Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, UInt8.self, immediate: false)
}
@inline(__always) func store16Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, UInt16.self, immediate: false)
}
@inline(__always) func store32Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, UInt32.self, immediate: false)
}
@inline(__always) func store64Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, UInt64.self, immediate: false)
}
@inline(__always) func store8ImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, UInt8.self, immediate: true)
}
@inline(__always) func store16ImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, UInt16.self, immediate: true)
}
@inline(__always) func store32ImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, UInt32.self, immediate: true)
}

@inline(__always) func memorySizeHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    produce(pc, fp, m, ms, acc, ctx, facc, ms / Memory.pageSize, .acc)
}

// MARK: indexed stores (a = base slot, b = value slot, c = addend; Imm: b = addend, c = value; d = offset)

@inline(__always) func store8IndexedHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, addend: .c, UInt8.self, immediate: false)
}
@inline(__always) func store16IndexedHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, addend: .c, UInt16.self, immediate: false)
}
@inline(__always) func store32IndexedHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, addend: .c, UInt32.self, immediate: false)
}
@inline(__always) func store64IndexedHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, addend: .c, UInt64.self, immediate: false)
}
@inline(__always) func store8ImmIndexedHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, addend: .b, UInt8.self, immediate: true)
}
@inline(__always) func store16ImmIndexedHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, addend: .b, UInt16.self, immediate: true)
}
@inline(__always) func store32ImmIndexedHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, addend: .b, UInt32.self, immediate: true)
}

// MARK: indexed loads (a = dst, b = base slot, c = addend, d = offset): `i32.add base, c` fused in

@inline(__always) func load32IndexedHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, indexed: true, UInt32.self) { UInt64($0) }
}
@inline(__always) func load64IndexedHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, indexed: true, UInt64.self) { $0 }
}
@inline(__always) func loadF64IndexedHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, indexed: true, result: .facc, UInt64.self) { $0 }
}
@inline(__always) func load8S32IndexedHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, indexed: true, Int8.self) { bits(Int32($0)) }
}
@inline(__always) func load8U32IndexedHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, indexed: true, UInt8.self) { UInt64($0) }
}
@inline(__always) func load16S32IndexedHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, indexed: true, Int16.self) { bits(Int32($0)) }
}
@inline(__always) func load16U32IndexedHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, indexed: true, UInt16.self) { UInt64($0) }
}

/// `fp[a] = extend(memory[address + d])`, address `fp[b]` or the accumulator (plus `c`, wrapping at
/// 2^32, when `indexed`); traps outside the memory.
@inline(__always) func load<T: FixedWidthInteger>(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, address source: Source = .slot, indexed: Bool = false,
    result: Source = .acc, _: T.Type, _ extend: (T) -> UInt64
) -> UInt {
    let i = pc.instr
    let base = lo32(operand(fp, i.pointee.b, source, acc, facc))
    let address = UInt64(indexed ? base &+ i.pointee.c : base) &+ UInt64(i.pointee.d)
    guard address &+ UInt64(MemoryLayout<T>.size) <= ms else { return trap(.memoryOutOfBounds, pc, fp, ctx) }
    let value = extend(m.loadUnaligned(fromByteOffset: Int(address), as: T.self))
    return produce(pc, fp, m, ms, acc, ctx, facc, value, result)
}

/// `memory[address + d] = value` truncated to `T`: address `fp[a]` or the accumulator (plus the
/// `addend` operand, wrapping at 2^32), value `fp[b]`, an accumulator, or `c` when `immediate`;
/// traps outside the memory.
@inline(__always) func store<T: FixedWidthInteger>(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, address: Source = .slot, value: Source = .slot,
    addend: AccumulatorForm.Field? = nil, _: T.Type, immediate: Bool
) -> UInt {
    let i = pc.instr
    let base = lo32(operand(fp, i.pointee.a, address, acc, facc))
    let k: UInt32 =
        switch addend {
        case nil: 0
        case .b?: i.pointee.b
        case .c?: i.pointee.c
        case .a?, .d?: 0  // not used
        }
    let address = UInt64(base &+ k) &+ UInt64(i.pointee.d)
    guard address &+ UInt64(MemoryLayout<T>.size) <= ms else { return trap(.memoryOutOfBounds, pc, fp, ctx) }
    let bits = immediate ? UInt64(i.pointee.c) : operand(fp, i.pointee.b, value, acc, facc)
    m.storeBytes(of: T(truncatingIfNeeded: bits), toByteOffset: Int(address), as: T.self)
    return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
}

// MARK: indexed accesses with the base address in the accumulator

@inline(__always) func load32IndexedAddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, address: .acc, indexed: true, UInt32.self) { UInt64($0) }
}
@inline(__always) func load64IndexedAddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, address: .acc, indexed: true, UInt64.self) { $0 }
}
@inline(__always) func loadF64IndexedAddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, address: .acc, indexed: true, result: .facc, UInt64.self) { $0 }
}
@inline(__always) func load8S32IndexedAddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, address: .acc, indexed: true, Int8.self) { bits(Int32($0)) }
}
@inline(__always) func load8U32IndexedAddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, address: .acc, indexed: true, UInt8.self) { UInt64($0) }
}
@inline(__always) func load16S32IndexedAddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, address: .acc, indexed: true, Int16.self) { bits(Int32($0)) }
}
@inline(__always) func load16U32IndexedAddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    load(pc, fp, m, ms, acc, ctx, facc, address: .acc, indexed: true, UInt16.self) { UInt64($0) }
}
@inline(__always) func store8IndexedAddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, address: .acc, addend: .c, UInt8.self, immediate: false)
}
@inline(__always) func store8IndexedValueAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, value: .acc, addend: .c, UInt8.self, immediate: false)
}
@inline(__always) func store16IndexedAddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, address: .acc, addend: .c, UInt16.self, immediate: false)
}
@inline(__always) func store16IndexedValueAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, value: .acc, addend: .c, UInt16.self, immediate: false)
}
@inline(__always) func store32IndexedAddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, address: .acc, addend: .c, UInt32.self, immediate: false)
}
@inline(__always) func store32IndexedValueAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, value: .acc, addend: .c, UInt32.self, immediate: false)
}
@inline(__always) func store64IndexedAddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, address: .acc, addend: .c, UInt64.self, immediate: false)
}
@inline(__always) func store64IndexedValueAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, value: .acc, addend: .c, UInt64.self, immediate: false)
}
@inline(__always) func store8ImmIndexedAddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, address: .acc, addend: .b, UInt8.self, immediate: true)
}
@inline(__always) func store16ImmIndexedAddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, address: .acc, addend: .b, UInt16.self, immediate: true)
}
@inline(__always) func store32ImmIndexedAddressAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    store(pc, fp, m, ms, acc, ctx, facc, address: .acc, addend: .b, UInt32.self, immediate: true)
}
