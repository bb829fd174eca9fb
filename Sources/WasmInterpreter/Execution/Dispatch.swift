/// How handlers pass control to each other, and how a run starts and ends.
///
/// The executor's state travels in the handlers' arguments, which the C calling convention keeps
/// in machine registers from one handler to the next: the instruction pointer, the frame pointer,
/// the default memory's base and size, an integer and a float accumulator, and the execution
/// context (everything that changes only on calls, returns and traps).
///
/// Release builds thread: a handler ends with `return next(...)`, a tail jump to the next
/// handler. Swift guarantees no tail calls, and at `-Onone` makes none, so debug builds (and any
/// build with `-D WASMLUA_LOOP_DISPATCH`, e.g. for sanitizers) return to a loop after each
/// instruction instead, with the state saved in the context. Both shapes run the same handlers.

/// A handler's instruction pointer: the address of its `CompiledInstr`, untyped (a C type).
typealias CodeAddress = UnsafeRawPointer
/// The default memory's base address, as handlers receive it.
typealias MemoryBase = UnsafeMutableRawPointer
/// The address of the run's `ExecutionContext`, as handlers receive it.
typealias ContextAddress = UnsafeMutableRawPointer

/// An instruction handler. `@convention(c)` because it is the one function-pointer form that
/// Swift stores in 8 bytes and calls without a context (its `thin` convention crashes the
/// compiler here); C-representable parameter types follow from that.
typealias Handler =
    @convention(c) (
        _ pc: UnsafeRawPointer, _ fp: Slots, _ memory: UnsafeMutableRawPointer, _ memorySize: UInt64,
        _ acc: UInt64, _ context: UnsafeMutableRawPointer, _ facc: Double
    ) -> UInt

/// What a handler returns to keep the dispatch loop going (loop builds only): not a trap code.
let continueDispatch: UInt = 0x100

extension UnsafeRawPointer {
    /// The instruction at this code address.
    @inline(__always) var instr: UnsafePointer<CompiledInstr> { assumingMemoryBound(to: CompiledInstr.self) }
}

extension UnsafeMutableRawPointer {
    /// The execution context at this address.
    @inline(__always) var context: UnsafeMutablePointer<ExecutionContext> {
        assumingMemoryBound(to: ExecutionContext.self)
    }
}

/// Continues with the instruction at `pc`.
@inline(__always)
func next(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ memory: UnsafeMutableRawPointer, _ memorySize: UInt64,
    _ acc: UInt64, _ ctx: UnsafeMutableRawPointer, _ facc: Double
) -> UInt {
    #if DEBUG || WASMLUA_LOOP_DISPATCH
        return pause(pc, fp, memory, memorySize, acc, ctx, facc)
    #else
        return pc.instr.pointee.handler(pc, fp, memory, memorySize, acc, ctx, facc)
    #endif
}

/// Returns to `execute`'s loop, which continues with the instruction at `pc`: how every handler
/// continues in loop builds, and how rare instructions continue in threaded builds (it unwinds
/// the native stack, so a handler the optimizer did not compile to a tail jump costs one call,
/// never stack growth; `scripts/check-tail-calls` lists the handlers that must thread).
@inline(__always)
func pause(
    _ pc: UnsafeRawPointer, _ fp: Slots, _ memory: UnsafeMutableRawPointer, _ memorySize: UInt64,
    _ acc: UInt64, _ ctx: UnsafeMutableRawPointer, _ facc: Double
) -> UInt {
    ctx.context.pointee.resumeState = DispatchState(
        pc: pc, fp: fp, memory: memory, memorySize: memorySize, acc: acc, facc: facc)
    return continueDispatch
}

/// The registers of a paused dispatch (see `pause`).
struct DispatchState {
    var pc: UnsafeRawPointer
    var fp: Slots
    var memory: UnsafeMutableRawPointer
    var memorySize: UInt64
    var acc: UInt64
    var facc: Double
}

/// Stops with `code`, recording where (for backtraces and resumption).
@inline(never)
func trap(_ code: TrapCode, _ pc: UnsafeRawPointer, _ fp: Slots, _ ctx: UnsafeMutableRawPointer) -> UInt {
    let context = ctx.context
    context.pointee.trapPC = pc.instr
    context.pointee.trapFP = fp
    context.pointee.trapInstance = context.pointee.instance
    return UInt(code.rawValue)
}

/// Runs Wasm code from `entry` with its frame at `fp` (arguments in place) until the entry
/// function returns (`.none`, results in `fp[0...]`) or a trap occurs. `frames` is the first free
/// call-frame record; returning past it ends the run.
func execute(
    entry: UnsafePointer<FuncRecord>,
    fp: Slots,
    frames: UnsafeMutablePointer<CallFrame>,
    context ctx: UnsafeMutablePointer<ExecutionContext>
) -> TrapCode {
    execute(
        pc: entry.pointee.code!, fp: fp, instance: entry.pointee.instance!, framesBase: frames, framesTop: frames,
        context: ctx)
}

/// Runs Wasm code from any point: `pc` in the function whose frame is at `fp`, with the call
/// frames `framesBase ..< framesTop` below it and `accumulator` in the integer accumulator (how a
/// resumed call continues). On a trap, the context records where (`trapPC`, `trapFP`,
/// `trapInstance`).
@inline(never)
func execute(
    pc: CodePointer,
    fp: Slots,
    instance: UnsafeMutablePointer<InstanceData>,
    framesBase: UnsafeMutablePointer<CallFrame>,
    framesTop: UnsafeMutablePointer<CallFrame>,
    accumulator: UInt64 = 0,
    context ctx: UnsafeMutablePointer<ExecutionContext>
) -> TrapCode {
    ctx.pointee.framesBase = framesBase
    ctx.pointee.framesTop = framesTop
    ctx.pointee.instance = instance
    let memory = instance.pointee.memory.pointee
    let raw = UnsafeMutableRawPointer(ctx)
    #if DEBUG
        observe(pc, ctx)
    #endif
    var status = pc.pointee.handler(UnsafeRawPointer(pc), fp, memory.base, memory.byteCount, accumulator, raw, 0)
    while status == continueDispatch {
        let s = ctx.pointee.resumeState.unsafelyUnwrapped
        #if DEBUG
            observe(s.pc.instr, ctx)
        #endif
        status = s.pc.instr.pointee.handler(s.pc, s.fp, s.memory, s.memorySize, s.acc, raw, s.facc)
    }
    return TrapCode(rawValue: UInt8(truncatingIfNeeded: status))!
}

#if DEBUG
    /// Reports the instruction at `pc` to the context's `instructionObserver`, and the one after it
    /// too when `pc` is a fuel charge fused with it (`Opcode.fuelThenHandler`): both run.
    func observe(_ pc: CodePointer, _ ctx: UnsafeMutablePointer<ExecutionContext>) {
        guard let observer = ctx.pointee.instructionObserver else { return }
        let opcode = pc.pointee.opcode
        observer(opcode)
        if opcode == .consumeFuel, address(of: pc.pointee.handler) != Opcode.consumeFuel.handlerAddress {
            observer((pc + 1).pointee.opcode)
        }
    }
#endif
