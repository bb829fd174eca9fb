import CSystem
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

private let nextStoreID = Atomic<Int>(1)

/// The untyped part of a store: what it owns (entities, the value and call-frame stacks, the
/// execution context) and its lifetime. The work is in extensions, a file per concern:
/// `StoreCore+Allocation` (making entities), `StoreCore+Growth` (memory and table growth),
/// `StoreCore+Values` (values <-> slots), `StoreCore+WasmCalls` (host -> Wasm calls, hooks, stack
/// bounds), `HostFunction` (Wasm -> host calls), `StoreCore+Backtraces`.
@usableFromInline
final class StoreCore {
    let id: Int
    let engine: Engine
    let context: UnsafeMutablePointer<ExecutionContext>
    let stack: UnsafeMutablePointer<UInt64>
    let frames: UnsafeMutablePointer<CallFrame>
    /// Size of the region holding `stack` and `frames`.
    let stacksBytes: Int
    /// First free value-stack slot and call frame (moves up during host calls that re-enter Wasm).
    var stackTop: Slots
    var framesTop: UnsafeMutablePointer<CallFrame>
    /// Nesting of host -> Wasm -> host calls, bounded so the native stack cannot overflow.
    var hostDepth = 0
    /// For chains Wasm -> host -> Wasm ...: the lowest native stack address a nested entry may
    /// start at (the thread's stack end plus a margin), found when a chain first gets deep; 0 before.
    var nativeStackFloor: UInt = 0
    /// The thread `nativeStackFloor` was found on (a store may be used from several threads in turn).
    var nativeStackThread: pthread_t?
    /// A host function's error, held while the executor unwinds.
    var pendingError: (any Error)?
    /// Consulted before memories and tables grow or are created (see `Store.setLimiter`).
    var limiter: ResourceLimiter?
    /// The store's call hook, bound to the store's data (see `Store.callHook`): set it with
    /// `setCallHook`, run it with `runCallHook`.
    var callHook: CallHookBox?
    /// `callHook` unretained: what crossings check and call, without a retain/release pair.
    @usableFromInline var callHookRef: Unmanaged<CallHookBox>?
    /// Hooks replaced while a hook was running (a hook may replace or remove itself): kept
    /// alive until no hook runs.
    var retiredCallHooks: [CallHookBox] = []
    /// How many hook calls are running now (they nest through host calls).
    var runningCallHooks = 0
    /// The host function (and its calling instance) whose `callHost` hooks are running: what a
    /// front end's hook asks `Store.hookedHostImport` about.
    var hookedHost: UnsafeMutablePointer<FuncRecord>?
    var hookedHostCaller: UnsafeMutablePointer<InstanceData>?

    /// Function record allocations, freed with the store: one per host function, one block per
    /// instance for its defined functions.
    var funcRecords: [UnsafeMutablePointer<FuncRecord>] = []
    var hostFunctions: [HostFunction] = []
    var memories: [UnsafeMutablePointer<MemoryData>] = []
    var tables: [UnsafeMutablePointer<TableData>] = []
    var globals: [UnsafeMutablePointer<UInt64>] = []
    var instances: [InstanceStorage] = []
    var externValues: [Any] = []
    /// Copies of data segments, freed with the store.
    var dataBuffers: [UnsafeMutablePointer<UInt8>] = []
    /// Stands in for memory 0 of instances without memory.
    let emptyMemory: UnsafeMutablePointer<MemoryData>

    init(engine: Engine) {
        id = nextStoreID.wrappingAdd(1, ordering: .relaxed).oldValue
        self.engine = engine
        let slots = max(engine.config.valueStackSlots, 1024)
        let depth = max(engine.config.maxCallDepth, 16)
        // One region for both stacks, committed as calls reach deeper (see `LazyRegion`).
        stacksBytes = slots * MemoryLayout<UInt64>.stride + depth * MemoryLayout<CallFrame>.stride
        // Why no error path: the region is address space only, and a process that cannot map a
        // few MiB of it cannot run anything else either.
        guard let region = LazyRegion.allocate(stacksBytes) else { fatalError("cannot map the store's stacks") }
        stack = region.bindMemory(to: UInt64.self, capacity: slots)
        frames = (region + slots * MemoryLayout<UInt64>.stride).bindMemory(to: CallFrame.self, capacity: depth)
        stackTop = stack
        framesTop = frames
        context = .allocate(capacity: 1)
        emptyMemory = .allocate(capacity: 1)
        emptyMemory.initialize(to: MemoryData(base: malloc(16)!, byteCount: 0, maxPages: 0, hasMax: true))
        context.initialize(
            to: ExecutionContext(
                stackEnd: stack + slots, framesEnd: frames + depth, framesBase: frames, framesTop: frames,
                store: UnsafeMutableRawPointer(bitPattern: 1)!, trapPC: nil))
        // Unretained: the context is freed with this object, so the pointer never outlives it.
        context.pointee.store = Unmanaged.passUnretained(self).toOpaque()
        context.pointee.fuelEnabled = engine.config.consumeFuel
        #if DEBUG
            context.pointee.instructionObserver = engine.config.instructionObserver
        #endif
    }

    deinit {
        for instance in instances { instance.deallocate() }
        for record in funcRecords { record.deallocate() }
        for memory in memories {
            LazyRegion.free(memory.pointee.base, Int(memory.pointee.byteCount))
            memory.deallocate()
        }
        for table in tables {
            table.pointee.elements.deallocate()
            table.deallocate()
        }
        for cell in globals { cell.deallocate() }
        for buffer in dataBuffers { buffer.deallocate() }
        free(emptyMemory.pointee.base)
        emptyMemory.deallocate()
        LazyRegion.free(UnsafeMutableRawPointer(stack), stacksBytes)
        context.deinitialize(count: 1)
        context.deallocate()
    }

    /// Throws unless an object with `storeID` belongs to this store.
    @usableFromInline
    func check(_ storeID: Int) throws(WasmError) {
        guard storeID == id else { throw WasmError(.usage, "object used with a store it does not belong to") }
    }

    /// The type of a function of this store.
    func funcType(of record: UnsafeMutablePointer<FuncRecord>) -> FuncType {
        // Unretained: `hostFunctions` keeps every host function for the store's lifetime.
        if record.pointee.isHost { return Unmanaged<HostFunction>.fromOpaque(record.pointee.host!).takeUnretainedValue().type }
        return engine.funcType(id: record.pointee.typeID)
    }
}
