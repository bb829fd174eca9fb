/// A call that may stop halfway and continue later (Wasmi's `call_resumable`).
///
/// What is kept while suspended: the Wasm call stack of the call (every frame's slots, return
/// points and instances) copied out of the store's stacks, so the store can run other calls in
/// the meantime. Memories, tables and globals are not copied: changes made to them before
/// resuming are seen by the resumed code. A suspended call can be resumed once.
public enum ResumableCall {
    /// The call returned these results.
    case finished([Value])
    /// A host function threw (`invocation.error`); resume with the results it should have returned.
    case hostError(ResumableInvocation)
    /// Fuel ran out (`invocation.error` is the `outOfFuel` trap); add fuel, then resume.
    case outOfFuel(ResumableInvocation)
}

/// A suspended call (see `ResumableCall`).
public final class ResumableInvocation {
    /// Why the call stopped: the host function's error, or `Trap(.outOfFuel)`.
    public let error: any Error
    /// The result types `resume` takes: the failed host function's results (empty for fuel).
    public let hostResultTypes: [ValueType]
    let storeID: Int
    private var state: SuspendedCall?

    init(error: any Error, state: SuspendedCall, storeID: Int) {
        self.error = error
        self.state = state
        self.storeID = storeID
        self.hostResultTypes = state.hostResultTypes
    }

    /// Continues the call; `results` stand in for the failed host function's results.
    public func resume<T>(_ store: Store<T>, with results: [Value] = []) throws -> ResumableCall {
        try store.core.check(storeID)
        guard let state else { throw WasmError(.usage, "this call was already resumed") }
        guard results.count == hostResultTypes.count else {
            throw WasmError(.usage, "expected \(hostResultTypes.count) results for the host function, got \(results.count)")
        }
        self.state = nil
        return try store.core.resume(state, hostResults: results)
    }
}

/// The saved Wasm stack of a suspended call; frame pointers are offsets from the entry frame.
struct SuspendedCall {
    var slots: [UInt64]
    var frames: [(pc: CodePointer, fpOffset: Int, instance: UnsafeMutablePointer<InstanceData>)]
    /// Where execution continues, and in which frame.
    var pc: CodePointer
    var fpOffset: Int
    var instance: UnsafeMutablePointer<InstanceData>
    /// Result types of the called function.
    var resultTypes: [ValueType]
    /// For a failed host call: where its results go (offset) and their types.
    var hostResultOffset: Int
    var hostResultTypes: [ValueType]
    /// The integer accumulator to continue with (out of fuel at a `consumeFuel`; see
    /// `ExecutionContext.trapAccumulator`).
    var accumulator: UInt64 = 0
}

extension Func {
    /// Calls the function so that a failing host function or running out of fuel suspends the
    /// call instead of ending it; see `ResumableCall`. Traps other than out-of-fuel are thrown.
    ///
    /// ```swift
    /// try store.setFuel(1000)
    /// var outcome = try sum.callResumable(store, [.i32(100_000)])
    /// while case .outOfFuel(let suspended) = outcome {
    ///     try store.setFuel(1000)  // more fuel, then continue where it stopped
    ///     outcome = try suspended.resume(store)
    /// }
    /// ```
    public func callResumable<T>(_ store: Store<T>, _ args: [Value]) throws -> ResumableCall {
        try store.core.check(storeID)
        return try store.core.invokeResumable(record, args)
    }
}

extension StoreCore {
    func invokeResumable(_ record: UnsafeMutablePointer<FuncRecord>, _ args: [Value]) throws -> ResumableCall {
        let type = funcType(of: record)
        guard !record.pointee.isHost else { return .finished(try invoke(record, args)) }
        guard args.count == type.params.count else {
            throw WasmError(.usage, "expected \(type.params.count) arguments, got \(args.count)")
        }
        let fp = stackTop
        guard fp + Int(record.pointee.frameSize) <= context.pointee.stackEnd, hostDepth < 1000 else { throw Trap(.stackOverflow) }
        if hostDepth >= 8 { try checkNativeStack() }
        for (k, arg) in args.enumerated() { fp[k] = try slot(from: arg, type: type.params[k]) }
        let outcome = try runWasm(entryFP: fp, resumable: true) { frames in
            execute(entry: record, fp: fp, frames: frames, context: context)
        }
        return finish(outcome, fp: fp, resultTypes: type.results)
    }

    func resume(_ state: SuspendedCall, hostResults: [Value]) throws -> ResumableCall {
        let base = stackTop
        guard base + state.slots.count <= context.pointee.stackEnd,
            framesTop + state.frames.count < context.pointee.framesEnd, hostDepth < 1000
        else { throw Trap(.stackOverflow) }
        if hostDepth >= 8 { try checkNativeStack() }
        state.slots.withUnsafeBufferPointer { base.update(from: $0.baseAddress!, count: $0.count) }
        for (k, value) in hostResults.enumerated() {
            base[state.hostResultOffset + k] = try slot(from: value, type: state.hostResultTypes[k])
        }
        for (k, frame) in state.frames.enumerated() {
            framesTop[k] = CallFrame(pc: frame.pc, fp: base + frame.fpOffset, instance: frame.instance)
        }
        let outcome = try runWasm(entryFP: base, resumable: true) { frames in
            execute(
                pc: state.pc, fp: base + state.fpOffset, instance: state.instance, framesBase: frames,
                framesTop: frames + state.frames.count, accumulator: state.accumulator, context: context)
        }
        return finish(outcome, fp: base, resultTypes: state.resultTypes)
    }

    private func finish(_ outcome: RunOutcome, fp: Slots, resultTypes: [ValueType]) -> ResumableCall {
        switch outcome {
        case .finished:
            return .finished(resultTypes.enumerated().map { k, t in value(fromSlot: fp[k], type: t) })
        case .suspended(var state, let reason):
            state.resultTypes = resultTypes
            let invocation = ResumableInvocation(error: reason, state: state, storeID: id)
            return state.hostResultTypes.isEmpty && (reason as? Trap)?.code == .outOfFuel
                ? .outOfFuel(invocation) : .hostError(invocation)
        }
    }

    /// Copies out the stack of a run that stopped at a host call or out of fuel (nil if the
    /// stop cannot be resumed, e.g. a resource limiter that threw inside `memory.grow`).
    func suspend(entryFP: Slots, trap: TrapCode) -> SuspendedCall? {
        guard let pc = context.pointee.trapPC, let fp = context.pointee.trapFP,
            let instance = context.pointee.trapInstance, let frameSize = frameSize(containing: pc, in: instance)
        else { return nil }
        var resumePC = pc
        var hostResultOffset = 0
        var hostResultTypes: [ValueType] = []
        if trap == .hostError {
            let typeID: Int32
            let opcode = pc.pointee.opcode
            if opcode == .call {
                typeID = instance.pointee.funcs[Int(pc.pointee.a)].pointee.typeID
            } else if opcode == .callIndirect {
                typeID = instance.pointee.typeIDs[Int(pc.pointee.a)]
            } else {
                return nil  // e.g. a resource limiter that threw inside memory.grow
            }
            hostResultTypes = engine.funcType(id: typeID).results
            hostResultOffset = fp + Int(pc.pointee.b) - entryFP
            resumePC = pc + 1
        }
        let top = fp + max(frameSize, Int(pc.pointee.b) + hostResultTypes.count)
        var frames: [(pc: CodePointer, fpOffset: Int, instance: UnsafeMutablePointer<InstanceData>)] = []
        var frame = context.pointee.framesBase
        while frame < context.pointee.framesTop {
            frames.append((frame.pointee.pc, frame.pointee.fp - entryFP, frame.pointee.instance))
            frame += 1
        }
        return SuspendedCall(
            slots: Array(UnsafeBufferPointer(start: entryFP, count: top - entryFP)), frames: frames, pc: resumePC,
            fpOffset: fp - entryFP, instance: instance, resultTypes: [], hostResultOffset: hostResultOffset,
            hostResultTypes: hostResultTypes,
            accumulator: trap == .outOfFuel && pc.pointee.opcode == .consumeFuel ? context.pointee.trapAccumulator : 0)
    }

    /// The frame size of the function whose code contains `pc`, a function of `instance` (the
    /// instance the executor was running: no search through the store's other instances).
    func frameSize(containing pc: CodePointer, in instance: UnsafeMutablePointer<InstanceData>) -> Int? {
        guard let storage = instance.pointee.storage else { return nil }
        // Unretained: the store keeps its instances' storage until it is freed.
        let module = Unmanaged<InstanceStorage>.fromOpaque(storage).takeUnretainedValue().module
        return module.definedFunction(containing: pc).map { Int(module.info.functions[$0].frameSize) }
    }
}
