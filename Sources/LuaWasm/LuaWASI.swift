// WASI from Lua (wasmtime-py's shape): `linker:define_wasi()`, `store:set_wasi{...}` returning a
// `wasm.Wasi` object with `run`, `initialize`, `stdout`, `stderr`; `wasm.is_exit`.
import CLua
import CLuaShims
import WasmInterpreter
import WasmInterpreterWASI

/// The Swift side of a `wasm.Wasi` object.
typealias WASIBox = StoreObjectBox<WASIContext>

/// linker:define_wasi(): every `wasi_snapshot_preview1` function, for any store with `set_wasi`.
func linkerDefineWASI(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .linker, "define_wasi", as: LinkerBox.self)
        try box.linker.defineWASI { $0.wasi }
        return 0
    }
}

/// store:set_wasi{args =, env =, inherit_env =, stdin =, stdout =, stderr =, preopens =, files =}
func storeSetWASI(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let storeBox = try checkObject(L, 1, .store, "set_wasi", as: StoreBox.self)
        let store = try storeBox.open("set_wasi")
        if swl_isnoneornil(L, 2) != 0 { lua_createtable(L, 0, 0) }
        guard lua_type(L, 2) == LUA_TTABLE else { throw argError(L, 2, "set_wasi", "table") }
        lua_settop(L, 2)
        let state = store.data
        var config = WASIConfiguration()
        // Unknown keys are mistakes (a misspelt `stdout` would silently inherit).
        lua_pushnil(L)
        while lua_next(L, 2) != 0 {
            defer { swl_pop(L, 1) }
            guard let key = lua_type(L, -2) == LUA_TSTRING ? toSwiftString(L, -2) : nil else {
                throw LuaError("set_wasi: option names are strings, got \(luaDescription(L, -2))")
            }
            switch key {
            case "args": config.arguments = try stringList(L, -1, "args")
            case "env": config.environment = try stringMap(L, -1, "env")
            case "inherit_env":
                guard lua_type(L, -1) == LUA_TBOOLEAN else { throw LuaError("set_wasi: inherit_env must be true or false") }
                config.inheritEnvironment = lua_toboolean(L, -1) != 0
            case "stdin": config.stdin = try wasiInput(L, -1)
            case "stdout", "stderr":
                let output = try wasiOutput(L, -1, key, state: state)
                if key == "stdout" { config.stdout = output } else { config.stderr = output }
            case "preopens": config.preopens = try preopens(L, -1)
            case "files": config.files = try fileTree(L, -1)
            default:
                throw LuaError(
                    "set_wasi: unknown option '\(key)' (args, env, inherit_env, stdin, stdout, stderr, preopens, files)")
            }
        }
        let wasi: WASIContext
        do {
            wasi = try WASIContext(config)
        } catch let error as WasmError {
            throw LuaError("set_wasi: \(error.message)")
        }
        state.wasi = wasi
        pushObject(L, WASIBox(wasi, storeBox: storeBox), .wasi)
        setOwner(L, object: -1, owner: 1)
        return 1
    }
}

/// A list of strings at `index` (`what` names it in errors).
private func stringList(_ L: LState, _ index: Int32, _ what: String) throws -> [String] {
    guard lua_type(L, index) == LUA_TTABLE else { throw LuaError("set_wasi: \(what) must be a list of strings") }
    let table = lua_absindex(L, index)
    var result: [String] = []
    var k: lua_Integer = 1
    while lua_rawgeti(L, table, k) != LUA_TNIL {
        defer { swl_pop(L, 1) }
        guard let text = toSwiftString(L, -1) else { throw LuaError("set_wasi: \(what)[\(k)] is not a string") }
        result.append(text)
        k += 1
    }
    swl_pop(L, 1)
    return result
}

/// A table of string keys to string values at `index`.
private func stringMap(_ L: LState, _ index: Int32, _ what: String) throws -> [String: String] {
    guard lua_type(L, index) == LUA_TTABLE else { throw LuaError("set_wasi: \(what) must be a table of strings") }
    let table = lua_absindex(L, index)
    var result: [String: String] = [:]
    lua_pushnil(L)
    while lua_next(L, table) != 0 {
        defer { swl_pop(L, 1) }
        guard lua_type(L, -2) == LUA_TSTRING, let key = toSwiftString(L, -2), let value = toSwiftString(L, -1) else {
            throw LuaError("set_wasi: \(what) must map names to strings")
        }
        result[key] = value
    }
    return result
}

/// `files`: absolute guest path -> contents (a string).
private func fileTree(_ L: LState, _ index: Int32) throws -> [String: [UInt8]] {
    guard lua_type(L, index) == LUA_TTABLE else { throw LuaError("set_wasi: files must be a table of paths to strings") }
    let table = lua_absindex(L, index)
    var result: [String: [UInt8]] = [:]
    lua_pushnil(L)
    while lua_next(L, table) != 0 {
        defer { swl_pop(L, 1) }
        guard lua_type(L, -2) == LUA_TSTRING, let path = toSwiftString(L, -2), let bytes = toBytes(L, -1) else {
            throw LuaError("set_wasi: files must map paths to strings")
        }
        result[path] = bytes
    }
    return result
}

/// `stdin`: a string (the data), `{inherit = true}` or `{file = "path"}`.
private func wasiInput(_ L: LState, _ index: Int32) throws -> WASIInput {
    let index = lua_absindex(L, index)
    if let bytes = toBytes(L, index) { return .bytes(bytes) }
    guard lua_type(L, index) == LUA_TTABLE else {
        throw LuaError("set_wasi: stdin must be a string, {inherit = true} or {file = path}")
    }
    try checkOptionKeys(L, index, "set_wasi (stdin)", ["inherit", "file"])
    let inherit = try booleanOption(L, index, "inherit", "set_wasi (stdin)") ?? false
    defer { swl_pop(L, 1) }
    _ = rawField(L, index, "file")
    if let path = toSwiftString(L, -1) { return .file(path) }
    if inherit { return .inherit }
    throw LuaError("set_wasi: stdin must be a string, {inherit = true} or {file = path}")
}

/// `stdout` / `stderr`: "inherit", "capture", `{file = "path"}`, or a function called with each
/// chunk the program writes (an error in it stops the program with that error).
private func wasiOutput(_ L: LState, _ index: Int32, _ what: String, state: LuaStoreState) throws -> WASIOutput {
    let index = lua_absindex(L, index)
    switch lua_type(L, index) {
    case LUA_TSTRING:
        switch toSwiftString(L, index) {
        case "inherit": return .inherit
        case "capture": return .capture
        default: break
        }
    case LUA_TTABLE:
        try checkOptionKeys(L, index, "set_wasi (\(what))", ["file"])
        defer { swl_pop(L, 1) }
        _ = rawField(L, index, "file")
        if let path = toSwiftString(L, -1) { return .file(path) }
    case LUA_TFUNCTION:
        // Anchored in the store under its own key; called on the Lua thread running the store.
        // (During set_wasi the store userdata is argument 1.)
        let key = makeHostID()
        pushAnchors(L, 1)
        lua_pushvalue(L, index)
        lua_rawseti(L, -2, key)
        swl_pop(L, 1)
        let reference = StoreStateReference(state)
        return .callback { chunk in
            guard let state = reference.state, let L = state.L else { return }
            _ = lua_rawgeti(L, state.anchors, key)
            chunk.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
            }
            try pcall(L, nargs: 1, nresults: 0)
        }
    default: break
    }
    throw LuaError("set_wasi: \(what) must be \"inherit\", \"capture\", {file = path} or a function")
}

/// `preopens`: guest path -> host path, or guest path -> {path = host path, readonly = true}.
private func preopens(_ L: LState, _ index: Int32) throws -> [WASIPreopen] {
    guard lua_type(L, index) == LUA_TTABLE else { throw LuaError("set_wasi: preopens must be a table") }
    let table = lua_absindex(L, index)
    var result: [WASIPreopen] = []
    lua_pushnil(L)
    while lua_next(L, table) != 0 {
        defer { swl_pop(L, 1) }
        guard let guest = lua_type(L, -2) == LUA_TSTRING ? toSwiftString(L, -2) : nil, guest.hasPrefix("/") else {
            throw LuaError("set_wasi: preopens keys are absolute guest paths (\"/data\"), got \(luaDescription(L, -2))")
        }
        if let host = toSwiftString(L, -1) {
            result.append(WASIPreopen(hostPath: host, guestPath: guest))
        } else if lua_type(L, -1) == LUA_TTABLE {
            let entry = lua_absindex(L, -1)
            // Unknown keys are errors here too: a misspelt `readonly` would leave the tree writable.
            lua_pushnil(L)
            while lua_next(L, entry) != 0 {
                swl_pop(L, 1)
                let key = lua_type(L, -1) == LUA_TSTRING ? toSwiftString(L, -1) : nil
                guard key == "path" || key == "readonly" else {
                    let name = key.map { "'\($0)'" } ?? luaDescription(L, -1)
                    throw LuaError("set_wasi: preopens[\"\(guest)\"]: unknown field \(name) (path, readonly)")
                }
            }
            defer { swl_pop(L, 2) }
            _ = rawField(L, entry, "path")
            guard let host = toSwiftString(L, -1) else { throw LuaError("set_wasi: preopens[\"\(guest)\"].path must be a string") }
            let readonlyType = rawField(L, entry, "readonly")
            guard readonlyType == LUA_TNIL || readonlyType == LUA_TBOOLEAN else {
                throw LuaError("set_wasi: preopens[\"\(guest)\"].readonly must be true or false")
            }
            result.append(WASIPreopen(hostPath: host, guestPath: guest, readOnly: lua_toboolean(L, -1) != 0))
        } else {
            throw LuaError("set_wasi: preopens[\"\(guest)\"] must be a host path or {path = ..., readonly = ...}")
        }
    }
    // Deterministic descriptor order (a Lua table has none): by guest path.
    return result.sorted { $0.guestPath < $1.guestPath }
}

/// A weak reference to a store's Lua state for an output callback (the state owns the WASI
/// context, which owns the callback: a strong reference would be a cycle).
private final class StoreStateReference: @unchecked Sendable {
    // Why @unchecked: read only by WASI calls, on the thread running the store's code.
    weak var state: LuaStoreState?
    init(_ state: LuaStoreState) { self.state = state }
}

/// wasi:run(instance) -> exit code
func wasiRun(_ L: LState?) -> Int32 {
    guarded(L) { L in try wasiCall(L, "run") { wasi, store, instance in Int(try wasi.handle.run(store, instance)) } }
}

/// wasi:initialize(instance)
func wasiInitialize(_ L: LState?) -> Int32 {
    guarded(L) { L in
        try wasiCall(L, "initialize") { wasi, store, instance in
            try wasi.handle.initialize(store, instance)
            return nil
        }
    }
}

/// Runs `body` for `wasi:NAME(instance)` inside the store (host functions and output callbacks
/// reach Lua); pushes its integer result, if any.
private func wasiCall(
    _ L: LState, _ name: String, _ body: (WASIBox, Store<LuaStoreState>, Instance) throws -> Int?
) throws -> Int32 {
    let wasi = try checkObject(L, 1, .wasi, name, as: WASIBox.self)
    let instance = try checkObject(L, 2, .instance, name, as: InstanceBox.self)
    let store = try wasi.storeBox.open(name)
    guard instance.storeBox === wasi.storeBox else { throw LuaError("\(name): the instance belongs to another store") }
    lua_settop(L, 2)
    pushOwner(L, 1)
    var result: Int?
    do {
        _ = try enterStore(L, storeIndex: 3, store) {
            result = try body(wasi, store, instance.handle)
            return 0
        }
    } catch let error as WasmError where error.kind == .usage {
        throw LuaError("\(name): \(error.message)")
    }
    guard let result else { return 0 }
    lua_pushinteger(L, lua_Integer(result))
    return 1
}

/// wasi:stdout() / wasi:stderr(): what was captured so far.
func wasiStdout(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let wasi = try checkObject(L, 1, .wasi, "stdout", as: WASIBox.self)
        pushBytes(L, wasi.handle.capturedStdout)
        return 1
    }
}

func wasiStderr(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let wasi = try checkObject(L, 1, .wasi, "stderr", as: WASIBox.self)
        pushBytes(L, wasi.handle.capturedStderr)
        return 1
    }
}

private func pushBytes(_ L: LState, _ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
    }
}

/// Pushes an exit as a Lua error object: `{code = "exit", exit_code = N}` with metatable `wasm.Exit`.
func pushExit(_ L: LState, _ exit: WASIExit) {
    lua_createtable(L, 0, 3)
    pushString(L, "exit")
    lua_setfield(L, -2, "code")
    lua_pushinteger(L, lua_Integer(exit.code))
    lua_setfield(L, -2, "exit_code")
    pushString(L, "exit code \(exit.code)")
    lua_setfield(L, -2, "message")
    _ = swl_getmetatable_named(L, "wasm.Exit")
    lua_setmetatable(L, -2)
}

/// wasm.is_exit(value): whether `value` is the error of a WASI exit.
func isExit(_ L: LState?) -> Int32 {
    guarded(L) { L in pushIsError(L, metatable: "wasm.Exit") }
}

/// `tostring` of an exit error: `exit code N`.
func exitToString(_ L: LState?) -> Int32 {
    guarded(L) { L in
        _ = rawField(L, 1, "message")
        return 1
    }
}

/// The `wasm.Wasi` class and the `wasm.Exit` error metatable.
func registerWASIClasses(_ L: LState) {
    registerClass(
        L, .wasi,
        methods: [("run", wasiRun), ("initialize", wasiInitialize), ("stdout", wasiStdout), ("stderr", wasiStderr)])
    _ = luaL_newmetatable(L, "wasm.Exit")
    swl_pushbody(L, exitToString, 0)
    lua_setfield(L, -2, "__tostring")
    swl_pop(L, 1)
}
