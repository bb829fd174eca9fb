-- Linking two modules: one exports a memory and an allocator, the other imports them.
--   wasmlua examples/linking.lua
local wasm = require "wasm"

local engine = wasm.Engine()
local store = wasm.Store(engine)
local linker = wasm.Linker(engine)

local lib = linker:instantiate(store, wasm.Module(engine, [[
(module
  (memory (export "memory") 1)
  (global $next (mut i32) (i32.const 16))
  ;; bump allocator: returns the old top, moves it by n bytes
  (func (export "alloc") (param $n i32) (result i32)
    (global.get $next)
    (global.set $next (i32.add (global.get $next) (local.get $n)))))
]]))
linker:define_instance(store, "lib", lib)

local app = linker:instantiate(store, wasm.Module(engine, [[
(module
  (import "lib" "memory" (memory 1))
  (import "lib" "alloc" (func $alloc (param i32) (result i32)))
  ;; stores n, n+1, n+2 as bytes in a new block and returns its address
  (func (export "three") (param $n i32) (result i32) (local $p i32)
    (local.set $p (call $alloc (i32.const 3)))
    (i32.store8 (local.get $p) (local.get $n))
    (i32.store8 offset=1 (local.get $p) (i32.add (local.get $n) (i32.const 1)))
    (i32.store8 offset=2 (local.get $p) (i32.add (local.get $n) (i32.const 2)))
    (local.get $p)))
]]))

local a = app.exports.three(65)
local b = app.exports.three(97)
print("blocks at " .. a .. " and " .. b)
print("shared memory holds: " .. lib.exports.memory:read(a, 3) .. lib.exports.memory:read(b, 3))
