// The safe Swift <-> Lua boundary. Its rules:
//  * Swift never calls a Lua API that can raise (lua_error, luaL_check*, lua_call, metamethod-
//    invoking gets/sets), except on memory errors.
//  * Every Swift function exposed to Lua is a `swl_Body` reached through the C trampoline; it
//    reports failure by pushing an error value and returning -1 (raise as is) or -2 (prefix where).
//  * Every call from Swift into Lua uses lua_pcall; a failure becomes a Swift `LuaError` that
//    carries the original Lua error value.
import CLua
import CLuaShims
import WasmInterpreter
import WasmInterpreterWASI

typealias LState = OpaquePointer

// Why @unchecked: Swift errors must be Sendable, but this is only touched on the thread running
// its Lua state (Lua states are single-threaded), from creation to `push`.
/// The original Lua error value, parked in the registry until re-raised or dropped.
final class LuaErrorValue: @unchecked Sendable {
    /// The main thread: the reference lives in the registry every thread shares, and the thread
    /// that made it (a coroutine) may be collected before this is released.
    let L: LState
    var ref: Int32

    init(_ L: LState, _ ref: Int32) {
        _ = lua_rawgeti(L, SWL_REGISTRYINDEX, lua_Integer(LUA_RIDX_MAINTHREAD))
        self.L = lua_tothread(L, -1) ?? L
        swl_pop(L, 1)
        self.ref = ref
    }

    /// Pushes the value and frees the reference.
    func push(_ L: LState) {
        lua_rawgeti(L, SWL_REGISTRYINDEX, lua_Integer(ref))
        luaL_unref(L, SWL_REGISTRYINDEX, ref)
        ref = LUA_NOREF
    }

    deinit { if ref != LUA_NOREF { luaL_unref(L, SWL_REGISTRYINDEX, ref) } }
}

/// A Lua error surfaced in Swift (from lua_pcall), or a Swift-side error destined for Lua.
struct LuaError: Error, CustomStringConvertible {
    let message: String
    let value: LuaErrorValue?

    init(_ message: String) {
        self.message = message
        self.value = nil
    }

    init(message: String, value: LuaErrorValue) {
        self.message = message
        self.value = value
    }

    var description: String { message }
}

@inline(__always) func pushString(_ L: LState, _ s: String) {
    var s = s
    s.withUTF8 { buffer in
        buffer.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
    }
}

/// The bytes of the string at `index` (no number-to-string coercion).
func toBytes(_ L: LState, _ index: Int32) -> [UInt8]? {
    guard lua_type(L, index) == LUA_TSTRING else { return nil }
    var length = 0
    guard let pointer = lua_tolstring(L, index, &length) else { return nil }
    return pointer.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
}

func toSwiftString(_ L: LState, _ index: Int32) -> String? {
    toBytes(L, index).map { String(decoding: $0, as: UTF8.self) }
}

func typeName(_ L: LState, _ index: Int32) -> String { String(cString: swl_typename_at(L, index)) }

/// Pops the error value left by a failed lua_pcall and wraps it.
func popError(_ L: LState) -> LuaError {
    let message = toSwiftString(L, -1) ?? "(error object is a \(typeName(L, -1)) value)"
    let ref = luaL_ref(L, SWL_REGISTRYINDEX)
    return LuaError(message: message, value: LuaErrorValue(L, ref))
}

/// Runs a throwing Swift body for Lua; never lets a Lua or Swift error escape as a longjmp.
@inline(__always) func guarded(_ L: LState?, _ body: (LState) throws -> Int32) -> Int32 {
    let L = L!
    do {
        return try body(L)
    } catch let error as LuaError {
        if let value = error.value {
            value.push(L)
            return -1
        }
        pushString(L, error.message)
        return -2
    } catch let trap as Trap {
        pushTrap(L, trap)
        return -1
    } catch let exit as WASIExit {
        pushExit(L, exit)
        return -1
    } catch is LuaYieldRequest {
        pushString(L, "wasm.yield: the Wasm call cannot suspend here")
        return -2
    } catch let error as WasmError where error.kind == .usage {
        // A misuse from Lua: the message alone (other kinds keep "link error:" and the like).
        pushString(L, error.message)
        return -2
    } catch {
        pushString(L, "\(error)")
        return -2
    }
}

/// Calls the function below `nargs` arguments on top of the stack, protected.
/// Calls nested past `SWL_MAX_LUA_NESTING` on one thread (Wasm -> Lua -> Wasm ... chains) end
/// with a `stack_overflow` trap instead of Lua's "C stack overflow" (see luashim.h for why).
@inline(__always) func pcall(_ L: LState, nargs: Int32, nresults: Int32, msgh: Int32 = 0) throws {
    guard swl_enter_lua() != 0 else {
        swl_pop(L, nargs + 1)
        throw Trap(.stackOverflow, message: "call stack exhausted: more than \(SWL_MAX_LUA_NESTING) calls from Wasm into Lua nested")
    }
    defer { swl_leave_lua() }
    if lua_pcallk(L, nargs, nresults, msgh, 0, nil) != LUA_OK { throw popError(L) }
}

// MARK: non-raising argument checks (they throw Swift errors)

/// A Lua-style argument error, numbered as Lua numbers arguments (`self` is not counted in a
/// method call): `bad argument #2 to 'write' (string expected, got nil)`.
func argError(_ L: LState, _ i: Int32, _ function: String, _ expected: String) -> LuaError {
    let number = swl_argnumber(L, i)
    if number == 0 { return LuaError("calling '\(function)' on bad self (\(expected) expected, got \(typeName(L, i)))") }
    return LuaError("bad argument #\(number) to '\(function)' (\(expected) expected, got \(typeName(L, i)))")
}

func checkInteger(_ L: LState, _ i: Int32, _ function: String) throws -> lua_Integer {
    var isNumber: Int32 = 0
    let value = lua_tointegerx(L, i, &isNumber)
    if isNumber == 0 { throw argError(L, i, function, "integer") }
    return value
}

func checkString(_ L: LState, _ i: Int32, _ function: String) throws -> String {
    guard let s = toSwiftString(L, i) else { throw argError(L, i, function, "string") }
    return s
}

func checkFunction(_ L: LState, _ i: Int32, _ function: String) throws {
    if lua_type(L, i) != LUA_TFUNCTION { throw argError(L, i, function, "function") }
}

/// Reads `t[key]` of the table at `index` without metamethods (nil if not a table).
func rawField(_ L: LState, _ index: Int32, _ key: String) -> Int32 {
    let absolute = lua_absindex(L, index)
    pushString(L, key)
    return lua_rawget(L, absolute)
}

// MARK: option tables

/// Raises for a key of the option table at `index` that is not in `allowed` (a misspelt option
/// would otherwise be ignored silently). `what` names the function in the message.
func checkOptionKeys(_ L: LState, _ index: Int32, _ what: String, _ allowed: [String]) throws {
    let table = lua_absindex(L, index)
    lua_pushnil(L)
    while lua_next(L, table) != 0 {
        swl_pop(L, 1)
        let key = lua_type(L, -1) == LUA_TSTRING ? toSwiftString(L, -1) : nil
        guard let key, allowed.contains(key) else {
            let name = key.map { "'\($0)'" } ?? luaDescription(L, -1)
            swl_pop(L, 1)
            throw LuaError("\(what): unknown option \(name) (\(allowed.joined(separator: ", ")))")
        }
    }
}

/// The boolean option `key` of the table at `index`, nil when absent; anything but true or false
/// is an error (`"no"` would otherwise count as true).
func booleanOption(_ L: LState, _ index: Int32, _ key: String, _ what: String) throws -> Bool? {
    defer { swl_pop(L, 1) }
    switch rawField(L, index, key) {
    case LUA_TNIL: return nil
    case LUA_TBOOLEAN: return lua_toboolean(L, -1) != 0
    default: throw LuaError("\(what): \(key) must be true or false, got \(luaDescription(L, -1))")
    }
}

/// The non-negative integer option `key` of the table at `index`, nil when absent.
func countOption(_ L: LState, _ index: Int32, _ key: String, _ what: String) throws -> UInt64? {
    defer { swl_pop(L, 1) }
    guard rawField(L, index, key) != LUA_TNIL else { return nil }
    var isNumber: Int32 = 0
    let value = lua_tointegerx(L, -1, &isNumber)
    guard lua_type(L, -1) == LUA_TNUMBER, isNumber != 0, value >= 0 else {
        throw LuaError("\(what): \(key) must be a non-negative integer, got \(luaDescription(L, -1))")
    }
    return UInt64(value)
}

/// A field name for messages: `'name'` for a string key, a description otherwise.
func fieldName(_ L: LState, _ index: Int32) -> String {
    lua_type(L, index) == LUA_TSTRING ? "'\(toSwiftString(L, index) ?? "")'" : luaDescription(L, index)
}
