import Synchronization

/// Settings shared by everything created from one `Engine`.
public struct Config: Sendable {
    /// Maximum depth of nested Wasm calls before `stackOverflow` traps.
    public var maxCallDepth: Int = 10_000
    /// Size of the value stack in 8-byte slots (locals and operands of all active frames).
    public var valueStackSlots: Int = 1 << 20
    /// Whether execution consumes fuel (see `Store.setFuel`). Off, the translator emits nothing
    /// for it and execution pays nothing.
    public var consumeFuel = false

    /// The default configuration.
    public init() {}
}

/// The root object: configuration plus state shared by modules and stores (function-type ids).
public final class Engine: Sendable {
    /// The configuration this engine was created with.
    public let config: Config
    private let typeRegistry = Mutex<(ids: [FuncType: Int32], types: [FuncType])>(([:], []))

    /// Creates an engine.
    public init(config: Config = Config()) {
        self.config = config
    }

    /// A small integer that is equal for equal function types (what `call_indirect` compares).
    func typeID(of type: FuncType) -> Int32 {
        typeRegistry.withLock { registry in
            if let id = registry.ids[type] { return id }
            let id = Int32(registry.types.count)
            registry.ids[type] = id
            registry.types.append(type)
            return id
        }
    }

    /// The function type with engine type id `id`.
    func funcType(id: Int32) -> FuncType {
        typeRegistry.withLock { $0.types[Int(id)] }
    }
}
