// Creating a store's entities: functions, memories, tables, globals and external references.

extension StoreCore {
    func makeExternRef(_ value: Any) -> ExternRef {
        externValues.append(value)
        return ExternRef(storeID: id, index: UInt64(externValues.count - 1))
    }

    func makeMemory(_ type: MemoryType) throws -> UnsafeMutablePointer<MemoryData> {
        let bytes = Int(type.limits.min * Memory.pageSize)
        if let limiter {
            guard memories.count < limiter.memories else { throw WasmError(.instantiation, "too many memories in the store") }
            let maximum = type.limits.max.map { $0 * Memory.pageSize }
            guard try limiter.memoryGrowing(current: 0, desired: UInt64(bytes), maximum: maximum) else {
                throw WasmError(.instantiation, "memory of \(bytes) bytes denied by the store's limiter")
            }
        }
        guard let base = LazyRegion.allocate(bytes) else { throw WasmError(.instantiation, "out of memory") }
        let memory = UnsafeMutablePointer<MemoryData>.allocate(capacity: 1)
        memory.initialize(
            to: MemoryData(
                base: base, byteCount: UInt64(bytes), maxPages: type.limits.max ?? Memory.maxPages, hasMax: type.limits.max != nil))
        memories.append(memory)
        return memory
    }

    func makeTable(_ type: TableType, initial: UInt64) throws -> UnsafeMutablePointer<TableData> {
        let count = Int(type.limits.min)
        if let limiter {
            guard tables.count < limiter.tables else { throw WasmError(.instantiation, "too many tables in the store") }
            guard try limiter.tableGrowing(current: 0, desired: UInt64(count), maximum: type.limits.max) else {
                throw WasmError(.instantiation, "table of \(count) elements denied by the store's limiter")
            }
        }
        guard count <= 1 << 26 else { throw WasmError(.instantiation, "table too large") }
        let elements = UnsafeMutablePointer<UInt64>.allocate(capacity: max(count, 1))
        elements.initialize(repeating: initial, count: max(count, 1))
        let table = UnsafeMutablePointer<TableData>.allocate(capacity: 1)
        table.initialize(
            to: TableData(
                elements: elements, count: UInt32(count), capacity: UInt32(max(count, 1)),
                max: UInt32(type.limits.max ?? UInt64(UInt32.max)), elementType: type.element))
        tables.append(table)
        return table
    }

    func makeGlobal(_ bits: UInt64) -> UnsafeMutablePointer<UInt64> {
        let cell = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
        cell.initialize(to: bits)
        globals.append(cell)
        return cell
    }
}
