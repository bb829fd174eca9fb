// Host functions: the Swift side of a function Wasm can call, how a store makes one, and how a
// Wasm -> host call runs it (with the store's call hooks around it).

/// A host function's Swift side, type-erased: it reads its arguments from `slots` and writes its
/// results there. `caller` is the calling instance (nil when the host calls it directly).
/// A class so that a `FuncRecord` can point at it without copying the closure per call.
final class HostFunction {
    let type: FuncType
    let call: (_ slots: Slots, _ caller: UnsafeMutablePointer<InstanceData>?) throws -> Void
    /// Whether the function runs the store's call hook itself around its body when called from
    /// Wasm (a front end that can do both in one protected call), instead of `callHost` doing it.
    let runsOwnHooks: Bool

    init(type: FuncType, runsOwnHooks: Bool = false, call: @escaping (Slots, UnsafeMutablePointer<InstanceData>?) throws -> Void) {
        self.type = type
        self.runsOwnHooks = runsOwnHooks
        self.call = call
    }
}

extension StoreCore {
    @usableFromInline
    func makeHostFunction(
        type: FuncType, runsOwnHooks: Bool = false, call: @escaping (Slots, UnsafeMutablePointer<InstanceData>?) throws -> Void
    ) -> Func {
        let host = HostFunction(type: type, runsOwnHooks: runsOwnHooks, call: call)
        hostFunctions.append(host)
        let record = UnsafeMutablePointer<FuncRecord>.allocate(capacity: 1)
        let (typeID, signature) = engine.register(type)
        record.initialize(
            to: FuncRecord(
                typeID: typeID, functionIndex: 0, signature: signature, numParams: UInt32(type.params.count),
                numResults: UInt32(type.results.count), numLocals: 0, frameSize: 0, code: nil, instance: nil,
                // Unretained in the record: `hostFunctions` above keeps the host function for the store's lifetime.
                host: Unmanaged.passUnretained(host).toOpaque()))
        funcRecords.append(record)
        return Func(storeID: id, record: record)
    }

    /// Wraps a `[Value]`-based closure as a host function (checks what it returns).
    func makeHostFunction<T>(
        type: FuncType, store: Store<T>, _ body: @escaping (Caller<T>, [Value]) throws -> [Value]
    ) -> Func {
        // Unretained captures: the store (and its core) owns this host function, so both outlive
        // every call of it (a retain would also make a cycle).
        makeHostFunction(type: type) { [unowned(unsafe) store, unowned(unsafe) self] slots, caller in
            let args = type.params.enumerated().map { k, t in self.value(fromSlot: slots[k], type: t) }
            let results = try body(Caller(store: store, instance: caller), args)
            guard results.count == type.results.count else {
                throw WasmError(.usage, "host function returned \(results.count) results, expected \(type.results.count)")
            }
            for (k, result) in results.enumerated() { slots[k] = try self.slot(from: result, type: type.results[k]) }
        }
    }

    /// Wasm -> host call: arguments are in `slots`, results go back there.
    func callHost(
        _ record: UnsafeMutablePointer<FuncRecord>, slots: Slots, frames: UnsafeMutablePointer<CallFrame>,
        instance: UnsafeMutablePointer<InstanceData>
    ) -> TrapCode {
        assert(record.pointee.isHost && record.pointee.host != nil, "callHost of a function that is not a host function")
        assert(slots >= stack && slots < context.pointee.stackEnd, "host call arguments outside the store's value stack")
        let (savedTop, savedFrames) = (stackTop, framesTop)
        stackTop = slots + Int(max(record.pointee.numParams, record.pointee.numResults))
        framesTop = frames
        hostDepth += 1
        defer {
            stackTop = savedTop
            framesTop = savedFrames
            hostDepth -= 1
        }
        do {
            // Unretained: `hostFunctions` keeps every host function for the store's lifetime.
            try Unmanaged<HostFunction>.fromOpaque(record.pointee.host!)._withUnsafeGuaranteedRef { host in
                let hooked = callHookRef != nil && !host.runsOwnHooks
                if hooked {
                    (hookedHost, hookedHostCaller) = (record, instance)
                    try runCallHook(callHookRef.unsafelyUnwrapped, .callingHost)
                }
                try host.call(slots, instance)
                // The hook may have removed itself (or been replaced) while the host function ran.
                if hooked, let callHookRef {
                    // Set again: host calls nest.
                    (hookedHost, hookedHostCaller) = (record, instance)
                    try runCallHook(callHookRef, .returningFromHost)
                }
            }
            return .none
        } catch {
            pendingError = error
            return .hostError
        }
    }
}
