// `require "wasm"`: the module table, its classes and their methods.
import CLua
import CLuaShims
import WasmInterpreter

// MARK: Engine, Store

func engineNew(_ L: LState?) -> Int32 {
    guarded(L) { L in
        var config = Config()
        if lua_type(L, 1) == LUA_TTABLE {
            // Unknown options are mistakes: `{fule = true}` would silently run without fuel.
            try checkOptionKeys(L, 1, "Engine", ["fuel", "max_call_depth", "max_stack_slots"])
            if let fuel = try booleanOption(L, 1, "fuel", "Engine") { config.consumeFuel = fuel }
            if rawField(L, 1, "max_call_depth") != LUA_TNIL {
                config.maxCallDepth = Int(try checkInteger(L, -1, "Engine (max_call_depth)"))
                guard config.maxCallDepth > 0 else { throw LuaError("Engine: max_call_depth must be positive") }
            }
            swl_pop(L, 1)
            if rawField(L, 1, "max_stack_slots") != LUA_TNIL {
                let slots = try checkInteger(L, -1, "Engine (max_stack_slots)")
                // Why a ceiling: the value stack is one allocation of 8-byte slots per store.
                guard (1024...(1 << 28)).contains(slots) else {
                    throw LuaError("Engine: max_stack_slots must be between 1024 and 268435456, got \(slots)")
                }
                config.valueStackSlots = Int(slots)
            }
            swl_pop(L, 1)
        } else if lua_type(L, 1) != LUA_TNONE && lua_type(L, 1) != LUA_TNIL {
            throw argError(L, 1, "Engine", "table or nil")
        }
        pushObject(L, EngineBox(Engine(config: config)), .engine)
        return 1
    }
}

func storeNew(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let engine = try checkObject(L, 1, .engine, "Store", as: EngineBox.self).engine
        if lua_gettop(L) < 2 { lua_settop(L, 2) }
        let box = StoreBox(engine: engine)
        pushObject(L, box, .store)
        let store = lua_gettop(L)
        pushAnchors(L, store)
        lua_pushvalue(L, 2)
        lua_rawseti(L, -2, StoreAnchor.data)
        pushObject(L, CallerBox(), .caller)
        setOwner(L, object: -1, owner: store)
        lua_rawseti(L, -2, StoreAnchor.caller)
        // The store refers to itself so that host functions can reach it (a cycle the GC handles).
        lua_pushvalue(L, store)
        lua_rawseti(L, -2, StoreAnchor.store)
        swl_pop(L, 1)
        return 1
    }
}

func storeClose(_ L: LState?) -> Int32 {
    guarded(L) { L in
        if let box = object(L, 1, .store, as: StoreBox.self) {
            guard box.store?.data.L == nil else { throw LuaError("close: the store is running Wasm code") }
            box.store = nil
        }
        return 0
    }
}

/// The error of a fuel method on a store whose engine counts no fuel.
func noFuel(_ function: String) -> LuaError {
    LuaError("\(function): the engine counts no fuel (create it with wasm.Engine{fuel = true})")
}

func storeSetFuel(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let store = try checkObject(L, 1, .store, "set_fuel", as: StoreBox.self).open("set_fuel")
        let fuel = try checkInteger(L, 2, "set_fuel")
        guard fuel >= 0 else { throw LuaError("set_fuel: fuel must not be negative") }
        guard store.engine.config.consumeFuel else { throw noFuel("set_fuel") }
        try store.setFuel(UInt64(fuel))
        store.data.fuelReserve = 0  // the new budget replaces a running slice's reserve too
        return 0
    }
}

func storeGetFuel(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let store = try checkObject(L, 1, .store, "get_fuel", as: StoreBox.self).open("get_fuel")
        guard store.engine.config.consumeFuel else { throw noFuel("get_fuel") }
        // Seen from Lua, the fuel held back by a running yield_interval slice is still the store's.
        lua_pushinteger(L, lua_Integer(clamping: try store.getFuel() + store.data.fuelReserve))
        return 1
    }
}

/// store:limiter{memory_size =, table_elements =, instances =, tables =, memories =,
/// trap_on_grow_failure =} (Wasmtime's StoreLimits); store:limiter(nil) removes the limits.
func storeLimiter(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let store = try checkObject(L, 1, .store, "limiter", as: StoreBox.self).open("limiter")
        if swl_isnoneornil(L, 2) != 0 {
            store.setLimiter(nil)
            return 0
        }
        guard lua_type(L, 2) == LUA_TTABLE else { throw argError(L, 2, "limiter", "table or nil") }
        try checkOptionKeys(
            L, 2, "limiter", ["memory_size", "table_elements", "instances", "tables", "memories", "trap_on_grow_failure"])
        func count(_ key: String) throws -> Int { Int(clamping: try countOption(L, 2, key, "limiter") ?? UInt64(Int.max)) }
        let limits = StoreLimits(
            memorySize: try countOption(L, 2, "memory_size", "limiter"),
            tableElements: try countOption(L, 2, "table_elements", "limiter"), instances: try count("instances"),
            memories: try count("memories"), tables: try count("tables"))
        limits.trapOnGrowFailure = try booleanOption(L, 2, "trap_on_grow_failure", "limiter") ?? false
        store.setLimiter(limits)
        return 0
    }
}

func storeCallHook(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let store = try checkObject(L, 1, .store, "call_hook", as: StoreBox.self).open("call_hook")
        let remove = swl_isnoneornil(L, 2) != 0
        if !remove { try checkFunction(L, 2, "call_hook") }
        pushAnchors(L, 1)
        lua_pushvalue(L, 2)
        lua_rawseti(L, -2, StoreAnchor.hook)
        for kind in [CallHook.callingWasm, .returningFromWasm, .callingHost, .returningFromHost] {
            pushString(L, kind.description)
            lua_rawseti(L, -2, StoreAnchor.hookEventName(kind))
        }
        if remove {
            lua_pushnil(L)
            lua_rawseti(L, -2, StoreAnchor.hostCallRunner)
            swl_pop(L, 1)
            store.data.hookWantsTarget = false
            store.rawCallHook(nil)
            return 0
        }
        // A hook declared with two parameters also gets what is being called.
        store.data.hookWantsTarget = swl_nparams(L, 2) >= 2
        // Made once here, not per host call: the anchor table (for the hook set at each event)
        // and the event names are its upvalues.
        lua_pushvalue(L, -1)
        _ = lua_rawgeti(L, -2, StoreAnchor.hookEventName(.callingHost))
        _ = lua_rawgeti(L, -3, StoreAnchor.hookEventName(.returningFromHost))
        if store.data.hookWantsTarget {
            lua_pushcclosure(L, swl_hooked_call_target, 3)
        } else {
            lua_pushcclosure(L, swl_hooked_call, 3)
        }
        lua_rawseti(L, -2, StoreAnchor.hostCallRunner)
        swl_pop(L, 1)
        // Unmanaged: the store owns the hook, and the state lives as long as the store.
        let unmanagedState = Unmanaged.passUnretained(store.data)
        store.rawCallHook { kind in
            try unmanagedState._withUnsafeGuaranteedRef { state in
                guard let L = state.L else { return }
                _ = lua_rawgeti(L, state.anchors, StoreAnchor.hook)
                _ = lua_rawgeti(L, state.anchors, StoreAnchor.hookEventName(kind))
                guard state.hookWantsTarget else { return try pcall(L, nargs: 1, nresults: 0) }
                pushCallTarget(L, kind, state)
                try pcall(L, nargs: 2, nresults: 0)
            }
        }
        return 0
    }
}

/// Pushes a two-parameter hook's second argument for a hook the store runs: `{name = ...}` (the
/// export name of the function the Lua call entered) for Wasm, `{module =, name =}` (the import)
/// for a host function.
func pushCallTarget(_ L: LState, _ kind: CallHook, _ state: LuaStoreState) {
    switch kind {
    case .callingWasm, .returningFromWasm:
        // Made once per function object and kept in its anchors (key 2): a table and a string
        // per crossing cost more than the rest of the hook.
        let object = state.entryObject != 0 && lua_type(L, state.entryObject) == LUA_TUSERDATA ? state.entryObject : 0
        var cache: Int32 = 0  // the function object's anchor table, if it has one
        if object != 0 {
            if lua_getiuservalue(L, object, 1) == LUA_TTABLE {
                cache = lua_gettop(L)
                if lua_rawgeti(L, cache, 2) == LUA_TTABLE { return swl_remove(L, cache) }
            }
            swl_pop(L, 1)  // the nil read from the cache (or the missing anchor table)
        }
        lua_createtable(L, 0, 1)
        if let name = state.entry?.exportName {
            pushString(L, name)
            lua_setfield(L, -2, "name")
        }
        if cache != 0 {
            lua_pushvalue(L, -1)
            lua_rawseti(L, cache, 2)
            swl_remove(L, cache)
        }
    case .callingHost, .returningFromHost:
        lua_createtable(L, 0, 2)
        if let name = state.box.store?.hookedHostImport() {
            pushString(L, name.module)
            lua_setfield(L, -2, "module")
            pushString(L, name.name)
            lua_setfield(L, -2, "name")
        }
    }
}

func storeIndex(_ L: LState?) -> Int32 {
    guarded(L) { L in
        if toSwiftString(L, 2) == "data" {
            pushAnchors(L, 1)
            _ = lua_rawgeti(L, -1, StoreAnchor.data)
            return 1
        }
        return pushMethod(L)
    }
}

func storeNewIndex(_ L: LState?) -> Int32 {
    guarded(L) { L in
        guard toSwiftString(L, 2) == "data" else { throw LuaError("Store: cannot set field \(fieldName(L, 2)) (only data)") }
        pushAnchors(L, 1)
        lua_pushvalue(L, 3)
        lua_rawseti(L, -2, StoreAnchor.data)
        return 0
    }
}

// MARK: Module

func moduleNew(_ L: LState?) -> Int32 {
    guarded(L) { L in
        // Called as wasm.Module(engine, source): argument 1 is the Module class table, so the
        // user's argument k is at k + 1.
        guard let engine = object(L, 2, .engine, as: EngineBox.self)?.engine else {
            throw LuaError("bad argument #1 to 'Module' (Engine expected, got \(typeName(L, 2)))")
        }
        guard let bytes = toBytes(L, 3) else {
            throw LuaError("bad argument #2 to 'Module' (string (binary or text module) expected, got \(typeName(L, 3)))")
        }
        pushObject(L, ModuleBox(try Module(engine: engine, binaryOrText: bytes)), .module)
        return 1
    }
}

func moduleFromFile(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let engine = try checkObject(L, 1, .engine, "from_file", as: EngineBox.self).engine
        let path = try checkString(L, 2, "from_file")
        let module: Module
        do {
            module = try Module(engine: engine, path: path)
        } catch let error as WasmError where error.kind == .usage {
            throw LuaError("from_file: \(error.message)")
        }
        pushObject(L, ModuleBox(module), .module)
        return 1
    }
}

func moduleValidate(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let engine = try checkObject(L, 1, .engine, "validate", as: EngineBox.self).engine
        guard let bytes = toBytes(L, 2) else { throw argError(L, 2, "validate", "string") }
        do {
            _ = try Module(engine: engine, binaryOrText: bytes)
            lua_pushboolean(L, 1)
            return 1
        } catch {
            lua_pushboolean(L, 0)
            pushString(L, "\(error)")
            return 2
        }
    }
}

/// Pushes `{ {module=, name=, kind=, type=}, ... }` (module only for imports).
func pushTypeList(_ L: LState, _ entries: [(module: String?, name: String, type: ExternType)]) {
    lua_createtable(L, Int32(entries.count), 0)
    for (k, entry) in entries.enumerated() {
        lua_createtable(L, 0, 4)
        if let module = entry.module {
            pushString(L, module)
            lua_setfield(L, -2, "module")
        }
        pushString(L, entry.name)
        lua_setfield(L, -2, "name")
        let kind: String
        switch entry.type {
        case .function: kind = "func"
        case .memory: kind = "memory"
        case .table: kind = "table"
        case .global: kind = "global"
        }
        pushString(L, kind)
        lua_setfield(L, -2, "kind")
        pushExternType(L, entry.type)
        lua_setfield(L, -2, "type")
        lua_rawseti(L, -2, lua_Integer(k + 1))
    }
}

func moduleImports(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let module = try checkObject(L, 1, .module, "imports", as: ModuleBox.self).module
        pushTypeList(L, module.imports.map { ($0.module, $0.name, $0.type) })
        return 1
    }
}

func moduleExports(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let module = try checkObject(L, 1, .module, "exports", as: ModuleBox.self).module
        pushTypeList(L, module.exports.map { (nil, $0.name, $0.type) })
        return 1
    }
}

// MARK: generic metamethods

func objectGC(_ L: LState?) -> Int32 {
    // Only ever installed as __gc of this module's userdata (metatables are protected).
    let slot = lua_touserdata(L, 1)!.assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
    if let pointer = slot.pointee {
        slot.pointee = nil
        Unmanaged<AnyObject>.fromOpaque(pointer).release()
    }
    return 0
}

func objectToString(_ L: LState?) -> Int32 {
    guarded(L) { L in
        var name = "wasm object"
        if lua_getmetatable(L, 1) != 0 {
            if rawField(L, -1, "__name") == LUA_TSTRING { name = toSwiftString(L, -1) ?? name }
            swl_pop(L, 2)
        }
        // Only installed as __tostring of this module's userdata, each of which is one pointer slot.
        let slot = lua_touserdata(L, 1)?.assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
        var closed = slot?.pointee == nil
        if let box = object(L, 1, .store, as: StoreBox.self), box.store == nil { closed = true }
        pushString(L, closed ? "\(name) (closed)" : "\(name): \(slot!.pointee!)")
        return 1
    }
}

func trapToString(_ L: LState?) -> Int32 {
    guarded(L) { L in
        _ = rawField(L, 1, "message")
        var text = "wasm trap: \(toSwiftString(L, -1) ?? "?")"
        // The Wasm backtrace, one frame a line, as the CLI prints it.
        if rawField(L, 1, "trace") == LUA_TTABLE {
            var k: lua_Integer = 1
            while lua_rawgeti(L, -1, k) == LUA_TSTRING {
                text += "\n  at \(toSwiftString(L, -1) ?? "?")"
                swl_pop(L, 1)
                k += 1
            }
        }
        pushString(L, text)
        return 1
    }
}

func isTrap(_ L: LState?) -> Int32 {
    guarded(L) { L in pushIsError(L, metatable: "wasm.Trap") }
}

/// Pushes whether argument 1 is an error object with metatable `metatable` (`wasm.Trap`,
/// `wasm.Exit`); returns 1.
func pushIsError(_ L: LState, metatable: String) -> Int32 {
    var result: Int32 = 0
    if lua_type(L, 1) == LUA_TTABLE, lua_getmetatable(L, 1) != 0 {
        _ = swl_getmetatable_named(L, metatable)
        result = lua_rawequal(L, -1, -2)
    }
    lua_pushboolean(L, result)
    return 1
}

/// Creates the metatable of `cls`: methods, an optional `__index` function (upvalue 2 = the
/// methods table), and the shared `__gc` / `__tostring`.
func registerClass(
    _ L: LState, _ cls: LuaClass, methods: [(String, swl_Body)], index: swl_Body? = nil, newIndex: swl_Body? = nil,
    extra: [(String, swl_Body)] = []
) {
    _ = luaL_newmetatable(L, cls.rawValue)
    lua_createtable(L, 0, Int32(methods.count))
    for (name, body) in methods {
        swl_pushbody(L, body, 0)
        lua_setfield(L, -2, name)
    }
    if let index {
        swl_pushbody(L, index, 1)
    }
    lua_setfield(L, -2, "__index")
    if let newIndex {
        swl_pushbody(L, newIndex, 0)
        lua_setfield(L, -2, "__newindex")
    }
    for (name, body) in extra + [("__gc", objectGC), ("__tostring", objectToString)] {
        swl_pushbody(L, body, 0)
        lua_setfield(L, -2, name)
    }
    lua_pushboolean(L, 0)
    lua_setfield(L, -2, "__metatable")
    swl_pop(L, 1)
}

@_cdecl("luaopen_wasm")
public func luaopen_wasm(_ L: OpaquePointer?) -> Int32 {
    let L = L!
    registerClass(L, .engine, methods: [])
    registerClass(
        L, .store,
        methods: [
            ("close", storeClose), ("set_fuel", storeSetFuel), ("get_fuel", storeGetFuel),
            ("call_hook", storeCallHook), ("set_wasi", storeSetWASI), ("limiter", storeLimiter),
            ("yield_interval", storeYieldInterval),
        ], index: storeIndex, newIndex: storeNewIndex, extra: [("__close", storeClose)])
    registerClass(L, .module, methods: [("imports", moduleImports), ("exports", moduleExports)])
    registerLinkerAndInstanceClasses(L)
    registerResumableClass(L)
    registerCoroutineClasses(L)
    registerWASIClasses(L)
    registerTypeMetatable(L)
    _ = luaL_newmetatable(L, "wasm.Trap")
    swl_pushbody(L, trapToString, 0)
    lua_setfield(L, -2, "__tostring")
    swl_pop(L, 1)

    lua_createtable(L, 0, 12)
    let functions: [(String, swl_Body)] = [
        ("Engine", engineNew), ("Store", storeNew), ("Linker", linkerNew), ("is_trap", isTrap),
        ("Memory", memoryConstructor), ("Global", globalConstructor), ("Table", tableConstructor), ("resumable", resumableNew),
        ("is_exit", isExit), ("Func", funcNew), ("yield", wasmYield),
    ]
    for (name, body) in functions {
        swl_pushbody(L, body, 0)
        lua_setfield(L, -2, name)
    }
    // wasm.Module is a table (from_file, validate) that is also callable.
    lua_createtable(L, 0, 2)
    swl_pushbody(L, moduleFromFile, 0)
    lua_setfield(L, -2, "from_file")
    swl_pushbody(L, moduleValidate, 0)
    lua_setfield(L, -2, "validate")
    lua_createtable(L, 0, 1)
    swl_pushbody(L, moduleNew, 0)
    lua_setfield(L, -2, "__call")
    lua_setmetatable(L, -2)
    lua_setfield(L, -2, "Module")
    pushString(L, "0.1")
    lua_setfield(L, -2, "_VERSION")
    return 1
}

/// The opener as a C function pointer, for embedders (`package.preload`).
public let luaWasmOpen: lua_CFunction = luaopen_wasm
