/// Moves, branches, calls, returns, globals and fuel.
@inline(__always) func unreachableHandler(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ _: UnsafeMutableRawPointer, _ _: UInt64, _ _: UInt64, _ ctx: UnsafeMutableRawPointer, _ _: Double
) -> UInt {
    trap(.unreachable, pc, fp, ctx)
}

@inline(__always) func copyHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    produce(pc, fp, m, ms, acc, ctx, facc, slot(fp, pc.instr.pointee.b), .acc)
}

@inline(__always) func constHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    produce(pc, fp, m, ms, acc, ctx, facc, pc.instr.pointee.imm, .acc)
}

@inline(__always) func zeroSlotsHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    let (first, count) = (fp + Int(i.pointee.c), Int(i.pointee.b))
    // Why stores before the loop: the usual handful of slots then costs no `memset` call (which
    // the loop becomes). At least three: two declared locals and the zero slot.
    first[0] = 0
    first[1] = 0
    first[2] = 0
    if count > 3 {
        first[3] = 0
        if count > 4 { (first + 4).update(repeating: 0, count: count - 4) }
    }
    return next(pc + instrStride, fp, m, ms, 0, ctx, facc)
}

@inline(__always) func brHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    branch(true, pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brIfNezHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    branch(lo32(slot(fp, pc.instr.pointee.a)) != 0, pc, fp, m, ms, acc, ctx, facc)
}
@inline(__always) func brIfEqzHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    branch(lo32(slot(fp, pc.instr.pointee.a)) == 0, pc, fp, m, ms, acc, ctx, facc)
}

/// `a` = index slot, `b` = number of non-default targets; the targets are packed after it
/// (`tableBranch`).
@inline(__always) func brTableHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    tableBranch(lo32(slot(fp, pc.instr.pointee.a)), pc, fp, m, ms, acc, ctx, facc)
}

/// `brTable` with the index in the accumulator.
@inline(__always) func brTableAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    tableBranch(lo32(acc), pc, fp, m, ms, acc, ctx, facc)
}

/// Continues at target `index` of this `brTable` (the last for any index past the table): the
/// targets are packed after it as 32-bit byte offsets from it (`assemble`).
@inline(__always) func tableBranch(
    _ index: UInt32, _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double
) -> UInt {
    let last = pc.instr.pointee.b
    let entry = Int(index < last ? index : last)
    let offset = (pc + instrStride).load(fromByteOffset: entry &* MemoryLayout<Int32>.stride, as: Int32.self)
    return next(pc + Int(offset), fp, m, ms, acc, ctx, facc)
}

@inline(__always) func retHandler(
    _ _: UnsafeRawPointer, _ _: Slots, _ _: UnsafeMutableRawPointer, _ _: UInt64, _ _: UInt64, _ ctx: UnsafeMutableRawPointer, _ _: Double
) -> UInt {
    returnToCaller(ctx)
}

@inline(__always) func ret1Handler(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ _: UnsafeMutableRawPointer, _ _: UInt64, _ _: UInt64, _ ctx: UnsafeMutableRawPointer, _ _: Double
) -> UInt {
    fp[0] = slot(fp, pc.instr.pointee.a)
    return returnToCaller(ctx)
}

/// `ret1` with the result in the accumulator (a function that returns what it just computed).
@inline(__always) func ret1AccHandler(
    _ _: UnsafeRawPointer, _ fp: Slots, _ _: UnsafeMutableRawPointer, _ _: UInt64, _ acc: UInt64, _ ctx: UnsafeMutableRawPointer,
    _ _: Double
) -> UInt {
    fp[0] = acc
    return returnToCaller(ctx)
}

@inline(__always) func callHandler(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ _: UInt64, _ ctx: UnsafeMutableRawPointer,
    _ _: Double
) -> UInt {
    let callee = ctx.context.pointee.instance.unsafelyUnwrapped.pointee.funcs[Int(pc.instr.pointee.a)]
    return enter(callee, pc, fp, m, ms, ctx)
}

/// `a` = type index, `b` = callee frame base, `c` = slot of the table index, `d` = table.
@inline(__always) func callIndirectHandler(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ _: UInt64, _ ctx: UnsafeMutableRawPointer,
    _ _: Double
) -> UInt {
    let i = pc.instr
    let instance = ctx.context.pointee.instance.unsafelyUnwrapped
    let table = instance.pointee.tables[Int(i.pointee.d)]
    let index = lo32(slot(fp, i.pointee.c))
    guard index < table.pointee.count else { return trap(.undefinedElement, pc, fp, ctx) }
    let ref = table.pointee.elements[Int(index)]
    guard let callee = UnsafeMutablePointer<FuncRecord>(bitPattern: UInt(ref)) else {
        return trap(.uninitializedElement, pc, fp, ctx)
    }
    guard callee.pointee.typeID == instance.pointee.typeIDs[Int(i.pointee.a)] else {
        return trap(.indirectCallTypeMismatch, pc, fp, ctx)
    }
    return enter(callee, pc, fp, m, ms, ctx)
}

/// `fp[a] = fp[d] != 0 ? fp[b] : fp[c]`
@inline(__always) func selectHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    select(pc, fp, m, ms, acc, ctx, facc, condition: .slot)
}

/// `select` with the condition in the accumulator.
@inline(__always) func selectAccHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    select(pc, fp, m, ms, acc, ctx, facc, condition: .acc)
}

@inline(__always) func select(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer, _ ms: UInt64, _ acc: UInt64,
    _ ctx: UnsafeMutableRawPointer, _ facc: Double, condition: Source
) -> UInt {
    let i = pc.instr
    // Both operands loaded first: the choice is then a conditional move, not a branch that
    // mispredicts whenever the condition is data-dependent.
    let (first, second) = (slot(fp, i.pointee.b), slot(fp, i.pointee.c))
    let value = lo32(operand(fp, i.pointee.d, condition, acc, facc)) != 0 ? first : second
    return produce(pc, fp, m, ms, acc, ctx, facc, value, .acc)
}

@inline(__always) func globalGetHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let global = ctx.context.pointee.instance.unsafelyUnwrapped.pointee.globals[Int(pc.instr.pointee.b)]
    return produce(pc, fp, m, ms, acc, ctx, facc, global.pointee, .acc)
}

@inline(__always) func globalSetHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let i = pc.instr
    ctx.context.pointee.instance.unsafelyUnwrapped.pointee.globals[Int(i.pointee.a)].pointee = slot(fp, i.pointee.b)
    return next(pc + instrStride, fp, m, ms, acc, ctx, facc)
}

@inline(__always) func refFuncHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    let record = ctx.context.pointee.instance.unsafelyUnwrapped.pointee.funcs[Int(pc.instr.pointee.b)]
    return produce(pc, fp, m, ms, acc, ctx, facc, UInt64(UInt(bitPattern: record)), .acc)
}

@inline(__always) func refIsNullHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    produce(pc, fp, m, ms, acc, ctx, facc, bits(slot(fp, pc.instr.pointee.b) == 0), .acc)
}

/// Pops the innermost call frame and continues in the caller, or ends the run when the entry
/// function returns. Results are already in the frame's first slots.
@inline(__always)
func returnToCaller(_ ctx: UnsafeMutableRawPointer) -> UInt {
    let context = ctx.context
    var frames = context.pointee.framesTop
    if frames == context.pointee.framesBase { return UInt(TrapCode.none.rawValue) }
    frames -= 1
    context.pointee.framesTop = frames
    let caller = frames.pointee
    context.pointee.instance = caller.instance
    // Always reloaded: the callee may have grown the memory.
    let memory = caller.instance.pointee.memory
    return next(UnsafeRawPointer(caller.pc), caller.fp, memory.pointee.base, memory.pointee.byteCount, 0, ctx, 0)
}

/// Calls `callee` with its frame at `fp + b` (arguments in place): pushes a call frame and
/// continues at the callee's first instruction, or runs a host function and continues here.
@inline(__always)
func enter(
    _ callee: UnsafeMutablePointer<FuncRecord>, _ pc: UnsafeRawPointer, _ fp: Slots, _ m: UnsafeMutableRawPointer,
    _ ms: UInt64, _ ctx: UnsafeMutableRawPointer
) -> UInt {
    let calleeFP = fp + Int(pc.instr.pointee.b)
    let context = ctx.context
    // Out of line, continuing through `execute`'s loop: the host call needs callee-saved
    // registers that the Wasm-to-Wasm path would otherwise save and restore on every call.
    if callee.pointee.isHost { return callHostAndContinue(callee, pc, fp, calleeFP, ctx) }
    let frames = context.pointee.framesTop
    guard calleeFP + Int(callee.pointee.frameSize) <= context.pointee.stackEnd, frames < context.pointee.framesEnd else {
        return trap(.stackOverflow, pc, fp, ctx)
    }
    let instance = context.pointee.instance.unsafelyUnwrapped
    frames.pointee = CallFrame(pc: pc.instr + 1, fp: fp, instance: instance)
    context.pointee.framesTop = frames + 1
    let code = UnsafeRawPointer(callee.pointee.code.unsafelyUnwrapped)
    let calleeInstance = callee.pointee.instance.unsafelyUnwrapped
    // Why the test: most calls stay in one instance, whose memory registers are still right.
    if calleeInstance == instance { return next(code, calleeFP, m, ms, 0, ctx, 0) }
    context.pointee.instance = calleeInstance
    let memory = calleeInstance.pointee.memory
    return next(code, calleeFP, memory.pointee.base, memory.pointee.byteCount, 0, ctx, 0)
}

/// A Wasm -> host call: the store runs the host function on the arguments at `args` (results go
/// back there), then execution continues after the call instruction through `execute`'s loop,
/// with the memory registers reloaded (the host may have grown the memory).
@inline(never)
func callHostAndContinue(
    _ callee: UnsafeMutablePointer<FuncRecord>, _ pc: UnsafeRawPointer, _ fp: Slots, _ args: Slots,
    _ ctx: UnsafeMutableRawPointer
) -> UInt {
    let context = ctx.context
    let instance = context.pointee.instance.unsafelyUnwrapped
    // Unretained: the store outlives every execution it starts (`ExecutionContext.store`).
    let code = Unmanaged<StoreCore>.fromOpaque(context.pointee.store)._withUnsafeGuaranteedRef {
        $0.callHost(callee, slots: args, frames: context.pointee.framesTop, instance: instance)
    }
    guard code == .none else { return trap(code, pc, fp, ctx) }
    // The same instance (a nested run restores it), but its memory may have grown.
    let memory = instance.pointee.memory
    return pause(pc + instrStride, fp, memory.pointee.base, memory.pointee.byteCount, 0, ctx, 0)
}
