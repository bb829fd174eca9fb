-- Stores that are never closed are reclaimed by Lua's collector: 100,000 stores, each
-- instantiating a module with one page of memory, keep resident memory under 256 MB.
-- Run in a process of its own by scripts/test (resident memory is per process), so it lives
-- outside Tests/lua, whose scripts swift test runs side by side in one process.
local wasm = require "wasm"
local count = tonumber(arg and arg[1]) or 100000

local function resident_mb()
  local f = assert(io.open("/proc/self/status"))
  local text = f:read("a")
  f:close()
  return tonumber(text:match("VmRSS:%s*(%d+)")) / 1024
end

local engine = wasm.Engine()
local module = wasm.Module(engine, [[
(module
  (memory (export "memory") 1)
  (func (export "touch") (param i32) (result i32)
    (i32.store (local.get 0) (i32.const 42))
    (i32.load (local.get 0))))]])
local linker = wasm.Linker(engine)
local peak = 0
for i = 1, count do
  local store = wasm.Store(engine)
  local instance = linker:instantiate(store, module)
  assert(instance.exports.touch(i % 65536 // 4 * 4) == 42)
  if i % 1000 == 0 then peak = math.max(peak, resident_mb()) end
end
print(("many stores: %d stores, peak resident %.0f MB"):format(count, peak))
assert(peak < 256, "resident memory grew past 256 MB")
print("many stores: ok")
