/// The host/Wasm boundary a call hook is told about (Wasmi 2.0 semantics).
public enum CallHook: Sendable, Hashable, CustomStringConvertible {
    /// The host calls into Wasm (`Func.call`, typed calls, start functions, nested calls from a
    /// host function); arguments are in place, no instruction has run yet. If the hook throws,
    /// the Wasm code does not run and the error is returned.
    case callingWasm
    /// That call returns to the host, also after a trap: the hook runs, then the trap is
    /// returned; if the hook throws, its error wins.
    case returningFromWasm
    /// Wasm calls a host function, before it runs. If the hook throws, the host function is not
    /// called and the error traps the Wasm code as if the host function had thrown it.
    case callingHost
    /// The host function returned normally (not after it threw).
    case returningFromHost

    /// `calling_wasm` style name (as the Lua front end spells it).
    public var description: String {
        switch self {
        case .callingWasm: "calling_wasm"
        case .returningFromWasm: "returning_from_wasm"
        case .callingHost: "calling_host"
        case .returningFromHost: "returning_from_host"
        }
    }
}

extension Store {
    /// Sets the call hook, replacing any previous one; `nil` removes it. The hook runs at every
    /// host/Wasm boundary (never for host -> host or Wasm -> Wasm calls) with the store's data.
    /// Unset, it costs one nil check per boundary crossing and nothing inside Wasm code.
    /// A hook that throws stops the call: before a host function, the Wasm traps with that error
    /// as if the host function had thrown it (see `CallHook` for each kind).
    ///
    /// ```swift
    /// store.callHook { calls, kind in
    ///     if kind == .callingHost { calls += 1 }
    /// }
    /// ```
    /// (`@inlinable`: the closure that passes `data` is then specialized in the caller's module.)
    @inlinable
    public func callHook(_ hook: ((inout T, CallHook) throws -> Void)?) {
        guard let hook else {
            core.setCallHook(nil)
            return
        }
        // Unmanaged: the store owns its hook, so it is alive whenever the hook runs (an
        // `unowned(unsafe)` capture still retains the store around the `inout` access).
        core.setCallHook { [store = Unmanaged.passUnretained(self)] kind in
            try store._withUnsafeGuaranteedRef { try hook(&$0.data, kind) }
        }
    }
}

/// A store's call hook, in a box: a crossing calls it through an unretained reference (a closure
/// read from a `var` costs a retain/release pair per call, most of an unboxed hook's cost).
@usableFromInline
final class CallHookBox {
    let run: (CallHook) throws -> Void

    init(_ run: @escaping (CallHook) throws -> Void) { self.run = run }
}

extension StoreCore {
    /// Whether a call hook is set.
    @usableFromInline var hasCallHook: Bool { callHookRef != nil }

    /// Sets the call hook (nil removes it). A hook replaced while hooks run stays alive until
    /// they have all returned: it may be the one running.
    @usableFromInline
    func setCallHook(_ run: ((CallHook) throws -> Void)?) {
        // Held until both fields are set: freeing it may run its captures' deinits, which may
        // call into this store.
        let replaced = callHook
        callHook = run.map(CallHookBox.init)
        callHookRef = callHook.map { .passUnretained($0) }
        if let replaced, runningCallHooks > 0 { retiredCallHooks.append(replaced) }
    }

    /// Runs the hook `hook` (`callHookRef`, read before) for `kind`.
    // Why never inlined: the crossings that check for a hook stay small without one (inlined
    // twice, this moved `runWasm` out of `invokeRaw` and made an empty typed call 10 ns slower).
    @inline(never)
    func runCallHook(_ hook: Unmanaged<CallHookBox>, _ kind: CallHook) throws {
        runningCallHooks += 1
        defer {
            runningCallHooks -= 1
            if runningCallHooks == 0, !retiredCallHooks.isEmpty {
                // Moved out first: freeing them may run deinits that set a hook (and so append).
                var retired: [CallHookBox] = []
                swap(&retired, &retiredCallHooks)
            }
        }
        // Unretained: `callHook` or `retiredCallHooks` keeps it until this returns.
        try hook._withUnsafeGuaranteedRef { try $0.run(kind) }
    }
}
