-- Lua scenario test: hostile input and hostile Lua get errors, never a crash. Run by `swift test`
-- (LuaScenarioTests) and by `wasmlua Tests/lua/hostile.lua`.
local wasm = require "wasm"

local fails = dofile((arg[0]:match("^(.*)/") or ".") .. "/lib/expect.lua").fails

local engine = wasm.Engine()

-- Regression: 8,000 folded blocks killed the process (native stack overflow in the WAT parser),
-- past pcall. A br_table switch of a few thousand cases is written this way.
local function nested(depth)
  return "(module (func " .. ("(block "):rep(depth) .. (")"):rep(depth) .. "))"
end
assert(wasm.Module(engine, nested(8000)))
fails("the text nests 100002 levels deep (the deepest at line 1); at most 50000 levels are supported",
  wasm.Module, engine, nested(100000))
local ok, message = wasm.Module.validate(engine, nested(100000))
assert(ok == false and message:find("levels deep", 1, true))


-- Hostile Lua: every one of these is an error or correct behaviour, never a crash or a leak.
local module = wasm.Module(engine, [[
(module
  (import "env" "cb" (func $cb (param i32) (result i32)))
  (func (export "run") (param i32) (result i32) (call $cb (local.get 0)))
  (func (export "id") (param externref) (result externref) (local.get 0)))
]])
local function instance_with(cb, store)
  store = store or wasm.Store(engine)
  local linker = wasm.Linker(engine)
  linker:func_wrap("env", "cb", "(i32) -> i32", cb)
  return linker:instantiate(store, module), store
end

-- Closing the store from its own host function or hook is refused; the call goes on.
local inst, store = instance_with(function(x) return x end)
local closer = wasm.Linker(engine)
closer:func_wrap("env", "cb", "(i32) -> i32", function() store:close(); return 1 end)
local ci = closer:instantiate(store, module)
fails("close: the store is running Wasm code", ci.exports.run, 1)
store:call_hook(function() store:close() end)
fails("close: the store is running Wasm code", inst.exports.run, 1)
store:call_hook(nil)
assert(inst.exports.run(5) == 5, "the store still works")
store:close()
fails("the store is closed", inst.exports.run, 1)

-- Objects collected in the middle of a call: the call keeps what it needs alive.
do
  local s = wasm.Store(engine)
  local i = instance_with(function(x)
    collectgarbage()
    collectgarbage()
    return x + 1
  end, s)
  local run = i.exports.run
  i, s = nil, nil
  assert(run(1) == 2)
  collectgarbage()
  assert(run(2) == 3, "the exported function keeps its store")
end

-- Errors of every Lua type reach the caller unchanged.
for _, value in ipairs({ false, 42, "text", {}, print, coroutine.create(print) }) do
  local i = instance_with(function() error(value, 0) end)
  local ok, err = pcall(i.exports.run, 1)
  assert(not ok and err == value, "error value " .. tostring(value))
end
do
  local i = instance_with(function() error(nil) end)
  local ok, err = pcall(i.exports.run, 1)
  assert(not ok and err == nil)
  -- An error object whose __tostring itself fails.
  local bad = setmetatable({}, { __tostring = function() error("tostring failed") end })
  local j = instance_with(function() error(bad) end)
  ok, err = pcall(j.exports.run, 1)
  assert(not ok and err == bad)
  -- A hook that raises a table.
  local k, s = instance_with(function(x) return x end)
  local marker = {}
  s:call_hook(function(kind) if kind == "calling_host" then error(marker) end end)
  ok, err = pcall(k.exports.run, 1)
  assert(not ok and err == marker)
  s:call_hook(nil)
  assert(k.exports.run(3) == 3)
end

-- An error in __gc of a value held as an externref: Lua reports it as a warning; nothing breaks.
do
  local i, s = instance_with(function(x) return x end)
  for _ = 1, 100 do
    local value = setmetatable({}, { __gc = function() error("gc failed") end })
    assert(i.exports.id(value) == value)
  end
  s:close()
  collectgarbage()
  collectgarbage()
  assert(wasm.Store(engine))
end

-- Wasm -> Lua -> Wasm ... ends in a stack_overflow trap: the bound on calls from Wasm into Lua
-- (or, under a sanitizer's larger frames, the native stack) gives out before Lua's C stack does.
do
  local f
  local i = instance_with(function(n) return f(n + 1) end)
  f = i.exports.run
  local ok, err = pcall(f, 0)
  assert(not ok, "the chain must end in an error")
  assert(wasm.is_trap(err) and err.code == "stack_overflow", tostring(err))
  assert(i.exports.run ~= nil)
end

-- Regression (fuzz-lua leak): at the bottom of such a chain the collector must still be able to
-- run finalizers. Lua fails a finalizer called 200 C levels deep, silently, and the Swift object
-- of a wasm userdata finalized there leaked (an abandoned coroutine's suspended call, its store).
do
  local f
  local deepest, finalized = 0, false
  local i = instance_with(function(n)
    deepest = math.max(deepest, n)
    -- Each level adds a pcall of its own, as real code does.
    local ok, err = pcall(f, n + 1)
    if not ok and not finalized and deepest == n then
      setmetatable({}, { __gc = function() finalized = true end })
      collectgarbage()
      collectgarbage()
      assert(finalized, "a finalizer at the deepest level of the chain did not run")
    end
    if not ok then error(err, 0) end
    return 0
  end)
  f = i.exports.run
  local ok, err = pcall(f, 0)
  assert(not ok and wasm.is_trap(err) and err.code == "stack_overflow", tostring(err))
  -- (How deep depends on the native stack: a sanitizer's larger frames end it after a few levels.)
  assert(finalized and deepest >= 2, "the chain reached " .. deepest)
end

-- Objects of one store used with another: an error.
do
  local a = wasm.Store(engine)
  local b = wasm.Store(engine)
  local mem = wasm.Memory(a, { min = 1 })
  fails("belongs to another store", wasm.Linker(engine).define, wasm.Linker(engine), b, "env", "m", mem)
end

-- Host functions with many arguments, called directly, nested inside other host calls, from a
-- start function and from a coroutine: each has the Lua stack room it needs (a Lua -> Wasm call
-- reserves some for them; wider ones, and other entries, ask Lua for it).
do
  for _, p in ipairs({ 1, 14, 15, 60, 300 }) do
    local args = {}
    for k = 1, p do args[k] = ("(i32.const %d)"):format(k) end
    local wat = ([[(module
      (import "env" "wide" (func $wide (param%s) (result i32)))
      (import "env" "outer" (func $outer (param i32) (result i32)))
      (global $seen (export "seen") (mut i32) (i32.const 0))
      (func $direct (export "direct") (result i32) (call $wide %s))
      (func (export "nested") (param i32) (result i32) (call $outer (local.get 0)))
      (func $start (global.set $seen (call $direct)))
      (start $start))]]):format(string.rep(" i32", p), table.concat(args, " "))
    local l = wasm.Linker(engine)
    local s = wasm.Store(engine)
    local inst
    l:func_wrap("env", "wide", "(" .. string.rep("i32", p, ", ") .. ") -> i32", function(...)
      local sum = 0
      for k = 1, select("#", ...) do sum = sum + select(k, ...) end
      assert(select("#", ...) == p)
      return sum
    end)
    l:func_wrap("env", "outer", "(i32) -> i32", function(n)
      if n == 0 then return inst.exports.direct() end
      return inst.exports.nested(n - 1)
    end)
    inst = l:instantiate(s, wasm.Module(engine, wat))
    local expected = p * (p + 1) // 2
    assert(inst.exports.seen:get() == expected, "start function, " .. p .. " arguments")
    assert(inst.exports.direct() == expected, p .. " arguments")
    assert(inst.exports.nested(5) == expected, p .. " arguments, nested")
    local co = coroutine.wrap(function() return inst.exports.nested(3) end)
    assert(co() == expected, p .. " arguments, in a coroutine")
  end
end

print("hostile: ok")
