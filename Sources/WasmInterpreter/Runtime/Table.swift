// Why @unchecked: a handle (a store ID and a pointer into the store) that is only dereferenced
// through a `Store` passed in, after its ID check; the store is not Sendable, so no two threads do.
/// A table of references in a store.
public struct Table: @unchecked Sendable, Equatable {
    let storeID: Int
    let data: UnsafeMutablePointer<TableData>

    /// The table's type, with its current size as the minimum.
    public func type<T>(_ store: Store<T>) throws(WasmError) -> TableType {
        try store.core.check(storeID)
        let max = data.pointee.max == UInt32.max ? nil : UInt64(data.pointee.max)
        return TableType(element: data.pointee.elementType, limits: Limits(min: UInt64(data.pointee.count), max: max))
    }

    /// The current number of elements.
    public func size<T>(_ store: Store<T>) throws(WasmError) -> UInt32 {
        try store.core.check(storeID)
        return data.pointee.count
    }

    /// The element at `index`.
    public func get<T>(_ store: Store<T>, _ index: UInt32) throws(WasmError) -> Value {
        try store.core.check(storeID)
        guard index < data.pointee.count else { throw WasmError(.usage, "out of bounds table access") }
        return store.core.value(fromSlot: data.pointee.elements[Int(index)], type: data.pointee.elementType)
    }

    /// Replaces the element at `index`.
    public func set<T>(_ store: Store<T>, _ index: UInt32, _ value: Value) throws(WasmError) {
        try store.core.check(storeID)
        guard index < data.pointee.count else { throw WasmError(.usage, "out of bounds table access") }
        data.pointee.elements[Int(index)] = try store.core.slot(from: value, type: data.pointee.elementType)
    }

    /// Grows by `delta` elements set to `initial`; returns the old size.
    public func grow<T>(_ store: Store<T>, by delta: UInt32, initial: Value) throws -> UInt32 {
        try store.core.check(storeID)
        let bits = try store.core.slot(from: initial, type: data.pointee.elementType)
        let old = try store.core.growTable(data, by: UInt64(delta), initial: bits)
        guard old >= 0 else { throw WasmError(.usage, "table cannot grow by \(delta) elements") }
        return UInt32(old)
    }
}
