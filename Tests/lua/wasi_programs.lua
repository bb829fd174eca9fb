-- Lua scenario test: the C programs of Tests/wasi-programs from Lua, with the output the Swift
-- tests expect of the same programs (WASIProgramsTests.swift).
local wasm = require "wasm"
local folder = (arg and arg[0] and arg[0]:match("^(.*)/lua/[^/]*$") or "Tests") .. "/wasi-programs/"

local engine = wasm.Engine()
local linker = wasm.Linker(engine)
linker:define_wasi()
local module = wasm.Module.from_file(engine, folder .. "echo_io.wasm")

local store = wasm.Store(engine)
local wasi = store:set_wasi{
  args = {"echo_io", "x", "y"}, env = {NAME = "swift"}, stdin = "one line\n", stdout = "capture", stderr = "capture",
}
assert(wasi:run(linker:instantiate(store, module)) == 0)
assert(wasi:stdout() == "args: x y\nNAME=swift\nstdin: one line\n", wasi:stdout())
assert(wasi:stderr() == "to stderr\n", wasi:stderr())

local store3 = wasm.Store(engine)
local wasi3 = store3:set_wasi{
  args = {"echo_io", "1", "2", "3"}, env = {NAME = "swift"}, stdout = "capture", stderr = "capture",
}
assert(wasi3:run(linker:instantiate(store3, module)) == 3)
assert(wasi3:stdout() == "args: 1 2 3\nNAME=swift\nstdin: (empty)\n", wasi3:stdout())

-- In-memory files (the sandbox program copies /data/in.txt to /data/out.txt, upper-cased).
local sandbox = wasm.Module.from_file(engine, folder .. "sandbox.wasm")
local store4 = wasm.Store(engine)
local wasi4 = store4:set_wasi{ files = { ["/data/in.txt"] = "from lua\n" }, stdout = "capture" }
assert(wasi4:run(linker:instantiate(store4, sandbox)) == 0)
assert(wasi4:stdout():sub(1, 7) == "copied\n", wasi4:stdout())

print("wasi programs: ok")
