/// `memory.grow`, bulk memory, data and element segments, and every table instruction: rare and
/// long, so each handler calls an out-of-line function that does the work.

@inline(__always) func memoryGrowHandler(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ _: UnsafeMutableRawPointer, _ _: UInt64, _ _: UInt64, _ ctx: UnsafeMutableRawPointer, _ _: Double
) -> UInt {
    outOfLine(pc, fp, ctx, executeMemoryGrow)
}
@inline(__always) func memoryFillHandler(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ _: UnsafeMutableRawPointer, _ _: UInt64, _ _: UInt64, _ ctx: UnsafeMutableRawPointer, _ _: Double
) -> UInt {
    outOfLine(pc, fp, ctx, executeMemoryFill)
}
@inline(__always) func memoryCopyHandler(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ _: UnsafeMutableRawPointer, _ _: UInt64, _ _: UInt64, _ ctx: UnsafeMutableRawPointer, _ _: Double
) -> UInt {
    outOfLine(pc, fp, ctx, executeMemoryCopy)
}
@inline(__always) func memoryInitHandler(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ _: UnsafeMutableRawPointer, _ _: UInt64, _ _: UInt64, _ ctx: UnsafeMutableRawPointer, _ _: Double
) -> UInt {
    outOfLine(pc, fp, ctx, executeMemoryInit)
}
@inline(__always) func dataDropHandler(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ _: UnsafeMutableRawPointer, _ _: UInt64, _ _: UInt64, _ ctx: UnsafeMutableRawPointer, _ _: Double
) -> UInt {
    outOfLine(pc, fp, ctx, executeDataDrop)
}
@inline(__always) func tableGetHandler(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ _: UnsafeMutableRawPointer, _ _: UInt64, _ _: UInt64, _ ctx: UnsafeMutableRawPointer, _ _: Double
) -> UInt {
    outOfLine(pc, fp, ctx, executeTableGet)
}
@inline(__always) func tableSetHandler(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ _: UnsafeMutableRawPointer, _ _: UInt64, _ _: UInt64, _ ctx: UnsafeMutableRawPointer, _ _: Double
) -> UInt {
    outOfLine(pc, fp, ctx, executeTableSet)
}
@inline(__always) func tableSizeHandler(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ _: UnsafeMutableRawPointer, _ _: UInt64, _ _: UInt64, _ ctx: UnsafeMutableRawPointer, _ _: Double
) -> UInt {
    outOfLine(pc, fp, ctx, executeTableSize)
}
@inline(__always) func tableGrowHandler(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ _: UnsafeMutableRawPointer, _ _: UInt64, _ _: UInt64, _ ctx: UnsafeMutableRawPointer, _ _: Double
) -> UInt {
    outOfLine(pc, fp, ctx, executeTableGrow)
}
@inline(__always) func tableFillHandler(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ _: UnsafeMutableRawPointer, _ _: UInt64, _ _: UInt64, _ ctx: UnsafeMutableRawPointer, _ _: Double
) -> UInt {
    outOfLine(pc, fp, ctx, executeTableFill)
}
@inline(__always) func tableCopyHandler(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ _: UnsafeMutableRawPointer, _ _: UInt64, _ _: UInt64, _ ctx: UnsafeMutableRawPointer, _ _: Double
) -> UInt {
    outOfLine(pc, fp, ctx, executeTableCopy)
}
@inline(__always) func tableInitHandler(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ _: UnsafeMutableRawPointer, _ _: UInt64, _ _: UInt64, _ ctx: UnsafeMutableRawPointer, _ _: Double
) -> UInt {
    outOfLine(pc, fp, ctx, executeTableInit)
}
@inline(__always) func elemDropHandler(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ _: UnsafeMutableRawPointer, _ _: UInt64, _ _: UInt64, _ ctx: UnsafeMutableRawPointer, _ _: Double
) -> UInt {
    outOfLine(pc, fp, ctx, executeElemDrop)
}

/// Runs `work` (out of line), then traps or continues (through `execute`'s loop: these are rare)
/// with the memory registers reloaded.
@inline(__always) func outOfLine(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ ctx: UnsafeMutableRawPointer,
    _ work: (UnsafePointer<CompiledInstr>, Slots, UnsafeMutablePointer<ExecutionContext>) -> TrapCode
) -> UInt {
    let context = ctx.context
    let code = work(pc.instr, fp, context)
    guard code == .none else { return trap(code, pc, fp, ctx) }
    let memory = context.pointee.instance.unsafelyUnwrapped.pointee.memory
    return pause(pc + instrStride, fp, memory.pointee.base, memory.pointee.byteCount, 0, ctx, 0)
}

@inline(__always) private func u32(_ fp: Slots, _ index: UInt32) -> UInt64 { fp[Int(index)] & 0xFFFF_FFFF }

@inline(__always) private func instance(_ ctx: UnsafeMutablePointer<ExecutionContext>) -> UnsafeMutablePointer<InstanceData> {
    ctx.pointee.instance.unsafelyUnwrapped
}

/// `fp[a] = grow(store)` (an old size, or -1); what the store's limiter throws becomes the
/// pending host error.
@inline(__always) private func grow(
    _ i: UnsafePointer<CompiledInstr>, _ fp: Slots, _ ctx: UnsafeMutablePointer<ExecutionContext>,
    _ grow: (StoreCore) throws -> Int32
) -> TrapCode {
    // Unretained: the store outlives every execution it starts (`ExecutionContext.store`).
    let store = Unmanaged<StoreCore>.fromOpaque(ctx.pointee.store).takeUnretainedValue()
    do {
        fp[Int(i.pointee.a)] = UInt64(UInt32(bitPattern: try grow(store)))
        return .none
    } catch {
        store.pendingError = error
        return .hostError
    }
}

/// `fp[a] = memory.grow(fp[b])`: the old size in pages, or -1.
@inline(never)
func executeMemoryGrow(_ i: UnsafePointer<CompiledInstr>, _ fp: Slots, _ ctx: UnsafeMutablePointer<ExecutionContext>) -> TrapCode {
    grow(i, fp, ctx) { try $0.growMemory(instance(ctx).pointee.memory, by: u32(fp, i.pointee.b)) }
}

/// `memory.fill(dst: fp[a], value: fp[b], count: fp[c])`
@inline(never)
func executeMemoryFill(_ i: UnsafePointer<CompiledInstr>, _ fp: Slots, _ ctx: UnsafeMutablePointer<ExecutionContext>) -> TrapCode {
    let memory = instance(ctx).pointee.memory
    let (dst, value, count) = (u32(fp, i.pointee.a), UInt8(truncatingIfNeeded: fp[Int(i.pointee.b)]), u32(fp, i.pointee.c))
    guard chargeBulk(ctx, count: count, perUnit: 64) else { return .outOfFuel }
    guard dst + count <= memory.pointee.byteCount else { return .memoryOutOfBounds }
    if count > 0 { (memory.pointee.base + Int(dst)).initializeMemory(as: UInt8.self, repeating: value, count: Int(count)) }
    return .none
}

/// `memory.copy(dst: fp[a], src: fp[b], count: fp[c])`
@inline(never)
func executeMemoryCopy(_ i: UnsafePointer<CompiledInstr>, _ fp: Slots, _ ctx: UnsafeMutablePointer<ExecutionContext>) -> TrapCode {
    let memory = instance(ctx).pointee.memory
    let (dst, src, count) = (u32(fp, i.pointee.a), u32(fp, i.pointee.b), u32(fp, i.pointee.c))
    guard chargeBulk(ctx, count: count, perUnit: 64) else { return .outOfFuel }
    let size = memory.pointee.byteCount
    guard dst + count <= size, src + count <= size else { return .memoryOutOfBounds }
    if count > 0 { (memory.pointee.base + Int(dst)).copyMemory(from: memory.pointee.base + Int(src), byteCount: Int(count)) }
    return .none
}

/// `memory.init(dst: fp[a], src: fp[b], count: fp[c], segment: d)`
@inline(never)
func executeMemoryInit(_ i: UnsafePointer<CompiledInstr>, _ fp: Slots, _ ctx: UnsafeMutablePointer<ExecutionContext>) -> TrapCode {
    let memory = instance(ctx).pointee.memory
    let (dst, src, count) = (u32(fp, i.pointee.a), u32(fp, i.pointee.b), u32(fp, i.pointee.c))
    guard chargeBulk(ctx, count: count, perUnit: 64) else { return .outOfFuel }
    let segment = instance(ctx).pointee.dataSegments[Int(i.pointee.d)]
    guard src + count <= UInt64(segment.count), dst + count <= memory.pointee.byteCount else { return .memoryOutOfBounds }
    if count > 0, let bytes = segment.bytes {
        (memory.pointee.base + Int(dst)).copyMemory(from: bytes + Int(src), byteCount: Int(count))
    }
    return .none
}

/// `data.drop d`
@inline(never)
func executeDataDrop(_ i: UnsafePointer<CompiledInstr>, _: Slots, _ ctx: UnsafeMutablePointer<ExecutionContext>) -> TrapCode {
    instance(ctx).pointee.dataSegments[Int(i.pointee.d)] = DataSegmentData(bytes: nil, count: 0)
    return .none
}

/// `fp[a] = table d [fp[b]]`
@inline(never)
func executeTableGet(_ i: UnsafePointer<CompiledInstr>, _ fp: Slots, _ ctx: UnsafeMutablePointer<ExecutionContext>) -> TrapCode {
    let table = instance(ctx).pointee.tables[Int(i.pointee.d)]
    let index = u32(fp, i.pointee.b)
    guard index < UInt64(table.pointee.count) else { return .tableOutOfBounds }
    fp[Int(i.pointee.a)] = table.pointee.elements[Int(index)]
    return .none
}

/// `table d [fp[a]] = fp[b]`
@inline(never)
func executeTableSet(_ i: UnsafePointer<CompiledInstr>, _ fp: Slots, _ ctx: UnsafeMutablePointer<ExecutionContext>) -> TrapCode {
    let table = instance(ctx).pointee.tables[Int(i.pointee.d)]
    let index = u32(fp, i.pointee.a)
    guard index < UInt64(table.pointee.count) else { return .tableOutOfBounds }
    table.pointee.elements[Int(index)] = fp[Int(i.pointee.b)]
    return .none
}

/// `fp[a] = size of table d`
@inline(never)
func executeTableSize(_ i: UnsafePointer<CompiledInstr>, _ fp: Slots, _ ctx: UnsafeMutablePointer<ExecutionContext>) -> TrapCode {
    fp[Int(i.pointee.a)] = UInt64(instance(ctx).pointee.tables[Int(i.pointee.d)].pointee.count)
    return .none
}

/// `fp[a] = table.grow d (init: fp[b], by: fp[c])`: the old size, or -1.
@inline(never)
func executeTableGrow(_ i: UnsafePointer<CompiledInstr>, _ fp: Slots, _ ctx: UnsafeMutablePointer<ExecutionContext>) -> TrapCode {
    let table = instance(ctx).pointee.tables[Int(i.pointee.d)]
    return grow(i, fp, ctx) { try $0.growTable(table, by: u32(fp, i.pointee.c), initial: fp[Int(i.pointee.b)]) }
}

/// `table.fill d (at: fp[a], value: fp[b], count: fp[c])`
@inline(never)
func executeTableFill(_ i: UnsafePointer<CompiledInstr>, _ fp: Slots, _ ctx: UnsafeMutablePointer<ExecutionContext>) -> TrapCode {
    let table = instance(ctx).pointee.tables[Int(i.pointee.d)]
    let (start, value, count) = (u32(fp, i.pointee.a), fp[Int(i.pointee.b)], u32(fp, i.pointee.c))
    guard chargeBulk(ctx, count: count, perUnit: 16) else { return .outOfFuel }
    guard start + count <= UInt64(table.pointee.count) else { return .tableOutOfBounds }
    if count > 0 { (table.pointee.elements + Int(start)).update(repeating: value, count: Int(count)) }
    return .none
}

/// `table.copy b c (dst: fp[a], src: fp[a + 1], count: fp[a + 2])` (table `b` from table `c`).
@inline(never)
func executeTableCopy(_ i: UnsafePointer<CompiledInstr>, _ fp: Slots, _ ctx: UnsafeMutablePointer<ExecutionContext>) -> TrapCode {
    let dstTable = instance(ctx).pointee.tables[Int(i.pointee.b)]
    let srcTable = instance(ctx).pointee.tables[Int(i.pointee.c)]
    let (dst, src, count) = (u32(fp, i.pointee.a), u32(fp, i.pointee.a + 1), u32(fp, i.pointee.a + 2))
    guard chargeBulk(ctx, count: count, perUnit: 16) else { return .outOfFuel }
    guard dst + count <= UInt64(dstTable.pointee.count), src + count <= UInt64(srcTable.pointee.count) else {
        return .tableOutOfBounds
    }
    if count > 0 {
        (dstTable.pointee.elements + Int(dst)).update(from: srcTable.pointee.elements + Int(src), count: Int(count))
    }
    return .none
}

/// `table.init b c (dst: fp[a], src: fp[a + 1], count: fp[a + 2])` (table `b`, element segment `c`).
@inline(never)
func executeTableInit(_ i: UnsafePointer<CompiledInstr>, _ fp: Slots, _ ctx: UnsafeMutablePointer<ExecutionContext>) -> TrapCode {
    let table = instance(ctx).pointee.tables[Int(i.pointee.b)]
    let segment = instance(ctx).pointee.elementSegments[Int(i.pointee.c)]
    let (dst, src, count) = (u32(fp, i.pointee.a), u32(fp, i.pointee.a + 1), u32(fp, i.pointee.a + 2))
    guard chargeBulk(ctx, count: count, perUnit: 16) else { return .outOfFuel }
    guard src + count <= UInt64(segment.count), dst + count <= UInt64(table.pointee.count) else {
        return .tableOutOfBounds
    }
    if count > 0, let refs = segment.refs {
        (table.pointee.elements + Int(dst)).update(from: refs + Int(src), count: Int(count))
    }
    return .none
}

/// `elem.drop d`
@inline(never)
func executeElemDrop(_ i: UnsafePointer<CompiledInstr>, _: Slots, _ ctx: UnsafeMutablePointer<ExecutionContext>) -> TrapCode {
    let segment = instance(ctx).pointee.elementSegments + Int(i.pointee.d)
    // The instance owns the references (Instance frees what is left at teardown): free them now.
    segment.pointee.refs?.deallocate()
    segment.pointee = ElementSegmentData(refs: nil, count: 0)
    return .none
}
