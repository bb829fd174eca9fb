// libFuzzer target: the Lua front end. The input bytes choose a sequence of `wasm` API calls (with
// arguments of the right and the wrong types, closed stores, objects of another store, re-entrant
// calls from hooks and host functions), written out as a Lua script and run; each step is in a
// pcall, so a Lua error is fine and only a crash (or a sanitizer report) is a finding.
import FuzzDriver
import LuaWasm

/// One step per input byte: `steps[byte % steps.count]`, in the order the bytes give.
private let steps: [String] = [
    "s = wasm.Store(e)",
    "s:close()",
    "i = l:instantiate(s, m)",
    "i2 = l:instantiate(wasm.Store(e), m)",
    "f = i.exports.run; v = f(7)",
    "v = i.exports.run('x')",
    "v = i.exports.run()",
    "v = i.exports.run(1, 2, 3)",
    "i.exports.memory:write(0, 'hello')",
    "v = i.exports.memory:read(65530, 10)",
    "i.exports.memory:grow(1)",
    "v = i.exports.memory:load('u64', 65535)",
    "i.exports.memory:fill(0, 70000, 1)",
    "v = i.exports.memory:read_cstring(0)",
    "s:call_hook(function(k, t) if k == 'calling_host' then v = i.exports.run(1) end end)",
    "s:call_hook(function() error({}) end)",
    "s:call_hook(function() s:close() end)",
    "s:call_hook(nil)",
    "s:set_fuel(100)",
    "v = s:get_fuel()",
    "s:limiter{memory_size = 65536}",
    "s:limiter(nil)",
    "t = wasm.Table(s, {min = 2}); t:set(0, i.exports.run); v = t:get(0)(3)",
    "t:set(1, i2.exports.run)",
    "g = wasm.Global(s, 'externref', {}, true); g:set(s); v = g:get()",
    "v = i.exports.id(i)",
    "h = wasm.Func(s, '(i32) -> i32', function(x) return x end); v = h(1)",
    "co = coroutine.wrap(function() return i.exports.run(2) end); v = co()",
    "co = coroutine.wrap(function() return i.exports.spin() end); s:yield_interval(50); v = co(); v = co()",
    "r = wasm.resumable(i.exports.run, 5); v = r.status",
    "collectgarbage()",
    "back = function(x) return i.exports.run(x - 1) end",
    "back = function() return wasm.yield(1) end",
    "back = function() error('boom') end",
    "back = function(x) return x end",
    "v = wasm.Module(e, '(module (func (block (block (br 1)))))')",
    "v = tostring(s) .. tostring(i) .. tostring(m)",
    "l:define(s, 'x', 'y', i2.exports.memory)",
]

private let prelude = """
    e = wasm.Engine{fuel = true}
    m = wasm.Module(e, [[(module
      (import "env" "back" (func $back (param i32) (result i32)))
      (memory (export "memory") 1 2)
      (func (export "run") (param i32) (result i32)
        (if (result i32) (i32.gt_s (local.get 0) (i32.const 0))
          (then (call $back (local.get 0))) (else (i32.const 0))))
      (func (export "spin") (loop (br 0)))
      (func (export "id") (param externref) (result externref) (local.get 0)))]])
    back = function(x) return x end
    l = wasm.Linker(e)
    l:func_wrap("env", "back", "(i32) -> i32", function(x) return back(x) end)
    s = wasm.Store(e)
    s:set_fuel(1000000)
    i = l:instantiate(s, m)
    i2 = i
    """

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLua(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // (The prelude literal ends without a newline: the first step must start a line of its own.)
    var script = prelude + "\n"
    for byte in UnsafeBufferPointer(start: data, count: min(size, 64)) {
        script += "pcall(function() \(steps[Int(byte) % steps.count]) end)\n"
    }
    _ = LuaHost.run(["-e", script])
    return 0
}

// The process's entry point (see FuzzDriver).
@_cdecl("fuzz_lua_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzLua)
}
