// Wasm calls that suspend a Lua coroutine: a host function that returns `wasm.yield(...)`, or a
// slice of `store:yield_interval` fuel that ran out, stops the Wasm call as a resumable call
// (its Wasm stack copied out of the store) and yields the coroutine. The yield itself happens in
// the C trampoline after the Swift body returned (`SWL_YIELD`), so no Swift frame is unwound;
// `coroutine.resume` continues in `swl_resume_body`, which resumes the Wasm call.
import CLua
import CLuaShims
import WasmInterpreter

/// Why a resumable Wasm call stopped when a host function returned `wasm.yield(...)`: the values
/// to yield (a table kept in the registry; none without values).
struct LuaYieldRequest: Error {
    let values: LuaErrorValue?
    let count: Int32
}

/// A Wasm call of a coroutine waiting for `coroutine.resume` (on the coroutine's stack, below
/// the yielded values).
final class SuspendedCallBox {
    var invocation: ResumableInvocation?
    let function: FuncBox
    /// The stack index of the function's userdata in the C frame that made the call (the
    /// continuation runs in the same frame).
    let functionObject: Int32
    /// Stopped by `yield_interval` (resumed without values), not by `wasm.yield`.
    var fuelSlice = false
    init(_ function: FuncBox, object: Int32) {
        self.function = function
        self.functionObject = object
    }
}

/// wasm.yield(...): what a host function returns to suspend its Wasm call and yield `...` from
/// the coroutine that made the call. Returns a mark (a light userdata) and the values: no
/// allocation for the common `return wasm.yield()`.
func wasmYield(_ L: LState?) -> Int32 {
    guarded(L) { L in
        guard swl_yield_allowed(L) != 0 else {
            throw LuaError(
                "wasm.yield: no Wasm call that can suspend is running here: return wasm.yield(...) from a host function "
                    + "called by Wasm code that a coroutine called (calls from the main thread, wasm.resumable calls and "
                    + "Wasm calls made by host functions cannot suspend)")
        }
        guard lua_checkstack(L, 1) != 0 else { throw LuaError("wasm.yield: too many values") }
        lua_pushlightuserdata(L, swl_yield_marker())
        swl_insert(L, 1)
        return lua_gettop(L)
    }
}

/// Whether the value at `index` is the mark `wasm.yield` returns first.
@inline(__always)
func isYieldMark(_ L: LState, _ index: Int32) -> Bool {
    lua_type(L, index) == LUA_TLIGHTUSERDATA && lua_touserdata(L, index) == swl_yield_marker()
}

/// The error a host function's `wasm.yield(...)` results (`count` values from `first`) become: a
/// request to suspend, or a plain error where the call cannot suspend.
func yieldRequest(_ L: LState, first: Int32, count: Int32, state: LuaStoreState, label: String) throws -> any Error {
    switch state.yieldContext {
    case .coroutine:
        guard count > 0 else { return LuaYieldRequest(values: nil, count: 0) }
        guard lua_checkstack(L, 3) != 0 else { return LuaError("wasm.yield: too many values") }
        lua_createtable(L, count, 0)
        for k in 0..<count {
            lua_pushvalue(L, first + k)
            lua_rawseti(L, -2, lua_Integer(k + 1))
        }
        return LuaYieldRequest(values: LuaErrorValue(L, luaL_ref(L, SWL_REGISTRYINDEX)), count: count)
    case .nested:
        return LuaError(
            "wasm.yield: \(label) cannot yield: its Wasm call was made by a host function, and only the outermost Wasm call of a coroutine can suspend"
        )
    case .none:
        return LuaError("wasm.yield: \(label) cannot yield: its Wasm call was not made inside a coroutine")
    }
}

/// Lua -> Wasm inside a coroutine: calls `box` so that it can suspend (see the file comment).
func callInCoroutine(_ L: LState, _ box: FuncBox, firstArg: Int32, anchors: Int32, object: Int32) throws -> Int32 {
    let store = try box.storeBox.open(box.name)
    let params = box.type.params
    let anchors = lua_absindex(L, anchors)
    _ = lua_rawgeti(L, anchors, StoreAnchor.store)
    let storeIndex = lua_gettop(L)
    var args: [Value] = []
    args.reserveCapacity(params.count)
    _ = try enterStore(L, storeIndex: storeIndex, store) {
        for (k, type) in params.enumerated() {
            args.append(try toValue(L, firstArg + Int32(k), type, "bad argument #\(k + 1) to '\(box.name)'", store: box.storeBox))
        }
        return 0
    }
    return try runSlice(L, box, object: object, suspended: nil, storeIndex: storeIndex, store) {
        try box.function.callResumable(store, args)
    }
}

/// `coroutine.resume` of a coroutine whose Wasm call yielded: the suspended call's object is at
/// `index`, the values passed to resume above it.
@_cdecl("swl_resume_body")
func resumeBody(_ L: LState?, _ index: Int32) -> Int32 {
    guarded(L) { L in
        guard let suspended = object(L, index, .suspendedCall, as: SuspendedCallBox.self),
            let invocation = suspended.invocation
        else { throw LuaError("the suspended Wasm call is gone") }
        suspended.invocation = nil
        let box = suspended.function
        let store = try box.storeBox.open(box.name)
        // The store userdata sits just below the object (pushed by `callInCoroutine`).
        let storeIndex = index - 1
        guard object(L, storeIndex, .store, as: StoreBox.self) === box.storeBox else {
            throw LuaError("the suspended Wasm call lost its store")
        }
        let given = lua_gettop(L) - index
        var values: [Value] = []
        if !suspended.fuelSlice {
            let types = invocation.hostResultTypes
            guard given == Int32(types.count) else {
                throw LuaError(
                    "\(box.name): resumed with \(given) value\(given == 1 ? "" : "s"), but the host function that yielded returns \(types.count) (\(types.map(\.description).joined(separator: ", ")))"
                )
            }
            _ = try enterStore(L, storeIndex: storeIndex, store) {
                for (k, type) in types.enumerated() {
                    values.append(try toValue(L, index + 1 + Int32(k), type, "resume value #\(k + 1) for \(box.name)", store: box.storeBox))
                }
                return 0
            }
        }
        // The continuation runs in the same C frame on every resume: drop this round's values (the
        // object stays where it is, for the next yield), so the stack stays flat.
        lua_settop(L, index)
        return try runSlice(L, box, object: suspended.functionObject, suspended: suspended, storeIndex: storeIndex, store) {
            try invocation.resume(store, with: values)
        }
    }
}

/// Runs one slice of a coroutine's Wasm call (`step`: the first call or a resume) and turns its
/// outcome into results (pushed; their count returned) or a yield (the suspended call's object,
/// the values and their count pushed; `SWL_YIELD` returned).
private func runSlice(
    _ L: LState, _ box: FuncBox, object: Int32, suspended: SuspendedCallBox?, storeIndex: Int32, _ store: Store<LuaStoreState>,
    _ step: () throws -> ResumableCall
) throws -> Int32 {
    let state = store.data
    // A coroutine resumed (by a host function) while another slice runs: that slice's reserve
    // joins this one's pool, and comes back after.
    if state.fuelReserve > 0 {
        return try withWholeFuel(store) { try runSlice(L, box, object: object, suspended: suspended, storeIndex: storeIndex, store, step) }
    }
    // With a yield interval, the store holds one slice of its fuel; the rest waits in the reserve.
    let slicing = state.yieldInterval != nil
    if let interval = state.yieldInterval {
        let pool = try store.getFuel()
        try store.setFuel(min(interval, pool))
        state.fuelReserve = pool - min(interval, pool)
    }
    var outcome: ResumableCall?
    // What the reserve holds when the slice ends decides between a yield and the trap (a host
    // function's set_fuel during the slice empties it).
    var reserve: UInt64 = 0
    do {
        defer {
            reserve = state.fuelReserve
            state.fuelReserve = 0
            if slicing, let left = try? store.getFuel() { try? store.setFuel(left + reserve) }
        }
        _ = try enterStore(L, storeIndex: storeIndex, store) {
            // Inside: enterStore clears the entered function and the yield context (and restores
            // them after).
            (state.entry, state.entryObject) = (box, object)
            state.yieldContext = .coroutine
            do {
                outcome = try step()
            } catch is LuaYieldRequest {
                // A host function called straight from Lua: no Wasm call to suspend.
                throw LuaError("wasm.yield: \(box.name) was called from Lua, not by Wasm code: there is no Wasm call to suspend")
            }
            return 0
        }
    }
    switch outcome! {
    case .finished(let values):
        return try enterStore(L, storeIndex: storeIndex, store) {
            guard lua_checkstack(L, Int32(values.count) + 1) != 0 else { throw LuaError("\(box.name): too many results for the Lua stack") }
            for value in values { pushValue(L, value, store: store) }
            return Int32(values.count)
        }
    case .outOfFuel(let invocation):
        // Out of the slice with fuel in reserve: yield; out of the whole budget: the trap.
        guard slicing, reserve > 0 else { throw invocation.error }
        pushSuspended(L, box, object, suspended, invocation, storeIndex: storeIndex, fuelSlice: true)
        lua_pushinteger(L, 0)
        return SWL_YIELD
    case .hostError(let invocation):
        guard let request = invocation.error as? LuaYieldRequest else { throw invocation.error }
        pushSuspended(L, box, object, suspended, invocation, storeIndex: storeIndex, fuelSlice: false)
        let count = request.count
        guard lua_checkstack(L, count + 2) != 0 else { throw LuaError("wasm.yield: too many values") }
        if let values = request.values {
            values.push(L)
            let table = lua_gettop(L)
            for k in 0..<count { _ = lua_rawgeti(L, table, lua_Integer(k + 1)) }
            swl_remove(L, table)
        }
        lua_pushinteger(L, lua_Integer(count))
        return SWL_YIELD
    }
}

/// Leaves the object that keeps `invocation` until the coroutine is resumed just above the store
/// userdata: a new one for a first call; a resumed call's object is already there.
private func pushSuspended(
    _ L: LState, _ box: FuncBox, _ functionObject: Int32, _ suspended: SuspendedCallBox?, _ invocation: ResumableInvocation,
    storeIndex: Int32, fuelSlice: Bool
) {
    let object = suspended ?? SuspendedCallBox(box, object: functionObject)
    object.invocation = invocation
    object.fuelSlice = fuelSlice
    if suspended == nil {
        pushObject(L, object, .suspendedCall)
        setOwner(L, object: -1, owner: storeIndex)
    }
    assert(lua_gettop(L) == storeIndex + 1, "the suspended call's object must sit just above the store userdata")
}

/// Runs `body` (a Wasm call made while a `yield_interval` slice runs: from a host function, a hook,
/// or another coroutine) with the store's whole fuel: the slice's reserve goes back into the store
/// for it. After, the slice keeps what it had left, and what the call used comes out of the reserve.
func withWholeFuel<R>(_ store: Store<LuaStoreState>, _ body: () throws -> R) throws -> R {
    let state = store.data
    let reserve = state.fuelReserve
    guard reserve > 0 else { return try body() }
    let sliceLeft = try store.getFuel()
    try store.setFuel(sliceLeft + reserve)
    state.fuelReserve = 0
    defer {
        if let now = try? store.getFuel() {
            let slice = min(now, sliceLeft)
            try? store.setFuel(slice)
            state.fuelReserve = now - slice
        }
    }
    return try body()
}

/// store:yield_interval(fuel | nil): inside a coroutine, a Wasm call of this store yields every
/// `fuel` units (the store's fuel stays the total budget).
func storeYieldInterval(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let store = try checkObject(L, 1, .store, "yield_interval", as: StoreBox.self).open("yield_interval")
        if swl_isnoneornil(L, 2) != 0 {
            store.data.yieldInterval = nil
            return 0
        }
        let interval = try checkInteger(L, 2, "yield_interval")
        guard interval > 0 else { throw LuaError("yield_interval: the interval must be positive, got \(interval)") }
        guard store.engine.config.consumeFuel else { throw noFuel("yield_interval") }
        store.data.yieldInterval = UInt64(interval)
        return 0
    }
}

func registerCoroutineClasses(_ L: LState) {
    registerClass(L, .suspendedCall, methods: [])
}
