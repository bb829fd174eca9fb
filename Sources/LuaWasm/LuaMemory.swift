// wasm.Memory, wasm.Global and wasm.Table objects.
import CLua
import CLuaShims
import WasmInterpreter

func checkNonNegative(_ L: LState, _ index: Int32, _ function: String) throws -> UInt64 {
    let value = try checkInteger(L, index, function)
    guard value >= 0 else { throw LuaError("bad argument #\(index) to '\(function)' (must not be negative)") }
    return UInt64(value)
}

func memoryRead(_ L: LState?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .memory, "read", as: MemoryBox.self)
        let offset = try checkNonNegative(L, 2, "read")
        let count = try checkNonNegative(L, 3, "read")
        let store = try box.storeBox.open("read")
        guard count <= UInt64(Int.max) else { throw LuaError("read: out of bounds memory access") }
        let bytes = try box.memory.read(store, offset: offset, count: Int(count))
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
        }
        return 1
    }
}

func memoryWrite(_ L: LState?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .memory, "write", as: MemoryBox.self)
        let offset = try checkNonNegative(L, 2, "write")
        guard let bytes = toBytes(L, 3) else { throw argError(L, 3, "write", "string") }
        try box.memory.write(try box.storeBox.open("write"), offset: offset, bytes: bytes)
        return 0
    }
}

func memorySize(_ L: LState?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .memory, "size", as: MemoryBox.self)
        lua_pushinteger(L, lua_Integer(try box.memory.size(try box.storeBox.open("size"))))
        return 1
    }
}

func memoryDataSize(_ L: LState?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .memory, "data_size", as: MemoryBox.self)
        lua_pushinteger(L, lua_Integer(try box.memory.size(try box.storeBox.open("data_size")) * 65536))
        return 1
    }
}

func memoryGrow(_ L: LState?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .memory, "grow", as: MemoryBox.self)
        let delta = try checkNonNegative(L, 2, "grow")
        lua_pushinteger(L, lua_Integer(try box.memory.grow(try box.storeBox.open("grow"), by: delta)))
        return 1
    }
}

/// The little-endian bytes of a typed value for memory:store.
func memoryTypeWidth(_ L: LState, _ index: Int32, _ function: String) throws -> (ValueType, Int) {
    let name = try checkString(L, index, function)
    switch name {
    case "i32": return (.i32, 4)
    case "i64": return (.i64, 8)
    case "f32": return (.f32, 4)
    case "f64": return (.f64, 8)
    default: throw LuaError("\(function): unknown type \"\(name)\" (i32, i64, f32 or f64)")
    }
}

func memoryLoad(_ L: LState?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .memory, "load", as: MemoryBox.self)
        let (type, width) = try memoryTypeWidth(L, 2, "load")
        let offset = try checkNonNegative(L, 3, "load")
        let bytes = try box.memory.read(try box.storeBox.open("load"), offset: offset, count: width)
        let bits = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        switch type {
        case .i32: lua_pushinteger(L, lua_Integer(Int32(truncatingIfNeeded: bits)))
        case .i64: lua_pushinteger(L, lua_Integer(Int64(bitPattern: bits)))
        case .f32: lua_pushnumber(L, Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits))))
        default: lua_pushnumber(L, Double(bitPattern: bits))
        }
        return 1
    }
}

func memoryStore(_ L: LState?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .memory, "store", as: MemoryBox.self)
        let (type, width) = try memoryTypeWidth(L, 2, "store")
        let offset = try checkNonNegative(L, 3, "store")
        let value = try toValue(L, 4, type, "bad argument #4 to 'store'", store: box.storeBox)
        let bits: UInt64
        switch value {
        case .i32(let v): bits = UInt64(UInt32(bitPattern: v))
        case .i64(let v): bits = UInt64(bitPattern: v)
        case .f32(let v): bits = UInt64(v.bitPattern)
        case .f64(let v): bits = v.bitPattern
        default: bits = 0
        }
        let bytes = (0..<width).map { UInt8(truncatingIfNeeded: bits >> (8 * UInt64($0))) }
        try box.memory.write(try box.storeBox.open("store"), offset: offset, bytes: bytes)
        return 0
    }
}

/// wasm.Memory(store, {min = n, max = m})
func memoryNew(_ L: LState?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    guarded(L) { L in
        let storeBox = try checkObject(L, 1, .store, "Memory", as: StoreBox.self)
        guard lua_type(L, 2) == LUA_TTABLE else { throw argError(L, 2, "Memory", "table {min=, max=}") }
        _ = rawField(L, 2, "min")
        let min = try checkNonNegative(L, -1, "Memory (min)")
        var max: UInt64?
        if rawField(L, 2, "max") != LUA_TNIL { max = try checkNonNegative(L, -1, "Memory (max)") }
        let memory = try storeBox.open("Memory").memory(type: MemoryType(limits: Limits(min: min, max: max)))
        lua_settop(L, 1)
        pushObject(L, MemoryBox(memory, storeBox: storeBox), .memory)
        setOwner(L, object: -1, owner: 1)
        return 1
    }
}

// MARK: Global

func globalNew(_ L: LState?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    guarded(L) { L in
        let storeBox = try checkObject(L, 1, .store, "Global", as: StoreBox.self)
        let name = try checkString(L, 2, "Global")
        guard let type = ValueType(luaName: name) else { throw LuaError("Global: unknown value type \"\(name)\"") }
        let store = try storeBox.open("Global")
        let mutable = lua_toboolean(L, 4) != 0
        lua_settop(L, 3)
        let value = try enterValue(L, store: store, storeBox: storeBox, index: 3, type: type)
        let global = try store.global(type: GlobalType(valueType: type, isMutable: mutable), value: value)
        pushObject(L, GlobalBox(global, storeBox: storeBox), .global)
        setOwner(L, object: -1, owner: 1)
        return 1
    }
}

/// Converts the Lua value at `index` with the store's anchors in place (for externrefs).
func enterValue(_ L: LState, store: Store<LuaStoreState>, storeBox: StoreBox, index: Int32, type: ValueType) throws -> Value {
    var result: Value = .i32(0)
    _ = try enterStore(L, storeIndex: 1, store) {
        result = try toValue(L, index, type, "bad argument #\(index)", store: storeBox)
        return 0
    }
    return result
}

func globalGet(_ L: LState?, _ context: UnsafeMutableRawPointer?) -> Int32 {
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

func globalSet(_ L: LState?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .global, "set", as: GlobalBox.self)
        let store = try box.storeBox.open("set")
        lua_settop(L, 2)
        pushOwner(L, 1)
        swl_replace(L, 1)
        // Stack: store userdata, value.
        let value = try enterValue(L, store: store, storeBox: box.storeBox, index: 2, type: box.global.type.valueType)
        try box.global.set(store, value)
        return 0
    }
}

func globalType(_ L: LState?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .global, "type", as: GlobalBox.self)
        pushString(L, box.global.type.valueType.description)
        lua_pushboolean(L, box.global.type.isMutable ? 1 : 0)
        return 2
    }
}

// MARK: Table

func tableSize(_ L: LState?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .table, "size", as: TableBox.self)
        lua_pushinteger(L, lua_Integer(try box.table.size(try box.storeBox.open("size"))))
        return 1
    }
}

func tableGet(_ L: LState?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .table, "get", as: TableBox.self)
        let index = try checkNonNegative(L, 2, "get")
        let store = try box.storeBox.open("get")
        guard index <= UInt64(UInt32.max) else { throw LuaError("get: out of bounds table access") }
        let value = try box.table.get(store, UInt32(index))
        pushOwner(L, 1)
        return try enterStore(L, storeIndex: -1, store) {
            pushValue(L, value, store: store)
            return 1
        }
    }
}

func tableSet(_ L: LState?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .table, "set", as: TableBox.self)
        let index = try checkNonNegative(L, 2, "set")
        let store = try box.storeBox.open("set")
        guard index <= UInt64(UInt32.max) else { throw LuaError("set: out of bounds table access") }
        lua_settop(L, 3)
        pushOwner(L, 1)
        swl_replace(L, 1)
        let value = try enterValue(L, store: store, storeBox: box.storeBox, index: 3, type: try box.table.type(store).element)
        try box.table.set(store, UInt32(index), value)
        return 0
    }
}

func tableGrow(_ L: LState?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .table, "grow", as: TableBox.self)
        let delta = try checkNonNegative(L, 2, "grow")
        let store = try box.storeBox.open("grow")
        guard delta <= UInt64(UInt32.max) else { throw LuaError("grow: table cannot grow by \(delta)") }
        lua_settop(L, 3)
        pushOwner(L, 1)
        swl_replace(L, 1)
        let type = try box.table.type(store).element
        let initial = try enterValue(L, store: store, storeBox: box.storeBox, index: 3, type: type)
        lua_pushinteger(L, lua_Integer(try box.table.grow(store, by: UInt32(delta), initial: initial)))
        return 1
    }
}

/// wasm.Table(store, {min = n, max = m, type = "funcref" | "externref"} [, initial])
func tableNew(_ L: LState?, _ context: UnsafeMutableRawPointer?) -> Int32 {
    guarded(L) { L in
        let storeBox = try checkObject(L, 1, .store, "Table", as: StoreBox.self)
        guard lua_type(L, 2) == LUA_TTABLE else { throw argError(L, 2, "Table", "table {min=, max=, type=}") }
        lua_settop(L, 3)  // the optional initial value stays at 3; field reads push above it
        _ = rawField(L, 2, "min")
        let min = try checkNonNegative(L, -1, "Table (min)")
        var max: UInt64?
        if rawField(L, 2, "max") != LUA_TNIL { max = try checkNonNegative(L, -1, "Table (max)") }
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
        let initial = try enterValue(L, store: store, storeBox: storeBox, index: 3, type: element)
        let table = try store.table(type: TableType(element: element, limits: Limits(min: min, max: max)), initial: initial)
        pushObject(L, TableBox(table, storeBox: storeBox), .table)
        setOwner(L, object: -1, owner: 1)
        return 1
    }
}

func registerMemoryClasses(_ L: LState) {
    registerClass(
        L, .memory,
        methods: [
            ("read", memoryRead), ("write", memoryWrite), ("size", memorySize), ("grow", memoryGrow),
            ("data_size", memoryDataSize), ("load", memoryLoad), ("store", memoryStore),
        ])
    registerClass(L, .global, methods: [("get", globalGet), ("set", globalSet), ("type", globalType)])
    registerClass(L, .table, methods: [("size", tableSize), ("get", tableGet), ("set", tableSet), ("grow", tableGrow)])
}
