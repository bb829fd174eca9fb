// Wasm values <-> Lua values (the README's Lua reference lists them): i32 and i64 as integers (i32 signed),
// f32 and f64 as floats, funcref as a Func object or nil, externref as any Lua value (identity
// kept: the value is anchored in the store and comes back as the same Lua value).
import CLua
import CLuaShims
import WasmInterpreter

/// An externref made from Lua: the key of the anchored Lua value in the store's anchor table.
struct LuaAnchorKey {
    let key: lua_Integer
}

extension ValueType {
    /// Parses `i32`, `i64`, `f32`, `f64`, `funcref`, `externref`.
    init?(luaName: String) {
        switch luaName {
        case "i32": self = .i32
        case "i64": self = .i64
        case "f32": self = .f32
        case "f64": self = .f64
        case "funcref": self = .funcRef
        case "externref": self = .externRef
        default: return nil
        }
    }
}

/// Converts the Lua value at `index` to a Wasm value of `type`; `what` names it in errors.
func toValue(_ L: LState, _ index: Int32, _ type: ValueType, _ what: @autoclosure () -> String, store: StoreBox) throws -> Value {
    switch type {
    case .i32, .i64:
        var isNumber: Int32 = 0
        let v = lua_tointegerx(L, index, &isNumber)
        guard isNumber != 0 else { throw LuaError("\(what()): integer expected for \(type), got \(luaDescription(L, index))") }
        if type == .i64 { return .i64(v) }
        guard v >= -0x8000_0000 && v <= 0xFFFF_FFFF else {
            throw LuaError("\(what()): \(v) is out of range for i32")
        }
        return .i32(Int32(truncatingIfNeeded: v))
    case .f32, .f64:
        var isNumber: Int32 = 0
        let v = swl_tonumber(L, index, &isNumber)
        guard isNumber != 0 else {
            throw LuaError("\(what()): number expected for \(type), got \(luaDescription(L, index))")
        }
        return type == .f32 ? .f32(Float(v)) : .f64(v)
    case .funcRef:
        if lua_type(L, index) == LUA_TNIL { return .funcRef(nil) }
        // A wasm.Func object, or an exported function as `instance.exports.f` gives it.
        if let box = object(L, index, .function, as: FuncBox.self) { return .funcRef(box.function) }
        if let pointer = swl_exported_object(L, index) {
            // Unretained: the wasm.Func userdata at this stack index holds the retain while the value is read.
            return .funcRef(Unmanaged<FuncBox>.fromOpaque(pointer).takeUnretainedValue().function)
        }
        throw LuaError("\(what()): Func, exported function or nil expected for funcref, got \(luaDescription(L, index))")
    case .externRef:
        if lua_type(L, index) == LUA_TNIL { return .externRef(nil) }
        guard let store = store.store else { throw LuaError("the store is closed") }
        // Anchor the value in the store (anchor table on the stack during calls: store.data.anchors).
        let key = store.data.nextExternKey
        store.data.nextExternKey += 1
        lua_pushvalue(L, index)
        lua_rawseti(L, store.data.anchors, key)
        return .externRef(store.externRef(LuaAnchorKey(key: key)))
    }
}

/// Pushes `value` for Lua.
func pushValue(_ L: LState, _ value: Value, store: Store<LuaStoreState>) {
    switch value {
    case .i32(let v): lua_pushinteger(L, lua_Integer(v))
    case .i64(let v): lua_pushinteger(L, v)
    case .f32(let v): lua_pushnumber(L, Double(v))
    case .f64(let v): lua_pushnumber(L, v)
    case .funcRef(let f):
        guard let f else { return lua_pushnil(L) }
        pushFunctionObject(L, f, store: store)
    case .externRef(let r):
        guard let r, let key = (try? store.value(of: r)) as? LuaAnchorKey else { return lua_pushnil(L) }
        _ = lua_rawgeti(L, store.data.anchors, key.key)
    }
}

/// `a string`, `a table`, `2^40` style description for error messages.
func luaDescription(_ L: LState, _ index: Int32) -> String {
    switch lua_type(L, index) {
    case LUA_TNUMBER: swl_isinteger(L, index) != 0 ? "integer \(lua_tointegerx(L, index, nil))" : "number"
    default: typeName(L, index)
    }
}

/// Parses a function type: `"(i32, i64) -> f64"`, `"(i32) -> (i32, i32)"`, `"() -> ()"`, or a
/// table `{params = {"i32"}, results = {"f64"}}`.
func parseFuncType(_ L: LState, _ index: Int32, _ function: String) throws -> FuncType {
    if let text = toSwiftString(L, index) {
        guard let arrow = text.firstRange(of: "->") else {
            throw LuaError("\(function): bad function type \"\(text)\" (expected \"(params) -> results\")")
        }
        func list(_ part: Substring) throws -> [ValueType] {
            var s = trimmed(part)
            if s.hasPrefix("(") && s.hasSuffix(")") { s = s.dropFirst().dropLast() }
            return try s.split(separator: ",").map { name in
                let name = String(trimmed(name))
                guard let type = ValueType(luaName: name) else {
                    throw LuaError("\(function): unknown value type \"\(name)\" in \"\(text)\"")
                }
                return type
            }
        }
        return FuncType(params: try list(text[..<arrow.lowerBound]), results: try list(text[arrow.upperBound...]))
    }
    guard lua_type(L, index) == LUA_TTABLE else { throw argError(L, index, function, "function type string or table") }
    // A type table of another kind (a memory type, say) is a mistake, not a function without parameters.
    let kind = rawField(L, index, "kind") == LUA_TNIL ? "func" : toSwiftString(L, -1) ?? "?"
    swl_pop(L, 1)
    guard kind == "func" else { throw LuaError("\(function): expected a function type, got a \(kind) type") }
    func list(_ key: String) throws -> [ValueType] {
        defer { swl_pop(L, 1) }
        if rawField(L, index, key) == LUA_TNIL { return [] }
        guard lua_type(L, -1) == LUA_TTABLE else { throw LuaError("\(function): type.\(key) must be a list of type names") }
        var types: [ValueType] = []
        var k: lua_Integer = 1
        while lua_rawgeti(L, -1, k) != LUA_TNIL {
            defer { swl_pop(L, 1) }
            guard let name = toSwiftString(L, -1), let type = ValueType(luaName: name) else {
                throw LuaError("\(function): type.\(key)[\(k)] is not a value type name")
            }
            types.append(type)
            k += 1
        }
        swl_pop(L, 1)
        return types
    }
    return FuncType(params: try list("params"), results: try list("results"))
}

/// `s` without surrounding blanks.
private func trimmed(_ s: Substring) -> Substring {
    var s = s
    while s.first == " " || s.first == "\t" { s = s.dropFirst() }
    while s.last == " " || s.last == "\t" { s = s.dropLast() }
    return s
}
