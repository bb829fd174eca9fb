-- Drives a WASI program from Lua: arguments in, standard output captured and checked, the exit
-- status read as a number. Run: wasmlua examples/wasi.lua
local wasm = require "wasm"

local engine = wasm.Engine()
local linker = wasm.Linker(engine)
linker:define_wasi()                               -- wasi_snapshot_preview1, for every store
local module = wasm.Module.from_file(engine, "examples/wasi_echo.wat")

local store = wasm.Store(engine)
local wasi = store:set_wasi{ args = {"echo", "hello", "from Lua"}, stdout = "capture" }
local code = wasi:run(linker:instantiate(store, module))   -- calls _start
assert(code == 0 and wasi:stdout() == "hello\nfrom Lua\n")
io.write(wasi:stdout())

-- Without arguments the program exits with status 1 (proc_exit).
local quiet = wasm.Store(engine)
local wasi2 = quiet:set_wasi{ args = {"echo"}, stdout = "capture" }
print("exit status without arguments:", wasi2:run(linker:instantiate(quiet, module)))
