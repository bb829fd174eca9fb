// Why @unchecked: a handle (a store ID and a pointer into the store) that is only dereferenced
// through a `Store` passed in, after its ID check; the store is not Sendable, so no two threads do.
/// A linear memory in a store: read and write its bytes, grow it. Get one from an instance's
/// exports (`Instance.getMemory`), a `Caller`, or `Store.memory(type:)`.
///
/// ```swift
/// let memory = try instance.getMemory(store, "memory")!
/// try memory.write(store, offset: 0, bytes: Array("hi".utf8))
/// let bytes = try memory.read(store, offset: 0, count: 2)  // [104, 105]
/// let oldPages = try memory.grow(store, by: 1)  // 1
/// ```
public struct Memory: @unchecked Sendable, Equatable {
    /// Bytes in a WebAssembly page (64 KiB): sizes and growth are counted in pages.
    public static let pageSize: UInt64 = 65536
    /// The most pages a memory may have (4 GiB of 32-bit addresses).
    public static let maxPages: UInt64 = 65536

    let storeID: Int
    let data: UnsafeMutablePointer<MemoryData>

    /// The current size in 64 KiB pages.
    public func size<T>(_ store: Store<T>) throws(WasmError) -> UInt64 {
        try store.core.check(storeID)
        return data.pointee.byteCount / Self.pageSize
    }

    /// The memory's type: its current size in pages as the minimum, and its declared maximum.
    public func type<T>(_ store: Store<T>) throws(WasmError) -> MemoryType {
        try store.core.check(storeID)
        let maximum = data.pointee.hasMax ? UInt64(data.pointee.maxPages) : nil
        return MemoryType(limits: Limits(min: data.pointee.byteCount / Self.pageSize, max: maximum))
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
