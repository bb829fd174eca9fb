// wasm.Table: table objects and their methods (`tableConstructor` is `wasm.Table(...)`).
import CLua
import CLuaShims
import WasmInterpreter

func tableSizeMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .table, "size", as: TableBox.self)
        lua_pushinteger(L, lua_Integer(try box.handle.size(try box.storeBox.open("size"))))
        return 1
    }
}

func tableGetMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .table, "get", as: TableBox.self)
        let index = try checkNonNegative(L, 2, "get")
        let store = try box.storeBox.open("get")
        guard index <= UInt64(UInt32.max) else { throw LuaError("get: out of bounds table access") }
        return try returnStoreValue(L, try box.handle.get(store, UInt32(index)), store)
    }
}

func tableSetMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .table, "set", as: TableBox.self)
        let index = try checkNonNegative(L, 2, "set")
        let store = try box.storeBox.open("set")
        guard index <= UInt64(UInt32.max) else { throw LuaError("set: out of bounds table access") }
        putStoreInPlaceOfSelf(L, keeping: 3)
        let value = try enterValue(
            L, store: store, storeBox: box.storeBox, index: 3, type: try box.handle.type(store).element, function: "set")
        try box.handle.set(store, UInt32(index), value)
        return 0
    }
}

func tableGrowMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .table, "grow", as: TableBox.self)
        let delta = try checkNonNegative(L, 2, "grow")
        let store = try box.storeBox.open("grow")
        guard delta <= UInt64(UInt32.max) else { throw LuaError("grow: table cannot grow by \(delta)") }
        putStoreInPlaceOfSelf(L, keeping: 3)
        let type = try box.handle.type(store).element
        let initial = try enterValue(L, store: store, storeBox: box.storeBox, index: 3, type: type, function: "grow")
        lua_pushinteger(L, lua_Integer(try box.handle.grow(store, by: UInt32(delta), initial: initial)))
        return 1
    }
}

/// table:type() -> {kind = "table", type =, min =, max =}
func tableTypeMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .table, "type", as: TableBox.self)
        pushExternType(L, .table(try box.handle.type(try box.storeBox.open("type"))))
        return 1
    }
}

/// wasm.Table(store, {min = n, max = m, type = "funcref" | "externref"} [, initial])
func tableConstructor(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let storeBox = try checkObject(L, 1, .store, "Table", as: StoreBox.self)
        guard lua_type(L, 2) == LUA_TTABLE else { throw argError(L, 2, "Table", "table {min=, max=, type=}") }
        lua_settop(L, 3)  // the optional initial value stays at 3; field reads push above it
        try checkOptionKeys(L, 2, "Table", ["min", "max", "type"])
        guard let min = try countOption(L, 2, "min", "Table") else { throw LuaError("Table: min is required (elements)") }
        let max = try countOption(L, 2, "max", "Table")
        var element = ValueType.funcRef
        if rawField(L, 2, "type") != LUA_TNIL {
            let name = try checkString(L, -1, "Table (type)")
            guard let type = ValueType(luaName: name), type.isReference else {
                throw LuaError("Table: type must be \"funcref\" or \"externref\", got \"\(name)\"")
            }
            element = type
        }
        let store = try storeBox.open("Table")
        lua_settop(L, 3)
        let initial = try enterValue(L, store: store, storeBox: storeBox, index: 3, type: element, function: "Table")
        let table = try store.table(type: TableType(element: element, limits: Limits(min: min, max: max)), initial: initial)
        pushObject(L, TableBox(table, storeBox: storeBox), .table)
        setOwner(L, object: -1, owner: 1)
        return 1
    }
}

func registerTableClass(_ L: LState) {
    registerClass(
        L, .table,
        methods: [
            ("size", tableSizeMethod), ("get", tableGetMethod), ("set", tableSetMethod), ("grow", tableGrowMethod),
            ("type", tableTypeMethod),
        ])
}
