// Calls across the Lua/Wasm boundary in both directions.
import CLua
import CLuaShims
import WasmInterpreter

/// Runs `body` with the store's anchor table pushed and recorded as the current Lua context of
/// the store (so host functions and hooks reach their Lua functions); removes the table after.
/// `body` pushes its results and returns their count.
func enterStore(_ L: LState, storeIndex: Int32, _ store: Store<LuaStoreState>, _ body: () throws -> Int32) throws -> Int32 {
    pushAnchors(L, storeIndex)
    let anchors = lua_gettop(L)
    let saved = (
        store.data.L, store.data.anchors, store.data.entry, store.data.entryObject, store.data.yieldContext,
        store.data.reservedTop
    )
    store.data.L = L
    store.data.anchors = anchors
    // No reserved room: host functions reached from here check the stack themselves.
    store.data.reservedTop = 0
    // No exported function is entered here (instantiation runs a start function, say), and no
    // coroutine yield can pass through (runSlice sets .coroutine inside, for its own call).
    (store.data.entry, store.data.entryObject) = (nil, 0)
    store.data.yieldContext = saved.0 == nil ? .none : .nested
    defer {
        (
            store.data.L, store.data.anchors, store.data.entry, store.data.entryObject, store.data.yieldContext,
            store.data.reservedTop
        ) = saved
    }
    let count = try body()
    swl_remove(L, anchors)
    return count
}

/// Stack slots a Lua -> Wasm call reserves above its own for the host functions it reaches:
/// those with up to 14 parameters then skip a `lua_checkstack` per call (see
/// `LuaStoreState.reservedTop`).
let hostCallStackReserve: Int32 = 24

/// Lua -> Wasm: calls `box` with the Lua arguments from `firstArg` on and pushes its results.
/// `anchors` is the index of the store's anchor table (it stays below the results), `object` the
/// index of the function's `wasm.Func` userdata.
func callFunction(_ L: LState, _ box: FuncBox, firstArg: Int32, count given: Int32, anchors: Int32, object: Int32) throws -> Int32 {
    guard let store = box.storeBox.store.map(Unmanaged.passUnretained) else { throw LuaError("\(box.name): the store is closed") }
    // Borrowed, not retained (two atomic increments per call): the store cannot go while it runs
    // code (`close` refuses, and the caller's stack holds its userdata).
    let unowned = store
    return try store._withUnsafeGuaranteedRef { store in
        try Unmanaged.passUnretained(store.data)._withUnsafeGuaranteedRef { state in
            let params = box.type.params
            let results = box.type.results
            guard given == Int32(params.count) else {
                throw LuaError("\(box.name): expected \(params.count) argument\(params.count == 1 ? "" : "s") \(box.type), got \(given)")
            }
            // Also reserves room for the host functions this call reaches (see `reservedTop`).
            let reserved = max(Int32(results.count) + 1, hostCallStackReserve)
            guard lua_checkstack(L, reserved) != 0 else {
                throw LuaError("\(box.name): too many results for the Lua stack")
            }
            // Inside a coroutine, a call that can suspend (wasm.yield, store:yield_interval).
            if lua_isyieldable(L) != 0 {
                return try callInCoroutine(L, box, firstArg: firstArg, anchors: anchors, object: object)
            }
            // A call made while a yield_interval slice runs (from a host function or hook) gets the
            // store's whole fuel, not what is left of the slice.
            if state.fuelReserve > 0 {
                return try withWholeFuel(store) {
                    try callFunction(L, box, firstArg: firstArg, count: given, anchors: anchors, object: object)
                }
            }
            lua_pushvalue(L, anchors)
            let saved = (state.L, state.anchors, state.yieldContext, state.entry, state.entryObject, state.reservedTop)
            state.L = L
            state.anchors = lua_gettop(L)
            state.yieldContext = saved.0 == nil ? .none : .nested
            (state.entry, state.entryObject) = (box, object)
            // Counted from the top when the room was reserved (below the anchors' copy).
            state.reservedTop = state.anchors - 1 + reserved
            defer { (state.L, state.anchors, state.yieldContext, state.entry, state.entryObject, state.reservedTop) = saved }
            // Arguments are converted before the call (a bad one stops it before Wasm runs), results
            // are copied out before anything is pushed (pushing may run Lua code, e.g. a finalizer,
            // that calls into the store and overwrites the result slots).
            return try withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(params.count, results.count)) { buffer in
                for k in params.indices {
                    buffer[k] = try luaBits(L, firstArg + Int32(k), params[k], unowned, "bad argument #\(k + 1) to '\(box.name)'")
                }
                let slots = try box.function.callWithBits(store, UnsafeBufferPointer(rebasing: buffer[..<params.count]))
                for k in results.indices { buffer[k] = slots[k] }
                for k in results.indices { pushBits(L, buffer[k], results[k], unowned) }
                return Int32(results.count)
            }
        }
    }
}

/// The slot bits of the Lua value at `index` converted to `type`; `what` names it in errors.
@inline(__always)
func luaBits(_ L: LState, _ index: Int32, _ type: ValueType, _ store: UnownedStore, _ what: @autoclosure () -> String) throws -> UInt64 {
    switch type {
    case .i32, .i64:
        var isNumber: Int32 = 0
        let v = lua_tointegerx(L, index, &isNumber)
        if isNumber != 0 {
            if type == .i64 { return UInt64(bitPattern: v) }
            if v >= -0x8000_0000 && v <= 0xFFFF_FFFF { return UInt64(UInt32(truncatingIfNeeded: v)) }
        }
    case .f64, .f32:
        // Numbers, and strings that convert to numbers (as Lua's own luaL_checknumber takes them).
        var isNumber: Int32 = 0
        let v = swl_tonumber(L, index, &isNumber)
        if isNumber != 0 { return type == .f64 ? v.bitPattern : UInt64(Float(v).bitPattern) }
    case .funcRef, .externRef: break
    }
    // References, and the error message for anything that does not convert.
    return try store._withUnsafeGuaranteedRef { store in
        try store.rawBits(of: try toValue(L, index, type, what(), store: store.data.box), type: type)
    }
}

/// A store passed to the per-value conversions without reference counting (two atomic operations
/// per value otherwise); valid because conversions run only while the store runs a call.
typealias UnownedStore = Unmanaged<Store<LuaStoreState>>

/// Pushes slot bits `bits` of type `type` as a Lua value.
@inline(__always)
func pushBits(_ L: LState, _ bits: UInt64, _ type: ValueType, _ store: UnownedStore) {
    switch type {
    case .i32: lua_pushinteger(L, lua_Integer(Int32(truncatingIfNeeded: bits)))
    case .i64: lua_pushinteger(L, lua_Integer(bitPattern: bits))
    case .f32: lua_pushnumber(L, Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits))))
    case .f64: lua_pushnumber(L, Double(bitPattern: bits))
    case .funcRef, .externRef:
        store._withUnsafeGuaranteedRef { store in pushValue(L, store.value(ofRawBits: bits, type: type), store: store) }
    }
}

/// The Lua function of an exported Wasm function (called by `swl_pushexported`'s trampoline):
/// `object` is the `FuncBox` of the `wasm.Func` userdata in upvalue 2, upvalue 1 the store's
/// anchor table.
@_cdecl("swl_exported_body")
func exportedFunctionBody(_ L: LState?, _ object: UnsafeMutableRawPointer?) -> Int32 {
    guarded(L) { L in
        guard let object else { throw LuaError("the function was released") }
        // Borrowed: upvalue 2 keeps the box alive while this closure runs.
        return try Unmanaged<FuncBox>.fromOpaque(object)._withUnsafeGuaranteedRef { box in
            try callFunction(L, box, firstArg: 1, count: lua_gettop(L), anchors: swl_upvalueindex(1), object: swl_upvalueindex(2))
        }
    }
}

/// Pushes `function` as a plain Lua function (keeping the store userdata at `storeIndex` alive).
func pushExportedFunction(_ L: LState, _ function: Func, name: String, storeIndex: Int32, storeBox: StoreBox) throws {
    let store = try storeBox.open(name)
    let storeIndex = lua_absindex(L, storeIndex)
    pushAnchors(L, storeIndex)
    pushObject(L, FuncBox(function, type: try function.type(store), name: name, exportName: name, storeBox: storeBox), .function)
    // The Func userdata keeps the store userdata alive (and with it the anchor table).
    setOwner(L, object: -1, owner: storeIndex)
    swl_pushexported(L)
}

/// Pushes a funcref as a callable `wasm.Func` object (during a call into the store).
func pushFunctionObject(_ L: LState, _ function: Func, store: Store<LuaStoreState>) {
    guard let type = try? function.type(store) else { return lua_pushnil(L) }
    pushObject(L, FuncBox(function, type: type, name: "funcref", exportName: nil, storeBox: store.data.box), .function)
    _ = lua_rawgeti(L, store.data.anchors, StoreAnchor.store)
    setOwner(L, object: -2, owner: -1)
    swl_pop(L, 1)
}

/// Pushes an export (function, memory, global or table) for Lua.
func pushExtern(_ L: LState, _ value: Extern, name: String, storeIndex: Int32, storeBox: StoreBox) throws {
    let storeIndex = lua_absindex(L, storeIndex)
    switch value {
    case .function(let f):
        try pushExportedFunction(L, f, name: name, storeIndex: storeIndex, storeBox: storeBox)
        return
    case .memory(let m): pushObject(L, MemoryBox(m, storeBox: storeBox), .memory)
    case .global(let g): pushObject(L, GlobalBox(g, storeBox: storeBox), .global)
    case .table(let t): pushObject(L, TableBox(t, storeBox: storeBox), .table)
    }
    setOwner(L, object: -1, owner: storeIndex)
}

/// Wasm -> Lua: a host function defined with `linker:func_wrap`. Its Lua function is anchored
/// under `id` in the anchor table of every store it is instantiated in.
final class LuaHostFunction {
    let id: lua_Integer
    /// `host function MODULE.NAME`, for messages.
    let label: String
    let type: FuncType
    let params: [ValueType]
    let results: [ValueType]
    /// Whether the Lua function gets a `wasm.Caller` as its first argument.
    let passCaller: Bool
    /// Whether every result is a number (no reference): see the yield check in `call`.
    let resultsAreNumbers: Bool
    /// The function itself, once made (`wasm.Func`): how a two-parameter hook finds the import
    /// name a module gave it.
    var function: Func?

    /// The module and field it was defined under (`linker:func_wrap`); nil for `wasm.Func`.
    let importName: (module: String, name: String)?

    init(id: lua_Integer, label: String, type: FuncType, passCaller: Bool, importName: (module: String, name: String)? = nil) {
        self.id = id
        self.importName = importName
        self.label = label
        self.type = type
        self.params = type.params
        self.results = type.results
        self.passCaller = passCaller
        self.resultsAreNumbers = !type.results.contains { $0.isReference }
    }

    /// Pushes `{module =, name =}` for a two-parameter hook: the import that `caller` made of
    /// this function (cached in the store's anchors under `-id` for `func_wrap` functions, whose
    /// names are fixed).
    private func pushHookTarget(_ L: LState, anchors: Int32, _ caller: Caller<LuaStoreState>) {
        if importName != nil, lua_rawgeti(L, anchors, -id) == LUA_TTABLE { return }
        if importName != nil { swl_pop(L, 1) }
        let name = importName ?? function.flatMap { caller.importName(of: $0) }
        lua_createtable(L, 0, 2)
        if let name {
            pushString(L, name.module)
            lua_setfield(L, -2, "module")
            pushString(L, name.name)
            lua_setfield(L, -2, "name")
        }
        if importName != nil {
            lua_pushvalue(L, -1)
            lua_rawseti(L, anchors, -id)
        }
    }

    /// The function's body in `store` (`SlotHostBody`).
    func body(in store: UnownedStore) -> SlotHostBody {
        { slots, instance in try self.call(store, instance, slots) }
    }

    /// Calls the Lua function with the arguments in `slots` and writes its results there; called
    /// from Wasm (`instance` not nil) with a hook set, the store's Lua call hook runs around it,
    /// in the same protected call.
    // Why always inlined: into `body(in:)`'s closure, so that a Wasm -> Lua call makes one Swift
    // call before Lua's own.
    @inline(__always)
    private func call(_ store: UnownedStore, _ instance: UnsafeMutablePointer<InstanceData>?, _ slots: UnsafeMutablePointer<UInt64>) throws
    {
        let runHooks = instance != nil && store._withUnsafeGuaranteedRef { $0.hasCallHook }
        let caller = Caller(store: store, instance: instance)
        // Borrowed: the store (and so its data) is alive during its own host calls.
        try Unmanaged.passUnretained(caller.store.data)._withUnsafeGuaranteedRef { state in
            guard let L = state.L else { throw LuaError("\(label): called outside a call from Lua") }
            let base = lua_gettop(L)
            var top = base
            defer { lua_settop(L, base) }
            // At most 9 values besides the arguments: see the pushes below.
            let needed = Int32(params.count) + 9
            if base + needed > state.reservedTop {
                guard lua_checkstack(L, needed) != 0 else { throw LuaError("\(label): too many arguments for the Lua stack") }
            }
            // In the outermost Wasm call of a coroutine, the Lua function may return wasm.yield(...):
            // it says so to wasm.yield through the registry (the previous permission kept at `top`).
            let mayYield = state.yieldContext == .coroutine
            if mayYield {
                swl_push_yield_thread(L)
                swl_set_yield_thread(L, 0)
                top += 1
            }
            defer { if mayYield { swl_set_yield_thread(L, top) } }
            var extra: Int32 = 0
            if runHooks {
                _ = lua_rawgeti(L, state.anchors, StoreAnchor.hostCallRunner)
                extra = 1
                if state.hookWantsTarget {
                    pushHookTarget(L, anchors: state.anchors, caller)
                    extra = 2
                }
            }
            _ = lua_rawgeti(L, state.anchors, id)
            // The Caller object is valid during this call only (restored after: calls nest).
            // Unmanaged: the store's anchor table keeps the box (a reference here would cost a
            // release per call, also without a caller).
            var callerBox: Unmanaged<CallerBox>?
            var savedCaller: Caller<LuaStoreState>?
            if passCaller {
                _ = lua_rawgeti(L, state.anchors, StoreAnchor.caller)
                callerBox = object(L, -1, .caller, as: CallerBox.self).map { .passUnretained($0) }
                savedCaller = callerBox?.takeUnretainedValue().caller
                callerBox?.takeUnretainedValue().caller = caller
                extra += 1
            }
            defer { if let callerBox { callerBox.takeUnretainedValue().caller = savedCaller } }
            for k in params.indices { pushBits(L, slots[k], params[k], store) }
            try pcall(L, nargs: Int32(params.count) + extra, nresults: SWL_MULTRET)
            let returned = Int(lua_gettop(L) - top)
            // wasm.yield(...) returns its marker first. A number result is never the marker, so
            // with number results it is looked for only when a conversion fails (one Lua API call
            // less per call).
            if returned >= 1, returned != results.count || !resultsAreNumbers, isYieldMark(L, top + 1) {
                throw try yieldRequest(L, first: top + 2, count: Int32(returned - 1), state: state, label: label)
            }
            do {
                guard returned == results.count else {
                    throw LuaError("\(label) returned \(returned) value\(returned == 1 ? "" : "s"), expected \(results.count) \(type)")
                }
                for k in results.indices {
                    slots[k] = try luaBits(L, top + 1 + Int32(k), results[k], store, "result #\(k + 1) of \(label)")
                }
            } catch {
                if resultsAreNumbers, returned >= 1, isYieldMark(L, top + 1) {
                    throw try yieldRequest(L, first: top + 2, count: Int32(returned - 1), state: state, label: label)
                }
                // wasm.yield's results among others (`return 1, wasm.yield()`) say more than a count.
                for k in 0..<Int32(returned) where isYieldMark(L, top + 1 + k) {
                    throw LuaError("\(label): wasm.yield(...) must be returned alone (return wasm.yield(...))")
                }
                throw error
            }
        }
    }
}

// MARK: traps

/// Pushes a trap as a Lua error object: `{code=, message=, trace=}` with metatable `wasm.Trap`.
func pushTrap(_ L: LState, _ trap: Trap) {
    lua_createtable(L, 0, 3)
    pushString(L, trap.code.snakeCaseName)
    lua_setfield(L, -2, "code")
    pushString(L, trap.message)
    lua_setfield(L, -2, "message")
    lua_createtable(L, Int32(trap.backtrace.count), 0)
    for (k, frame) in trap.backtrace.enumerated() {
        pushString(L, frame.description)
        lua_rawseti(L, -2, lua_Integer(k + 1))
    }
    lua_setfield(L, -2, "trace")
    _ = swl_getmetatable_named(L, "wasm.Trap")
    lua_setmetatable(L, -2)
}
