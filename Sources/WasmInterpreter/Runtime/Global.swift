// Why @unchecked: a handle (a store ID and a pointer into the store) that is only dereferenced
// through a `Store` passed in, after its ID check; the store is not Sendable, so no two threads do.
/// A global variable in a store.
public struct Global: @unchecked Sendable, Equatable {
    let storeID: Int
    let cell: UnsafeMutablePointer<UInt64>
    /// The global's type.
    public let type: GlobalType

    /// The current value.
    public func get<T>(_ store: Store<T>) throws(WasmError) -> Value {
        try store.core.check(storeID)
        return store.core.value(fromSlot: cell.pointee, type: type.valueType)
    }

    /// Sets the value; the global must be mutable and `value` of its type.
    public func set<T>(_ store: Store<T>, _ value: Value) throws(WasmError) {
        try store.core.check(storeID)
        guard type.isMutable else { throw WasmError(.usage, "global is immutable") }
        cell.pointee = try store.core.slot(from: value, type: type.valueType)
    }
}
