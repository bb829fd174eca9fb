-- A busted spec that tests a Wasm module from Lua: the way to write test scenarios (README,
-- "Testing Wasm with busted"). scripts/test runs it: busted --lua=.build/debug/wasmlua Tests/busted
local wasm = require "wasm"

describe("a counter module", function()
  local engine = wasm.Engine { fuel = true }
  local module = wasm.Module(engine, [[
    (module
      (import "env" "log" (func $log (param i32)))
      (global $count (mut i32) (i32.const 0))
      (func (export "bump") (param i32) (result i32)
        (global.set $count (i32.add (global.get $count) (local.get 0)))
        (call $log (global.get $count))
        (global.get $count))
      (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
      (func (export "spin") (loop $l (br $l))))
  ]])
  local store, exports, logged

  before_each(function()
    store = wasm.Store(engine)
    store:set_fuel(100000)
    logged = {}
    local linker = wasm.Linker(engine)
    linker:func_wrap("env", "log", "(i32) -> ()", function(v) logged[#logged + 1] = v end)
    exports = linker:instantiate(store, module).exports
  end)

  after_each(function() store:close() end)

  it("adds up and logs every step", function()
    assert.are.equal(2, exports.bump(2))
    assert.are.equal(5, exports.bump(3))
    assert.are.same({ 2, 5 }, logged)
  end)

  it("starts from zero in every store", function()
    assert.are.equal(1, exports.bump(1))
  end)

  it("traps on division by zero", function()
    local ok, trap = pcall(exports.div, 1, 0)
    assert.is_false(ok)
    assert.is_true(wasm.is_trap(trap))
    assert.are.equal("integer_divide_by_zero", trap.code)
  end)

  it("stops an endless loop with fuel", function()
    local ok, trap = pcall(exports.spin)
    assert.is_false(ok)
    assert.are.equal("out_of_fuel", trap.code)
  end)

  it("sees the host calls through a hook", function()
    local seen = {}
    store:call_hook(function(kind, target)
      if kind == "calling_host" then seen[#seen + 1] = target.module .. "." .. target.name end
    end)
    exports.bump(1)
    assert.are.same({ "env.log" }, seen)
  end)
end)
