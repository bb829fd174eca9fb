/// A WebAssembly value type (WebAssembly 2.0 without SIMD).
public enum ValueType: UInt8, Sendable, Hashable, CustomStringConvertible {
    case i32, i64, f32, f64
    /// A nullable reference to a function.
    case funcRef
    /// A nullable reference to a host value.
    case externRef

    /// The text-format name (`i32`, `funcref`, ...).
    public var description: String {
        switch self {
        case .i32: "i32"
        case .i64: "i64"
        case .f32: "f32"
        case .f64: "f64"
        case .funcRef: "funcref"
        case .externRef: "externref"
        }
    }

    /// Whether values of this type are references.
    public var isReference: Bool { self == .funcRef || self == .externRef }
}

/// The type of a function: parameter and result types.
public struct FuncType: Sendable, Hashable, CustomStringConvertible {
    /// Parameter types, in order.
    public var params: [ValueType]
    /// Result types, in order.
    public var results: [ValueType]

    /// Creates a function type.
    public init(params: [ValueType], results: [ValueType]) {
        self.params = params
        self.results = results
    }

    /// `(i32, i64) -> (f64)` style rendering.
    public var description: String {
        "(\(params.map(\.description).joined(separator: ", "))) -> (\(results.map(\.description).joined(separator: ", ")))"
    }
}

/// Size bounds of a memory (in 64 KiB pages) or a table (in elements).
public struct Limits: Sendable, Hashable, CustomStringConvertible {
    /// The initial size.
    public var min: UInt64
    /// The maximum size, if any.
    public var max: UInt64?

    /// Creates limits.
    public init(min: UInt64, max: UInt64? = nil) {
        self.min = min
        self.max = max
    }

    /// `{min 1, max 2}` style rendering.
    public var description: String {
        if let max { return "{min \(min), max \(max)}" }
        return "{min \(min)}"
    }
}

/// The type of a linear memory.
public struct MemoryType: Sendable, Hashable, CustomStringConvertible {
    /// Page limits.
    public var limits: Limits
    /// Creates a memory type.
    public init(limits: Limits) { self.limits = limits }
    /// `memory {min 1}` style rendering.
    public var description: String { "memory \(limits)" }
}

/// The type of a table.
public struct TableType: Sendable, Hashable, CustomStringConvertible {
    /// The reference type of the elements (`funcRef` or `externRef`).
    public var element: ValueType
    /// Element-count limits.
    public var limits: Limits
    /// Creates a table type.
    public init(element: ValueType, limits: Limits) {
        self.element = element
        self.limits = limits
    }
    /// `table {min 1} funcref` style rendering.
    public var description: String { "table \(limits) \(element)" }
}

/// The type of a global.
public struct GlobalType: Sendable, Hashable, CustomStringConvertible {
    /// The value type.
    public var valueType: ValueType
    /// Whether `global.set` may change it.
    public var isMutable: Bool
    /// Creates a global type.
    public init(valueType: ValueType, isMutable: Bool) {
        self.valueType = valueType
        self.isMutable = isMutable
    }
    /// `global (mut i32)` style rendering.
    public var description: String { isMutable ? "global (mut \(valueType))" : "global \(valueType)" }
}

/// The type of anything a module imports or exports.
public enum ExternType: Sendable, Hashable, CustomStringConvertible {
    case function(FuncType)
    case table(TableType)
    case memory(MemoryType)
    case global(GlobalType)

    /// Human-readable rendering, used in link errors.
    public var description: String {
        switch self {
        case .function(let t): "func \(t)"
        case .table(let t): t.description
        case .memory(let t): t.description
        case .global(let t): t.description
        }
    }
}

/// One import of a module, with its type.
public struct ImportType: Sendable, Hashable {
    /// The module name.
    public var module: String
    /// The field name.
    public var name: String
    /// What is imported.
    public var type: ExternType
}

/// One export of a module, with its type.
public struct ExportType: Sendable, Hashable {
    /// The export name.
    public var name: String
    /// What is exported.
    public var type: ExternType
}
