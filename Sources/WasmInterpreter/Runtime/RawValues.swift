/// Package-internal fast paths for front ends (the Lua binding): host functions and calls that
/// read and write values in place in the value stack, without `[Value]` arrays.

/// The argument or result slots of one call, typed by the caller of these methods.
package struct RawValues {
    let core: StoreCore
    let slots: Slots

    /// Value `k`, read as `type`.
    package func get(_ k: Int, _ type: ValueType) -> Value {
        core.value(fromSlot: slots[k], type: type)
    }

    /// Sets value `k`; throws if `value` is not of `type` or belongs to another store.
    package func set(_ k: Int, _ value: Value, _ type: ValueType) throws(WasmError) {
        slots[k] = try core.slot(from: value, type: type)
    }
}

extension Linker {
    /// Defines a host function that works on its argument/result slots directly: `body` reads
    /// the arguments with `get` and writes every result with `set` (results overwrite arguments).
    package func funcRaw(
        module: String, name: String, type: FuncType, _ body: @escaping (Caller<T>, RawValues) throws -> Void
    ) throws(WasmError) {
        try defineHost(module: module, name: name, type: type) { store in
            store.core.makeHostFunction(type: type) { [unowned(unsafe) store] slots, instance in
                try body(Caller(store: store, instance: instance), RawValues(core: store.core, slots: slots))
            }
        }
    }
}

extension Func {
    /// Calls the function, `writeArguments` filling the argument slots and `readResults`
    /// reading the result slots (valid only inside it). The caller guarantees the types.
    package func callRaw<T>(
        _ store: Store<T>, writeArguments: (RawValues) throws -> Void, readResults: (RawValues) -> Void
    ) throws {
        try store.core.check(storeID)
        let core = store.core
        // The argument writer may throw any error; it is passed through unchanged.
        var writerError: (any Error)?
        let slots: Slots
        do {
            slots = try core.invokeRaw(record) { slots throws(WasmError) in
                do {
                    try writeArguments(RawValues(core: core, slots: slots))
                } catch let error as WasmError {
                    throw error
                } catch {
                    writerError = error
                    throw WasmError(.usage, "argument conversion failed")
                }
            }
        } catch {
            throw writerError ?? error
        }
        readResults(RawValues(core: core, slots: slots))
    }
}

extension Func {
    /// Calls the function with argument bits already converted (`arguments`, in slot encoding:
    /// see `Store.rawBits(of:type:)`); returns the slots holding the results, valid until the
    /// next call into the store. The caller guarantees the argument count and types.
    package func callWithBits<T>(_ store: Store<T>, _ arguments: UnsafeBufferPointer<UInt64>) throws -> UnsafeMutablePointer<UInt64> {
        let core = store.core
        try core.check(storeID)
        return try core.invokeRaw(record) { slots throws(WasmError) in
            // Why a plain loop: argument counts are small, and a copy call costs more than it saves.
            for k in 0..<arguments.count { slots[k] = arguments[k] }
        }
    }
}

extension Store {
    /// The slot encoding of `value` (which must be of `type` and of this store).
    package func rawBits(of value: Value, type: ValueType) throws(WasmError) -> UInt64 {
        try core.slot(from: value, type: type)
    }

    /// The value of slot bits `bits` read as `type`.
    package func value(ofRawBits bits: UInt64, type: ValueType) -> Value {
        core.value(fromSlot: bits, type: type)
    }
}
