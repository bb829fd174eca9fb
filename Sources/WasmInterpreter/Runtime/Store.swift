/// Owns every instance, function, memory, table and global created in it, plus user data.
/// Objects of one store cannot be used with another.
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

    /// Creates a memory of type `type`.
    public func memory(type: MemoryType) throws -> Memory {
        Memory(storeID: core.id, data: try core.makeMemory(type))
    }

    /// Creates a table of type `type` with every element set to `initial`.
    public func table(type: TableType, initial: Value) throws -> Table {
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
