-- wasmlua as a drop-in `lua`: options, LUA_INIT, standard input, the prompt, exit codes, and what
-- an uncaught error prints. Runs wasmlua itself (arg[-1]) in child processes, so scripts/test
-- runs it with the built binary: `wasmlua Tests/lua/own-process/drop_in.lua`.
local wasmlua = assert(arg and arg[-1], "run me with wasmlua")
local dir = os.tmpname()
os.remove(dir)
assert(os.execute("mkdir -p " .. dir))

local function quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

local function write(name, text)
  local path = dir .. "/" .. name
  local f = assert(io.open(path, "w"))
  f:write(text)
  f:close()
  return path
end

--- Runs wasmlua with `args` (a shell string), stdin from `input`; returns output, errors, status.
local function run(args, input, env)
  local stdin = write("stdin", input or "")
  local command = ("%s %s %s < %s > %s/out 2> %s/err"):format(env or "", quote(wasmlua), args, stdin, dir, dir)
  local _, _, status = os.execute(command)
  local function read(name)
    local f = assert(io.open(dir .. "/" .. name))
    local text = f:read("a")
    f:close()
    return text
  end
  return read("out"), read("err"), status
end

local function expect(args, want_out, want_status, input, env)
  local out, err, status = run(args, input, env)
  assert(status == want_status, ("%s: status %d, wanted %d\n%s%s"):format(args, status, want_status, out, err))
  if want_out then assert(out == want_out, ("%s: output %q, wanted %q (stderr %q)"):format(args, out, want_out, err)) end
  return out, err
end

-- -v / -e / -l / -W / -E / --, in lua's order and with lua's exit codes.
local version = expect("-v", nil, 0)
assert(version:match("^Lua 5%.4"), version)
expect("-e 'print(1)' -e 'print(2)'", "1\n2\n", 0)
expect("-e'print(3)'", "3\n", 0)
expect("-l string -e 'print(string.rep(\"a\", 2))'", "aa\n", 0)
expect("-l s=string -e 'print(s.rep(\"b\", 2))'", "bb\n", 0)
expect("-e 'print(type(wasm), type(require \"wasm\"))'", "table\ttable\n", 0)
local _, warned = expect("-W -e 'warn(\"careful\")'", "", 0)
assert(warned:find("Lua warning: careful", 1, true), warned)
local _, quiet = expect("-e 'warn(\"careful\")'", "", 0)
assert(quiet == "", quiet)
local _, bad = expect("-x", "", 1)
assert(bad:find("unrecognized option '-x'", 1, true) and bad:find("usage: wasmlua", 1, true), bad)
local _, missing = expect("-e", "", 1)
assert(missing:find("'-e' needs argument", 1, true), missing)
expect("-e 'os.exit(7)'", "", 7)
expect("-e 'os.exit(true)'", "", 0)
expect("-e 'os.exit(false)'", "", 1)

-- LUA_INIT (code or @file) runs first, unless -E.
expect("-e 'print(x)'", "init\n42\n", 0, nil, "LUA_INIT='print(\"init\") x = 42'")
local init = write("init.lua", "y = 'from file'\n")
expect("-e 'print(y)'", "from file\n", 0, nil, "LUA_INIT=@" .. init)
expect("-E -e 'print(x)'", "nil\n", 0, nil, "LUA_INIT='x = 42'")
expect("-e 'print(x)'", "5.4\n", 0, nil, "LUA_INIT='x = 1' LUA_INIT_5_4='x = 5.4'")
local _, init_error = expect("-e 'print(1)'", "", 1, nil, "LUA_INIT='error(\"bad init\")'")
assert(init_error:find("bad init", 1, true), init_error)

-- The script and its arguments; `arg` as lua sets it; `--` and `-`.
local script = write("args.lua", "print(select('#', ...), table.concat({...}, ','), arg[0], arg[1], arg[-1] ~= nil)\n")
expect(quote(script) .. " a b", "2\ta,b\t" .. script .. "\ta\ttrue\n", 0)
expect("-- " .. quote(script) .. " -v", "1\t-v\t" .. script .. "\t-v\ttrue\n", 0)
expect("- x", "stdin\tx\n", 0, "print('stdin', ...)")
-- No script: standard input when it is not a terminal.
expect("", "piped\n", 0, "print('piped')")
-- -i: the prompt after the script; expressions print their values, statements can span lines.
local out = expect("-i", nil, 0, "x = 20\nx + 1\nfor i = 1, 2 do\nprint(i)\nend\nerror('oops')\nx\n")
assert(out:find("> > 21\n> >> >> 1\n2\n> > 20\n> \n", 1, true), out)
assert(select(1, run("-i", "= 40 + 2\n")):find("> 42\n", 1, true), "= expr prints the value, as in lua")
local _, repl_err = run("-i", "error('oops')\n")
assert(repl_err:find("^stdin:1: oops"), "an error at the prompt is reported (as lua: without the program name)")

-- Uncaught errors: `wasmlua: chunk:line: message`, the Lua traceback, and for a trap the Wasm backtrace.
local trap_script = write("trap.lua", [[
local engine = wasm.Engine()
local m = wasm.Module(engine, '(module (func $inner (param i32) (result i32) (i32.div_s (i32.const 1) (local.get 0)))'
  .. ' (func $outer (export "div") (param i32) (result i32) (call $inner (local.get 0))))')
local i = wasm.Linker(engine):instantiate(wasm.Store(engine), m)
print(i.exports.div(0))
]])
local _, trap = expect(quote(trap_script), "", 1)
local first = trap:match("^[^\n]*")
assert(first == "wasmlua: " .. trap_script .. ":5: wasm trap: integer divide by zero", first)
assert(trap:find("stack traceback:", 1, true) and trap:find(trap_script .. ":5: in main chunk", 1, true), trap)
assert(trap:find("wasm backtrace:\n\tat inner\n\tat outer", 1, true), trap)
local _, lua_error = expect("-e 'local t = nil; t.x = 1'", "", 1)
assert(lua_error:find("^wasmlua: %(command line%):1: attempt to index a nil value"), lua_error)
assert(lua_error:find("stack traceback:", 1, true), lua_error)
local syntax = write("syntax.lua", "x = = 1\n")
local _, syntax_error = expect(quote(syntax), "", 1)
assert(syntax_error:find("wasmlua: " .. syntax .. ":1:", 1, true), syntax_error)
local _, object_error = expect("-e 'error({})'", "", 1)
assert(object_error:find("(error object is a table value)", 1, true), object_error)
local _, tostring_error = expect("-e 'error(setmetatable({}, {__tostring = function() return \"custom\" end}))'", "", 1)
assert(tostring_error:find("wasmlua: custom", 1, true), tostring_error)
expect("/no/such/script.lua", "", 1)

assert(os.execute("rm -rf " .. dir))
print("drop-in: ok")
