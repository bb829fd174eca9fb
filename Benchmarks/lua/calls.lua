-- Lua call overheads (targets: <= 60 ns each way, a no-op Lua hook <= 60 ns per host call), run by scripts/bench
-- with the release wasmlua: ns per call, median of 5 runs of N calls.
local wasm = require "wasm"
local N = tonumber(arg and arg[1]) or 1000000

local engine = wasm.Engine()
local store = wasm.Store(engine)
local linker = wasm.Linker(engine)
linker:func_wrap("env", "inc", "(i32) -> i32", function(x) return x + 1 end)
local e = linker:instantiate(store, wasm.Module(engine, [[
(module
  (import "env" "inc" (func $inc (param i32) (result i32)))
  (func (export "empty"))
  (func (export "calls") (param $n i32) (result i32) (local $acc i32)
    (block $done (loop $next
      (br_if $done (i32.eqz (local.get $n)))
      (local.set $acc (call $inc (local.get $acc)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $next)))
    (local.get $acc)))
]])).exports

local function median_ns(f)
  local times = {}
  for run = 1, 5 do
    local start = os.clock()
    f()
    times[run] = (os.clock() - start) / N * 1e9
  end
  table.sort(times)
  return times[3]
end

local empty, calls = e.empty, e.calls
local lua_to_wasm = median_ns(function() for _ = 1, N do empty() end end)
local wasm_to_lua = median_ns(function() assert(calls(N) == N) end)
store:call_hook(function() end)
local lua_to_wasm_hook = median_ns(function() for _ = 1, N do empty() end end)
local wasm_to_lua_hook = median_ns(function() assert(calls(N) == N) end)
store:call_hook(function(_, _) end)
local lua_to_wasm_hook2 = median_ns(function() for _ = 1, N do empty() end end)
local wasm_to_lua_hook2 = median_ns(function() assert(calls(N) == N) end)
store:call_hook(nil)

-- Coroutines: a Lua -> Wasm call made inside a coroutine (the resumable path), and a wasm.yield
-- round trip (a host function suspends the Wasm loop, the resumer resumes it).
local in_coroutine = median_ns(function()
  coroutine.wrap(function() for _ = 1, N do empty() end end)()
end)
local yielding = wasm.Linker(engine)
yielding:func_wrap("env", "inc", "(i32) -> i32", function() return wasm.yield() end)
local ask = yielding:instantiate(store, wasm.Module(engine, [[
(module
  (import "env" "inc" (func $inc (param i32) (result i32)))
  (func (export "calls") (param $n i32) (result i32) (local $acc i32)
    (block $done (loop $next
      (br_if $done (i32.eqz (local.get $n)))
      (local.set $acc (call $inc (local.get $acc)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $next)))
    (local.get $acc)))
]])).exports.calls
local yield_round_trip = median_ns(function()
  local co = coroutine.wrap(ask)
  local result = co(N)
  for k = 1, N do result = co(k) end
  assert(result == N)
end)

print("| Lua call overhead (ns per call) | no hook | with a Lua call hook (no-op) | with a two-parameter hook |")
print("|---|---|---|---|")
print(("| Lua -> Wasm, empty export | %.1f | %.1f | %.1f |"):format(lua_to_wasm, lua_to_wasm_hook, lua_to_wasm_hook2))
print(("| Wasm -> Lua host function (i32) -> i32 | %.1f | %.1f | %.1f |"):format(wasm_to_lua, wasm_to_lua_hook,
  wasm_to_lua_hook2))
print(("| Lua -> Wasm, empty export, inside a coroutine | %.1f | | |"):format(in_coroutine))
print(("| wasm.yield round trip (suspend + resume) | %.1f | | |"):format(yield_round_trip))
print()
print(("A no-op Lua call hook adds %.1f ns per Wasm -> Lua host call (target <= 60) and %.1f ns per Lua -> Wasm call.")
  :format(wasm_to_lua_hook - wasm_to_lua, lua_to_wasm_hook - lua_to_wasm))
