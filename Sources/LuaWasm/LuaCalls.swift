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
    let saved = (store.data.L, store.data.anchors)
    store.data.L = L
    store.data.anchors = anchors
    defer { (store.data.L, store.data.anchors) = saved }
    let count = try body()
    swl_remove(L, anchors)
    return count
}

/// Lua -> Wasm: calls `box` with the Lua arguments from `firstArg` on; pushes the results.
func callFunction(_ L: LState, _ box: FuncBox, firstArg: Int32, count given: Int32, storeIndex: Int32) throws -> Int32 {
    let store = try box.storeBox.open(box.name)
    let params = box.type.params
    guard given == Int32(params.count) else {
        throw LuaError("\(box.name): expected \(params.count) argument\(params.count == 1 ? "" : "s") \(box.type), got \(given)")
    }
    let results = box.type.results
    return try enterStore(L, storeIndex: storeIndex, store) {
        // Arguments go straight into the callee's slots, results straight onto the Lua stack.
        try box.function.callRaw(store) { slots in
            for (k, type) in params.enumerated() {
                let value = try toValue(L, firstArg + Int32(k), type, "bad argument #\(k + 1) to '\(box.name)'", store: box.storeBox)
                try slots.set(k, value, type)
            }
        } readResults: { slots in
            for (k, type) in results.enumerated() { pushValue(L, slots.get(k, type), store: store) }
        }
        return Int32(results.count)
    }
}

/// The Lua function of an exported Wasm function: upvalue 3 is the store userdata, upvalue 4
/// the `wasm.Func` userdata.
func exportedFunctionBody(_ L: LState?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    guarded(L) { L in
        guard let box = object(L, swl_upvalueindex(4), .function, as: FuncBox.self) else {
            throw LuaError("the function was released")
        }
        return try callFunction(L, box, firstArg: 1, count: lua_gettop(L), storeIndex: swl_upvalueindex(3))
    }
}

/// Pushes `function` as a plain Lua function (keeping the store userdata at `storeIndex` alive).
func pushExportedFunction(_ L: LState, _ function: Func, name: String, storeIndex: Int32, storeBox: StoreBox) throws {
    let store = try storeBox.open(name)
    let storeIndex = lua_absindex(L, storeIndex)
    lua_pushvalue(L, storeIndex)
    pushObject(L, FuncBox(function, type: try function.type(store), name: name, storeBox: storeBox), .function)
    // The Func userdata keeps the store userdata alive too.
    setOwner(L, object: -1, owner: storeIndex)
    swl_pushbody(L, exportedFunctionBody, nil, 2)
}

/// Pushes a funcref as a callable `wasm.Func` object (during a call into the store).
func pushFunctionObject(_ L: LState, _ function: Func, store: Store<LuaStoreState>) {
    guard let type = try? function.type(store) else { return lua_pushnil(L) }
    pushObject(L, FuncBox(function, type: type, name: "funcref", storeBox: store.data.box), .function)
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

/// Wasm -> Lua: the Swift body of a host function defined with `linker:func_wrap`.
func callLuaHostFunction(
    id: lua_Integer, label: String, type: FuncType, passCaller: Bool, caller: Caller<LuaStoreState>, values: RawValues
) throws {
    let state = caller.data
    guard let L = state.L else { throw LuaError("\(label): called outside a call from Lua") }
    let top = lua_gettop(L)
    defer { lua_settop(L, top) }
    _ = lua_rawgeti(L, state.anchors, id)
    var count = Int32(type.params.count)
    var callerBox: CallerBox?
    var savedCaller: Caller<LuaStoreState>?
    if passCaller {
        _ = lua_rawgeti(L, state.anchors, StoreAnchor.caller)
        callerBox = object(L, -1, .caller, as: CallerBox.self)
        savedCaller = callerBox?.caller
        callerBox?.caller = caller
        count += 1
    }
    defer { callerBox?.caller = savedCaller }
    for (k, paramType) in type.params.enumerated() { pushValue(L, values.get(k, paramType), store: caller.store) }
    try pcall(L, nargs: count, nresults: SWL_MULTRET)
    let returned = Int(lua_gettop(L) - top)
    guard returned == type.results.count else {
        throw LuaError("\(label) returned \(returned) value\(returned == 1 ? "" : "s"), expected \(type.results.count) \(type)")
    }
    for (k, resultType) in type.results.enumerated() {
        let value = try toValue(L, top + 1 + Int32(k), resultType, "result #\(k + 1) of \(label)", store: state.box)
        try values.set(k, value, resultType)
    }
}

// MARK: traps

/// The Lua name of a trap code (`integer_divide_by_zero`, `out_of_fuel`, ...).
func luaName(_ code: TrapCode) -> String {
    switch code {
    case .none: "none"
    case .unreachable: "unreachable"
    case .integerDivideByZero: "integer_divide_by_zero"
    case .integerOverflow: "integer_overflow"
    case .invalidConversionToInteger: "invalid_conversion_to_integer"
    case .memoryOutOfBounds: "memory_out_of_bounds"
    case .tableOutOfBounds: "table_out_of_bounds"
    case .undefinedElement: "undefined_element"
    case .indirectCallTypeMismatch: "indirect_call_type_mismatch"
    case .nullReference: "null_reference"
    case .uninitializedElement: "uninitialized_element"
    case .stackOverflow: "stack_overflow"
    case .hostError: "host_error"
    case .outOfFuel: "out_of_fuel"
    }
}

/// Pushes a trap as a Lua error object: `{code=, message=, trace=}` with metatable `wasm.Trap`.
func pushTrap(_ L: LState, _ trap: Trap) {
    lua_createtable(L, 0, 3)
    pushString(L, luaName(trap.code))
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
