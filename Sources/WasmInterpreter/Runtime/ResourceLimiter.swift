/// Decides how far a store's memories and tables may grow, and how many instances, memories
/// and tables it may hold (Wasmtime's `ResourceLimiter`).
///
/// Denied growth makes `memory.grow` / `table.grow` return -1, as the spec allows; a throw
/// traps the Wasm code with that error instead.
public protocol ResourceLimiter: AnyObject {
    /// A memory wants to grow from `current` to `desired` bytes (`maximum`: its declared limit).
    func memoryGrowing(current: UInt64, desired: UInt64, maximum: UInt64?) throws -> Bool
    /// A table wants to grow from `current` to `desired` elements.
    func tableGrowing(current: UInt64, desired: UInt64, maximum: UInt64?) throws -> Bool
    /// Most instances the store may hold.
    var instances: Int { get }
    /// Most memories the store may hold.
    var memories: Int { get }
    /// Most tables the store may hold.
    var tables: Int { get }
}

/// A `ResourceLimiter` with fixed caps (nil: unlimited).
public final class StoreLimits: ResourceLimiter {
    /// Largest size of any memory, in bytes.
    public var memorySize: UInt64?
    /// Largest number of elements of any table.
    public var tableElements: UInt64?
    /// Most instances.
    public var instances: Int
    /// Most memories.
    public var memories: Int
    /// Most tables.
    public var tables: Int
    /// Throw (trap) instead of returning -1 when growth is denied.
    public var trapOnGrowFailure: Bool

    /// Creates limits; omitted ones are unlimited.
    public init(
        memorySize: UInt64? = nil, tableElements: UInt64? = nil, instances: Int = .max, memories: Int = .max,
        tables: Int = .max, trapOnGrowFailure: Bool = false
    ) {
        self.memorySize = memorySize
        self.tableElements = tableElements
        self.instances = instances
        self.memories = memories
        self.tables = tables
        self.trapOnGrowFailure = trapOnGrowFailure
    }

    /// Allows growth up to `memorySize` bytes.
    public func memoryGrowing(current: UInt64, desired: UInt64, maximum: UInt64?) throws -> Bool {
        try allow(desired, memorySize, "memory of \(desired) bytes")
    }

    /// Allows growth up to `tableElements` elements.
    public func tableGrowing(current: UInt64, desired: UInt64, maximum: UInt64?) throws -> Bool {
        try allow(desired, tableElements, "table of \(desired) elements")
    }

    private func allow(_ desired: UInt64, _ limit: UInt64?, _ what: String) throws -> Bool {
        guard let limit, desired > limit else { return true }
        if trapOnGrowFailure { throw WasmError(.usage, "\(what) exceeds the store's limit of \(limit)") }
        return false
    }
}

extension Store {
    /// Sets (or with nil removes) the limiter consulted before memories and tables grow and
    /// before instances, memories and tables are created.
    public func setLimiter(_ limiter: ResourceLimiter?) {
        core.limiter = limiter
    }
}
