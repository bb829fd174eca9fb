/// A Swift type standing for one Wasm value type, for typed host functions (`Linker.funcWrap`)
/// and typed calls (`TypedFunc`).
public protocol WasmValue {
    /// The Wasm type this Swift type maps to.
    static var valueType: ValueType { get }
    /// Converts from a `Value` of `valueType` (nil for any other value).
    init?(_ value: Value)
    /// The value as a `Value`.
    var value: Value { get }
}

extension Int32: WasmValue {
    /// See `WasmValue.valueType`.
    @inlinable public static var valueType: ValueType { .i32 }
    /// See `WasmValue.init(_:)`.
    @inlinable public init?(_ value: Value) {
        guard case .i32(let v) = value else { return nil }
        self = v
    }
    /// See `WasmValue.value`.
    @inlinable public var value: Value { .i32(self) }
}

extension UInt32: WasmValue {
    /// See `WasmValue.valueType`.
    @inlinable public static var valueType: ValueType { .i32 }
    /// See `WasmValue.init(_:)`.
    @inlinable public init?(_ value: Value) {
        guard case .i32(let v) = value else { return nil }
        self = UInt32(bitPattern: v)
    }
    /// See `WasmValue.value`.
    @inlinable public var value: Value { .i32(Int32(bitPattern: self)) }
}

extension Int64: WasmValue {
    /// See `WasmValue.valueType`.
    @inlinable public static var valueType: ValueType { .i64 }
    /// See `WasmValue.init(_:)`.
    @inlinable public init?(_ value: Value) {
        guard case .i64(let v) = value else { return nil }
        self = v
    }
    /// See `WasmValue.value`.
    @inlinable public var value: Value { .i64(self) }
}

extension UInt64: WasmValue {
    /// See `WasmValue.valueType`.
    @inlinable public static var valueType: ValueType { .i64 }
    /// See `WasmValue.init(_:)`.
    @inlinable public init?(_ value: Value) {
        guard case .i64(let v) = value else { return nil }
        self = UInt64(bitPattern: v)
    }
    /// See `WasmValue.value`.
    @inlinable public var value: Value { .i64(Int64(bitPattern: self)) }
}

extension Float: WasmValue {
    /// See `WasmValue.valueType`.
    @inlinable public static var valueType: ValueType { .f32 }
    /// See `WasmValue.init(_:)`.
    @inlinable public init?(_ value: Value) {
        guard case .f32(let v) = value else { return nil }
        self = v
    }
    /// See `WasmValue.value`.
    @inlinable public var value: Value { .f32(self) }
}

extension Double: WasmValue {
    /// See `WasmValue.valueType`.
    @inlinable public static var valueType: ValueType { .f64 }
    /// See `WasmValue.init(_:)`.
    @inlinable public init?(_ value: Value) {
        guard case .f64(let v) = value else { return nil }
        self = v
    }
    /// See `WasmValue.value`.
    @inlinable public var value: Value { .f64(self) }
}

extension Optional: WasmValue where Wrapped: WasmReference {
    /// See `WasmValue.valueType`.
    public static var valueType: ValueType { Wrapped.referenceType }
    /// See `WasmValue.init(_:)`.
    public init?(_ value: Value) {
        guard let reference = Wrapped.reference(from: value) else { return nil }
        self = reference
    }
    /// See `WasmValue.value`.
    public var value: Value { Wrapped.value(of: self) }
}

/// Reference types usable as optional `WasmValue`s (`Func?` for funcref, `ExternRef?` for externref).
public protocol WasmReference {
    /// `funcRef` or `externRef`.
    static var referenceType: ValueType { get }
    /// The reference in `value` (`.some(nil)` for null), or nil if `value` has another type.
    static func reference(from value: Value) -> Self??
    /// `reference` as a `Value`.
    static func value(of reference: Self?) -> Value
}

extension Func: WasmReference {
    /// See `WasmReference.referenceType`.
    public static var referenceType: ValueType { .funcRef }
    /// See `WasmReference.reference(from:)`.
    public static func reference(from value: Value) -> Func?? {
        guard case .funcRef(let f) = value else { return nil }
        return .some(f)
    }
    /// See `WasmReference.value(of:)`.
    public static func value(of reference: Func?) -> Value { .funcRef(reference) }
}

extension ExternRef: WasmReference {
    /// See `WasmReference.referenceType`.
    public static var referenceType: ValueType { .externRef }
    /// See `WasmReference.reference(from:)`.
    public static func reference(from value: Value) -> ExternRef?? {
        guard case .externRef(let r) = value else { return nil }
        return .some(r)
    }
    /// See `WasmReference.value(of:)`.
    public static func value(of reference: ExternRef?) -> Value { .externRef(reference) }
}

/// Reads typed arguments from consecutive slots and writes typed results back.
@usableFromInline
struct SlotCursor {
    // Why unowned(unsafe): a cursor lives within one call of its store; no retain per call.
    @usableFromInline unowned(unsafe) let core: StoreCore
    @usableFromInline let slots: Slots
    @usableFromInline var index = 0

    @inlinable
    init(core: StoreCore, slots: Slots) {
        self.core = core
        self.slots = slots
    }

    @inlinable
    mutating func read<V: WasmValue>(_: V.Type) -> V {
        defer { index += 1 }
        let bits = slots[index]
        // The slot was written for V.valueType, so the conversions cannot fail. Numbers are
        // decoded here (specialized, this folds to a move); references need the store.
        switch V.valueType {
        case .i32: return V(.i32(Int32(truncatingIfNeeded: bits)))!
        case .i64: return V(.i64(Int64(bitPattern: bits)))!
        case .f32: return V(.f32(Float(bitPattern: UInt32(truncatingIfNeeded: bits))))!
        case .f64: return V(.f64(Double(bitPattern: bits)))!
        case .funcRef, .externRef: return V(core.value(fromSlot: bits, type: V.valueType))!
        }
    }

    @inlinable
    mutating func write<V: WasmValue>(_ value: V) throws(WasmError) {
        defer { index += 1 }
        switch value.value {
        case .i32(let v): slots[index] = UInt64(UInt32(bitPattern: v))
        case .i64(let v): slots[index] = UInt64(bitPattern: v)
        case .f32(let v): slots[index] = UInt64(v.bitPattern)
        case .f64(let v): slots[index] = v.bitPattern
        case .funcRef, .externRef: slots[index] = try core.slot(from: value.value, type: V.valueType)
        }
    }
}

@usableFromInline
func valueTypes<each V: WasmValue>(_: repeat (each V).Type) -> [ValueType] {
    var types: [ValueType] = []
    repeat types.append((each V).valueType)
    return types
}

extension Linker {
    /// Defines `module::name` as a typed Swift closure; the Wasm type is inferred from the
    /// closure's parameter and result types (`Int32`, `Int64`, `Float`, `Double`, `UInt32`,
    /// `UInt64`, `Func?`, `ExternRef?`). Arguments and results travel without allocation.
    ///
    /// ```swift
    /// try linker.funcWrap(module: "env", name: "add") { (a: Int32, b: Int32) -> Int32 in a &+ b }
    /// ```
    // Why @inlinable (here and below): specialized in the caller's module for its concrete
    // types, a host call converts its arguments without runtime generic metadata (~5x faster).
    @inlinable
    public func funcWrap<each P: WasmValue, each R: WasmValue>(
        module: String, name: String, _ body: @escaping (repeat each P) throws -> (repeat each R)
    ) throws(WasmError) {
        // Written out rather than forwarded to the `Caller` form: a closure that takes a pack and
        // calls another defeats specialization (every call then looks up generic metadata).
        let type = FuncType(params: valueTypes(repeat (each P).self), results: valueTypes(repeat (each R).self))
        try defineHost(module: module, name: name, type: type) { store in
            // Unretained captures: the store owns this host function, so it outlives every call.
            store.core.makeHostFunction(type: type) { [unowned(unsafe) core = store.core] slots, _ in
                var cursor = SlotCursor(core: core, slots: slots)
                let results = try body(repeat cursor.read((each P).self))
                cursor.index = 0
                repeat try cursor.write(each results)
            }
        }
    }

    /// Like `funcWrap(module:name:_:)`, with the `Caller` (store data, the calling instance's
    /// exports) as the closure's first parameter.
    @inlinable
    public func funcWrap<each P: WasmValue, each R: WasmValue>(
        module: String, name: String, _ body: @escaping (Caller<T>, repeat each P) throws -> (repeat each R)
    ) throws(WasmError) {
        let type = FuncType(params: valueTypes(repeat (each P).self), results: valueTypes(repeat (each R).self))
        try defineHost(module: module, name: name, type: type) { store in
            store.core.makeHostFunction(type: type) {
                // Unretained captures: the store owns this host function, so it outlives every call.
                [unowned(unsafe) core = store.core, store = Unmanaged.passUnretained(store)] slots, instance in
                var cursor = SlotCursor(core: core, slots: slots)
                let results = try body(Caller(store: store, instance: instance), repeat cursor.read((each P).self))
                cursor.index = 0
                repeat try cursor.write(each results)
            }
        }
    }
}

/// A function whose type was checked once against Swift types; calls convert without `[Value]`.
///
/// ```swift
/// let add = try instance.getFunc(store, "add")!.typed(store, params: (Int32, Int32).self, results: Int32.self)
/// let sum = try add.call(store, (2, 3))
/// ```
public struct TypedFunc<Params, Results> {
    /// The untyped function.
    public let function: Func
    @usableFromInline let invoke: (StoreCore, Params) throws -> Results

    @inlinable
    init(function: Func, invoke: @escaping (StoreCore, Params) throws -> Results) {
        self.function = function
        self.invoke = invoke
    }

    /// Calls the function. Throws `Trap`, a host function's error, or `WasmError`.
    @inlinable
    public func call<T>(_ store: Store<T>, _ params: Params) throws -> Results {
        try store.core.check(function.storeID)
        return try invoke(store.core, params)
    }
}

extension Func {
    /// This function as a `TypedFunc`, after checking that its type is `params -> results`.
    /// (`@inlinable`: specialized in the caller's module, a call converts without runtime generics.)
    @inlinable
    public func typed<T, each P: WasmValue, each R: WasmValue>(
        _ store: Store<T>, params: (repeat each P).Type, results: (repeat each R).Type
    ) throws(WasmError) -> TypedFunc<(repeat each P), (repeat each R)> {
        let expected = FuncType(params: valueTypes(repeat (each P).self), results: valueTypes(repeat (each R).self))
        let actual = try type(store)
        guard actual == expected else {
            throw WasmError(.usage, "function has type \(actual), not \(expected)")
        }
        let record = self.record
        return TypedFunc(function: self) { core, params in
            let slots = try core.invokeRaw(record) { slots throws(WasmError) in
                var cursor = SlotCursor(core: core, slots: slots)
                repeat try cursor.write(each params)
            }
            var cursor = SlotCursor(core: core, slots: slots)
            return (repeat cursor.read((each R).self))
        }
    }
}
