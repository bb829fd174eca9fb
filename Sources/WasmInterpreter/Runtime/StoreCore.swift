import CSystem
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

private let nextStoreID = Atomic<Int>(1)

/// The untyped part of a store: entity storage, the value stack, and calls in and out of Wasm.
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
    /// The store's call hook, bound to the store's data (see `Store.callHook`).
    @usableFromInline var callHook: ((CallHook) throws -> Void)?
    /// The host function (and its calling instance) whose `callHost` hooks are running: what a
    /// front end's hook asks `Store.hookedHostImport` about.
    var hookedHost: UnsafeMutablePointer<FuncRecord>?
    var hookedHostCaller: UnsafeMutablePointer<InstanceData>?

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
        context.pointee.store = Unmanaged.passUnretained(self).toOpaque()
        context.pointee.fuelEnabled = engine.config.consumeFuel
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
        context.deallocate()
    }

    @usableFromInline
    func check(_ storeID: Int) throws(WasmError) {
        guard storeID == id else { throw WasmError(.usage, "object used with a store it does not belong to") }
    }

    // MARK: entities

    func makeExternRef(_ value: Any) -> ExternRef {
        externValues.append(value)
        return ExternRef(storeID: id, index: UInt64(externValues.count - 1))
    }

    @usableFromInline
    func makeHostFunction(
        type: FuncType, runsOwnHooks: Bool = false, call: @escaping (Slots, UnsafeMutablePointer<InstanceData>?) throws -> Void
    ) -> Func {
        let host = HostFunction(type: type, runsOwnHooks: runsOwnHooks, call: call)
        hostFunctions.append(host)
        let record = UnsafeMutablePointer<FuncRecord>.allocate(capacity: 1)
        let (typeID, signature) = engine.register(type)
        record.initialize(
            to: FuncRecord(
                typeID: typeID, signature: signature, isHost: true, numParams: UInt32(type.params.count),
                numResults: UInt32(type.results.count), numLocals: 0, frameSize: 0, code: nil, instance: nil,
                host: Unmanaged.passUnretained(host).toOpaque(), functionIndex: 0))
        funcRecords.append(record)
        return Func(storeID: id, record: record)
    }

    func makeMemory(_ type: MemoryType) throws -> UnsafeMutablePointer<MemoryData> {
        let bytes = Int(type.limits.min) * 65536
        if let limiter {
            guard memories.count < limiter.memories else { throw WasmError(.instantiation, "too many memories in the store") }
            let maximum = type.limits.max.map { $0 * 65536 }
            guard try limiter.memoryGrowing(current: 0, desired: UInt64(bytes), maximum: maximum) else {
                throw WasmError(.instantiation, "memory of \(bytes) bytes denied by the store's limiter")
            }
        }
        guard let base = LazyRegion.allocate(bytes) else { throw WasmError(.instantiation, "out of memory") }
        let memory = UnsafeMutablePointer<MemoryData>.allocate(capacity: 1)
        memory.initialize(
            to: MemoryData(base: base, byteCount: UInt64(bytes), maxPages: type.limits.max ?? 65536, hasMax: type.limits.max != nil))
        memories.append(memory)
        return memory
    }

    /// Grows a memory by `delta` pages; returns the old size in pages or -1. Throws what the
    /// limiter throws.
    func growMemory(_ memory: UnsafeMutablePointer<MemoryData>, by delta: UInt64) throws -> Int32 {
        let oldPages = memory.pointee.byteCount / 65536
        let newPages = oldPages + delta
        if let limiter {
            let maximum = memory.pointee.hasMax ? memory.pointee.maxPages * 65536 : nil
            guard try limiter.memoryGrowing(current: oldPages * 65536, desired: newPages * 65536, maximum: maximum) else {
                return -1
            }
        }
        guard newPages <= memory.pointee.maxPages, newPages <= 65536 else { return -1 }
        if delta == 0 { return Int32(truncatingIfNeeded: oldPages) }
        let newBytes = Int(newPages * 65536)
        let oldBytes = Int(memory.pointee.byteCount)
        guard let base = LazyRegion.resize(memory.pointee.base, from: oldBytes, to: newBytes) else { return -1 }
        memory.pointee.base = base
        memory.pointee.byteCount = UInt64(newBytes)
        return Int32(truncatingIfNeeded: oldPages)
    }

    func makeTable(_ type: TableType, initial: UInt64) throws -> UnsafeMutablePointer<TableData> {
        let count = Int(type.limits.min)
        if let limiter {
            guard tables.count < limiter.tables else { throw WasmError(.instantiation, "too many tables in the store") }
            guard try limiter.tableGrowing(current: 0, desired: UInt64(count), maximum: type.limits.max) else {
                throw WasmError(.instantiation, "table of \(count) elements denied by the store's limiter")
            }
        }
        guard count <= 1 << 26 else { throw WasmError(.instantiation, "table too large") }
        let elements = UnsafeMutablePointer<UInt64>.allocate(capacity: max(count, 1))
        elements.initialize(repeating: initial, count: max(count, 1))
        let table = UnsafeMutablePointer<TableData>.allocate(capacity: 1)
        table.initialize(
            to: TableData(
                elements: elements, count: UInt32(count), capacity: UInt32(max(count, 1)),
                max: UInt32(type.limits.max ?? UInt64(UInt32.max)), elementType: type.element))
        tables.append(table)
        return table
    }

    /// Grows a table (see `growTable`), asking the limiter first.
    func growTable(_ table: UnsafeMutablePointer<TableData>, by delta: UInt64, initial: UInt64) throws -> Int32 {
        if let limiter {
            let current = UInt64(table.pointee.count)
            let maximum = table.pointee.max == UInt32.max ? nil : UInt64(table.pointee.max)
            guard try limiter.tableGrowing(current: current, desired: current + delta, maximum: maximum) else { return -1 }
        }
        return WasmInterpreter.growTable(table, by: delta, initial: initial)
    }

    func makeGlobal(_ bits: UInt64) -> UnsafeMutablePointer<UInt64> {
        let cell = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
        cell.initialize(to: bits)
        globals.append(cell)
        return cell
    }

    func funcType(of record: UnsafeMutablePointer<FuncRecord>) -> FuncType {
        if record.pointee.isHost { return Unmanaged<HostFunction>.fromOpaque(record.pointee.host!).takeUnretainedValue().type }
        return engine.funcType(id: record.pointee.typeID)
    }

    // MARK: values <-> slots

    @usableFromInline
    func slot(from value: Value, type: ValueType) throws(WasmError) -> UInt64 {
        guard value.type == type else { throw WasmError(.usage, "expected a value of type \(type), got \(value.type)") }
        switch value {
        case .i32(let v): return UInt64(UInt32(bitPattern: v))
        case .i64(let v): return UInt64(bitPattern: v)
        case .f32(let v): return UInt64(v.bitPattern)
        case .f64(let v): return v.bitPattern
        case .funcRef(let f):
            guard let f else { return 0 }
            try check(f.storeID)
            return UInt64(UInt(bitPattern: f.record))
        case .externRef(let r):
            guard let r else { return 0 }
            try check(r.storeID)
            return r.index + 1
        }
    }

    @usableFromInline
    func value(fromSlot bits: UInt64, type: ValueType) -> Value {
        switch type {
        case .i32: .i32(Int32(truncatingIfNeeded: bits))
        case .i64: .i64(Int64(bitPattern: bits))
        case .f32: .f32(Float(bitPattern: UInt32(truncatingIfNeeded: bits)))
        case .f64: .f64(Double(bitPattern: bits))
        case .funcRef: .funcRef(UnsafeMutablePointer<FuncRecord>(bitPattern: UInt(bits)).map { Func(storeID: id, record: $0) })
        case .externRef: .externRef(bits == 0 ? nil : ExternRef(storeID: id, index: bits - 1))
        }
    }

    // MARK: calls

    /// Host -> Wasm (or host -> host) call with type-checked arguments.
    func invoke(_ record: UnsafeMutablePointer<FuncRecord>, _ args: [Value]) throws -> [Value] {
        // Types from the record's signature: no type lookup (a lock) and no arrays to retain.
        let numParams = Int(record.pointee.numParams)
        let numResults = Int(record.pointee.numResults)
        let signature = record.pointee.signature
        guard args.count == numParams else {
            throw WasmError(.usage, "expected \(numParams) arguments, got \(args.count)")
        }
        let results = try invokeRaw(record) { slots throws(WasmError) in
            for k in 0..<numParams { slots[k] = try slot(from: args[k], type: signature[k]) }
        }
        if numResults == 0 { return [] }
        return (0..<numResults).map { k in value(fromSlot: results[k], type: signature[numParams + k]) }
    }

    /// Throws a stack-overflow trap when the native stack is within `nativeStackMargin` of its end.
    @inline(never)
    func checkNativeStack() throws {
        let thread = pthread_self()
        if nativeStackFloor == 0 || nativeStackThread.map({ pthread_equal($0, thread) == 0 }) ?? true {
            nativeStackThread = thread
            let low = UInt(wasmlua_stack_low())
            // Unknown bounds: keep to the depth limit alone.
            nativeStackFloor = low == 0 ? 1 : low + Self.nativeStackMargin
        }
        var marker = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        if here < nativeStackFloor { throw Trap(.stackOverflow) }
    }

    /// The native stack a nested host call may use between two checks, with room to spare.
    static let nativeStackMargin: UInt = 256 << 10

    /// Calls `record` with arguments that `writeArguments` puts into the slots it is given;
    /// returns the slots holding the results (valid until the next call into this store).
    @usableFromInline
    func invokeRaw(
        _ record: UnsafeMutablePointer<FuncRecord>, _ writeArguments: (Slots) throws(WasmError) -> Void
    ) throws -> Slots {
        let fp = stackTop
        let needed = max(Int(record.pointee.numParams), Int(record.pointee.numResults), Int(record.pointee.frameSize))
        guard fp + needed <= context.pointee.stackEnd, hostDepth < 1000 else { throw Trap(.stackOverflow) }
        // Each host -> Wasm level nests native frames: deep chains stop before the thread's stack
        // runs out, whatever its size (a sanitizer's frames, or a thread of 512 KB).
        if hostDepth == 0 {
            nativeStackFloor = 0
        } else if hostDepth >= 8 {
            try checkNativeStack()
        }
        try writeArguments(fp)
        if record.pointee.isHost {
            // Host -> host: no hooks; the arguments go through slots like any host call.
            stackTop = fp + needed
            hostDepth += 1
            defer {
                stackTop = fp
                hostDepth -= 1
            }
            try Unmanaged<HostFunction>.fromOpaque(record.pointee.host!)._withUnsafeGuaranteedRef { try $0.call(fp, nil) }
            return fp
        }
        let context = self.context
        switch try runWasm(
            entryFP: fp, resumable: false,
            { frames in
                execute(entry: record, fp: fp, frames: frames, context: context)
            })
        {
        case .finished: return fp
        case .suspended: fatalError("a call that is not resumable was suspended")
        }
    }

    /// How a Wasm run ended.
    enum RunOutcome {
        /// Returned; results are in the entry frame's first slots.
        case finished
        /// Stopped, resumably (only when asked for): the state to resume from and why.
        case suspended(SuspendedCall, reason: any Error)
    }

    /// Runs Wasm code whose entry frame is at `entryFP` (`body` starts the executor, given the
    /// first free call frame), with call hooks, and turns its outcome into results or errors.
    func runWasm(entryFP: Slots, resumable: Bool, _ body: (UnsafeMutablePointer<CallFrame>) -> TrapCode) throws -> RunOutcome {
        if let callHook { try callHook(.callingWasm) }
        // Why saved: a host function called from Wasm may re-enter Wasm through this store.
        let (savedBase, savedTop, savedInstance) = (
            context.pointee.framesBase, context.pointee.framesTop, context.pointee.instance
        )
        let trap = body(framesTop)
        let backtrace = trap == .none || trap == .hostError ? [] : captureBacktrace()
        var suspended: SuspendedCall?
        // A final host error (a WASI exit) ends a resumable call for good: nothing to resume.
        if resumable, trap == .outOfFuel || (trap == .hostError && !(pendingError is any FinalHostError)) {
            suspended = suspend(entryFP: entryFP, trap: trap)
        }
        (context.pointee.framesBase, context.pointee.framesTop, context.pointee.instance) = (
            savedBase, savedTop, savedInstance
        )
        if let callHook {
            do {
                try callHook(.returningFromWasm)
            } catch {
                pendingError = nil
                throw error
            }
        }
        switch trap {
        case .none:
            return .finished
        case .hostError:
            let error = pendingError!
            pendingError = nil
            if let suspended { return .suspended(suspended, reason: error) }
            throw error
        default:
            let error = Trap(trap, backtrace: backtrace)
            if let suspended { return .suspended(suspended, reason: error) }
            throw error
        }
    }

    /// The functions on the Wasm stack of the current run, innermost first.
    func captureBacktrace() -> [TraceFrame] {
        var pcs: [CodePointer] = []
        if let pc = context.pointee.trapPC { pcs.append(pc) }
        var frame = context.pointee.framesTop
        while frame > context.pointee.framesBase, pcs.count < 64 {
            frame -= 1
            pcs.append(frame.pointee.pc - 1)  // the call instruction, not the return address
        }
        return pcs.compactMap(traceFrame(containing:))
    }

    /// The function whose code contains `pc`.
    func traceFrame(containing pc: CodePointer) -> TraceFrame? {
        guard let (module, k) = definedFunction(containing: pc) else { return nil }
        let index = UInt32(module.info.importedFunctionCount + k)
        return TraceFrame(functionIndex: index, name: module.info.functionNames[index])
    }

    /// The module and defined-function index whose translated code contains `pc`.
    func definedFunction(containing pc: CodePointer) -> (Module, Int)? {
        var seen = Set<ObjectIdentifier>()
        for instance in instances where seen.insert(ObjectIdentifier(instance.module)).inserted {
            if let k = instance.module.definedFunction(containing: pc) { return (instance.module, k) }
        }
        return nil
    }

    /// Wasm -> host call: arguments are in `slots`, results go back there.
    func callHost(
        _ record: UnsafeMutablePointer<FuncRecord>, slots: Slots, frames: UnsafeMutablePointer<CallFrame>,
        instance: UnsafeMutablePointer<InstanceData>
    ) -> TrapCode {
        let (savedTop, savedFrames) = (stackTop, framesTop)
        stackTop = slots + Int(max(record.pointee.numParams, record.pointee.numResults))
        framesTop = frames
        hostDepth += 1
        defer {
            stackTop = savedTop
            framesTop = savedFrames
            hostDepth -= 1
        }
        do {
            try Unmanaged<HostFunction>.fromOpaque(record.pointee.host!)._withUnsafeGuaranteedRef { host in
                let hooked = callHook != nil && !host.runsOwnHooks
                if hooked {
                    (hookedHost, hookedHostCaller) = (record, instance)
                    try callHook!(.callingHost)
                }
                try host.call(slots, instance)
                if hooked {
                    // Set again: host calls nest.
                    (hookedHost, hookedHostCaller) = (record, instance)
                    try callHook!(.returningFromHost)
                }
            }
            return .none
        } catch {
            pendingError = error
            return .hostError
        }
    }
}
