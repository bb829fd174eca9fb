// Growing memories and tables (`memory.grow`, `table.grow`, `Memory.grow`, `Table.grow`), with the
// store's limiter consulted first.

extension StoreCore {
    /// Grows a memory by `delta` pages; returns the old size in pages or -1. Throws what the
    /// limiter throws.
    func growMemory(_ memory: UnsafeMutablePointer<MemoryData>, by delta: UInt64) throws -> Int32 {
        assert(memory.pointee.byteCount % Memory.pageSize == 0, "a memory's size is a whole number of pages")
        let oldPages = memory.pointee.byteCount / Memory.pageSize
        let newPages = oldPages + delta
        if let limiter {
            let maximum = memory.pointee.hasMax ? memory.pointee.maxPages * Memory.pageSize : nil
            guard try limiter.memoryGrowing(current: oldPages * Memory.pageSize, desired: newPages * Memory.pageSize, maximum: maximum)
            else {
                return -1
            }
        }
        guard newPages <= memory.pointee.maxPages, newPages <= Memory.maxPages else { return -1 }
        if delta == 0 { return Int32(truncatingIfNeeded: oldPages) }
        let newBytes = Int(newPages * Memory.pageSize)
        let oldBytes = Int(memory.pointee.byteCount)
        guard let base = LazyRegion.resize(memory.pointee.base, from: oldBytes, to: newBytes) else { return -1 }
        memory.pointee.base = base
        memory.pointee.byteCount = UInt64(newBytes)
        return Int32(truncatingIfNeeded: oldPages)
    }

    /// Grows a table (see `growTable`), asking the limiter first.
    func growTable(_ table: UnsafeMutablePointer<TableData>, by delta: UInt64, initial: UInt64) throws -> Int32 {
        if let limiter {
            let current = UInt64(table.pointee.count)
            let maximum = table.pointee.max == UInt32.max ? nil : UInt64(table.pointee.max)
            guard try limiter.tableGrowing(current: current, desired: current + delta, maximum: maximum) else { return -1 }
        }
        return WasmInterpreter.growTable(table, by: delta, initial: initial)
    }
}
