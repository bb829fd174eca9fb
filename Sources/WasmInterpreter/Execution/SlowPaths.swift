/// Instructions that are rare, long, or can trap in several ways, kept out of the dispatch loop.

@inline(never)
func divideI32(_ pc: CodePointer, _ fp: Slots) -> TrapCode {
    let i = pc.pointee
    let lhs = UInt32(truncatingIfNeeded: fp[Int(i.b)])
    let rhs: UInt32
    switch i.op {
    case .i32DivSImm, .i32DivUImm, .i32RemSImm, .i32RemUImm: rhs = UInt32(truncatingIfNeeded: i.imm)
    default: rhs = UInt32(truncatingIfNeeded: fp[Int(i.c)])
    }
    if rhs == 0 { return .integerDivideByZero }
    let result: UInt32
    switch i.op {
    case .i32DivS, .i32DivSImm:
        let (l, r) = (Int32(bitPattern: lhs), Int32(bitPattern: rhs))
        if l == .min && r == -1 { return .integerOverflow }
        result = UInt32(bitPattern: l / r)
    case .i32DivU, .i32DivUImm: result = lhs / rhs
    case .i32RemS, .i32RemSImm:
        let (l, r) = (Int32(bitPattern: lhs), Int32(bitPattern: rhs))
        result = r == -1 ? 0 : UInt32(bitPattern: l % r)
    default: result = lhs % rhs
    }
    fp[Int(i.a)] = UInt64(result)
    return .none
}

@inline(never)
func divideI64(_ pc: CodePointer, _ fp: Slots) -> TrapCode {
    let i = pc.pointee
    let lhs = fp[Int(i.b)]
    let rhs: UInt64
    switch i.op {
    case .i64DivSImm, .i64DivUImm, .i64RemSImm, .i64RemUImm: rhs = i.imm
    default: rhs = fp[Int(i.c)]
    }
    if rhs == 0 { return .integerDivideByZero }
    let result: UInt64
    switch i.op {
    case .i64DivS, .i64DivSImm:
        let (l, r) = (Int64(bitPattern: lhs), Int64(bitPattern: rhs))
        if l == .min && r == -1 { return .integerOverflow }
        result = UInt64(bitPattern: l / r)
    case .i64DivU, .i64DivUImm: result = lhs / rhs
    case .i64RemS, .i64RemSImm:
        let (l, r) = (Int64(bitPattern: lhs), Int64(bitPattern: rhs))
        result = r == -1 ? 0 : UInt64(bitPattern: l % r)
    default: result = lhs % rhs
    }
    fp[Int(i.a)] = result
    return .none
}

/// The trapping float-to-int conversions. Bounds are the nearest representable values outside
/// the target range, so `lower < x < upper` is exactly "the truncated value fits".
@inline(never)
func truncateFloat(_ pc: CodePointer, _ fp: Slots) -> TrapCode {
    let i = pc.pointee
    let v = fp[Int(i.b)]
    let out: UInt64
    let trap: TrapCode
    switch i.op {
    case .i32TruncF32S:
        let r = truncate(f32(v), to: Int32.self, lowerExclusive: -2147483904.0, upperExclusive: 2147483648.0)
        (out, trap) = (bits(r.0), r.1)
    case .i32TruncF32U:
        let r = truncate(f32(v), to: UInt32.self, lowerExclusive: -1.0, upperExclusive: 4294967296.0)
        (out, trap) = (UInt64(r.0), r.1)
    case .i32TruncF64S:
        let r = truncate(f64(v), to: Int32.self, lowerExclusive: -2147483649.0, upperExclusive: 2147483648.0)
        (out, trap) = (bits(r.0), r.1)
    case .i32TruncF64U:
        let r = truncate(f64(v), to: UInt32.self, lowerExclusive: -1.0, upperExclusive: 4294967296.0)
        (out, trap) = (UInt64(r.0), r.1)
    case .i64TruncF32S:
        let r = truncate(f32(v), to: Int64.self, lowerExclusive: -9223373136366403584.0, upperExclusive: 9223372036854775808.0)
        (out, trap) = (UInt64(bitPattern: r.0), r.1)
    case .i64TruncF32U:
        let r = truncate(f32(v), to: UInt64.self, lowerExclusive: -1.0, upperExclusive: 18446744073709551616.0)
        (out, trap) = (r.0, r.1)
    case .i64TruncF64S:
        let r = truncate(f64(v), to: Int64.self, lowerExclusive: -9223372036854777856.0, upperExclusive: 9223372036854775808.0)
        (out, trap) = (UInt64(bitPattern: r.0), r.1)
    default:
        let r = truncate(f64(v), to: UInt64.self, lowerExclusive: -1.0, upperExclusive: 18446744073709551616.0)
        (out, trap) = (r.0, r.1)
    }
    if trap != .none { return trap }
    fp[Int(i.a)] = out
    return .none
}

/// Bulk memory, data segments and every table instruction.
@inline(never)
func executeBulkOrTable(
    _ pc: CodePointer, _ fp: Slots, _ inst: UnsafeMutablePointer<InstanceData>,
    _ ctx: UnsafeMutablePointer<ExecutionContext>
) -> TrapCode {
    let i = pc.pointee
    @inline(__always) func u32(_ s: UInt32) -> UInt64 { fp[Int(s)] & 0xFFFF_FFFF }
    let memory = inst.pointee.memory
    // Bulk instructions also pay per byte (64 per unit) or element (16 per unit).
    if ctx.pointee.fuelEnabled {
        let perUnit: UInt64
        switch i.op {
        case .memoryFill, .memoryCopy, .memoryInit: perUnit = 64
        case .tableFill, .tableCopy, .tableInit: perUnit = 16
        default: perUnit = 0
        }
        if perUnit > 0 {
            let cost = Int64(u32(i.c) / perUnit)
            guard ctx.pointee.fuel >= cost else { return .outOfFuel }
            ctx.pointee.fuel -= cost
        }
    }
    switch i.op {
    case .memoryGrow:
        let store = Unmanaged<StoreCore>.fromOpaque(ctx.pointee.store).takeUnretainedValue()
        do {
            fp[Int(i.a)] = UInt64(UInt32(bitPattern: try store.growMemory(memory, by: u32(i.b))))
        } catch {
            store.pendingError = error
            return .hostError
        }
    case .memoryFill:
        let (dst, value, count) = (u32(i.a), UInt8(truncatingIfNeeded: fp[Int(i.b)]), u32(i.c))
        guard dst + count <= memory.pointee.byteCount else { return .memoryOutOfBounds }
        if count > 0 { (memory.pointee.base + Int(dst)).initializeMemory(as: UInt8.self, repeating: value, count: Int(count)) }
    case .memoryCopy:
        let (dst, src, count) = (u32(i.a), u32(i.b), u32(i.c))
        let size = memory.pointee.byteCount
        guard dst + count <= size, src + count <= size else { return .memoryOutOfBounds }
        if count > 0 { (memory.pointee.base + Int(dst)).copyMemory(from: memory.pointee.base + Int(src), byteCount: Int(count)) }
    case .memoryInit:
        let (dst, src, count) = (u32(i.a), u32(i.b), u32(i.c))
        let segment = inst.pointee.dataSegments[Int(i.imm)]
        guard src + count <= UInt64(segment.count), dst + count <= memory.pointee.byteCount else {
            return .memoryOutOfBounds
        }
        if count > 0, let bytes = segment.bytes {
            (memory.pointee.base + Int(dst)).copyMemory(from: bytes + Int(src), byteCount: Int(count))
        }
    case .dataDrop:
        inst.pointee.dataSegments[Int(i.imm)] = DataSegmentData(bytes: nil, count: 0)
    case .tableGet:
        let table = inst.pointee.tables[Int(i.imm)]
        let index = u32(i.b)
        guard index < UInt64(table.pointee.count) else { return .tableOutOfBounds }
        fp[Int(i.a)] = table.pointee.elements[Int(index)]
    case .tableSet:
        let table = inst.pointee.tables[Int(i.imm)]
        let index = u32(i.a)
        guard index < UInt64(table.pointee.count) else { return .tableOutOfBounds }
        table.pointee.elements[Int(index)] = fp[Int(i.b)]
    case .tableSize:
        fp[Int(i.a)] = UInt64(inst.pointee.tables[Int(i.imm)].pointee.count)
    case .tableGrow:
        let table = inst.pointee.tables[Int(i.imm)]
        let store = Unmanaged<StoreCore>.fromOpaque(ctx.pointee.store).takeUnretainedValue()
        do {
            fp[Int(i.a)] = UInt64(UInt32(bitPattern: try store.growTable(table, by: u32(i.c), initial: fp[Int(i.b)])))
        } catch {
            store.pendingError = error
            return .hostError
        }
    case .tableFill:
        let table = inst.pointee.tables[Int(i.imm)]
        let (start, value, count) = (u32(i.a), fp[Int(i.b)], u32(i.c))
        guard start + count <= UInt64(table.pointee.count) else { return .tableOutOfBounds }
        if count > 0 { (table.pointee.elements + Int(start)).update(repeating: value, count: Int(count)) }
    case .tableCopy:
        let dstTable = inst.pointee.tables[Int(i.imm & 0xFFFF_FFFF)]
        let srcTable = inst.pointee.tables[Int(i.imm >> 32)]
        let (dst, src, count) = (u32(i.a), u32(i.b), u32(i.c))
        guard dst + count <= UInt64(dstTable.pointee.count), src + count <= UInt64(srcTable.pointee.count) else {
            return .tableOutOfBounds
        }
        if count > 0 {
            (dstTable.pointee.elements + Int(dst)).update(from: srcTable.pointee.elements + Int(src), count: Int(count))
        }
    case .tableInit:
        let table = inst.pointee.tables[Int(i.imm & 0xFFFF_FFFF)]
        let segment = inst.pointee.elementSegments[Int(i.imm >> 32)]
        let (dst, src, count) = (u32(i.a), u32(i.b), u32(i.c))
        guard src + count <= UInt64(segment.count), dst + count <= UInt64(table.pointee.count) else {
            return .tableOutOfBounds
        }
        if count > 0, let refs = segment.refs {
            (table.pointee.elements + Int(dst)).update(from: refs + Int(src), count: Int(count))
        }
    case .elemDrop:
        inst.pointee.elementSegments[Int(i.imm)] = ElementSegmentData(refs: nil, count: 0)
    default:
        fatalError("executeBulkOrTable: unexpected opcode \(i.op)")
    }
    return .none
}

/// Grows a table by `delta` elements set to `initial`; returns the old size, or -1 when the
/// table's maximum (or 2^32 - 1 elements) would be exceeded.
func growTable(_ table: UnsafeMutablePointer<TableData>, by delta: UInt64, initial: UInt64) -> Int32 {
    let old = UInt64(table.pointee.count)
    let new = old + delta
    guard new <= UInt64(table.pointee.max) else { return -1 }
    if new > UInt64(table.pointee.capacity) {
        // Over-allocate so that repeated small grows stay cheap.
        let capacity = Swift.min(Swift.max(new, old * 2, 8), UInt64(table.pointee.max))
        guard capacity <= 1 << 26 else { return -1 }
        let elements = UnsafeMutablePointer<UInt64>.allocate(capacity: Int(capacity))
        elements.initialize(from: table.pointee.elements, count: Int(old))
        table.pointee.elements.deallocate()
        table.pointee.elements = elements
        table.pointee.capacity = UInt32(capacity)
    }
    (table.pointee.elements + Int(old)).initialize(repeating: initial, count: Int(delta))
    table.pointee.count = UInt32(new)
    return Int32(bitPattern: UInt32(old))
}

/// A Wasm -> host call: hands the arguments to the store, which runs the Swift closure.
@inline(never)
func callHostFromWasm(
    _ callee: UnsafeMutablePointer<FuncRecord>, args: Slots, frames: UnsafeMutablePointer<CallFrame>,
    instance: UnsafeMutablePointer<InstanceData>, context ctx: UnsafeMutablePointer<ExecutionContext>
) -> TrapCode {
    Unmanaged<StoreCore>.fromOpaque(ctx.pointee.store)._withUnsafeGuaranteedRef {
        $0.callHost(callee, slots: args, frames: frames, instance: instance)
    }
}
