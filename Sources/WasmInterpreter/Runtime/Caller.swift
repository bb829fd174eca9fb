/// What a host function sees of its caller: the store's data and the calling instance's exports.
///
/// Valid only during the host call it was passed to.
public struct Caller<T> {
    /// The store the call runs in.
    @inlinable public var store: Store<T> { unmanagedStore.takeUnretainedValue() }
    // Why unmanaged: a host call runs only while its store is alive; no refcounting per call
    // (an `unowned(unsafe)` field still costs a retain/release pair where a Caller is made).
    @usableFromInline let unmanagedStore: Unmanaged<Store<T>>
    @usableFromInline let instanceData: UnsafeMutablePointer<InstanceData>?

    @inlinable
    init(store: Store<T>, instance: UnsafeMutablePointer<InstanceData>?) {
        self.unmanagedStore = .passUnretained(store)
        self.instanceData = instance
    }

    @inlinable
    init(store: Unmanaged<Store<T>>, instance: UnsafeMutablePointer<InstanceData>?) {
        self.unmanagedStore = store
        self.instanceData = instance
    }

    /// The store's user data.
    public var data: T {
        get { store.data }
        nonmutating set { store.data = newValue }
    }

    /// An export of the calling instance (nil when called from the host, or not exported).
    public func export(_ name: String) -> Extern? {
        guard let storage = instanceData?.pointee.storage else { return nil }
        return Unmanaged<InstanceStorage>.fromOpaque(storage).takeUnretainedValue().exports[Array(name.utf8)]
    }

    /// The calling instance's exported memory called `name` (conventionally `"memory"`).
    public func getMemory(_ name: String = "memory") -> Memory? {
        if case .memory(let memory)? = export(name) { return memory }
        return nil
    }

    /// The calling instance's exported function called `name`.
    public func getFunc(_ name: String) -> Func? {
        if case .function(let function)? = export(name) { return function }
        return nil
    }
}

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
    /// Wraps a `[Value]`-based closure as a host function (checks what it returns).
    func makeHostFunction<T>(
        type: FuncType, store: Store<T>, _ body: @escaping (Caller<T>, [Value]) throws -> [Value]
    ) -> Func {
        makeHostFunction(type: type) { [unowned(unsafe) store, unowned(unsafe) self] slots, caller in
            let args = type.params.enumerated().map { k, t in self.value(fromSlot: slots[k], type: t) }
            let results = try body(Caller(store: store, instance: caller), args)
            guard results.count == type.results.count else {
                throw WasmError(.usage, "host function returned \(results.count) results, expected \(type.results.count)")
            }
            for (k, result) in results.enumerated() { slots[k] = try self.slot(from: result, type: type.results[k]) }
        }
    }
}
