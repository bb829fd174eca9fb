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
    /// Throws `Trap` for traps, a host function's own error unchanged, or `WasmError` for misuse.
    public func call<T>(_ store: Store<T>, _ args: [Value]) throws -> [Value] {
        try store.core.check(storeID)
        return try store.core.invoke(record, args)
    }
}

/// A linear memory in a store.
public struct Memory: @unchecked Sendable, Equatable {
    let storeID: Int
    let data: UnsafeMutablePointer<MemoryData>

    /// The current size in 64 KiB pages.
    public func size<T>(_ store: Store<T>) throws(WasmError) -> UInt64 {
        try store.core.check(storeID)
        return data.pointee.byteCount / 65536
    }

    /// The memory's type: its current size in pages as the minimum, and its declared maximum.
    public func type<T>(_ store: Store<T>) throws(WasmError) -> MemoryType {
        try store.core.check(storeID)
        let maximum = data.pointee.hasMax ? UInt64(data.pointee.maxPages) : nil
        return MemoryType(limits: Limits(min: data.pointee.byteCount / 65536, max: maximum))
    }

    /// Grows by `delta` pages; returns the old size in pages.
    public func grow<T>(_ store: Store<T>, by delta: UInt64) throws -> UInt64 {
        try store.core.check(storeID)
        let old = try store.core.growMemory(data, by: delta)
        guard old >= 0 else { throw WasmError(.usage, "memory cannot grow by \(delta) pages") }
        return UInt64(old)
    }

    /// Copies `count` bytes starting at `offset` out of the memory.
    public func read<T>(_ store: Store<T>, offset: UInt64, count: Int) throws(WasmError) -> [UInt8] {
        try store.core.check(storeID)
        guard count >= 0, offset &+ UInt64(count) <= data.pointee.byteCount, offset <= data.pointee.byteCount else {
            throw WasmError(.usage, "out of bounds memory access")
        }
        let source = UnsafeRawBufferPointer(start: data.pointee.base + Int(offset), count: count)
        return Array(source)
    }

    /// Runs `body` with the memory's bytes, without copying. The buffer is valid only inside
    /// `body` (growing the memory may move it); `body` must not call back into Wasm.
    public func withUnsafeMutableBytes<T, R>(
        _ store: Store<T>, _ body: (UnsafeMutableRawBufferPointer) throws -> R
    ) throws -> R {
        try store.core.check(storeID)
        return try body(UnsafeMutableRawBufferPointer(start: data.pointee.base, count: Int(data.pointee.byteCount)))
    }

    /// Copies `bytes` into the memory at `offset`.
    public func write<T>(_ store: Store<T>, offset: UInt64, bytes: [UInt8]) throws(WasmError) {
        try store.core.check(storeID)
        guard offset &+ UInt64(bytes.count) <= data.pointee.byteCount, offset <= data.pointee.byteCount else {
            throw WasmError(.usage, "out of bounds memory access")
        }
        bytes.withUnsafeBytes { (data.pointee.base + Int(offset)).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
    }
}

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

/// Anything that can be imported or exported.
public enum Extern: Sendable, Equatable {
    case function(Func)
    case table(Table)
    case memory(Memory)
    case global(Global)
}
