-- Lua scenario test: call hooks, fuel, resumable calls.
local wasm = require "wasm"

local engine = wasm.Engine{ fuel = true, max_call_depth = 200 }
local store = wasm.Store(engine)
store:set_fuel(1000000)
local linker = wasm.Linker(engine)
local pending = true
linker:func_wrap("env", "host", "(i32) -> i32", function(x) return x + 1 end)
linker:func_wrap("env", "maybe", "() -> i32", function()
  if pending then error({ not_ready = true }) end
  return 5
end)
local instance = linker:instantiate(store, wasm.Module(engine, [[
(module
  (import "env" "host" (func $host (param i32) (result i32)))
  (import "env" "maybe" (func $maybe (result i32)))
  (export "host" (func $host))
  (func $inner (param i32) (result i32) (call $host (local.get 0)))
  (func (export "run") (param i32) (result i32) (call $inner (call $host (local.get 0))))
  (func (export "wait") (result i32) (i32.mul (call $maybe) (i32.const 10)))
  (func (export "count") (param i32) (result i32) (local i32)
    (loop
      (local.set 1 (i32.add (local.get 1) (i32.const 1)))
      (br_if 0 (i32.lt_u (local.get 1) (local.get 0))))
    (local.get 1))
  (func $deep (export "deep") (param i32) (result i32)
    (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
      (else (i32.add (call $deep (i32.sub (local.get 0) (i32.const 1))) (i32.const 1))))))
]]))
local e = instance.exports

-- Hooks: every boundary, never Wasm -> Wasm; an error in a hook reaches the caller unchanged.
local events = {}
store:call_hook(function(kind) events[#events + 1] = kind end)
assert(e.run(1) == 3)
assert(table.concat(events, " ") ==
  "calling_wasm calling_host returning_from_host calling_host returning_from_host returning_from_wasm",
  table.concat(events, " "))
-- A host function that fails: no returning_from_host, and its error reaches the caller.
events = {}
store:call_hook(function(kind) events[#events + 1] = kind end)
assert(not pcall(e.wait))
assert(table.concat(events, " ") == "calling_wasm calling_host returning_from_wasm", table.concat(events, " "))
-- Host -> host (a re-exported host function called from Lua): no boundary, no hook.
events = {}
assert(e.host(41) == 42)
assert(#events == 0, table.concat(events, " "))
local marker = {}
store:call_hook(function(kind) if kind == "calling_host" then error(marker) end end)
local ok, err = pcall(e.run, 1)
assert(not ok and err == marker)
-- A host function that takes the Caller, with a hook: both still work (one protected call runs
-- hook, function and hook).
linker:func_wrap("env", "doubled", "(i32) -> i32", function(caller, x)
  assert(caller:get_export("memory"), "the caller sees the calling instance's memory")
  return x * 2
end, { caller = true })
local withCaller = linker:instantiate(store, wasm.Module(engine, [[
(module (import "env" "doubled" (func $d (param i32) (result i32))) (memory (export "memory") 1)
  (func (export "g") (param i32) (result i32) (call $d (local.get 0))))]])).exports
events = {}
store:call_hook(function(kind) events[#events + 1] = kind end)
assert(withCaller.g(21) == 42)
assert(table.concat(events, " ") == "calling_wasm calling_host returning_from_host returning_from_wasm", table.concat(events, " "))
-- An error in the returning hook wins over the host function's result.
local calls = 0
linker:func_wrap("env", "counted", "() -> ()", function() calls = calls + 1 end)
local counted = linker:instantiate(store, wasm.Module(engine, [[
(module (import "env" "counted" (func $c)) (func (export "go") (call $c)))]])).exports
store:call_hook(function(kind) if kind == "returning_from_host" then error(marker) end end)
ok, err = pcall(counted.go)
assert(not ok and err == marker and calls == 1)
store:call_hook(nil)
assert(e.run(1) == 3)
-- A hook that removes itself at calling_host: no returning_from_host, and the call goes on.
events = {}
store:call_hook(function(kind)
  events[#events + 1] = kind
  if kind == "calling_host" then store:call_hook(nil) end
end)
assert(e.run(1) == 3)
assert(table.concat(events, " ") == "calling_wasm calling_host", table.concat(events, " "))
-- A hook replaced at calling_host: the new one sees the return (and takes a target from then on).
events = {}
store:call_hook(function(kind)
  events[#events + 1] = "first " .. kind
  if kind == "calling_host" then
    store:call_hook(function(kind2, target) events[#events + 1] = "second " .. kind2 .. " " .. tostring(target ~= nil) end)
  end
end)
assert(e.run(1) == 3)
store:call_hook(nil)
assert(table.concat(events, ", ") == "first calling_wasm, first calling_host, second returning_from_host false, " ..
  "second calling_host true, second returning_from_host true, second returning_from_wasm true", table.concat(events, ", "))

-- max_call_depth bounds recursion with a trap, never a crash.
assert(e.deep(100) == 100)
local okd, errd = pcall(e.deep, 1000)
assert(not okd and errd.code == "stack_overflow")

-- Fuel as a watchdog.
store:set_fuel(1000)
local okf, errf = pcall(e.count, 1000000)
assert(not okf and wasm.is_trap(errf) and errf.code == "out_of_fuel", tostring(errf))
assert(store:get_fuel() < 1000)

-- Resumable after running out of fuel.
store:set_fuel(500)
local call = wasm.resumable(e.count, 20000)
local stops = 0
while call.status == "out_of_fuel" do
  stops = stops + 1
  store:set_fuel(500)
  call:resume()
end
assert(call.status == "finished" and call.results[1] == 20000 and stops > 10)

-- Resumable after a host error: resume with the result the host function should have returned.
store:set_fuel(100000)
local waiting = wasm.resumable(e.wait)
assert(waiting.status == "host_error" and waiting.error.not_ready)
waiting:resume(7)
assert(waiting.status == "finished" and waiting.results[1] == 70)
local okr, errr = pcall(waiting.resume, waiting)
assert(not okr and tostring(errr):find("not suspended"))
pending = false
local direct = wasm.resumable(e.wait)
assert(direct.status == "finished" and direct.results[1] == 50)

print("hooks_fuel_resumable: ok")
