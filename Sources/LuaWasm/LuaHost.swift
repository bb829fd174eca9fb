// The Lua host: `wasmlua SCRIPT.lua [ARGS...]`, `wasmlua -e CODE`, `wasmlua -` (stdin), with the
// `wasm` module preloaded and `arg` set as `lua` sets it.
import CLua
import CLuaShims

#if canImport(Glibc)
    import Glibc
#endif

/// The embedded Lua interpreter of `wasmlua` (and of the Lua scenario tests).
public enum LuaHost {
    /// Runs the Lua command line `arguments` (everything after the program name) as `lua` would,
    /// with `require "wasm"` available; returns the exit status (errors go to stderr).
    public static func run(_ arguments: [String]) -> Int32 {
        runLua(arguments)
    }
}

func runLua(_ arguments: [String]) -> Int32 {
    guard let L = luaL_newstate() else {
        swl_eprint("wasmlua: cannot create a Lua state\n")
        return 1
    }
    defer { lua_close(L) }
    luaL_openlibs(L)
    swl_preload(L, "wasm", luaWasmOpen)
    // In wasmlua, `wasm` is also a global, as the standard libraries are.
    _ = lua_getglobal(L, "require")
    pushString(L, "wasm")
    if lua_pcallk(L, 1, 1, 0, 0, nil) == LUA_OK { lua_setglobal(L, "wasm") } else { swl_pop(L, 1) }

    var rest = arguments[...]
    var chunks: [String] = []
    while let first = rest.first, first == "-e" {
        rest = rest.dropFirst()
        guard let code = rest.popFirst() else {
            swl_eprint("wasmlua: '-e' needs an argument\n")
            return 1
        }
        chunks.append(code)
    }
    let script = rest.popFirst()

    // arg: the script at 0, its arguments from 1, the interpreter and options below 0.
    lua_createtable(L, Int32(rest.count), Int32(arguments.count - rest.count + 1))
    let scriptIndex = arguments.count - rest.count - (script == nil ? 0 : 1)
    _ = lua_pushstring(L, CommandLine.arguments[0])
    lua_rawseti(L, -2, lua_Integer(-scriptIndex - 1))
    for (k, argument) in arguments.enumerated() {
        _ = lua_pushstring(L, argument)
        lua_rawseti(L, -2, lua_Integer(k - scriptIndex))
    }
    lua_setglobal(L, "arg")

    for code in chunks {
        if luaL_loadbufferx(L, code, code.utf8.count, "=(command line)", nil) != LUA_OK || !callProtected(L, 0) {
            if let status = exitStatus(L) { return status }
            report(L)
            return 1
        }
    }
    guard let script else { return 0 }
    let status = script == "-" ? luaL_loadfilex(L, nil, nil) : luaL_loadfilex(L, script, nil)
    guard status == LUA_OK else {
        report(L)
        return 1
    }
    for argument in rest { _ = lua_pushstring(L, argument) }
    guard callProtected(L, Int32(rest.count)) else {
        // A WASI program's exit that the script let through ends the script with its status.
        if let status = exitStatus(L) { return status }
        report(L)
        return 1
    }
    return 0
}

/// The status of the WASI exit error on top of the stack (`wasm.Exit`), if it is one.
private func exitStatus(_ L: OpaquePointer) -> Int32? {
    guard lua_type(L, -1) == LUA_TTABLE, lua_getmetatable(L, -1) != 0 else { return nil }
    defer { swl_pop(L, 1) }
    _ = swl_getmetatable_named(L, "wasm.Exit")
    defer { swl_pop(L, 1) }
    guard lua_rawequal(L, -1, -2) != 0 else { return nil }
    _ = lua_getfield(L, -3, "exit_code")
    defer { swl_pop(L, 1) }
    return Int32(truncatingIfNeeded: lua_tointegerx(L, -1, nil))
}

/// Calls the function below `nargs` arguments with a traceback handler.
private func callProtected(_ L: OpaquePointer, _ nargs: Int32) -> Bool {
    let base = lua_gettop(L) - nargs
    lua_pushcclosure(L, swl_msgh, 0)
    swl_insert(L, base)
    let status = swl_pcall(L, nargs, 0, base)
    swl_remove(L, base)
    return status == LUA_OK
}

/// Prints the error on top of the stack as `lua` does: `wasmlua: message` (with traceback).
private func report(_ L: OpaquePointer) {
    var message: String
    if let text = lua_tolstring(L, -1, nil) {
        message = String(cString: text)
    } else if luaL_callmeta(L, -1, "__tostring") != 0, let text = lua_tolstring(L, -1, nil) {
        message = String(cString: text)
    } else {
        message = "(error object is a \(String(cString: swl_typename_at(L, -1))) value)"
    }
    if !message.hasSuffix("\n") { message += "\n" }
    swl_eprint("wasmlua: \(message)")
}
