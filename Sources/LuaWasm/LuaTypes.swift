// Wasm types as Lua data: `{kind = "func", params = {"i32"}, results = {"i64"}}`,
// `{kind = "memory", min = 1, max = nil}`, `{kind = "global", type = "i32", mutable = true}`,
// `{kind = "table", type = "funcref", min = 2, max = nil}`; `tostring` gives the text form.
import CLua
import CLuaShims
import WasmInterpreter

/// The metatable name of type tables (its `__tostring` renders them).
let typeMetatable = "wasm.Type"

/// Pushes a list of value type names.
private func pushTypeNames(_ L: LState, _ types: [ValueType]) {
    lua_createtable(L, Int32(types.count), 0)
    for (k, type) in types.enumerated() {
        pushString(L, type.description)
        lua_rawseti(L, -2, lua_Integer(k + 1))
    }
}

/// Pushes `min` and `max` fields of `limits` into the table on top.
private func setLimits(_ L: LState, _ limits: Limits) {
    lua_pushinteger(L, lua_Integer(clamping: limits.min))
    lua_setfield(L, -2, "min")
    if let max = limits.max {
        lua_pushinteger(L, lua_Integer(clamping: max))
        lua_setfield(L, -2, "max")
    }
}

/// Pushes `type` as a type table.
func pushExternType(_ L: LState, _ type: ExternType) {
    lua_createtable(L, 0, 4)
    switch type {
    case .function(let f):
        pushString(L, "func")
        lua_setfield(L, -2, "kind")
        pushTypeNames(L, f.params)
        lua_setfield(L, -2, "params")
        pushTypeNames(L, f.results)
        lua_setfield(L, -2, "results")
    case .memory(let m):
        pushString(L, "memory")
        lua_setfield(L, -2, "kind")
        setLimits(L, m.limits)
    case .table(let t):
        pushString(L, "table")
        lua_setfield(L, -2, "kind")
        pushString(L, t.element.description)
        lua_setfield(L, -2, "type")
        setLimits(L, t.limits)
    case .global(let g):
        pushString(L, "global")
        lua_setfield(L, -2, "kind")
        pushString(L, g.valueType.description)
        lua_setfield(L, -2, "type")
        lua_pushboolean(L, g.isMutable ? 1 : 0)
        lua_setfield(L, -2, "mutable")
    }
    _ = swl_getmetatable_named(L, typeMetatable)
    lua_setmetatable(L, -2)
}

/// Reads a type table back (as `pushExternType` writes it); `function` names the caller in errors.
func externType(_ L: LState, _ index: Int32, _ function: String) throws -> ExternType {
    let index = lua_absindex(L, index)
    guard lua_type(L, index) == LUA_TTABLE else { throw argError(L, index, function, "type table") }
    func field(_ key: String) -> Int32 { rawField(L, index, key) }
    func limits() throws -> Limits {
        defer { swl_pop(L, 2) }
        _ = field("min")
        _ = field("max")
        var isNumber: Int32 = 0
        let min = lua_tointegerx(L, -2, &isNumber)
        guard isNumber != 0, min >= 0 else { throw LuaError("\(function): type.min must be a non-negative integer") }
        if lua_type(L, -1) == LUA_TNIL { return Limits(min: UInt64(min)) }
        let max = lua_tointegerx(L, -1, &isNumber)
        guard isNumber != 0, max >= 0 else { throw LuaError("\(function): type.max must be a non-negative integer or nil") }
        return Limits(min: UInt64(min), max: UInt64(max))
    }
    func valueType() throws -> ValueType {
        defer { swl_pop(L, 1) }
        _ = field("type")
        guard let name = toSwiftString(L, -1), let type = ValueType(luaName: name) else {
            throw LuaError("\(function): type.type must be a value type name")
        }
        return type
    }
    _ = field("kind")
    let kind = toSwiftString(L, -1)
    swl_pop(L, 1)
    switch kind {
    case "func": return .function(try parseFuncType(L, index, function))
    case "memory": return .memory(MemoryType(limits: try limits()))
    case "table": return .table(TableType(element: try valueType(), limits: try limits()))
    case "global":
        let type = try valueType()
        _ = field("mutable")
        defer { swl_pop(L, 1) }
        return .global(GlobalType(valueType: type, isMutable: lua_toboolean(L, -1) != 0))
    default:
        throw LuaError("\(function): type.kind must be \"func\", \"memory\", \"table\" or \"global\"")
    }
}

/// `__tostring` of type tables: `func (i32) -> (i64)`, `memory {min 1}`, ...
func typeToString(_ L: LState?) -> Int32 {
    guarded(L) { L in
        pushString(L, try externType(L, 1, "tostring").description)
        return 1
    }
}

func registerTypeMetatable(_ L: LState) {
    _ = luaL_newmetatable(L, typeMetatable)
    swl_pushbody(L, typeToString, 0)
    lua_setfield(L, -2, "__tostring")
    swl_pop(L, 1)
}
