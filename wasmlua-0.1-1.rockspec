package = "wasmlua"
version = "0.1-1"
source = { url = "git+file:///dev/null" }   -- `luarocks make` builds the checkout in place
description = {
  summary = "WebAssembly for Lua 5.4: a Swift WebAssembly interpreter as the `wasm` module",
  license = "MIT",
}
dependencies = { "lua >= 5.4, < 5.5" }
build = {
  type = "command",
  -- LuaRocks exports CC/LD/CFLAGS, which break SwiftPM's C targets: unset them.
  build_command = "env -u CC -u LD -u CFLAGS -u LDFLAGS scripts/build -Xswiftc -static-stdlib --scratch-path .build-rock && cp .build-rock/release/libwasm.so wasm.so",
  install = { lib = { ["wasm"] = "wasm.so" } },
}
