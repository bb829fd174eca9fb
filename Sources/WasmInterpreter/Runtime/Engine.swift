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
    #if DEBUG
        /// Test hook (debug builds, where every instruction returns to `execute`'s loop): when
        /// set, stores of this engine tell it the opcode of every instruction about to run. A pair
        /// handler runs its second instruction itself, so that one is not reported.
        var instructionObserver: (@Sendable (Opcode) -> Void)?
    #endif

    /// The default configuration.
    public init() {}
}

/// The root object: configuration plus state shared by modules and stores (function-type ids).
/// Create one per configuration and share it: modules compiled for an engine run in any store
/// of the same engine.
///
/// ```swift
/// var config = Config()
/// config.consumeFuel = true
/// let engine = Engine(config: config)
/// ```
public final class Engine: Sendable {
    /// The configuration this engine was created with.
    public let config: Config
    private let typeRegistry = Mutex<TypeRegistry>(TypeRegistry())

    /// Function types by id, each with its signature: the parameter then result types in one
    /// buffer that lives as long as the engine, so that calls read types without a lock.
    struct TypeRegistry: ~Copyable {
        var ids: [FuncType: Int32] = [:]
        var types: [FuncType] = []
        var signatures: [UnsafeMutablePointer<ValueType>] = []

        deinit { for signature in signatures { signature.deallocate() } }
    }

    /// Creates an engine.
    public init(config: Config = Config()) {
        self.config = config
    }

    /// A small integer that is equal for equal function types (what `call_indirect` compares),
    /// and the type's signature buffer (`FuncRecord.signature`).
    func register(_ type: FuncType) -> (id: Int32, signature: UnsafePointer<ValueType>) {
        typeRegistry.withLock { registry in
            if let id = registry.ids[type] { return (id, UnsafePointer(registry.signatures[Int(id)])) }
            let id = Int32(registry.types.count)
            let signature = UnsafeMutablePointer<ValueType>.allocate(capacity: max(1, type.params.count + type.results.count))
            signature.initialize(from: type.params, count: type.params.count)
            (signature + type.params.count).initialize(from: type.results, count: type.results.count)
            registry.ids[type] = id
            registry.types.append(type)
            registry.signatures.append(signature)
            return (id, UnsafePointer(signature))
        }
    }

    /// The function type with engine type id `id`.
    func funcType(id: Int32) -> FuncType {
        typeRegistry.withLock { $0.types[Int(id)] }
    }
}
