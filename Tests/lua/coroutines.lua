-- Lua scenario test: Wasm calls inside coroutines (wasm.yield, store:yield_interval). Run by
-- `swift test` (LuaScenarioTests) and by `wasmlua Tests/lua/coroutines.lua`.
local wasm = require "wasm"

local fails = dofile((arg[0]:match("^(.*)/") or ".") .. "/lib/expect.lua").fails

local engine = wasm.Engine { fuel = true }
local module = wasm.Module(engine, [[
(module
  (import "env" "ask" (func $ask (param i32) (result i32)))
  (import "env" "nested" (func $nested (param i32) (result i32)))
  (global $sum (mut i32) (i32.const 0))
  ;; asks the host n times, adding up the answers
  (func (export "sum_answers") (param $n i32) (result i32) (local $i i32)
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (global.set $sum (i32.add (global.get $sum) (call $ask (local.get $i))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next)))
    (global.get $sum))
  (func (export "via_nested") (param i32) (result i32) (call $nested (local.get 0)))
  ;; counts to n: a loop that burns fuel
  (func (export "count") (param $n i32) (result i32) (local $i i32)
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next)))
    (local.get $i)))
]])

local store = wasm.Store(engine)
store:set_fuel(1000000)
local linker = wasm.Linker(engine)
linker:func_wrap("env", "ask", "(i32) -> i32", function(i) return wasm.yield("question", i) end)
local inner
linker:func_wrap("env", "nested", "(i32) -> i32", function(x) return inner(x) end)
local instance = linker:instantiate(store, module)
local e = instance.exports

-- wasm.yield: the coroutine yields the values; resume's values become the host function's results.
local co = coroutine.create(e.sum_answers)
local ok, what, i = coroutine.resume(co, 3)
assert(ok and what == "question" and i == 0, tostring(what))
ok, what, i = coroutine.resume(co, 10)
assert(ok and what == "question" and i == 1)
ok, what, i = coroutine.resume(co, 20)
assert(ok and what == "question" and i == 2)
local ok2, total = coroutine.resume(co, 30)
assert(ok2 and total == 60 and coroutine.status(co) == "dead", tostring(total))

-- wasm.yield() without values, from a function of one result: as many values come back as the
-- function has results, and it still suspends (not "expected an i32").
local quiet = wasm.Linker(engine)
quiet:func_wrap("env", "ask", "(i32) -> i32", function() return wasm.yield() end)
quiet:func_wrap("env", "nested", "(i32) -> i32", function(x) return x end)
local quiet_exports = quiet:instantiate(store, module).exports
local qco = coroutine.create(quiet_exports.sum_answers)
local okq, nothing = coroutine.resume(qco, 1)
assert(okq and nothing == nil and coroutine.status(qco) == "suspended", tostring(nothing))
local okq2, qtotal = coroutine.resume(qco, 5)
assert(okq2 and qtotal == 5 and coroutine.status(qco) == "dead", tostring(qtotal))

-- Many round trips in one call: the coroutine's stack stays flat. (It once grew a slot or two
-- per resume, until Lua's 1,000,000-slot limit stopped the call; the growth shows in Lua's own
-- memory count long before that: 100,000 round trips took 2-3 MB more.)
local rounds = 100000
store:set_fuel(100000000)
local long = coroutine.wrap(e.sum_answers)
assert(long(rounds) == "question")
for _ = 1, 1000 do long(0) end
collectgarbage()
collectgarbage() -- objects with finalizers are freed by the second cycle
local before = collectgarbage("count")
for _ = 1, rounds - 1001 do long(0) end
collectgarbage()
collectgarbage()
local grown = collectgarbage("count") - before
assert(grown < 256, ("the coroutine grew by %.0f KiB over %d round trips"):format(grown, rounds))
assert(long(1) == 61, "60 from before, plus the last answer")

-- The store is free while the coroutine waits: other calls run in between.
local waiting = coroutine.wrap(function() return e.sum_answers(1) end)
assert(waiting() == "question")
assert(e.count(5) == 5)
assert(waiting(40) == 101, "61 + 40 (the global kept its value)")

-- Resuming with the wrong number of values is an error inside the coroutine.
co = coroutine.create(e.sum_answers)
assert(coroutine.resume(co, 1))
local okr, err = coroutine.resume(co, 1, 2)
assert(not okr and tostring(err):find("resumed with 2 values, but the host function that yielded returns 1", 1, true), tostring(err))
assert(coroutine.status(co) == "dead")

-- Outside a coroutine, and from a nested Wasm call, wasm.yield is a clear error.
fails("wasm.yield: no Wasm call that can suspend is running here", e.sum_answers, 1)
fails("wasm.yield: no Wasm call that can suspend is running here", wasm.yield, 1)
inner = e.sum_answers
co = coroutine.create(e.via_nested)
okr, err = coroutine.resume(co, 1)
assert(not okr and tostring(err):find("only the outermost Wasm call of a coroutine can suspend", 1, true), tostring(err))
-- A wasm.Func called straight from Lua in a coroutine has no Wasm call to suspend: a plain message
-- (it once printed a Swift value dump).
local direct = wasm.Func(store, "() -> i32", function() return wasm.yield("hi") end)
okr, err = coroutine.resume(coroutine.create(function() return direct() end))
assert(not okr and tostring(err):find("was called from Lua, not by Wasm code", 1, true), tostring(err))
-- wasm.yield's results must be returned alone.
local misuse = wasm.Linker(engine)
misuse:func_wrap("env", "ask", "(i32) -> i32", function() return 1, wasm.yield("x") end)
misuse:func_wrap("env", "nested", "(i32) -> i32", function(x) return x end)
local mi = misuse:instantiate(store, module)
okr, err = coroutine.resume(coroutine.create(mi.exports.sum_answers), 1)
assert(not okr and tostring(err):find("wasm.yield(...) must be returned alone", 1, true), tostring(err))
-- The resume-count error names the result types only.
co = coroutine.create(e.sum_answers)
assert(coroutine.resume(co, 1))
okr, err = coroutine.resume(co)
assert(not okr and tostring(err):find("returns 1 (i32)", 1, true), tostring(err))

-- A plain Lua error in a coroutine's host function still reaches the resumer unchanged.
local sentinel = {}
inner = function() error(sentinel) end
co = coroutine.create(e.via_nested)
okr, err = coroutine.resume(co, 1)
assert(not okr and err == sentinel)

-- A Func object and a get_func object yield too; so do calls inside pcall within the coroutine.
co = coroutine.wrap(function()
  local ok3, v = pcall(instance:get_func("sum_answers"), 1)
  return ok3, v
end)
assert(co() == "question")
local ok4, v4 = co(5)
assert(ok4 and v4 == 106)

-- yield_interval: a long call yields every N fuel units, and the store's fuel stays the budget.
fails("yield_interval: the engine counts no fuel", function()
  local s = wasm.Store(wasm.Engine())
  s:yield_interval(10)
end)
store:yield_interval(1000)
store:set_fuel(1000000)
local slices = 0
co = coroutine.wrap(function() return "done", e.count(20000) end)
local r1, r2 = co()
while r1 == nil do
  slices = slices + 1
  r1, r2 = co()
end
assert(r1 == "done" and r2 == 20000, tostring(r1))
assert(slices >= 50, "expected many slices, got " .. slices)
local used = 1000000 - store:get_fuel()
assert(used > 20000 and used < 200000, "fuel is the total budget: used " .. used)
-- Outside a coroutine the interval does not apply.
assert(e.count(20000) == 20000)

-- Two modules time-sliced round-robin by plain coroutines.
local order = {}
local tasks = {
  coroutine.create(function() local r = e.count(5000); order[#order + 1] = "a"; return r end),
  coroutine.create(function() local r = e.count(2000); order[#order + 1] = "b"; return r end),
}
local alive = #tasks
while alive > 0 do
  alive = 0
  for _, task in ipairs(tasks) do
    if coroutine.status(task) ~= "dead" then
      assert(coroutine.resume(task))
      alive = alive + 1
    end
  end
end
assert(order[1] == "b" and order[2] == "a", "the shorter task finished first")

-- Wasm called by a host function during a slice gets the store's whole fuel, not the slice's rest
-- (found in review: a 5,000-unit callback trapped with out_of_fuel under a 1,000-unit interval).
local nested_linker = wasm.Linker(engine)
nested_linker:func_wrap("env", "ask", "(i32) -> i32", function(i) return e.count(5000) + i end)
nested_linker:func_wrap("env", "nested", "(i32) -> i32", function(x) return x end)
local ni = nested_linker:instantiate(store, module)
store:set_fuel(1000000)
co = coroutine.wrap(function() return ni.exports.sum_answers(2) end)
local r = co()
while r == nil do r = co() end
assert(r == 5000 * 2 + 1, tostring(r))
local spent = 1000000 - store:get_fuel()
assert(spent > 10000 and spent < 100000, "the nested calls' fuel counts in the budget: " .. spent)
-- A host function's set_fuel during a slice is the new budget: running out of it is the trap at once.
local refuel = wasm.Linker(engine)
refuel:func_wrap("env", "ask", "(i32) -> i32", function() store:set_fuel(300); return 0 end)
refuel:func_wrap("env", "nested", "(i32) -> i32", function(x) return x end)
local ri = refuel:instantiate(store, wasm.Module(engine, [[
(module (import "env" "ask" (func $ask (param i32) (result i32)))
  (func (export "go") (local $i i32)
    (drop (call $ask (i32.const 0)))
    (loop $l (local.set $i (i32.add (local.get $i) (i32.const 1))) (br $l))))]]))
store:set_fuel(1000000)
co = coroutine.create(ri.exports.go)
okr, err = coroutine.resume(co)
assert(not okr and wasm.is_trap(err) and err.code == "out_of_fuel", "trap in the same resume: " .. tostring(err))
store:set_fuel(1000000)
-- wasm.resumable inside a coroutine's host function: a wasm.yield there is an error of that call,
-- and nothing dangles once the coroutine is gone (its thread once stayed referenced).
local kept
local outer = wasm.Linker(engine)
outer:func_wrap("env", "ask", "(i32) -> i32", function()
  kept = wasm.resumable(e.sum_answers, 1)   -- e's host returns wasm.yield(...)
  return 7
end)
outer:func_wrap("env", "nested", "(i32) -> i32", function(x) return x end)
local oi = outer:instantiate(store, module)
co = coroutine.create(oi.exports.sum_answers)
okr = coroutine.resume(co, 1)
assert(okr and coroutine.status(co) == "dead")
assert(kept.status == "host_error" and tostring(kept.error):find("cannot yield", 1, true), tostring(kept.error))
co = nil
collectgarbage()
collectgarbage()
kept = nil
collectgarbage()
store:yield_interval(nil)
store:set_fuel(1000000)
store:yield_interval(1000)

-- Out of the whole budget: the out_of_fuel trap, not a yield.
store:set_fuel(3000)
co = coroutine.create(function() return e.count(1000000) end)
local steps = 0
repeat
  okr, err = coroutine.resume(co)
  steps = steps + 1
until coroutine.status(co) == "dead"
assert(not okr and wasm.is_trap(err) and err.code == "out_of_fuel", tostring(err))
-- (A slice can end with a few units left that a whole block cannot use; they make one more slice.)
assert(steps == 3 or steps == 4, "three slices of 1000, then the trap: " .. steps)
store:yield_interval(nil)
store:set_fuel(1000000)

-- A suspended coroutine that is dropped frees its call; the store works on.
do
  local dropped = coroutine.create(e.sum_answers)
  assert(coroutine.resume(dropped, 2))
end
collectgarbage()
collectgarbage()
assert(e.count(7) == 7)
-- Closing the store while a call waits: resuming it is an error, not a crash.
local s2 = wasm.Store(engine)
s2:set_fuel(1000)
local i2 = linker:instantiate(s2, module)
co = coroutine.create(i2.exports.sum_answers)
assert(coroutine.resume(co, 2))
s2:close()
okr, err = coroutine.resume(co, 1)
assert(not okr and tostring(err):find("closed", 1, true), tostring(err))

print("coroutines: ok")
