-- Hello: load a module and call its exports like Lua functions.
--   wasmlua examples/hello.lua
local wasm = require "wasm"

local engine = wasm.Engine()
local store = wasm.Store(engine)
local here = arg and arg[0] and arg[0]:match("(.*/)") or "./"
local module = wasm.Module.from_file(engine, here .. "fib.wat")
local instance = wasm.Linker(engine):instantiate(store, module)

local fib = instance.exports.fib
for n = 0, 10 do io.write(fib(n), n < 10 and " " or "\n") end
print("fib(25) = " .. fib(25))
