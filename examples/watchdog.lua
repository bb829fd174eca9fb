-- Fuel as a watchdog: a module that never stops is cut off, and the store stays usable.
--   wasmlua examples/watchdog.lua
local wasm = require "wasm"

local engine = wasm.Engine{ fuel = true }
local store = wasm.Store(engine)
local instance = wasm.Linker(engine):instantiate(store, wasm.Module(engine, [[
(module
  (func (export "forever") (loop (br 0)))
  (func (export "answer") (result i32) (i32.const 42)))
]]))

store:set_fuel(100000)
local ok, err = pcall(instance.exports.forever)
print("forever stopped: " .. tostring(not ok) .. " (" .. err.code .. ")")
print("message: " .. err.message)

store:set_fuel(100)
print("answer after refuelling: " .. instance.exports.answer())
