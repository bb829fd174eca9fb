-- Lua scenario test: hostile input and hostile Lua get errors, never a crash. Run by `swift test`
-- (LuaScenarioTests) and by `wasmlua Tests/lua/hostile.lua`.
local wasm = require "wasm"

local function fails(pattern, f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected an error matching " .. pattern)
  assert(tostring(err):find(pattern, 1, true), tostring(err))
  return err
end

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

print("hostile: ok")
