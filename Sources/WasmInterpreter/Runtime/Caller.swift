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

    /// The caller for a call from `instance` (nil: called by the host) in `store` (a slot-level
    /// host function makes its own: see `SlotHostBody`).
    @inlinable
    package init(store: Unmanaged<Store<T>>, instance: UnsafeMutablePointer<InstanceData>?) {
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
        // Unretained: the store keeps its instances' storage until it is freed, and a Caller lives within a call.
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
