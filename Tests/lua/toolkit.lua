-- Lua scenario test: functions as values, types as data, memory helpers and limits. Run by
-- `swift test` (LuaScenarioTests) and by `wasmlua Tests/lua/toolkit.lua`; every check is an assert.
local wasm = require "wasm"

local fails = dofile((arg[0]:match("^(.*)/") or ".") .. "/lib/expect.lua").fails

local engine = wasm.Engine()

-- Types as data ------------------------------------------------------------------------------
local module = wasm.Module(engine, [[
(module
  (import "env" "log" (func (param i32) (result i64)))
  (import "env" "mem" (memory 1))
  (import "env" "g" (global (mut i32)))
  (import "env" "t" (table 2 funcref))
  (global (export "k") f64 (f64.const 1.5))
  (table (export "tab") 4 10 externref)
  (func (export "f") (param f32 i64) (result i32) (i32.const 0)))
]])
local imports = module:imports()
local f = imports[1]
assert(f.module == "env" and f.name == "log" and f.kind == "func")
assert(f.type.kind == "func" and #f.type.params == 1 and f.type.params[1] == "i32")
assert(#f.type.results == 1 and f.type.results[1] == "i64")
assert(tostring(f.type) == "func (i32) -> (i64)", tostring(f.type))
local m = imports[2].type
assert(m.kind == "memory" and m.min == 1 and m.max == nil)
assert(tostring(m) == "memory {min 1}", tostring(m))
local g = imports[3].type
assert(g.kind == "global" and g.type == "i32" and g.mutable == true)
assert(tostring(g) == "global (mut i32)", tostring(g))
local t = imports[4].type
assert(t.kind == "table" and t.type == "funcref" and t.min == 2 and t.max == nil)
local exports = module:exports()
assert(exports[1].type.type == "f64" and exports[1].type.mutable == false)
assert(exports[2].type.type == "externref" and exports[2].type.max == 10)
assert(exports[3].module == nil and exports[3].name == "f")
assert(table.concat(exports[3].type.params, ",") == "f32,i64")
local mexports = wasm.Module(engine, '(module (memory (export "memory") 1 3))'):exports()
assert(mexports[1].type.kind == "memory" and mexports[1].type.min == 1 and mexports[1].type.max == 3)
assert(tostring(mexports[1].type) == "memory {min 1, max 3}", tostring(mexports[1].type))

-- Functions as values: wasm.Func(store, type, fn) and func:type() ----------------------------
local store = wasm.Store(engine)
local calls = 0
local double = wasm.Func(store, "(i32) -> i32", function(x) calls = calls + 1; return x * 2 end)
assert(double(21) == 42, "a wasm.Func is callable from Lua")
local ty = double:type()
assert(ty.kind == "func" and ty.params[1] == "i32" and ty.results[1] == "i32")
assert(tostring(ty) == "func (i32) -> (i32)")
-- A type table of item 2 is accepted as a function type.
local same = wasm.Func(store, f.type, function(x) return x + 0x100000000 end)
assert(same(1) == 0x100000001)
fails("expected a function type, got a memory type", wasm.Func, store, m, function() end)
fails("bad argument #3 to 'Func' (function expected, got no value)", wasm.Func, store, "() -> ()")

-- funcref-able: into a table, called by Wasm through call_indirect, and back out.
local caller = wasm.Module(engine, [[
(module
  (import "env" "double" (func $d (param i32) (result i32)))
  (type $t (func (param i32) (result i32)))
  (table (export "t") 2 funcref)
  (func (export "via_import") (param i32) (result i32) (call $d (local.get 0)))
  (func (export "via_table") (param i32 i32) (result i32) (call_indirect (type $t) (local.get 0) (local.get 1))))
]])
local linker = wasm.Linker(engine)
linker:define(store, "env", "double", double)
local inst = linker:instantiate(store, caller)
assert(inst.exports.via_import(5) == 10)
inst.exports.t:set(1, double)
assert(inst.exports.via_table(7, 1) == 14)
local back = inst.exports.t:get(1)
assert(back:type().params[1] == "i32", "a funcref read from a table has its type")
assert(back(4) == 8)
local got = inst:get_func("via_table")
assert(getmetatable(got) == "protected" or type(got) == "userdata", "get_func gives a wasm.Func object")
assert(got(3, 1) == 6 and got:type().params[2] == "i32")
assert(calls == 5, calls)
assert(inst:get_func("t") == nil)

-- Memory helpers ------------------------------------------------------------------------------
local mem = wasm.Memory(store, { min = 1, max = 2 })
assert(mem:type().kind == "memory" and mem:type().min == 1 and mem:type().max == 2)
mem:store("i8", 0, -1)
assert(mem:load("u8", 0) == 255 and mem:load("i8", 0) == -1)
mem:store("u16", 2, 0xFFFE)
assert(mem:load("i16", 2) == -2 and mem:load("u16", 2) == 0xFFFE)
mem:store("u32", 4, 0xFFFFFFFF)
assert(mem:load("u32", 4) == 0xFFFFFFFF and mem:load("i32", 4) == -1)
mem:store("u64", 8, -1)
assert(mem:load("u64", 8) == -1, "u64 is a Lua integer bit pattern")
mem:store("f32", 16, 1.5)
assert(mem:load("f32", 16) == 1.5)
mem:store("f64", 24, -0.25)
assert(mem:load("f64", 24) == -0.25)
fails("256 is out of range for u8", mem.store, mem, "u8", 0, 256)
fails("unknown type \"u128\"", mem.load, mem, "u128", 0)
fails("load: out of bounds memory access", mem.load, mem, "u16", 65535)
assert(mem:load("u8", 65535) == 0)

assert(mem:write_cstring(100, "hello") == 6)
assert(mem:read(100, 6) == "hello\0")
assert(mem:read_cstring(100) == "hello")
assert(mem:read_cstring(100, 3) == "hel", "max bounds the read")
assert(mem:read_cstring(100, 10) == "hello")
fails("contains a zero byte", mem.write_cstring, mem, 0, "a\0b")
fails("write_cstring: out of bounds memory access", mem.write_cstring, mem, 65535, "x")
mem:fill(65530, 6, 0x41)
assert(mem:read(65530, 6) == "AAAAAA")
fails("no terminating zero before the end of memory", mem.read_cstring, mem, 65530)
assert(mem:read_cstring(65530, 100) == "AAAAAA")
mem:fill(200, 4, 0)
assert(mem:load("u32", 200) == 0)
fails("fill: out of bounds memory access", mem.fill, mem, 65530, 7, 0)
fails("byte value 300 out of range", mem.fill, mem, 0, 1, 300)
assert(wasm.Table(store, { min = 1, type = "externref" }):type().type == "externref")

-- Limits from Lua -----------------------------------------------------------------------------
local limited = wasm.Store(engine)
limited:limiter { memory_size = 2 * 65536, instances = 1 }
local grower = wasm.Module(engine, [[
(module (memory (export "memory") 1)
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
]])
local gi = wasm.Linker(engine):instantiate(limited, grower)
assert(gi.exports.grow(1) == 1)
assert(gi.exports.grow(1) == -1, "growth past memory_size is denied")
fails("instance", function() wasm.Linker(engine):instantiate(limited, grower) end)
limited:limiter { memory_size = 2 * 65536, trap_on_grow_failure = true }
local err = fails("exceeds the store's limit", gi.exports.grow, 1)
assert(err ~= nil)
limited:limiter(nil)
assert(gi.exports.grow(1) == 2)
fails("unknown option 'memory'", limited.limiter, limited, { memory = 1 })
fails("memory_size must be a non-negative integer", limited.limiter, limited, { memory_size = -1 })

local few = wasm.Store(engine)
few:limiter { tables = 0 }
fails("too many tables", wasm.Table, few, { min = 1 })

-- Engine{max_stack_slots}: a recursion that needs more slots than allowed traps cleanly.
local small = wasm.Engine { max_stack_slots = 4096 }
local deep = wasm.Module(small, [[
(module (func $r (export "r") (param i32) (result i32)
  (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
    (else (i32.add (i32.const 1) (call $r (i32.sub (local.get 0) (i32.const 1))))))))
]])
local ds = wasm.Store(small)
local di = wasm.Linker(small):instantiate(ds, deep)
assert(di.exports.r(100) == 100)
local trap = fails("stack", di.exports.r, 100000)
assert(wasm.is_trap(trap) and trap.code == "stack_overflow", tostring(trap))
fails("max_stack_slots must be between", wasm.Engine, { max_stack_slots = 1 })

print("toolkit: ok")
