/// Package-internal fast paths for front ends (the Lua binding): calls in both directions that
/// move values as slot bits, without `[Value]` arrays. The slot encoding: i32 in the low 32 bits,
/// i64 as is, f32/f64 as their bit patterns, references as `Store.rawBits(of:type:)` makes them.

/// A slot-level host function's body: it reads argument `k` from `slots[k]` and writes result `k`
/// to `slots[k]` (results overwrite arguments). `instance` is the calling instance, nil when the
/// host calls the function directly; `Caller(store:instance:)` makes the `Caller` from it.
/// Such a function runs the call hook itself: when `instance` is not nil and the store
/// `hasCallHook`, the body must run the hook (`.callingHost` before its work,
/// `.returningFromHost` after it returned normally), as `callHost` does for other host functions.
package typealias SlotHostBody = (_ slots: UnsafeMutablePointer<UInt64>, _ instance: UnsafeMutablePointer<InstanceData>?) throws -> Void

extension Linker {
    /// Defines a slot-level host function: `makeBody` makes its body for each store it is
    /// instantiated in (the store is passed unretained: it owns the function, so it outlives every call).
    package func funcBits(
        module: String, name: String, type: FuncType, _ makeBody: @escaping (_ store: Unmanaged<Store<T>>) -> SlotHostBody
    ) throws(WasmError) {
        try defineHost(module: module, name: name, type: type) { store in
            store.functionBits(type: type, makeBody(.passUnretained(store)))
        }
    }
}

extension Store {
    /// A slot-level host function of this store (see `SlotHostBody`).
    // Why the body is the host function itself: a Wasm -> front end call then costs one closure
    // call, not a wrapper that makes a `Caller` and calls the front end's closure.
    package func functionBits(type: FuncType, _ body: @escaping SlotHostBody) -> Func {
        core.makeHostFunction(type: type, runsOwnHooks: true, call: body)
    }

    /// Whether a call hook is set (a slot-level host function called from Wasm then runs it).
    @inlinable package var hasCallHook: Bool { core.hasCallHook }
}

extension Func {
    /// Calls the function with argument bits already converted (`arguments`, in slot encoding);
    /// returns the slots holding the results, valid until the next call into the store. The
    /// caller guarantees the argument count and types.
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

extension Store {
    /// Sets the call hook without binding it to `data` (a front end whose data is a class reaches
    /// it itself): one closure call per crossing instead of two.
    package func rawCallHook(_ hook: ((CallHook) throws -> Void)?) {
        core.setCallHook(hook)
    }
}

extension Caller {
    /// The module and field under which the calling instance imports `function` (nil when called
    /// from the host, or when the caller does not import it).
    package func importName(of function: Func) -> (module: String, name: String)? {
        guard let instanceData else { return nil }
        return StoreCore.importName(of: function.record, in: instanceData)
    }
}

extension Store {
    /// During a call hook's `.callingHost` / `.returningFromHost` for a host function that does
    /// not run its own hooks: the module and field under which the calling instance imports it.
    package func hookedHostImport() -> (module: String, name: String)? {
        guard let record = core.hookedHost, let instance = core.hookedHostCaller else { return nil }
        return StoreCore.importName(of: record, in: instance)
    }
}

extension StoreCore {
    /// The import of `instance` that resolved to `record`.
    static func importName(
        of record: UnsafeMutablePointer<FuncRecord>, in instance: UnsafeMutablePointer<InstanceData>
    ) -> (module: String, name: String)? {
        guard let storage = instance.pointee.storage else { return nil }
        // Unretained: the store keeps its instances' storage until it is freed.
        let module = Unmanaged<InstanceStorage>.fromOpaque(storage).takeUnretainedValue().module
        // Imported functions come first in the function index space, in import order.
        var index = 0
        for entry in module.info.imports {
            guard case .function = entry.type else { continue }
            if instance.pointee.funcs[index] == record { return (entry.module, entry.name) }
            index += 1
        }
        return nil
    }
}

extension TrapCode {
    /// The code as front ends spell it (`integer_divide_by_zero`, `out_of_fuel`, ...): the Lua
    /// binding's `trap.code`, and the differential fuzzer's protocol.
    package var snakeCaseName: String {
        switch self {
        case .none: "none"
        case .unreachable: "unreachable"
        case .integerDivideByZero: "integer_divide_by_zero"
        case .integerOverflow: "integer_overflow"
        case .invalidConversionToInteger: "invalid_conversion_to_integer"
        case .memoryOutOfBounds: "memory_out_of_bounds"
        case .tableOutOfBounds: "table_out_of_bounds"
        case .undefinedElement: "undefined_element"
        case .indirectCallTypeMismatch: "indirect_call_type_mismatch"
        case .nullReference: "null_reference"
        case .uninitializedElement: "uninitialized_element"
        case .stackOverflow: "stack_overflow"
        case .hostError: "host_error"
        case .outOfFuel: "out_of_fuel"
        }
    }
}
