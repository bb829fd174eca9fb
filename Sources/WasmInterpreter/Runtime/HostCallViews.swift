/// The arguments of a host call, read in place: no array is made per call.
///
/// ```swift
/// try linker.funcNew(module: "env", name: "add", type: FuncType(params: [.i32, .i32], results: [.i32])) {
///     _, args, results in
///     guard case .i32(let a) = args[0], case .i32(let b) = args[1] else { return }
///     try results.set(0, .i32(a &+ b))
/// }
/// ```
public struct HostArguments: RandomAccessCollection {
    // Why unowned(unsafe): a view lives within its host call, while the store is alive.
    @usableFromInline unowned(unsafe) let core: StoreCore
    @usableFromInline let slots: Slots
    @usableFromInline let types: UnsafeBufferPointer<ValueType>

    /// See `Collection.startIndex`.
    public var startIndex: Int { 0 }
    /// See `Collection.endIndex`.
    public var endIndex: Int { types.count }

    /// The argument at `index` (0-based), as a `Value` of the parameter's type.
    @inlinable
    public subscript(index: Int) -> Value {
        precondition(index >= 0 && index < types.count, "host function argument out of range")
        let bits = slots[index]
        // Numbers decoded inline (no call into the library per argument); references need the store.
        switch types[index] {
        case .i32: return .i32(Int32(truncatingIfNeeded: bits))
        case .i64: return .i64(Int64(bitPattern: bits))
        case .f32: return .f32(Float(bitPattern: UInt32(truncatingIfNeeded: bits)))
        case .f64: return .f64(Double(bitPattern: bits))
        case .funcRef, .externRef: return core.value(fromSlot: bits, type: types[index])
        }
    }
}

/// Where a host function defined with a `HostArguments` closure puts its results. Results it does
/// not set are zero (null for references).
public struct HostResults {
    // Why unowned(unsafe): a view lives within its host call, while the store is alive.
    @usableFromInline unowned(unsafe) let core: StoreCore
    @usableFromInline let scratch: Slots
    @usableFromInline let types: UnsafeBufferPointer<ValueType>

    /// Number of results the function's type declares.
    public var count: Int { types.count }

    /// Sets result `index` (0-based); throws if `value` is not of the result's type or belongs to
    /// another store.
    @inlinable
    public func set(_ index: Int, _ value: Value) throws(WasmError) {
        guard index >= 0 && index < types.count else { throw resultOutOfRange(index) }
        // Numbers of the right type encoded inline; anything else is checked by the store.
        switch (value, types[index]) {
        case (.i32(let v), .i32): scratch[index] = UInt64(UInt32(bitPattern: v))
        case (.i64(let v), .i64): scratch[index] = UInt64(bitPattern: v)
        case (.f32(let v), .f32): scratch[index] = UInt64(v.bitPattern)
        case (.f64(let v), .f64): scratch[index] = v.bitPattern
        default: scratch[index] = try core.slot(from: value, type: types[index])
        }
    }

    @usableFromInline
    func resultOutOfRange(_ index: Int) -> WasmError {
        WasmError(.usage, "host function result \(index) out of range (the type has \(types.count))")
    }
}

/// The parameter and result types of a view-based host function, kept for the views to point into.
final class HostSignature {
    let params: UnsafeMutableBufferPointer<ValueType>
    let results: UnsafeMutableBufferPointer<ValueType>

    init(_ type: FuncType) {
        params = .allocate(capacity: type.params.count)
        _ = params.initialize(from: type.params)
        results = .allocate(capacity: type.results.count)
        _ = results.initialize(from: type.results)
    }

    deinit {
        params.deallocate()
        results.deallocate()
    }
}

extension Linker {
    /// Defines `module::name` as a host function of type `type` whose closure reads its arguments
    /// through a `HostArguments` view and writes its results into `HostResults`, as Wasmtime's
    /// `Func::new` does: no arrays per call, so it costs less than the `[Value]` form.
    public func funcNew(
        module: String, name: String, type: FuncType,
        _ body: @escaping (Caller<T>, HostArguments, HostResults) throws -> Void
    ) throws(WasmError) {
        let signature = HostSignature(type)
        try defineHost(module: module, name: name, type: type) { store in
            // Unretained captures: a host call runs only while its store is alive.
            store.core.makeHostFunction(type: type) {
                [unowned(unsafe) core = store.core, store = Unmanaged.passUnretained(store)] slots, instance in
                // Results go to scratch slots past the call's own (the arguments stay readable
                // until the body returns), zeroed so that unset results are zero or null.
                let scratch = core.stackTop
                let count = signature.results.count
                guard scratch + count <= core.context.pointee.stackEnd else { throw Trap(.stackOverflow) }
                scratch.update(repeating: 0, count: count)
                try body(
                    Caller(store: store, instance: instance),
                    HostArguments(core: core, slots: slots, types: UnsafeBufferPointer(signature.params)),
                    HostResults(core: core, scratch: scratch, types: UnsafeBufferPointer(signature.results)))
                slots.update(from: scratch, count: count)
            }
        }
    }
}
