// Swift objects as Lua full userdata: one pointer slot (retained; NULL once released) and one
// uservalue, a table anchoring every Lua value the object refers to (hooks, host functions,
// the store of an instance, ...), so that cycles stay inside Lua's collector.
import CLua
import CLuaShims
import WasmInterpreter

/// The Lua classes of the `wasm` module (metatable names).
enum LuaClass: String, CaseIterable {
    case engine = "wasm.Engine"
    case store = "wasm.Store"
    case module = "wasm.Module"
    case linker = "wasm.Linker"
    case instance = "wasm.Instance"
    case function = "wasm.Func"
    case memory = "wasm.Memory"
    case global = "wasm.Global"
    case table = "wasm.Table"
    case caller = "wasm.Caller"
    case resumable = "wasm.Resumable"
    case wasi = "wasm.Wasi"
    case suspendedCall = "wasm.SuspendedCall"

    /// The short name used in messages (`Store`, `Module`, ...).
    var shortName: String { String(rawValue.dropFirst(5)) }
}

typealias ObjectSlot = UnsafeMutablePointer<UnsafeMutableRawPointer?>

/// Pushes a new userdata owning `object`, with an empty anchor table as its uservalue.
func pushObject(_ L: LState, _ object: AnyObject, _ cls: LuaClass) {
    let slot = swl_newuserdata(L, MemoryLayout<UnsafeMutableRawPointer?>.size, 1)!.assumingMemoryBound(
        to: UnsafeMutableRawPointer?.self)
    slot.pointee = nil
    swl_newtable(L)
    lua_setiuservalue(L, -2, 1)
    _ = swl_getmetatable_named(L, cls.rawValue)
    lua_setmetatable(L, -2)
    assert(lua_type(L, -1) == LUA_TUSERDATA && lua_touserdata(L, -1) == UnsafeMutableRawPointer(slot))
    // No Lua call after this point can fail, so the retain is never leaked.
    slot.pointee = Unmanaged.passRetained(object).toOpaque()
}

/// The slot of the userdata at `index` if it is of class `cls`.
func objectSlot(_ L: LState, _ index: Int32, _ cls: LuaClass) -> ObjectSlot? {
    luaL_testudata(L, index, cls.rawValue)?.assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
}

/// The object of class `cls` at `index`, unretained; nil if another value or released.
func object<T: AnyObject>(_ L: LState, _ index: Int32, _ cls: LuaClass, as _: T.Type) -> T? {
    guard let pointer = objectSlot(L, index, cls)?.pointee else { return nil }
    return Unmanaged<T>.fromOpaque(pointer).takeUnretainedValue()
}

/// Like `object`, throwing a Lua-style argument error.
func checkObject<T: AnyObject>(_ L: LState, _ index: Int32, _ cls: LuaClass, _ function: String, as type: T.Type) throws -> T {
    guard let slot = objectSlot(L, index, cls) else { throw argError(L, index, function, cls.shortName) }
    // Unretained: the userdata at `index` holds the retain, and the caller's stack holds the userdata.
    guard let pointer = slot.pointee else { throw LuaError("\(function): the \(cls.shortName) is closed") }
    return Unmanaged<T>.fromOpaque(pointer).takeUnretainedValue()
}

/// Pushes the anchor table (uservalue) of the userdata at `index`.
func pushAnchors(_ L: LState, _ index: Int32) {
    _ = lua_getiuservalue(L, index, 1)
}

/// Records the value at `owner` (a store userdata) as anchor 1 of the object at `object`, so the
/// object keeps its store alive.
func setOwner(_ L: LState, object: Int32, owner: Int32) {
    let owner = lua_absindex(L, owner)
    pushAnchors(L, object)
    lua_pushvalue(L, owner)
    lua_rawseti(L, -2, 1)
    swl_pop(L, 1)
}

/// Pushes anchor 1 (the owning store userdata) of the object at `index`.
func pushOwner(_ L: LState, _ index: Int32) {
    pushAnchors(L, index)
    _ = lua_rawgeti(L, -1, 1)
    swl_remove(L, -2)
}

/// In an `__index` body (see `registerClass`): pushes the method named by argument 2 from the
/// methods table (upvalue 2), or nil.
func pushMethod(_ L: LState) -> Int32 {
    lua_pushvalue(L, 2)
    _ = lua_rawget(L, swl_upvalueindex(2))
    return 1
}
