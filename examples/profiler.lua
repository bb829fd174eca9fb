-- A call-hook profiler: counts and times the host calls a module makes, per host function.
--   wasmlua examples/profiler.lua
local wasm = require "wasm"

local engine = wasm.Engine()
local store = wasm.Store(engine)
local linker = wasm.Linker(engine)

local current -- name of the host function being called
local stats = {}
local function host(name, f)
  return function(...)
    current = name
    return f(...)
  end
end
linker:func_wrap("env", "square", "(i32) -> i32", host("square", function(x) return x * x end))
linker:func_wrap("env", "is_odd", "(i32) -> i32", host("is_odd", function(x) return x % 2 end))

-- The hook sees calling_host before the body runs and returning_from_host after it.
local started
store:call_hook(function(kind)
  if kind == "calling_host" then
    started = os.clock()
  elseif kind == "returning_from_host" then
    local entry = stats[current] or { calls = 0, time = 0 }
    entry.calls = entry.calls + 1
    entry.time = entry.time + (os.clock() - started)
    stats[current] = entry
  end
end)

local instance = linker:instantiate(store, wasm.Module(engine, [[
(module
  (import "env" "square" (func $square (param i32) (result i32)))
  (import "env" "is_odd" (func $is_odd (param i32) (result i32)))
  ;; sum of the squares of the odd numbers below n
  (func (export "odd_squares") (param $n i32) (result i32) (local $i i32) (local $sum i32)
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (if (call $is_odd (local.get $i))
        (then (local.set $sum (i32.add (local.get $sum) (call $square (local.get $i))))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $next)))
    (local.get $sum)))
]]))

print("odd_squares(1000) = " .. instance.exports.odd_squares(1000))
local names = {}
for name in pairs(stats) do names[#names + 1] = name end
table.sort(names)
for _, name in ipairs(names) do
  local entry = stats[name]
  -- Times vary from run to run; set PROFILE_TIMES=1 to see them.
  local time = os.getenv("PROFILE_TIMES") and ("  %.3f ms"):format(entry.time * 1000) or ""
  print(("%-8s %5d calls%s"):format(name, entry.calls, time))
end
