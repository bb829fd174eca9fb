// wasm.Linker, instances and their exports.
import CLua
import CLuaShims
import WasmInterpreter

func linkerNew(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let engine = try checkObject(L, 1, .engine, "Linker", as: EngineBox.self).engine
        pushObject(L, LinkerBox(engine), .linker)
        return 1
    }
}

/// linker:func_wrap(module, name, type, fn [, {caller = true}])
func linkerFuncWrap(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .linker, "func_wrap", as: LinkerBox.self)
        let module = try checkString(L, 2, "func_wrap")
        let name = try checkString(L, 3, "func_wrap")
        let type = try parseFuncType(L, 4, "func_wrap")
        try checkFunction(L, 5, "func_wrap")
        var passCaller = false
        if lua_type(L, 6) == LUA_TTABLE {
            try checkOptionKeys(L, 6, "func_wrap", ["caller"])
            passCaller = try booleanOption(L, 6, "caller", "func_wrap") ?? false
        } else if swl_isnoneornil(L, 6) == 0 {
            throw argError(L, 6, "func_wrap", "options table or nil")
        }
        let id = makeHostID()
        let function = LuaHostFunction(
            id: id, label: "host function \(module).\(name)", type: type, passCaller: passCaller, importName: (module, name))
        try box.linker.funcBits(module: module, name: name, type: type) { store in function.body(in: store) }
        pushAnchors(L, 1)
        lua_pushvalue(L, 5)
        lua_rawseti(L, -2, id)
        box.hostIDs.append(id)
        return 0
    }
}

/// Extern objects (Func, Memory, Global, Table) as `Extern`s of `store`.
func toExtern(_ L: LState, _ index: Int32, _ function: String) throws -> (Extern, StoreBox) {
    if let f = object(L, index, .function, as: FuncBox.self) { return (.function(f.function), f.storeBox) }
    if let m = object(L, index, .memory, as: MemoryBox.self) { return (.memory(m.handle), m.storeBox) }
    if let g = object(L, index, .global, as: GlobalBox.self) { return (.global(g.handle), g.storeBox) }
    if let t = object(L, index, .table, as: TableBox.self) { return (.table(t.handle), t.storeBox) }
    throw argError(L, index, function, "Func, Memory, Global or Table")
}

/// linker:define(store, module, name, extern)
func linkerDefine(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .linker, "define", as: LinkerBox.self)
        let storeBox = try checkObject(L, 2, .store, "define", as: StoreBox.self)
        let module = try checkString(L, 3, "define")
        let name = try checkString(L, 4, "define")
        let (value, owner) = try toExtern(L, 5, "define")
        guard owner === storeBox else { throw LuaError("define: the \(name) object belongs to another store") }
        try box.linker.define(module: module, name: name, value)
        return 0
    }
}

/// linker:define_instance(store, name, instance)
func linkerDefineInstance(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .linker, "define_instance", as: LinkerBox.self)
        let storeBox = try checkObject(L, 2, .store, "define_instance", as: StoreBox.self)
        let name = try checkString(L, 3, "define_instance")
        let instance = try checkObject(L, 4, .instance, "define_instance", as: InstanceBox.self)
        guard instance.storeBox === storeBox else { throw LuaError("define_instance: the instance belongs to another store") }
        try box.linker.defineInstance(try storeBox.open("define_instance"), module: name, instance.handle)
        return 0
    }
}

/// linker:instantiate(store, module) -> instance
func linkerInstantiate(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .linker, "instantiate", as: LinkerBox.self)
        let storeBox = try checkObject(L, 2, .store, "instantiate", as: StoreBox.self)
        let module = try checkObject(L, 3, .module, "instantiate", as: ModuleBox.self).module
        let store = try storeBox.open("instantiate")
        lua_settop(L, 3)
        // Anchor the linker's Lua host functions in the store: the store may outlive the linker.
        pushAnchors(L, 2)
        pushAnchors(L, 1)
        for id in box.hostIDs {
            _ = lua_rawgeti(L, -1, id)
            lua_rawseti(L, -3, id)
        }
        lua_settop(L, 3)
        var instance: Instance?
        _ = try enterStore(L, storeIndex: 2, store) {
            instance = try box.linker.instantiate(store, module)
            return 0
        }
        return try pushInstance(L, instance!, storeIndex: 2, storeBox: storeBox, store: store)
    }
}

/// Pushes `instance` as a `wasm.Instance` with its `exports` table.
func pushInstance(_ L: LState, _ instance: Instance, storeIndex: Int32, storeBox: StoreBox, store: Store<LuaStoreState>) throws -> Int32 {
    pushObject(L, InstanceBox(instance, storeBox: storeBox), .instance)
    let index = lua_gettop(L)
    pushAnchors(L, index)
    lua_pushvalue(L, storeIndex)
    lua_rawseti(L, -2, 1)
    let exports = try instance.exports(store)
    lua_createtable(L, 0, Int32(exports.count))
    for (name, value) in exports {
        try pushExtern(L, value, name: name, storeIndex: storeIndex, storeBox: storeBox)
        lua_setfield(L, -2, name)
    }
    lua_setfield(L, -2, "exports")
    swl_pop(L, 1)
    return 1
}

func linkerIndex(_ L: LState?) -> Int32 {
    guarded(L) { L in
        if toSwiftString(L, 2) == "allow_shadowing" {
            let box = try checkObject(L, 1, .linker, "allow_shadowing", as: LinkerBox.self)
            lua_pushboolean(L, box.linker.allowShadowing ? 1 : 0)
            return 1
        }
        return pushMethod(L)
    }
}

func linkerNewIndex(_ L: LState?) -> Int32 {
    guarded(L) { L in
        guard toSwiftString(L, 2) == "allow_shadowing" else {
            throw LuaError("Linker: cannot set field \(fieldName(L, 2)) (only allow_shadowing)")
        }
        let box = try checkObject(L, 1, .linker, "allow_shadowing", as: LinkerBox.self)
        box.linker.allowShadowing = lua_toboolean(L, 3) != 0
        return 0
    }
}

// MARK: Instance

func instanceIndex(_ L: LState?) -> Int32 {
    guarded(L) { L in
        if toSwiftString(L, 2) == "exports" {
            pushAnchors(L, 1)
            _ = rawField(L, -1, "exports")
            return 1
        }
        return pushMethod(L)
    }
}

/// instance:get_func(name) and friends: the export if it is of the wanted kind, else nil.
func instanceGet(_ L: LState, _ function: String, _ matches: (Extern) -> Bool) throws -> Int32 {
    let box = try checkObject(L, 1, .instance, function, as: InstanceBox.self)
    let name = try checkString(L, 2, function)
    let store = try box.storeBox.open(function)
    guard let value = try box.handle.export(store, name), matches(value) else {
        lua_pushnil(L)
        return 1
    }
    pushOwner(L, 1)
    if case .function(let f) = value {
        // A callable wasm.Func object (with methods such as `type`), not the plain exported function.
        pushObject(L, FuncBox(f, type: try f.type(store), name: name, exportName: name, storeBox: box.storeBox), .function)
        setOwner(L, object: -1, owner: -2)
        return 1
    }
    try pushExtern(L, value, name: name, storeIndex: -1, storeBox: box.storeBox)
    return 1
}

func instanceGetFunc(_ L: LState?) -> Int32 {
    guarded(L) { L in try instanceGet(L, "get_func") { if case .function = $0 { true } else { false } } }
}
func instanceGetMemory(_ L: LState?) -> Int32 {
    guarded(L) { L in try instanceGet(L, "get_memory") { if case .memory = $0 { true } else { false } } }
}
func instanceGetGlobal(_ L: LState?) -> Int32 {
    guarded(L) { L in try instanceGet(L, "get_global") { if case .global = $0 { true } else { false } } }
}
func instanceGetTable(_ L: LState?) -> Int32 {
    guarded(L) { L in try instanceGet(L, "get_table") { if case .table = $0 { true } else { false } } }
}

// MARK: Func objects (funcrefs), Caller

func funcCall(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .function, "call", as: FuncBox.self)
        let count = lua_gettop(L) - 1
        // The store userdata (anchor 1 of the Func) stays on the stack during the call, and its
        // anchor table above it.
        pushOwner(L, 1)
        pushAnchors(L, -1)
        return try callFunction(L, box, firstArg: 2, count: count, anchors: lua_gettop(L), object: 1)
    }
}

/// wasm.Func(store, type, fn): a host function made from a Lua function, without a linker.
func funcNew(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let storeBox = try checkObject(L, 1, .store, "Func", as: StoreBox.self)
        let type = try parseFuncType(L, 2, "Func")
        try checkFunction(L, 3, "Func")
        let store = try storeBox.open("Func")
        let id = makeHostID()
        // The store anchors the Lua function: it lives as long as the store may call it.
        pushAnchors(L, 1)
        lua_pushvalue(L, 3)
        lua_rawseti(L, -2, id)
        swl_pop(L, 1)
        let host = LuaHostFunction(id: id, label: "host function (wasm.Func)", type: type, passCaller: false)
        let function = store.functionBits(type: type, host.body(in: .passUnretained(store)))
        host.function = function
        pushObject(L, FuncBox(function, type: type, name: "host function", exportName: nil, storeBox: storeBox), .function)
        setOwner(L, object: -1, owner: 1)
        return 1
    }
}

/// func:type() -> {kind = "func", params = {...}, results = {...}}
func funcTypeMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .function, "type", as: FuncBox.self)
        pushExternType(L, .function(box.type))
        return 1
    }
}

func callerGetExport(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .caller, "get_export", as: CallerBox.self)
        let name = try checkString(L, 2, "get_export")
        guard let caller = box.caller else { throw LuaError("get_export: the caller is only valid during its host call") }
        guard let value = caller.export(name) else {
            lua_pushnil(L)
            return 1
        }
        pushOwner(L, 1)
        try pushExtern(L, value, name: name, storeIndex: -1, storeBox: caller.data.box)
        return 1
    }
}

func callerIndex(_ L: LState?) -> Int32 {
    guarded(L) { L in
        if toSwiftString(L, 2) == "data" {
            pushOwner(L, 1)
            pushAnchors(L, -1)
            _ = lua_rawgeti(L, -1, StoreAnchor.data)
            return 1
        }
        return pushMethod(L)
    }
}

func registerLinkerAndInstanceClasses(_ L: LState) {
    registerClass(
        L, .linker,
        methods: [
            ("func_wrap", linkerFuncWrap), ("define", linkerDefine), ("define_instance", linkerDefineInstance),
            ("instantiate", linkerInstantiate), ("define_wasi", linkerDefineWASI),
        ], index: linkerIndex, newIndex: linkerNewIndex)
    registerClass(
        L, .instance,
        methods: [
            ("get_func", instanceGetFunc), ("get_memory", instanceGetMemory), ("get_global", instanceGetGlobal),
            ("get_table", instanceGetTable),
        ], index: instanceIndex)
    registerClass(L, .function, methods: [("type", funcTypeMethod)], extra: [("__call", funcCall)])
    registerClass(L, .caller, methods: [("get_export", callerGetExport)], index: callerIndex)
    registerMemoryClass(L)
    registerGlobalClass(L)
    registerTableClass(L)
}
