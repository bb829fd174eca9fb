-- Assertions shared by the Lua scenario tests (loaded with dofile from the script's folder:
-- `wasmlua Tests/lua/NAME.lua` and LuaScenarioTests both set arg[0] to the script's path).
local expect = {}

-- Calls f(...) and asserts that it fails with an error whose text contains `pattern` (plain
-- text, not a Lua pattern); returns the error value.
function expect.fails(pattern, f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected an error matching " .. pattern)
  local text = tostring(err)
  assert(text:find(pattern, 1, true), "error '" .. text .. "' does not mention '" .. pattern .. "'")
  return err
end

return expect
