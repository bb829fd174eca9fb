// Why @unchecked: a handle (a store ID and a pointer into the store) that is only dereferenced
// through a `Store` passed in, after its ID check; the store is not Sendable, so no two threads do.
/// A function in a store (Wasm or host). A handle: cheap to copy, valid with its own store only.
public struct Func: @unchecked Sendable, Equatable {
    @usableFromInline let storeID: Int
    @usableFromInline let record: UnsafeMutablePointer<FuncRecord>

    /// The function's type.
    public func type<T>(_ store: Store<T>) throws(WasmError) -> FuncType {
        try store.core.check(storeID)
        return store.core.funcType(of: record)
    }

    /// Calls the function with `args`; returns its results.
    /// Throws `Trap` for traps, a host function's own error unchanged, or `WasmError` for misuse
    /// (a wrong argument count or type, an object of another store). `TypedFunc` calls faster.
    ///
    /// ```swift
    /// let results = try instance.getFunc(store, "answer")!.call(store, [])  // [.i32(42)]
    /// ```
    public func call<T>(_ store: Store<T>, _ args: [Value]) throws -> [Value] {
        try store.core.check(storeID)
        return try store.core.invoke(record, args)
    }
}
