// The Lua host: `wasmlua` as a drop-in `lua` (the options, environment, prompt and exit codes of
// Lua 5.4's stand-alone interpreter), with the `wasm` module preloaded and also a global.
import CLua
import CLuaShims

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The embedded Lua interpreter of `wasmlua` (and of the Lua scenario tests).
public enum LuaHost {
    /// Runs the Lua command line `arguments` (everything after the program name) as `lua` would,
    /// with `require "wasm"` available; returns the exit status (errors go to stderr).
    public static func run(_ arguments: [String]) -> Int32 {
        runLua(arguments)
    }

    /// The options `wasmlua` takes when it runs Lua, as `lua -h` would list them.
    public static let usage = """
        usage: wasmlua [options] [script [args]]
        Available options are:
          -e stat   execute string 'stat'
          -i        enter interactive mode after executing 'script'
          -l mod    require library 'mod' into global 'mod'
          -l g=mod  require library 'mod' into global 'g'
          -v        show version information
          -E        ignore environment variables
          -W        turn warnings on
          --        stop handling options
          -         stop handling options and execute stdin
        """
}

/// What the command line asks for, in `lua`'s terms.
private struct LuaCommandLine {
    /// `-e`, `-l` and `-W`, in command-line order.
    enum Action {
        case execute(String)
        case require(global: String, module: String)
        case warningsOn
    }
    var actions: [Action] = []
    var interactive = false
    var showVersion = false
    var ignoreEnvironment = false
    /// Index of the script in the arguments (`-` for standard input), if any.
    var scriptIndex: Int?

    /// Parses as `lua`'s `collectargs` does; a message for a bad option.
    init(_ arguments: [String]) throws(LuaUsageError) {
        var k = 0
        while k < arguments.count {
            let argument = arguments[k]
            guard argument.hasPrefix("-"), argument != "-" else {
                scriptIndex = k
                return
            }
            switch argument {
            case "--":
                if k + 1 < arguments.count { scriptIndex = k + 1 }
                return
            case "-E": ignoreEnvironment = true
            case "-W": actions.append(.warningsOn)
            case "-i":
                interactive = true
                showVersion = true
            case "-v": showVersion = true
            default:
                let option = String(argument.prefix(2))
                guard option == "-e" || option == "-l" else {
                    throw LuaUsageError("unrecognized option '\(argument)'")
                }
                var value = String(argument.dropFirst(2))
                if value.isEmpty {
                    k += 1
                    guard k < arguments.count, !arguments[k].hasPrefix("-") else {
                        throw LuaUsageError("'\(option)' needs argument")
                    }
                    value = arguments[k]
                }
                if option == "-e" {
                    actions.append(.execute(value))
                } else if let equals = value.firstIndex(of: "=") {
                    actions.append(.require(global: String(value[..<equals]), module: String(value[value.index(after: equals)...])))
                } else {
                    actions.append(.require(global: value, module: value))
                }
            }
            k += 1
        }
    }
}

private struct LuaUsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

func runLua(_ arguments: [String]) -> Int32 {
    let commandLine: LuaCommandLine
    do {
        commandLine = try LuaCommandLine(arguments)
    } catch {
        swl_eprint("wasmlua: \(error.message)\n\(LuaHost.usage)\n")
        return 1
    }
    guard let L = luaL_newstate() else {
        swl_eprint("wasmlua: cannot create a Lua state\n")
        return 1
    }
    defer { lua_close(L) }
    if commandLine.ignoreEnvironment {
        // As lua -E: the package library then ignores LUA_PATH and LUA_CPATH.
        lua_pushboolean(L, 1)
        lua_setfield(L, SWL_REGISTRYINDEX, "LUA_NOENV")
    }
    luaL_openlibs(L)
    swl_preload(L, "wasm", luaWasmOpen)
    // In wasmlua, `wasm` is also a global, as the standard libraries are.
    pushGlobal(L, "require")
    pushString(L, "wasm")
    if lua_pcallk(L, 1, 1, 0, 0, nil) == LUA_OK { setGlobal(L, "wasm") } else { swl_pop(L, 1) }
    setArgTable(L, arguments, scriptIndex: commandLine.scriptIndex)

    if commandLine.showVersion { print(versionText) }
    if !commandLine.ignoreEnvironment, let status = runLuaInit(L) { return status }
    for action in commandLine.actions {
        let ok: Bool
        switch action {
        case .execute(let code): ok = runChunk(L, code, name: "=(command line)")
        case .require(let global, let module): ok = requireModule(L, global: global, module: module)
        case .warningsOn:
            lua_warning(L, "@on", 0)
            ok = true
        }
        if !ok { return failureStatus(L) }
    }
    if let scriptIndex = commandLine.scriptIndex {
        let script = arguments[scriptIndex]
        let status = script == "-" ? luaL_loadfilex(L, nil, nil) : luaL_loadfilex(L, script, nil)
        guard status == LUA_OK else {
            report(L)
            return 1
        }
        let rest = arguments[(scriptIndex + 1)...]
        guard lua_checkstack(L, Int32(rest.count) + 2) != 0 else {
            swl_eprint("wasmlua: too many arguments to script\n")
            return 1
        }
        for argument in rest { _ = lua_pushstring(L, argument) }
        guard callProtected(L, Int32(rest.count)) else { return failureStatus(L) }
    }
    if commandLine.interactive {
        readEvalPrint(L)
    } else if commandLine.scriptIndex == nil && commandLine.actions.allSatisfy({ if case .execute = $0 { false } else { true } })
        && !commandLine.showVersion
    {
        // No script: the prompt on a terminal, otherwise the program on standard input.
        if isatty(0) != 0 {
            print(versionText)
            readEvalPrint(L)
        } else {
            guard luaL_loadfilex(L, nil, nil) == LUA_OK else {
                report(L)
                return 1
            }
            guard callProtected(L, 0) else { return failureStatus(L) }
        }
    }
    return 0
}

/// Pushes `_G[name]`, raw: this code runs outside a protected call, and a `_G` whose `__index`
/// raises (set by LUA_INIT, say) must not longjmp through Swift.
private func pushGlobal(_ L: LState, _ name: String) {
    _ = lua_rawgeti(L, SWL_REGISTRYINDEX, lua_Integer(LUA_RIDX_GLOBALS))
    _ = rawField(L, -1, name)
    swl_remove(L, -2)
}

/// Pops a value into `_G[name]`, raw (see `pushGlobal`).
private func setGlobal(_ L: LState, _ name: String) {
    _ = lua_rawgeti(L, SWL_REGISTRYINDEX, lua_Integer(LUA_RIDX_GLOBALS))
    pushString(L, name)
    lua_pushvalue(L, -3)
    lua_rawset(L, -3)
    swl_pop(L, 2)
}

/// `lua -v`'s line, with this host's name.
private var versionText: String { String(cString: swl_copyright()) + " (wasmlua)" }

/// arg: the script at 0, its arguments from 1, the interpreter and options below 0 (as `lua`).
private func setArgTable(_ L: LState, _ arguments: [String], scriptIndex: Int?) {
    let zero = scriptIndex ?? -1
    lua_createtable(L, Int32(max(arguments.count - zero - 1, 0)), Int32(zero + 2))
    _ = lua_pushstring(L, CommandLine.arguments.first ?? "wasmlua")
    lua_rawseti(L, -2, lua_Integer(-zero - 1))
    for (k, argument) in arguments.enumerated() {
        _ = lua_pushstring(L, argument)
        lua_rawseti(L, -2, lua_Integer(k - zero))
    }
    setGlobal(L, "arg")
}

/// Runs LUA_INIT_5_4 (or LUA_INIT): code, or `@file`. Returns an exit status if it failed.
private func runLuaInit(_ L: LState) -> Int32? {
    var name = "=LUA_INIT_5_4"
    var value = getenv("LUA_INIT_5_4")
    if value == nil {
        name = "=LUA_INIT"
        value = getenv("LUA_INIT")
    }
    guard let value else { return nil }
    let text = String(cString: value)
    let ok: Bool
    if text.hasPrefix("@") {
        ok = luaL_loadfilex(L, String(text.dropFirst()), nil) == LUA_OK && callProtected(L, 0)
    } else {
        ok = runChunk(L, text, name: name)
    }
    return ok ? nil : failureStatus(L)
}

/// Loads and runs `code` with a traceback handler; false (error on top) if it failed.
private func runChunk(_ L: LState, _ code: String, name: String) -> Bool {
    luaL_loadbufferx(L, code, code.utf8.count, name, nil) == LUA_OK && callProtected(L, 0)
}

/// `-l g=mod`: global g = require(mod).
private func requireModule(_ L: LState, global: String, module: String) -> Bool {
    pushGlobal(L, "require")
    pushString(L, module)
    guard callProtected(L, 1, results: 1) else { return false }
    setGlobal(L, global)
    return true
}

/// After a failed chunk: the exit status for the error on top (a WASI exit's own status, or
/// 1 after printing the error).
private func failureStatus(_ L: LState) -> Int32 {
    if let status = exitStatus(L) { return status }
    report(L)
    return 1
}

/// The status of the WASI exit error on top of the stack (`wasm.Exit`), if it is one.
private func exitStatus(_ L: LState) -> Int32? {
    guard lua_type(L, -1) == LUA_TTABLE, lua_getmetatable(L, -1) != 0 else { return nil }
    defer { swl_pop(L, 1) }
    _ = swl_getmetatable_named(L, "wasm.Exit")
    defer { swl_pop(L, 1) }
    guard lua_rawequal(L, -1, -2) != 0 else { return nil }
    _ = lua_getfield(L, -3, "exit_code")
    defer { swl_pop(L, 1) }
    return Int32(truncatingIfNeeded: lua_tointegerx(L, -1, nil))
}

/// Calls the function below `nargs` arguments with the traceback handler (`swl_msgh`: the
/// Lua traceback, and for a trap the Wasm backtrace too).
private func callProtected(_ L: LState, _ nargs: Int32, results: Int32 = 0) -> Bool {
    let base = lua_gettop(L) - nargs
    lua_pushcclosure(L, swl_msgh, 0)
    swl_insert(L, base)
    let status = swl_pcall(L, nargs, results, base)
    swl_remove(L, base)
    return status == LUA_OK
}

/// Prints the error on top of the stack as `lua` does (`wasmlua: message`; at the prompt without
/// the program name) and pops it.
private func report(_ L: LState, atPrompt: Bool = false) {
    var message: String
    if let text = lua_tolstring(L, -1, nil) {
        message = String(cString: text)
    } else if luaL_callmeta(L, -1, "__tostring") != 0, let text = lua_tolstring(L, -1, nil) {
        message = String(cString: text)
        swl_pop(L, 1)
    } else {
        message = "(error object is a \(String(cString: swl_typename_at(L, -1))) value)"
    }
    swl_pop(L, 1)
    if !message.hasSuffix("\n") { message += "\n" }
    swl_eprint(atPrompt ? message : "wasmlua: \(message)")
}

// MARK: the interactive prompt

/// Reads a line after printing `prompt`; nil at the end of input.
private func readLine(prompt: String) -> String? {
    print(prompt, terminator: "")
    fflush(nil)
    return Swift.readLine(strippingNewline: true)
}

/// The prompt `_PROMPT` / `_PROMPT2` (as `lua`), or the default.
private func prompt(_ L: LState, first: Bool) -> String {
    pushGlobal(L, first ? "_PROMPT" : "_PROMPT2")
    defer { swl_pop(L, 1) }
    return toSwiftString(L, -1) ?? (first ? "> " : ">> ")
}

/// Whether the load error on top says the chunk is incomplete (ends at `<eof>`).
private func isIncomplete(_ L: LState) -> Bool {
    toSwiftString(L, -1)?.hasSuffix("<eof>") ?? false
}

/// `lua`'s prompt: each line is first tried as an expression (`return line`) and its values
/// printed; an incomplete statement reads more lines.
private func readEvalPrint(_ L: LState) {
    while let first = readLine(prompt: prompt(L, first: true)) {
        lua_settop(L, 0)
        // `= expr` is `return expr`, as in lua's own prompt.
        let expression = "return " + (first.hasPrefix("=") ? first.dropFirst() : first[...])
        var status = luaL_loadbufferx(L, expression, expression.utf8.count, "=stdin", nil)
        if status != LUA_OK {
            swl_pop(L, 1)
            var chunk = first
            while true {
                status = luaL_loadbufferx(L, chunk, chunk.utf8.count, "=stdin", nil)
                guard status == LUA_ERRSYNTAX, isIncomplete(L), let more = readLine(prompt: prompt(L, first: false)) else { break }
                swl_pop(L, 1)
                chunk += "\n" + more
            }
        }
        guard status == LUA_OK else {
            report(L, atPrompt: true)
            continue
        }
        guard callProtected(L, 0, results: SWL_MULTRET) else {
            report(L, atPrompt: true)
            continue
        }
        let count = lua_gettop(L)
        if count > 0, lua_checkstack(L, 2) != 0 {
            pushGlobal(L, "print")
            swl_insert(L, 1)
            if !callProtected(L, count) { report(L, atPrompt: true) }
        }
    }
    lua_settop(L, 0)
    print()
}
