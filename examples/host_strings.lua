-- Host functions and strings in linear memory: Wasm calls a Lua function with a pointer and a
-- length; Lua reads the bytes through the caller's memory and writes a reply back.
--   wasmlua examples/host_strings.lua
local wasm = require "wasm"

local engine = wasm.Engine()
local store = wasm.Store(engine)
local linker = wasm.Linker(engine)

linker:func_wrap("env", "log", "(i32, i32) -> ()", function(caller, ptr, len)
  print("wasm says: " .. caller:get_export("memory"):read(ptr, len))
end, { caller = true })

-- upper(ptr, len) -> len: writes the upper-cased string at 1024.
linker:func_wrap("env", "upper", "(i32, i32) -> i32", function(caller, ptr, len)
  local memory = caller:get_export("memory")
  local text = memory:read(ptr, len):upper()
  memory:write(1024, text)
  return #text
end, { caller = true })

local instance = linker:instantiate(store, wasm.Module(engine, [[
(module
  (import "env" "log" (func $log (param i32 i32)))
  (import "env" "upper" (func $upper (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "hello, lua")
  (func (export "greet")
    (call $log (i32.const 0) (i32.const 10))
    (call $log (i32.const 1024) (call $upper (i32.const 0) (i32.const 10)))))
]]))

instance.exports.greet()
local memory = instance.exports.memory
memory:write(0, "strings go both ways")
print("lua reads: " .. memory:read(0, 20))
