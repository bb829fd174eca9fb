-- Time-slicing two Wasm programs with plain Lua coroutines: each call yields every 20,000 units
-- of fuel, a round-robin loop resumes them in turn, and a host function yields a value to the
-- scheduler with wasm.yield. Run: wasmlua examples/timeslice.lua
local wasm = require "wasm"

local engine = wasm.Engine{ fuel = true }
local store = wasm.Store(engine)
store:set_fuel(10000000)                    -- the budget of both programs together
store:yield_interval(20000)                 -- inside a coroutine: yield every 20,000 units

local linker = wasm.Linker(engine)
-- A host function that hands a value to the scheduler and returns what the scheduler resumes with.
linker:func_wrap("env", "report", "(i32) -> i32", function(n) return wasm.yield("found", n) end)

-- Program 1 counts the primes below n (trial division), reporting every 1000th.
local primes = linker:instantiate(store, wasm.Module(engine, [[
(module
  (import "env" "report" (func $report (param i32) (result i32)))
  (func $prime (param $n i32) (result i32) (local $d i32)
    (if (i32.lt_u (local.get $n) (i32.const 2)) (then (return (i32.const 0))))
    (local.set $d (i32.const 2))
    (block $no (loop $try
      (br_if $no (i32.gt_u (i32.mul (local.get $d) (local.get $d)) (local.get $n)))
      (if (i32.eqz (i32.rem_u (local.get $n) (local.get $d))) (then (return (i32.const 0))))
      (local.set $d (i32.add (local.get $d) (i32.const 1)))
      (br $try)))
    (i32.const 1))
  (func (export "count") (param $limit i32) (result i32) (local $n i32) (local $count i32)
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $n) (local.get $limit)))
      (if (call $prime (local.get $n)) (then
        (local.set $count (i32.add (local.get $count) (i32.const 1)))
        (if (i32.eqz (i32.rem_u (local.get $count) (i32.const 1000)))
          (then (drop (call $report (local.get $n)))))))
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br $next)))
    (local.get $count)))
]]))

-- Program 2 sums 1..n in a plain loop.
local sums = linker:instantiate(store, wasm.Module(engine, [[
(module
  (func (export "sum") (param $n i64) (result i64) (local $acc i64)
    (block $done (loop $next
      (br_if $done (i64.eqz (local.get $n)))
      (local.set $acc (i64.add (local.get $acc) (local.get $n)))
      (local.set $n (i64.sub (local.get $n) (i64.const 1)))
      (br $next)))
    (local.get $acc)))
]]))

local tasks = {
  { name = "primes", co = coroutine.create(function() return primes.exports.count(30000) end), slices = 0 },
  { name = "sum", co = coroutine.create(function() return sums.exports.sum(200000) end), slices = 0 },
}
local finished = 0
while finished < #tasks do
  for _, task in ipairs(tasks) do
    if coroutine.status(task.co) == "suspended" then
      -- After wasm.yield the resume values are the host function's results; after a slice, none.
      local ok, what, value = coroutine.resume(task.co, table.unpack(task.reply or {}))
      task.reply = nil
      assert(ok, what)
      if coroutine.status(task.co) == "dead" then
        finished = finished + 1
        print(("%s finished after %d slices: %d"):format(task.name, task.slices, what))
      elseif what == "found" then                -- wasm.yield("found", n) from the host function
        print(("%s reports the prime %d"):format(task.name, value))
        task.reply = { 1 }                       -- report returns 1 to the program
      else                                       -- a fuel slice ran out (no values)
        task.slices = task.slices + 1
      end
    end
  end
end
print("fuel left:", store:get_fuel())
