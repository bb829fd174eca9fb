/// Where fuel is charged: each basic block's `consumeFuel` (its cost, the block's instruction
/// count, set by the translator's `startFuelBlock`; `assemble` fuses it with the instruction
/// after it, Handlers+FuelThen.swift), and the per-size charge of bulk memory and
/// table instructions. The budget is the store's (`Store.setFuel`, Runtime/Fuel.swift).

@inline(__always) func consumeFuelHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    guard chargeBlockFuel(pc, acc, ctx) else { return trap(.outOfFuel, pc, fp, ctx) }
    return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
}

/// Charges the block cost of the `consumeFuel` at `pc` (its `imm`); false, with nothing charged
/// and the integer accumulator saved for a resumed call, if the budget does not cover it. Why not
/// charged when short: a resumed call re-executes the `consumeFuel`.
@inline(__always) func chargeBlockFuel(_ pc: CodeAddress, _ acc: UInt64, _ ctx: ContextAddress) -> Bool {
    let context = ctx.context
    let left = context.pointee.fuel &- Int64(bitPattern: pc.instr.pointee.imm)
    guard left >= 0 else {
        context.pointee.trapAccumulator = acc
        return false
    }
    context.pointee.fuel = left
    return true
}

/// With fuel metering, bulk instructions also pay per `perUnit` bytes or elements.
@inline(__always) func chargeBulk(
    _ ctx: UnsafeMutablePointer<ExecutionContext>, count: UInt64, perUnit: UInt64
) -> Bool {
    guard ctx.pointee.fuelEnabled else { return true }
    let cost = Int64(count / perUnit)
    guard ctx.pointee.fuel >= cost else { return false }
    ctx.pointee.fuel -= cost
    return true
}
