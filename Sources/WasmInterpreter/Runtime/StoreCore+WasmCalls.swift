import CSystem

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Host -> Wasm calls: entering the executor, the call hooks around it, and the bounds that keep
// nested calls off the end of the native stack.

extension StoreCore {
    /// Host -> Wasm (or host -> host) call with type-checked arguments.
    func invoke(_ record: UnsafeMutablePointer<FuncRecord>, _ args: [Value]) throws -> [Value] {
        // Types from the record's signature: no type lookup (a lock) and no arrays to retain.
        let numParams = Int(record.pointee.numParams)
        let numResults = Int(record.pointee.numResults)
        let signature = record.pointee.signature
        guard args.count == numParams else {
            throw WasmError(.usage, "expected \(numParams) arguments, got \(args.count)")
        }
        let results = try invokeRaw(record) { slots throws(WasmError) in
            for k in 0..<numParams { slots[k] = try slot(from: args[k], type: signature[k]) }
        }
        if numResults == 0 { return [] }
        return (0..<numResults).map { k in value(fromSlot: results[k], type: signature[numParams + k]) }
    }

    /// Throws a stack-overflow trap when the native stack is within `nativeStackMargin` of its end.
    @inline(never)
    func checkNativeStack() throws {
        let thread = pthread_self()
        if nativeStackFloor == 0 || nativeStackThread.map({ pthread_equal($0, thread) == 0 }) ?? true {
            nativeStackThread = thread
            let low = UInt(wasmlua_stack_low())
            // Unknown bounds: keep to the depth limit alone.
            nativeStackFloor = low == 0 ? 1 : low + Self.nativeStackMargin
        }
        var marker = 0
        // Only the address escapes, as a number compared with the floor: never dereferenced.
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        if here < nativeStackFloor { throw Trap(.stackOverflow) }
    }

    /// The native stack a nested host call may use between two checks, with room to spare.
    static let nativeStackMargin: UInt = 256 << 10

    /// Calls `record` with arguments that `writeArguments` puts into the slots it is given;
    /// returns the slots holding the results (valid until the next call into this store).
    @usableFromInline
    func invokeRaw(
        _ record: UnsafeMutablePointer<FuncRecord>, _ writeArguments: (Slots) throws(WasmError) -> Void
    ) throws -> Slots {
        let fp = stackTop
        let needed = max(Int(record.pointee.numParams), Int(record.pointee.numResults), Int(record.pointee.frameSize))
        guard fp + needed <= context.pointee.stackEnd, hostDepth < 1000 else { throw Trap(.stackOverflow) }
        // Each host -> Wasm level nests native frames: deep chains stop before the thread's stack
        // runs out, whatever its size (a sanitizer's frames, or a thread of 512 KB).
        if hostDepth == 0 {
            nativeStackFloor = 0
        } else if hostDepth >= 8 {
            try checkNativeStack()
        }
        try writeArguments(fp)
        if record.pointee.isHost {
            // Host -> host: no hooks; the arguments go through slots like any host call.
            stackTop = fp + needed
            hostDepth += 1
            defer {
                stackTop = fp
                hostDepth -= 1
            }
            // Unretained: `hostFunctions` keeps every host function for the store's lifetime.
            try Unmanaged<HostFunction>.fromOpaque(record.pointee.host!)._withUnsafeGuaranteedRef { try $0.call(fp, nil) }
            return fp
        }
        let context = self.context
        switch try runWasm(
            entryFP: fp, resumable: false,
            { frames in
                execute(entry: record, fp: fp, frames: frames, context: context)
            })
        {
        case .finished: return fp
        case .suspended: fatalError("a call that is not resumable was suspended")
        }
    }

    /// How a Wasm run ended.
    enum RunOutcome {
        /// Returned; results are in the entry frame's first slots.
        case finished
        /// Stopped, resumably (only when asked for): the state to resume from and why.
        case suspended(SuspendedCall, reason: any Error)
    }

    /// Runs Wasm code whose entry frame is at `entryFP` (`body` starts the executor, given the
    /// first free call frame), with call hooks, and turns its outcome into results or errors.
    func runWasm(entryFP: Slots, resumable: Bool, _ body: (UnsafeMutablePointer<CallFrame>) -> TrapCode) throws -> RunOutcome {
        if let callHookRef { try runCallHook(callHookRef, .callingWasm) }
        // Why saved: a host function called from Wasm may re-enter Wasm through this store.
        let (savedBase, savedTop, savedInstance) = (
            context.pointee.framesBase, context.pointee.framesTop, context.pointee.instance
        )
        let trap = body(framesTop)
        let backtrace = trap == .none || trap == .hostError ? [] : captureBacktrace()
        var suspended: SuspendedCall?
        // A final host error (a WASI exit) ends a resumable call for good: nothing to resume.
        if resumable, trap == .outOfFuel || (trap == .hostError && !(pendingError is any FinalHostError)) {
            suspended = suspend(entryFP: entryFP, trap: trap)
        }
        (context.pointee.framesBase, context.pointee.framesTop, context.pointee.instance) = (
            savedBase, savedTop, savedInstance
        )
        if let callHookRef {
            do {
                try runCallHook(callHookRef, .returningFromWasm)
            } catch {
                pendingError = nil
                throw error
            }
        }
        switch trap {
        case .none:
            return .finished
        case .hostError:
            let error = pendingError!
            pendingError = nil
            if let suspended { return .suspended(suspended, reason: error) }
            throw error
        default:
            let error = Trap(trap, backtrace: backtrace)
            if let suspended { return .suspended(suspended, reason: error) }
            throw error
        }
    }
}
