/// The work of instructions that can trap in several ways (integer division, inlined into their
/// handlers) and table growth.

/// The four integer division operations.
enum DivisionKind { case divS, divU, remS, remU }

/// `fp[b] op rhs` where rhs is `fp[c]`, or `d` when `immediate`; the result or the trap.
@inline(__always)
func divide32(_ i: UnsafePointer<CompiledInstr>, _ fp: Slots, _ kind: DivisionKind, immediate: Bool) -> (UInt64, TrapCode) {
    let lhs = lo32(fp[Int(i.pointee.b)])
    let rhs = immediate ? i.pointee.d : lo32(fp[Int(i.pointee.c)])
    if rhs == 0 { return (0, .integerDivideByZero) }
    let (l, r) = (Int32(bitPattern: lhs), Int32(bitPattern: rhs))
    switch kind {
    case .divS:
        if l == .min && r == -1 { return (0, .integerOverflow) }
        return (bits(l / r), .none)
    case .divU: return (UInt64(lhs / rhs), .none)
    case .remS: return (r == -1 ? 0 : bits(l % r), .none)
    case .remU: return (UInt64(lhs % rhs), .none)
    }
}

/// `fp[b] op rhs` where rhs is `fp[c]`, or `imm` when `immediate`; the result or the trap.
@inline(__always)
func divide64(_ i: UnsafePointer<CompiledInstr>, _ fp: Slots, _ kind: DivisionKind, immediate: Bool) -> (UInt64, TrapCode) {
    let lhs = fp[Int(i.pointee.b)]
    let rhs = immediate ? i.pointee.imm : fp[Int(i.pointee.c)]
    if rhs == 0 { return (0, .integerDivideByZero) }
    let (l, r) = (Int64(bitPattern: lhs), Int64(bitPattern: rhs))
    switch kind {
    case .divS:
        if l == .min && r == -1 { return (0, .integerOverflow) }
        return (UInt64(bitPattern: l / r), .none)
    case .divU: return (lhs / rhs, .none)
    case .remS: return (r == -1 ? 0 : UInt64(bitPattern: l % r), .none)
    case .remU: return (lhs % rhs, .none)
    }
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
