-- spec/add_spec.lua; run: busted --lua=wasmlua spec
local wasm = require "wasm"

describe("add", function()
  local engine = wasm.Engine()
  local module = wasm.Module(engine, [[(module (func (export "add") (param i32 i32) (result i32)
    (i32.add (local.get 0) (local.get 1))))]])

  it("adds", function()
    local add = wasm.Linker(engine):instantiate(wasm.Store(engine), module).exports.add
    assert.are.equal(5, add(2, 3))
    assert.are.equal(-1, add(0xFFFFFFFF, 0), "i32 arithmetic wraps")
  end)
end)
