-- Lua scenario test: WASI preview 1 through linker:define_wasi() and store:set_wasi{...}.
local wasm = require "wasm"

local engine = wasm.Engine()
local linker = wasm.Linker(engine)
linker:define_wasi()
-- Tests/wasi-programs/echo_stdin.wat: echoes standard input, exits with the number of arguments
-- after argv[0]; `env_count` returns the number of variables, `say(fd)` writes "hi\n" there.
local folder = (arg and arg[0] and arg[0]:match("^(.*)/lua/[^/]*$") or "Tests") .. "/wasi-programs/"
local module = wasm.Module.from_file(engine, folder .. "echo_stdin.wat")

-- Standard input from a string, output captured, exit code 0 when _start returns.
local store = wasm.Store(engine)
local wasi = store:set_wasi{ args = {"echo"}, stdin = "hello from Lua\n", stdout = "capture", stderr = "capture" }
local instance = linker:instantiate(store, module)
assert(wasi:run(instance) == 0)
assert(wasi:stdout() == "hello from Lua\n", wasi:stdout())
instance.exports.say(2)
assert(wasi:stderr() == "hi\n")

-- proc_exit: wasi:run returns the code; outside run it is an error that is not a trap.
local store2 = wasm.Store(engine)
local wasi2 = store2:set_wasi{ args = {"echo", "a", "b"}, env = {A = "1", B = "2"} }
local instance2 = linker:instantiate(store2, module)
assert(wasi2:run(instance2) == 2)
assert(instance2.exports.env_count() == 2)
local ok, err = pcall(instance2.exports._start)
assert(not ok and wasm.is_exit(err) and not wasm.is_trap(err), tostring(err))
assert(err.code == "exit" and err.exit_code == 2 and tostring(err) == "exit code 2")

-- An exit is final: a resumable call ends with it (the error), with nothing left to resume.
local okr, errr = pcall(wasm.resumable, instance2.exports._start)
assert(not okr and wasm.is_exit(errr) and errr.exit_code == 2, tostring(errr))

-- Standard input from a file, standard output to a file.
local input, output = os.tmpname(), os.tmpname()
local f = assert(io.open(input, "w")); f:write("file contents\n"); f:close()
local store5 = wasm.Store(engine)
local wasi5 = store5:set_wasi{ args = {"echo"}, stdin = {file = input}, stdout = {file = output} }
assert(wasi5:run(linker:instantiate(store5, module)) == 0)
wasi5 = nil
store5:close()
f = assert(io.open(output)); local written = f:read("a"); f:close()
os.remove(input); os.remove(output)
assert(written == "file contents\n", written)

-- Output to a Lua function, chunk by chunk; an error in it stops the program with that error.
local chunks = {}
local store3 = wasm.Store(engine)
local wasi3 = store3:set_wasi{ stdout = function(chunk) chunks[#chunks + 1] = chunk end }
local exports3 = linker:instantiate(store3, module).exports
exports3.say(1)
exports3.say(1)
assert(table.concat(chunks) == "hi\nhi\n")
local store4 = wasm.Store(engine)
store4:set_wasi{ stdout = function() error("no more output") end }
local ok4, err4 = pcall(linker:instantiate(store4, module).exports.say, 1)
assert(not ok4 and tostring(err4):find("no more output"), tostring(err4))

-- A library-style module: wasi:initialize runs _initialize; its exports then see WASI.
local reactor = wasm.Module(engine, [[
(module
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $sizes (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (global $base (mut i32) (i32.const 0))
  (func (export "_initialize") (global.set $base (i32.const 100)))
  (func (export "count") (result i32)
    (drop (call $sizes (i32.const 0) (i32.const 4)))
    (i32.add (global.get $base) (i32.load (i32.const 0)))))
]])
local store6 = wasm.Store(engine)
local wasi6 = store6:set_wasi{ env = {ONE = "1"} }
local lib = linker:instantiate(store6, reactor)
assert(lib.exports.count() == 1)
wasi6:initialize(lib)
assert(lib.exports.count() == 101)

-- A WASI program that traps or runs out of fuel: an ordinary trap error from wasi:run.
local fueled = wasm.Engine{ fuel = true }
local fuelLinker = wasm.Linker(fueled)
fuelLinker:define_wasi()
local store7 = wasm.Store(fueled)
store7:set_fuel(50)
local wasi7 = store7:set_wasi{ args = {"echo"}, stdin = ("x"):rep(10000) }
local ok7, err7 = pcall(wasi7.run, wasi7, fuelLinker:instantiate(store7, wasm.Module(fueled, [[
(module
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start") (loop $again
    (i32.store (i32.const 0) (i32.const 100)) (i32.store (i32.const 4) (i32.const 1))
    (drop (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
    (br_if $again (i32.load (i32.const 8))))))
]])))
assert(not ok7 and wasm.is_trap(err7) and err7.code == "out_of_fuel", tostring(err7))

-- Mistakes are errors: unknown options, wrong types, a missing directory; a store without
-- set_wasi cannot run WASI code.
local fails = dofile((arg[0]:match("^(.*)/") or ".") .. "/lib/expect.lua").fails
fails("unknown option 'stdot'", function() wasm.Store(engine):set_wasi{ stdot = "capture" } end)
fails("stdout must be", function() wasm.Store(engine):set_wasi{ stdout = 42 } end)
fails("args must be a list of strings", function() wasm.Store(engine):set_wasi{ args = "x" } end)
fails("is not a directory", function() wasm.Store(engine):set_wasi{ preopens = { ["/d"] = "/no/such/dir" } } end)
-- A misspelt field of a preopen must not leave a tree writable; types are checked.
fails("unknown field 'read_only'", function()
  wasm.Store(engine):set_wasi{ preopens = { ["/ro"] = {path = ".", read_only = true} } }
end)
fails("readonly must be true or false", function()
  wasm.Store(engine):set_wasi{ preopens = { ["/ro"] = {path = ".", readonly = "yes"} } }
end)
fails("absolute guest paths", function() wasm.Store(engine):set_wasi{ preopens = { ["d"] = "." } } end)
fails("inherit_env must be true or false", function() wasm.Store(engine):set_wasi{ inherit_env = "yes" } end)
fails("two directories at guest path /data", function()
  wasm.Store(engine):set_wasi{ preopens = { ["/data"] = "." }, files = { ["/data/in.txt"] = "x" } }
end)
local bare = wasm.Store(engine)
fails("no WASI context", linker:instantiate(bare, module).exports.say, 1)

print("wasi: ok")
