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

/// For a method given a value to store (`global:set(v)`, `table:set(i, v)`, `table:grow(n, v)`):
/// keeps `count` arguments and puts the object's store userdata in place of `self` at index 1,
/// where `enterValue` expects it.
func putStoreInPlaceOfSelf(_ L: LState, keeping count: Int32) {
    lua_settop(L, count)
    pushOwner(L, 1)
    swl_replace(L, 1)
}

/// Returns `value`, read from the store of the object at index 1, as a method's one result.
func returnStoreValue(_ L: LState, _ value: Value, _ store: Store<LuaStoreState>) throws -> Int32 {
    pushOwner(L, 1)
    return try enterStore(L, storeIndex: -1, store) {
        pushValue(L, value, store: store)
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
        return try returnStoreValue(L, try box.handle.get(store), store)
    }
}

func globalSetMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .global, "set", as: GlobalBox.self)
        let store = try box.storeBox.open("set")
        putStoreInPlaceOfSelf(L, keeping: 2)
        let value = try enterValue(L, store: store, storeBox: box.storeBox, index: 2, type: box.handle.type.valueType, function: "set")
        try box.handle.set(store, value)
        return 0
    }
}

func globalTypeMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .global, "type", as: GlobalBox.self)
        pushString(L, box.handle.type.valueType.description)
        lua_pushboolean(L, box.handle.type.isMutable ? 1 : 0)
        return 2
    }
}

func registerGlobalClass(_ L: LState) {
    registerClass(L, .global, methods: [("get", globalGetMethod), ("set", globalSetMethod), ("type", globalTypeMethod)])
}
