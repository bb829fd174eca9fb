// wasm.Global: global objects and their methods (`globalConstructor` is `wasm.Global(...)`).
import CLua
import CLuaShims
import WasmInterpreter

func globalConstructor(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let storeBox = try checkObject(L, 1, .store, "Global", as: StoreBox.self)
        let name = try checkString(L, 2, "Global")
        guard let type = ValueType(luaName: name) else { throw LuaError("Global: unknown value type \"\(name)\"") }
        let store = try storeBox.open("Global")
        let mutable = lua_toboolean(L, 4) != 0
        lua_settop(L, 3)
        let value = try enterValue(L, store: store, storeBox: storeBox, index: 3, type: type, function: "Global")
        let global = try store.global(type: GlobalType(valueType: type, isMutable: mutable), value: value)
        pushObject(L, GlobalBox(global, storeBox: storeBox), .global)
        setOwner(L, object: -1, owner: 1)
        return 1
    }
}

/// Converts the Lua value at `index` with the store's anchors in place (for externrefs).
func enterValue(
    _ L: LState, store: Store<LuaStoreState>, storeBox: StoreBox, index: Int32, type: ValueType, function: String
) throws -> Value {
    var result: Value = .i32(0)
    _ = try enterStore(L, storeIndex: 1, store) {
        result = try toValue(L, index, type, "bad argument #\(swl_argnumber(L, index)) to '\(function)'", store: storeBox)
        return 0
    }
    return result
}

func globalGetMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .global, "get", as: GlobalBox.self)
        let store = try box.storeBox.open("get")
        let value = try box.global.get(store)
        pushOwner(L, 1)
        return try enterStore(L, storeIndex: -1, store) {
            pushValue(L, value, store: store)
            return 1
        }
    }
}

func globalSetMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .global, "set", as: GlobalBox.self)
        let store = try box.storeBox.open("set")
        lua_settop(L, 2)
        pushOwner(L, 1)
        swl_replace(L, 1)
        // Stack: store userdata, value.
        let value = try enterValue(L, store: store, storeBox: box.storeBox, index: 2, type: box.global.type.valueType, function: "set")
        try box.global.set(store, value)
        return 0
    }
}

func globalTypeMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .global, "type", as: GlobalBox.self)
        pushString(L, box.global.type.valueType.description)
        lua_pushboolean(L, box.global.type.isMutable ? 1 : 0)
        return 2
    }
}

func registerGlobalClass(_ L: LState) {
    registerClass(L, .global, methods: [("get", globalGetMethod), ("set", globalSetMethod), ("type", globalTypeMethod)])
}
