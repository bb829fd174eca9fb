-- Lua scenario test: the wasm module's core API. Run by `swift test` (LuaScenarioTests) and by
-- `wasmlua Tests/lua/basics.lua`; every check is an assert.
local wasm = require "wasm"

local engine = wasm.Engine()
local store = wasm.Store(engine, { name = "test" })
assert(store.data.name == "test")
store.data = 42
assert(store.data == 42)

-- Modules from text and from binary; imports and exports with types.
local wat = [[
(module
  (import "env" "add" (func $add (param i32 i32) (result i32)))
  (memory (export "memory") 1 4)
  (global $g (export "g") (mut i64) (i64.const 7))
  (table (export "table") 2 funcref)
  (func $id (export "id") (param i32) (result i32) (local.get 0))
  (func (export "call_add") (param i32 i32) (result i32) (call $add (local.get 0) (local.get 1)))
  (func (export "floats") (param f32 f64) (result f64 f32) (local.get 1) (local.get 0))
  (func (export "i64") (param i64) (result i64) (i64.mul (local.get 0) (i64.const 2)))
  (func (export "ext") (param externref) (result externref) (local.get 0))
  (func (export "ref") (result funcref) (ref.func $id))
  (func (export "none"))
  (elem declare func $id))
]]
local module = wasm.Module(engine, wat)
local imports = module:imports()
assert(#imports == 1 and imports[1].module == "env" and imports[1].name == "add" and imports[1].kind == "func")
assert(tostring(imports[1].type) == "func (i32, i32) -> (i32)", tostring(imports[1].type))
local exports = module:exports()
assert(exports[1].name == "memory" and exports[1].kind == "memory")

local bytes = string.char(0, 0x61, 0x73, 0x6d, 1, 0, 0, 0)
assert(wasm.Module(engine, bytes))
assert(wasm.Module.validate(engine, bytes) == true)
local ok, message = wasm.Module.validate(engine, "\0asm\1\0\0\0\1")
assert(ok == false and message:find("malformed"), message)

-- Host functions with a type string or a type table.
local linker = wasm.Linker(engine)
linker:func_wrap("env", "add", { params = { "i32", "i32" }, results = { "i32" } }, function(a, b) return a + b end)
local instance = linker:instantiate(store, module)
local e = instance.exports
assert(e.call_add(40, 2) == 42)
assert(e.id(-5) == -5)
assert(e.id(0xFFFFFFFF) == -1, "i32 accepts the unsigned range and comes back signed")
local f64, f32 = e.floats(1.5, 2.25)
assert(f64 == 2.25 and f32 == 1.5)
assert(e.i64(math.maxinteger // 4) == (math.maxinteger // 4) * 2)
assert(select("#", e.none()) == 0)

-- externref keeps identity; funcref comes back as a callable Func.
local t = {}
assert(e.ext(t) == t)
assert(e.ext(nil) == nil)
local f = e.ref()
assert(f(9) == 9)

-- Memory, globals, tables.
local memory = instance.exports.memory
assert(memory:size() == 1 and memory:data_size() == 65536)
memory:write(10, "abc")
assert(memory:read(10, 3) == "abc")
memory:store("i32", 100, -2)
assert(memory:load("i32", 100) == -2)
memory:store("f64", 200, 0.5)
assert(memory:load("f64", 200) == 0.5)
assert(memory:grow(1) == 1 and memory:size() == 2)
local okr, errr = pcall(memory.read, memory, 2 * 65536 - 1, 2)
assert(not okr and tostring(errr):find("out of bounds"), tostring(errr))
local g = instance:get_global("g")
assert(g:get() == 7)
g:set(9)
assert(g:get() == 9)
local tab = instance:get_table("table")
assert(tab:size() == 2 and tab:get(0) == nil)
tab:set(1, f)
assert(tab:get(1)(3) == 3)
assert(tab:grow(3, nil) == 2 and tab:size() == 5)
assert(instance:get_func("id")(1) == 1)
assert(instance:get_func("memory") == nil)

-- Host-created externs and linking them.
local mem2 = wasm.Memory(store, { min = 1, max = 2 })
local counter = wasm.Global(store, "i32", 5, true)
local hostTable = wasm.Table(store, { min = 2, max = 4, type = "externref" }, "init")
assert(hostTable:size() == 2 and hostTable:get(1) == "init")
assert(hostTable:grow(2, "more") == 2 and hostTable:get(3) == "more")
local funcTable = wasm.Table(store, { min = 1 })
assert(funcTable:get(0) == nil)
local linker2 = wasm.Linker(engine)
linker2:define(store, "host", "tab", funcTable)
linker2:define(store, "host", "mem", mem2)
linker2:define(store, "host", "counter", counter)
local user = linker2:instantiate(store, wasm.Module(engine, [[
(module
  (import "host" "mem" (memory 1))
  (import "host" "tab" (table 1 funcref))
  (import "host" "counter" (global $c (mut i32)))
  (func (export "bump") (result i32)
    (global.set $c (i32.add (global.get $c) (i32.const 1)))
    (i32.store8 (i32.const 0) (global.get $c))
    (global.get $c)))
]]))
assert(user.exports.bump() == 6 and counter:get() == 6 and mem2:read(0, 1) == "\6")

-- Linking two modules together.
local linker3 = wasm.Linker(engine)
linker3:define_instance(store, "lib", instance)
local client = linker3:instantiate(store, wasm.Module(engine, [[
(module (import "lib" "id" (func $id (param i32) (result i32)))
  (func (export "twice_id") (param i32) (result i32) (i32.mul (call $id (local.get 0)) (i32.const 2))))
]]))
assert(client.exports.twice_id(21) == 42)

-- Exported functions are funcref values wherever one is expected (issue 9, defect 3): table:set,
-- global:set and funcref arguments take `instance.exports.f` as they take `instance:get_func("f")`.
do
  local engine3 = wasm.Engine()
  local store3 = wasm.Store(engine3)
  local inst = wasm.Linker(engine3):instantiate(store3, wasm.Module(engine3, [[
  (module
    (table (export "t") 2 funcref)
    (global (export "g") (mut funcref) (ref.null func))
    (type $v (func (result i32)))
    (func (export "f") (result i32) (i32.const 7))
    (func (export "call") (param i32) (result i32) (call_indirect (type $v) (local.get 0)))
    (func (export "call_ref") (param funcref) (result i32)
      (table.set 0 (i32.const 1) (local.get 0))
      (call_indirect (type $v) (i32.const 1))))
  ]]))
  local x = inst.exports
  x.t:set(0, x.f)
  assert(x.call(0) == 7)
  x.g:set(x.f)
  assert(x.g:get()() == 7)
  assert(x.call_ref(x.f) == 7 and x.call_ref(inst:get_func("f")) == 7)
  local ok = pcall(x.t.set, x.t, 0, print)
  assert(not ok, "a Lua function is not a funcref")
end

print("basics: ok")
