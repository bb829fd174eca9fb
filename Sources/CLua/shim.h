/* Lua 5.4 headers from Debian's liblua5.4-dev (pkg-config name "lua5.4"). */
#ifndef CLUA_SHIM_H
#define CLUA_SHIM_H
#include <lua.h>
#include <lualib.h>
#include <lauxlib.h>
#endif
