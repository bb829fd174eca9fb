-- luacheck settings for Lua code that uses WasmLua (copy the `stds.wasmlua` entry into your own
-- .luacheckrc): under `wasmlua`, `wasm` is a global, as it is after `wasm = require "wasm"`.
stds.wasmlua = {
  read_globals = { "wasm" },
}
std = "lua54+wasmlua"
max_line_length = 140
-- The scenario tests assert freely and reuse short names.
files["Tests/lua"] = { ignore = { "211", "212", "213", "311", "411", "421", "431" } }
files["examples"] = { ignore = { "211", "212", "213" } }
-- busted specs: describe, it, assert.are... (luacheck's own busted std).
files["Tests/busted"] = { std = "+busted" }
