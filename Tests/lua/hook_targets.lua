-- Lua scenario test: call hooks declared with two parameters get what is being called. Run by
-- `swift test` (LuaScenarioTests) and by `wasmlua Tests/lua/hook_targets.lua`.
local wasm = require "wasm"

local engine = wasm.Engine()
local module = wasm.Module(engine, [[
(module
  (import "env" "log" (func $log (param i32)))
  (import "env" "cb" (func $cb (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $sizes (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (table (export "t") 1 funcref)
  (elem (i32.const 0) $hidden)
  (func $hidden (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
  (func (export "run") (param i32) (result i32)
    (call $log (local.get 0))
    (call $cb (local.get 0)))
  (func (export "sizes") (result i32) (call $sizes (i32.const 0) (i32.const 4))))
]])

local store = wasm.Store(engine)
local linker = wasm.Linker(engine)
linker:define_wasi()
store:set_wasi { args = { "prog", "x" } }
linker:func_wrap("env", "log", "(i32) -> ()", function() end)
linker:define(store, "env", "cb", wasm.Func(store, "(i32) -> i32", function(x) return x * 2 end))
local instance = linker:instantiate(store, module)
local e = instance.exports

local events = {}
store:call_hook(function(kind, target)
  local name = target.name or "?"
  if target.module then name = target.module .. "." .. name end
  events[#events + 1] = kind .. " " .. name
end)

assert(e.run(4) == 8)
local expected = {
  "calling_wasm run",
  "calling_host env.log", "returning_from_host env.log",
  "calling_host env.cb", "returning_from_host env.cb",
  "returning_from_wasm run",
}
assert(table.concat(events, "; ") == table.concat(expected, "; "), table.concat(events, "; "))

-- A Swift host function (WASI) gets its import names too.
events = {}
assert(e.sizes() == 0)
assert(events[2] == "calling_host wasi_snapshot_preview1.args_sizes_get", table.concat(events, "; "))
assert(events[3] == "returning_from_host wasi_snapshot_preview1.args_sizes_get")

-- A function reached through a table has no export name; get_func objects have theirs.
events = {}
assert(e.t:get(0)(1) == 2)
assert(events[1] == "calling_wasm ?" and events[2] == "returning_from_wasm ?", table.concat(events, "; "))
events = {}
assert(instance:get_func("run")(1) == 2)
assert(events[1] == "calling_wasm run")

-- Nested calls: the inner entry has its own name, and the outer one is restored after.
local inner = wasm.Module(engine, [[
(module (import "env" "back" (func $back (result i32)))
  (func (export "outer") (result i32) (call $back))
  (func (export "leaf") (result i32) (i32.const 9)))
]])
local l2 = wasm.Linker(engine)
local leaf
l2:func_wrap("env", "back", "() -> i32", function() return leaf() end)
local i2 = l2:instantiate(store, inner)
leaf = i2.exports.leaf
events = {}
assert(i2.exports.outer() == 9)
assert(table.concat(events, "; ") == "calling_wasm outer; calling_host env.back; calling_wasm leaf; "
  .. "returning_from_wasm leaf; returning_from_host env.back; returning_from_wasm outer", table.concat(events, "; "))

-- Inside a coroutine (the resumable path) the names are the same.
events = {}
assert(coroutine.wrap(function() return e.run(2) end)() == 4)
assert(events[1] == "calling_wasm run" and events[6] == "returning_from_wasm run", table.concat(events, "; "))

-- Instantiating from inside a host function (a start function runs, no export entered) is fine.
local with_start = wasm.Module(engine, "(module (func $s) (start $s))")
local l3 = wasm.Linker(engine)
l3:func_wrap("env", "back", "() -> i32", function()
  l3:instantiate(store, with_start)
  return 5
end)
local i3 = l3:instantiate(store, inner)
events = {}
assert(i3.exports.outer() == 5)
assert(table.concat(events, "; ") == "calling_wasm outer; calling_host env.back; calling_wasm ?; "
  .. "returning_from_wasm ?; returning_from_host env.back; returning_from_wasm outer", table.concat(events, "; "))

-- The target of a function object is made once (the same table every time: treat it as read-only).
local targets = {}
store:call_hook(function(kind, target) if kind == "calling_wasm" then targets[#targets + 1] = target end end)
e.run(1)
e.run(1)
assert(#targets == 2 and targets[1] == targets[2] and targets[1].name == "run")

-- A one-parameter hook gets only the event.
local counts = 0
store:call_hook(function(...)
  counts = counts + 1
  assert(select("#", ...) == 2, "a vararg hook is given the target too")
end)
assert(e.run(1) == 2 and counts == 6)
store:call_hook(function(kind)
  counts = counts + 1
  assert(type(kind) == "string")
end)
assert(e.run(1) == 2 and counts == 12)
store:call_hook(nil)
print("hook_targets: ok")
