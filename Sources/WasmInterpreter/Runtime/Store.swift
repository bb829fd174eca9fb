/// Owns every instance, function, memory, table and global created in it, plus user data.
/// Objects of one store cannot be used with another. Everything it holds is freed with it.
///
/// ```swift
/// let store = Store(engine: engine, data: 0)  // `data`: any value host functions share
/// store.data += 1
/// ```
public final class Store<T> {
    /// The embedder's data, reachable from host functions.
    public var data: T
    /// The engine this store belongs to.
    public let engine: Engine
    @usableFromInline let core: StoreCore

    /// Creates an empty store.
    public init(engine: Engine, data: T) {
        self.engine = engine
        self.data = data
        self.core = StoreCore(engine: engine)
    }

    /// Wraps a host value so Wasm can hold it as an `externref`.
    public func externRef(_ value: Any) -> ExternRef { core.makeExternRef(value) }

    /// The host value behind an `externref`.
    public func value(of ref: ExternRef) throws(WasmError) -> Any {
        try core.check(ref.storeID)
        return core.externValues[Int(ref.index)]
    }

    /// Creates a host function of type `type`; `body` receives the caller and the arguments and
    /// returns the results. Whatever it throws reaches the Wasm caller's caller unchanged.
    public func function(type: FuncType, _ body: @escaping (Caller<T>, [Value]) throws -> [Value]) -> Func {
        core.makeHostFunction(type: type, store: self, body)
    }

    /// Creates a memory of type `type`, which must be valid as a module's declaration would be
    /// (minimum at most the maximum, both at most 65536 pages).
    public func memory(type: MemoryType) throws -> Memory {
        try Self.validate(type.limits, bound: Memory.maxPages, what: "memory", unit: " pages")
        return Memory(storeID: core.id, data: try core.makeMemory(type))
    }

    /// The spec's limits validation, for host-created memories and tables.
    private static func validate(_ limits: Limits, bound: UInt64, what: String, unit: String) throws(WasmError) {
        guard limits.min <= bound else {
            throw WasmError(.usage, "\(what) minimum \(limits.min)\(unit) is above the largest allowed, \(bound)")
        }
        if let max = limits.max {
            guard max <= bound else { throw WasmError(.usage, "\(what) maximum \(max)\(unit) is above the largest allowed, \(bound)") }
            guard limits.min <= max else { throw WasmError(.usage, "\(what) minimum \(limits.min) is above its maximum \(max)") }
        }
    }

    /// Creates a table of type `type` (valid as a declaration: minimum at most the maximum) with
    /// every element set to `initial`.
    public func table(type: TableType, initial: Value) throws -> Table {
        try Self.validate(type.limits, bound: 0xFFFF_FFFF, what: "table", unit: "")
        let bits = try core.slot(from: initial, type: type.element)
        return Table(storeID: core.id, data: try core.makeTable(type, initial: bits))
    }

    /// Creates a global of type `type` with value `value`.
    public func global(type: GlobalType, value: Value) throws(WasmError) -> Global {
        let bits = try core.slot(from: value, type: type.valueType)
        return Global(storeID: core.id, cell: core.makeGlobal(bits), type: type)
    }
}

extension Store where T == Void {
    /// Creates an empty store without user data.
    public convenience init(engine: Engine) {
        self.init(engine: engine, data: ())
    }
}
