-- A tiny test runner in Lua: assert the results and the traps of a module's exports.
--   wasmlua examples/scenario_test.lua
local wasm = require "wasm"

local engine = wasm.Engine()
local store = wasm.Store(engine)
local exports = wasm.Linker(engine):instantiate(store, wasm.Module(engine, [[
(module
  (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
  (func (export "abs") (param i64) (result i64)
    (select (i64.sub (i64.const 0) (local.get 0)) (local.get 0) (i64.lt_s (local.get 0) (i64.const 0)))))
]])).exports

local passed, failed = 0, 0
local function check(name, ok, detail)
  if ok then passed = passed + 1 else failed = failed + 1 end
  print((ok and "PASS " or "FAIL ") .. name .. (ok and "" or (": " .. detail)))
end

local function returns(name, f, args, expected)
  local ok, result = pcall(f, table.unpack(args))
  check(name, ok and result == expected, tostring(result))
end

local function traps(name, f, args, code)
  local ok, err = pcall(f, table.unpack(args))
  check(name, not ok and wasm.is_trap(err) and err.code == code, tostring(err))
end

returns("div 7 / 2", exports.div, { 7, 2 }, 3)
returns("div -7 / 2 rounds toward zero", exports.div, { -7, 2 }, -3)
traps("div by zero", exports.div, { 1, 0 }, "integer_divide_by_zero")
traps("div overflow", exports.div, { -2147483648, -1 }, "integer_overflow")
returns("abs -5", exports.abs, { -5 }, 5)
returns("abs of the smallest i64 wraps", exports.abs, { math.mininteger }, math.mininteger)

print(("%d passed, %d failed"):format(passed, failed))
-- An error (not os.exit) makes wasmlua exit with status 1 and keeps embedding hosts running.
if failed > 0 then error(failed .. " checks failed", 0) end
