/// Plain-memory records the executor reads. They live in manually managed allocations owned by
/// a `StoreCore`, so the hot loop touches no Swift objects (no ARC, no exclusivity checks).

@usableFromInline typealias Slots = UnsafeMutablePointer<UInt64>

/// A function as the executor sees it. A funcref value is the address of one of these.
@usableFromInline
struct FuncRecord {
    /// Engine-wide id of the function's type (equal ids mean equal types).
    var typeID: Int32
    /// Index of the function in its module's function index space (for backtraces). Next to
    /// `typeID`: the two share 8 bytes.
    var functionIndex: UInt32
    /// Parameter types then result types (`numParams + numResults`), owned by the engine.
    var signature: UnsafePointer<ValueType>
    var numParams: UInt32
    var numResults: UInt32
    /// Parameters, declared locals and the zero slot if any (the frame slots below the operands).
    var numLocals: UInt32
    /// Slots the frame needs: locals plus the deepest operand stack.
    var frameSize: UInt32
    /// First instruction (Wasm functions only).
    var code: CodePointer?
    /// The owning instance (Wasm functions only).
    var instance: UnsafeMutablePointer<InstanceData>?
    /// The `HostFunction`, unretained (the store keeps it alive; host functions only).
    var host: UnsafeMutableRawPointer?

    /// Whether this is a host function. Derived, not stored: with a stored flag the record took
    /// 72 bytes, a heap block of 80 instead of 64 (large.wasm instantiates 6,000 records).
    var isHost: Bool { host != nil }
}

/// A linear memory. `base` moves when the memory grows.
struct MemoryData {
    var base: UnsafeMutableRawPointer
    var byteCount: UInt64
    var maxPages: UInt64
    /// Whether the memory's type declares a maximum (import matching needs to know).
    var hasMax: Bool
}

/// A table of references (0 = null).
struct TableData {
    var elements: UnsafeMutablePointer<UInt64>
    var count: UInt32
    var capacity: UInt32
    var max: UInt32
    var elementType: ValueType
}

/// A data segment's bytes, or an empty segment once dropped.
struct DataSegmentData {
    var bytes: UnsafePointer<UInt8>?
    var count: Int
}

/// An element segment's references, or an empty segment once dropped.
struct ElementSegmentData {
    var refs: UnsafeMutablePointer<UInt64>?
    var count: Int
}

/// Everything an instance's code refers to, by index (package-visible only as the calling
/// instance a slot-level host function hands to `Caller`).
@usableFromInline
package struct InstanceData {
    var funcs: UnsafeMutablePointer<UnsafeMutablePointer<FuncRecord>>
    var globals: UnsafeMutablePointer<UnsafeMutablePointer<UInt64>>
    var tables: UnsafeMutablePointer<UnsafeMutablePointer<TableData>>
    /// Memory 0, or a shared empty memory when the module has none.
    var memory: UnsafeMutablePointer<MemoryData>
    /// Engine type id of each type of the module (for `call_indirect`).
    var typeIDs: UnsafeMutablePointer<Int32>
    var dataSegments: UnsafeMutablePointer<DataSegmentData>
    var elementSegments: UnsafeMutablePointer<ElementSegmentData>
    /// The owning `InstanceStorage`, unretained (host functions hand it to `Caller`).
    var storage: UnsafeMutableRawPointer?
}

/// Bookkeeping for one active Wasm call: where to resume the caller.
struct CallFrame {
    var pc: CodePointer
    var fp: Slots
    var instance: UnsafeMutablePointer<InstanceData>
}

/// Per-store execution limits and the way back to the store for host calls.
struct ExecutionContext {
    var stackEnd: Slots
    var framesEnd: UnsafeMutablePointer<CallFrame>
    /// The first call frame of the current `execute` (returning past it ends the run).
    var framesBase: UnsafeMutablePointer<CallFrame>
    /// The first free call frame.
    var framesTop: UnsafeMutablePointer<CallFrame>
    /// The instance whose code is running (changes on calls and returns between instances).
    var instance: UnsafeMutablePointer<InstanceData>?
    /// The `StoreCore`, unretained: the store outlives every execution it starts.
    var store: UnsafeMutableRawPointer
    /// Where the last trap happened: instruction, frame and instance (backtraces, resumption).
    var trapPC: CodePointer?
    var trapFP: Slots?
    var trapInstance: UnsafeMutablePointer<InstanceData>?
    /// The integer accumulator when fuel ran out at a `consumeFuel`: a resumed call runs that
    /// instruction again with it, because the instructions after it may read the register
    /// (`Opcode.keepsAccumulators`).
    var trapAccumulator: UInt64 = 0
    /// Fuel left (with `Config.consumeFuel`).
    var fuel: Int64 = 0
    /// Whether bulk instructions charge fuel per byte or element.
    var fuelEnabled = false
    /// Loop builds only: the registers between two instructions (see `next`).
    var resumeState: DispatchState?
    #if DEBUG
        /// `Config.instructionObserver` of the store's engine.
        var instructionObserver: (@Sendable (Opcode) -> Void)?
    #endif
}
