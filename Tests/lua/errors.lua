-- Lua scenario test: every bad input a Lua user can reach gets a Lua error naming the problem.
local wasm = require "wasm"

local fails = dofile((arg[0]:match("^(.*)/") or ".") .. "/lib/expect.lua").fails

local engine = wasm.Engine()
local store = wasm.Store(engine)
local linker = wasm.Linker(engine)
local thrown = { reason = "custom error object" }
linker:func_wrap("env", "throw_table", "() -> ()", function() error(thrown) end)
linker:func_wrap("env", "wrong_count", "() -> i32", function() return 1, 2 end)
linker:func_wrap("env", "wrong_type", "() -> i32", function() return "seven" end)
linker:func_wrap("env", "nothing", "() -> i32", function() end)
local instance = linker:instantiate(store, wasm.Module(engine, [[
(module
  (import "env" "throw_table" (func $throw))
  (import "env" "wrong_count" (func $count (result i32)))
  (import "env" "wrong_type" (func $type (result i32)))
  (import "env" "nothing" (func $nothing (result i32)))
  (func (export "throw") (call $throw))
  (func (export "count") (result i32) (call $count))
  (func (export "type") (result i32) (call $type))
  (func (export "nothing") (result i32) (call $nothing))
  (func (export "id") (param i32) (result i32) (local.get 0))
  (func (export "f") (param f64) (result f64) (local.get 0))
  (func (export "ref") (param funcref))
  (func (export "spin") (loop (br 0)))
  (func $rec (export "recurse") (call $rec)))
]]))
local e = instance.exports

-- A Lua error inside a host function reaches the Lua caller unchanged (the same object).
local ok, err = pcall(e.throw)
assert(not ok and err == thrown)

-- Host functions returning the wrong number or types of results.
fails("host function env.wrong_count returned 2 values, expected 1", e.count)
fails("result #1 of host function env.wrong_type: integer expected for i32", e.type)
fails("host function env.nothing returned 0 values, expected 1", e.nothing)

-- Wrong argument counts, types and ranges.
fails("id: expected 1 argument", e.id)
fails("id: expected 1 argument", e.id, 1, 2)
fails("bad argument #1 to 'id': integer expected for i32, got string", e.id, "x")
fails("bad argument #1 to 'id': integer expected for i32, got number", e.id, 1.5)
fails("out of range for i32", e.id, 2 ^ 40 // 1)
fails("bad argument #1 to 'f': number expected for f64, got table", e.f, {})
fails("Func, exported function or nil expected for funcref", e.ref, 3)

-- Traps are error objects with code, message and trace.
local trap = fails("call stack exhausted", e.recurse)
assert(wasm.is_trap(trap) and trap.code == "stack_overflow" and #trap.trace > 0)
assert(not wasm.is_trap({}) and not wasm.is_trap("x"))
-- tostring(trap) carries the Wasm backtrace, one frame a line (issue 9, item 7).
do
  local e2 = wasm.Engine()
  local x = wasm.Linker(e2):instantiate(wasm.Store(e2), wasm.Module(e2,
    "(module (func $inner (unreachable)) (func (export \"f\") (call $inner)))")).exports
  local _, err = pcall(x.f)
  assert(tostring(err) == "wasm trap: unreachable\n  at inner\n  at func[1]", tostring(err))
end
-- In wasmlua, `wasm` is a global too (item 8): this script runs in wasmlua, so it must be there.
assert(rawget(_G, "wasm") == wasm, "wasm is a global in wasmlua")

-- Bad constructor and method arguments.
fails("bad argument #1 to 'Store' (Engine expected, got no value)", wasm.Store)
fails("bad argument #2 to 'call_hook' (function expected, got number)", store.call_hook, store, 5)
fails("unknown value type \"i33\"", linker.func_wrap, linker, "env", "x", "(i33) -> ()", print)
fails("set_fuel: the engine counts no fuel (create it with wasm.Engine{fuel = true})", store.set_fuel, store, 10)
fails("get_fuel: the engine counts no fuel", store.get_fuel, store)
-- Option tables: unknown keys and non-boolean flags are errors everywhere (found by trying the README).
fails("func_wrap: unknown option 'callr' (caller)", linker.func_wrap, linker, "env", "y", "() -> ()", print, {callr = true})
fails("func_wrap: caller must be true or false, got integer 1", linker.func_wrap, linker, "env", "y", "() -> ()", print,
  {caller = 1})
fails("Memory: unknown option 'maxx' (min, max)", wasm.Memory, store, {min = 1, maxx = 2})
fails("Memory: min is required (pages)", wasm.Memory, store, {})
fails("Memory: min must be a non-negative integer, got number", wasm.Memory, store, {min = 1.5})
fails("Table: unknown option 'typ' (min, max, type)", wasm.Table, store, {min = 1, typ = "funcref"})
fails("Table: min must be a non-negative integer, got integer -1", wasm.Table, store, {min = -1})
fails("Engine: fuel must be true or false, got string", wasm.Engine, {fuel = "yes"})
fails("limiter: trap_on_grow_failure must be true or false", store.limiter, store, {trap_on_grow_failure = "no"})
fails("set_wasi (stdin): unknown option 'bogus' (inherit, file)", store.set_wasi, store, {stdin = {inherit = true, bogus = 1}})
fails("set_wasi (stdout): unknown option 'mode' (file)", store.set_wasi, store, {stdout = {file = "/tmp/x", mode = "a"}})
-- Arguments are numbered as the caller wrote them (wasm.Module is a callable table).
fails("bad argument #2 to 'Module' (string (binary or text module) expected, got no value)", wasm.Module, engine)
fails("bad argument #1 to 'Module' (Engine expected, got userdata)", wasm.Module, store, "(module)")
fails("bad argument #3 to 'Global': integer expected for i32, got nil", wasm.Global, store, "i32")
fails("Store: cannot set field 'nope' (only data)", function() store.nope = 1 end)
fails("Store: cannot set field integer 1 (only data)", function() store[1] = 1 end)
fails("Linker: cannot set field 'x' (only allow_shadowing)", function() linker.x = 1 end)

-- Malformed modules and invalid text (with a position).
fails("malformed", wasm.Module, engine, "\0asm\2\0\0\0")
fails("type mismatch", wasm.Module, engine, "(module (func (result i32) (i64.const 1)))")
local watErr = fails("module", wasm.Module, engine, "(module (func (")
assert(tostring(watErr):find("1:16: ", 1, true), "WAT errors carry a position, line:column: " .. tostring(watErr))

-- Objects of one store used with another.
local other = wasm.Store(engine)
local linker2 = wasm.Linker(engine)
fails("belongs to another store", linker2.define, linker2, other, "m", "mem", wasm.Memory(store, { min = 1 }))
local g = wasm.Linker(engine):instantiate(store, wasm.Module(engine,
  '(module (func $f) (elem declare func $f) (func (export "g") (result funcref) (ref.func $f)))')).exports.g
local otherInstance = wasm.Linker(engine):instantiate(other, wasm.Module(engine, '(module (func (export "r") (param funcref)))'))
fails("store it does not belong to", otherInstance.exports.r, g())

-- A closed store.
local closed = wasm.Store(engine)
local ci = wasm.Linker(engine):instantiate(closed, wasm.Module(engine, '(module (func (export "f")))'))
closed:close()
fails("closed", ci.exports.f)
fails("closed", closed.get_fuel, closed)
closed:close() -- closing twice is fine
assert(tostring(closed):find("closed"))

-- Errors from host functions and hooks, 10^5 times: memory stays flat.
local hooked = wasm.Store(engine)
local hl = wasm.Linker(engine)
hl:func_wrap("env", "boom", "() -> ()", function() error("boom") end)
local hi = hl:instantiate(hooked, wasm.Module(engine, '(module (import "env" "boom" (func $b)) (func (export "run") (call $b)))'))
local function churn(n)
  for _ = 1, n do assert(not pcall(hi.exports.run)) end
end
-- Resident memory (Swift and C heaps too), in KiB, where /proc is available. Only meaningful when
-- this script runs alone (scripts/test sets CHECK_RSS=1), not beside other tests in one process.
local function rss()
  if not os.getenv("CHECK_RSS") then return nil end
  local f = io.open("/proc/self/statm")
  if not f then return nil end
  local pages = f:read("n"); pages = f:read("n"); f:close()
  return pages * 4
end
churn(2000)
collectgarbage(); collectgarbage()
local before = collectgarbage("count")
local rssBefore = rss()
churn(100000)
hooked:call_hook(function(kind) if kind == "calling_host" then error({ hook = true }) end end)
for _ = 1, 100000 do
  local okh, errh = pcall(hi.exports.run)
  assert(not okh and type(errh) == "table" and errh.hook)
end
collectgarbage(); collectgarbage()
local after = collectgarbage("count")
assert(after - before < 256, ("Lua memory grew by %.0f KiB"):format(after - before))
if rssBefore then
  local grown = rss() - rssBefore
  assert(grown < 8192, ("resident memory grew by %d KiB over 2 x 10^5 errors"):format(grown))
end

-- Host-made memories and tables are validated as module declarations are (issue 9, defect 1);
-- a directory is not a module (defect 2); Engine options are checked (defect 5).
do
  local s = wasm.Store(wasm.Engine())
  fails("memory minimum 2 is above its maximum 1", wasm.Memory, s, {min = 2, max = 1})
  fails("memory minimum 65537 pages is above the largest allowed, 65536", wasm.Memory, s, {min = 65537})
  fails("table minimum 3 is above its maximum 1", wasm.Table, s, {min = 3, max = 1})
  assert(wasm.Memory(s, {min = 1, max = 65536}))
  fails("cannot open examples: it is a directory", wasm.Module.from_file, wasm.Engine(), "examples")
  fails("Engine: unknown option 'fule' (fuel, max_call_depth, max_stack_slots)", wasm.Engine, {fule = true})
  -- WAT errors are plain text, line:column: message (defect 4, first part).
  fails("malformed module: 1:25: unknown local $nope", wasm.Module, wasm.Engine(), "(module (func (local.get $nope)))")
  -- Validation errors: the spec's words, then the function (index and name) and the byte offset.
  fails('invalid module: type mismatch in function 1 "g" at byte offset 0x23', wasm.Module, wasm.Engine(),
    "(module (func) (func $g (param i32) (result i32) (local.get 0) (i32.add)))")
  fails("invalid module: type mismatch in function 0 at byte offset 0x", wasm.Module, wasm.Engine(),
    "\0asm\1\0\0\0\1\5\1\x60\0\1\x7f\3\2\1\0\n\6\1\4\0\x42\1\x0b")
  fails("malformed module: 3:9: unknown function $missing", wasm.Module, wasm.Engine(), "(module\n (func\n  (call $missing)))")
  fails("malformed module: 1:18: unknown label $nolabel", wasm.Module, wasm.Engine(), "(module (func (br $nolabel)))")
  -- Argument errors are numbered as Lua numbers them: self is not counted in a method call (defect 6).
  local m = wasm.Memory(s, {min = 1})
  fails("bad argument #2 to 'write' (string expected, got nil)", function() return m:write(0, nil) end)
  fails("bad argument #3 to 'write' (string expected, got nil)", m.write, m, 0, nil)
  local impostor = { write = m.write }
  fails("calling 'write' on bad self (Memory expected, got table)", function() return impostor:write(0, "x") end)
end

-- Host functions of numbers only take one path in C: every number type both ways, results
-- converted as Lua converts them, errors and wrong results reported as on the general path,
-- and calls nested too deep stopped with a trap.
do
  local e2 = wasm.Engine()
  local l2 = wasm.Linker(e2)
  l2:func_wrap("env", "swap", "(i32, i64, f32, f64) -> (f64, f32, i64, i32)", function(a, b, c, d) return d, c, b, a end)
  l2:func_wrap("env", "text", "() -> (i32, f64)", function() return "12", "0.5" end)
  l2:func_wrap("env", "half", "() -> i32", function() return 3.5 end)
  l2:func_wrap("env", "wide", "() -> i32", function() return 2 ^ 33 // 1 end)
  l2:func_wrap("env", "raise", "(i32) -> i32", function(x) error("raised " .. x) end)
  local x
  l2:func_wrap("env", "deeper", "(i32) -> i32", function(n) return x.down(n + 1) end)
  x = l2:instantiate(wasm.Store(e2), wasm.Module(e2, [[
  (module
    (import "env" "swap" (func $swap (param i32 i64 f32 f64) (result f64 f32 i64 i32)))
    (import "env" "text" (func $text (result i32 f64)))
    (import "env" "half" (func $half (result i32)))
    (import "env" "wide" (func $wide (result i32)))
    (import "env" "raise" (func $raise (param i32) (result i32)))
    (import "env" "deeper" (func $deeper (param i32) (result i32)))
    (func (export "swap") (param i32 i64 f32 f64) (result f64 f32 i64 i32)
      (call $swap (local.get 0) (local.get 1) (local.get 2) (local.get 3)))
    (func (export "text") (result i32 f64) (call $text))
    (func (export "half") (result i32) (call $half))
    (func (export "wide") (result i32) (call $wide))
    (func (export "raise") (param i32) (result i32) (call $raise (local.get 0)))
    (func (export "down") (param i32) (result i32) (call $deeper (local.get 0))))
  ]])).exports
  local d, f, i, n = x.swap(-7, -(2 ^ 40 // 1), 1.25, -0.1)
  assert(d == -0.1 and f == 1.25 and i == -(2 ^ 40 // 1) and n == -7, "swap")
  local t, h = x.text()
  assert(t == 12 and h == 0.5, "text")
  fails("result #1 of host function env.half: integer expected for i32", x.half)
  fails("result #1 of host function env.wide", x.wide)
  fails("raised 5", x.raise, 5)
  local deep = fails("calls from Wasm into Lua nested", x.down, 0)
  assert(wasm.is_trap(deep) and deep.code == "stack_overflow")
end

print("errors: ok")
