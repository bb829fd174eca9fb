// wasm.resumable(f, ...): a call that stops, instead of failing, when a host function raises or
// fuel runs out, and can be resumed (with the host function's results, or after refuelling).
import CLua
import CLuaShims
import WasmInterpreter

final class ResumableBox {
    let function: FuncBox
    var invocation: ResumableInvocation?
    var status = "running"
    init(_ function: FuncBox) { self.function = function }
}

/// Finds the `wasm.Func` behind an exported function (upvalue 2) or a Func object at `index`;
/// pushes its store userdata. Returns nil (pushing nothing) if `index` is neither.
func funcBehind(_ L: LState, _ index: Int32) -> FuncBox? {
    if let box = object(L, index, .function, as: FuncBox.self) {
        pushAnchors(L, index)
        _ = lua_rawgeti(L, -1, 1)
        swl_remove(L, -2)
        return box
    }
    // An exported function's closure (swl_pushexported): upvalue 2 is its wasm.Func userdata.
    guard lua_type(L, index) == LUA_TFUNCTION, lua_getupvalue(L, index, 2) != nil else { return nil }
    guard let box = object(L, -1, .function, as: FuncBox.self) else {
        swl_pop(L, 1)
        return nil
    }
    pushOwner(L, -1)
    swl_remove(L, -2)
    return box
}

/// Stores the outcome of a (resumed) call into the handle at `handle` (anchors: results, error).
func recordOutcome(_ L: LState, _ box: ResumableBox, _ outcome: ResumableCall, handle: Int32, store: Store<LuaStoreState>) {
    pushAnchors(L, handle)
    let anchors = lua_gettop(L)
    switch outcome {
    case .finished(let values):
        box.status = "finished"
        box.invocation = nil
        lua_createtable(L, Int32(values.count), 0)
        for (k, value) in values.enumerated() {
            pushValue(L, value, store: store)
            lua_rawseti(L, -2, lua_Integer(k + 1))
        }
        lua_setfield(L, anchors, "results")
        lua_pushnil(L)
        lua_setfield(L, anchors, "error")
    case .hostError(let invocation), .outOfFuel(let invocation):
        box.invocation = invocation
        if case .outOfFuel = outcome { box.status = "out_of_fuel" } else { box.status = "host_error" }
        if let error = invocation.error as? LuaError, let value = error.value {
            value.push(L)
        } else if let trap = invocation.error as? Trap {
            pushTrap(L, trap)
        } else {
            pushString(L, "\(invocation.error)")
        }
        lua_setfield(L, anchors, "error")
    }
    swl_pop(L, 1)
}

/// wasm.resumable(f, ...) -> handle with `status`, `results`, `error` and `resume(...)`.
func resumableNew(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let count = lua_gettop(L) - 1
        guard let function = funcBehind(L, 1) else { throw argError(L, 1, "resumable", "exported Wasm function") }
        let storeIndex = lua_gettop(L)
        let store = try function.storeBox.open("resumable")
        guard count == Int32(function.type.params.count) else {
            throw LuaError("resumable: \(function.name) expects \(function.type.params.count) arguments, got \(count)")
        }
        let box = ResumableBox(function)
        pushObject(L, box, .resumable)
        let handle = lua_gettop(L)
        pushAnchors(L, handle)
        lua_pushvalue(L, storeIndex)
        lua_rawseti(L, -2, 1)
        swl_pop(L, 1)
        _ = try enterStore(L, storeIndex: storeIndex, store) {
            try withWholeFuel(store) {
                var args: [Value] = []
                for (k, type) in function.type.params.enumerated() {
                    args.append(try toValue(L, 2 + Int32(k), type, "bad argument #\(k + 2) to 'resumable'", store: function.storeBox))
                }
                recordOutcome(L, box, try function.function.callResumable(store, args), handle: handle, store: store)
            }
            return 0
        }
        lua_settop(L, handle)
        return 1
    }
}

/// handle:resume(...): continues a suspended call; arguments are the failed host function's results.
func resumableResume(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .resumable, "resume", as: ResumableBox.self)
        guard let invocation = box.invocation else { throw LuaError("resume: the call is \(box.status), not suspended") }
        let store = try box.function.storeBox.open("resume")
        let count = lua_gettop(L) - 1
        guard count == Int32(invocation.hostResultTypes.count) else {
            throw LuaError("resume: expected \(invocation.hostResultTypes.count) results for the host function, got \(count)")
        }
        pushOwner(L, 1)
        let storeIndex = lua_gettop(L)
        _ = try enterStore(L, storeIndex: storeIndex, store) {
            var values: [Value] = []
            for (k, type) in invocation.hostResultTypes.enumerated() {
                values.append(try toValue(L, 2 + Int32(k), type, "bad argument #\(k + 1) to 'resume'", store: box.function.storeBox))
            }
            box.invocation = nil
            try withWholeFuel(store) {
                recordOutcome(L, box, try invocation.resume(store, with: values), handle: 1, store: store)
            }
            return 0
        }
        lua_settop(L, 1)
        return 1
    }
}

func resumableIndex(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let key = toSwiftString(L, 2)
        if key == "status", let box = object(L, 1, .resumable, as: ResumableBox.self) {
            pushString(L, box.status)
            return 1
        }
        if key == "results" || key == "error" {
            pushAnchors(L, 1)
            _ = rawField(L, -1, key!)
            return 1
        }
        return pushMethod(L)
    }
}

func registerResumableClass(_ L: LState) {
    registerClass(L, .resumable, methods: [("resume", resumableResume)], index: resumableIndex)
}
