#include "luashim.h"
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

/* n == -1: raise the value on top as is; n == -2: prefix "chunk:line:" of the Lua caller. */
static int swl_raise(lua_State *L, int n) {
  if (n == -2 && lua_type(L, -1) == LUA_TSTRING) {
    luaL_where(L, 1); lua_insert(L, -2); lua_concat(L, 2);
  }
  return lua_error(L);
}

static int swl_finish(lua_State *L, int n);

/* The continuation of a Wasm call that yielded its coroutine: ctx is the stack index of the
 * suspended call's object; the values passed to coroutine.resume lie above it. */
static int swl_continue(lua_State *L, int status, lua_KContext ctx) {
  (void)status;
  return swl_finish(L, swl_resume_body(L, (int)ctx));
}

/* What a body's return value asks for: results, an error to raise, or (SWL_YIELD) a yield of the
 * `count` values below the integer count on top, with the suspended call's object under them. */
static int swl_finish(lua_State *L, int n) {
  if (n >= 0) return n;
  if (n == SWL_YIELD) {
    int count = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    return lua_yieldk(L, count, (lua_KContext)(lua_gettop(L) - count), swl_continue);
  }
  return swl_raise(L, n);          /* longjmp only through C and Lua frames */
}

static int swl_tramp(lua_State *L) {
  swl_Body body = (swl_Body)lua_touserdata(L, lua_upvalueindex(1));
  int n = body(L);                 /* Swift frame is entered and left here */
  return swl_finish(L, n);
}

void swl_pushbody(lua_State *L, swl_Body body, int nup) {
  lua_pushlightuserdata(L, (void *)body);
  if (nup > 0) { lua_rotate(L, -(nup + 1), 1); }
  lua_pushcclosure(L, swl_tramp, nup + 1);
}

static int swl_tramp_exported(lua_State *L) {
  /* Upvalue 2 is always the wasm.Func userdata the closure was made with (no class check, as
   * Lua's own io.lines trusts its closure's upvalues). */
  void **slot = (void **)lua_touserdata(L, lua_upvalueindex(2));
  int n = swl_exported_body(L, *slot);
  if (n >= 0) return n;
  return swl_finish(L, n);
}

void *swl_exported_object(lua_State *L, int idx) {
  if (lua_tocfunction(L, idx) != swl_tramp_exported) return NULL;
  if (lua_getupvalue(L, idx, 2) == NULL) return NULL;
  void **slot = (void **)lua_touserdata(L, -1);
  lua_pop(L, 1);
  return slot ? *slot : NULL;
}

void swl_pushexported(lua_State *L) {
  lua_pushcclosure(L, swl_tramp_exported, 2);
}

/* Pushes the hook set now (upvalue 1 is the store's anchor table) and returns 1, or pushes
 * nothing and returns 0 when none is set: a hook may remove or replace itself while f runs. */
static int push_current_hook(lua_State *L) {
  if (lua_rawgeti(L, lua_upvalueindex(1), SWL_ANCHOR_HOOK) != LUA_TNIL) return 1;
  lua_pop(L, 1);
  return 0;
}

int swl_hooked_call(lua_State *L) {
  int nargs = lua_gettop(L) - 1;         /* f at 1, its arguments above */
  if (push_current_hook(L)) {
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_call(L, 1, 0);
  }
  lua_call(L, nargs, LUA_MULTRET);       /* its results from 1 */
  luaL_checkstack(L, 2, "too many results");
  if (push_current_hook(L)) {
    lua_pushvalue(L, lua_upvalueindex(3));
    lua_call(L, 1, 0);
  }
  return lua_gettop(L);
}

int swl_hooked_call_target(lua_State *L) {
  int nargs = lua_gettop(L) - 2;         /* the target at 1, f at 2, its arguments above */
  if (push_current_hook(L)) {
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_pushvalue(L, 1);
    lua_call(L, 2, 0);
  }
  lua_call(L, nargs, LUA_MULTRET);       /* its results from 2 */
  luaL_checkstack(L, 3, "too many results");
  if (push_current_hook(L)) {
    lua_pushvalue(L, lua_upvalueindex(3));
    lua_pushvalue(L, 1);
    lua_call(L, 2, 0);
  }
  return lua_gettop(L) - 1;
}

int swl_nparams(lua_State *L, int idx) {
  lua_Debug ar;
  lua_pushvalue(L, idx);
  lua_getinfo(L, ">u", &ar);
  return ar.isvararg ? 255 : ar.nparams;
}

/* Whether the value at idx has the metatable registered as `name`. */
static int swl_has_metatable(lua_State *L, int idx, const char *name) {
  if (!lua_getmetatable(L, idx)) return 0;
  luaL_getmetatable(L, name);
  int same = lua_rawequal(L, -1, -2);
  lua_pop(L, 2);
  return same;
}

/* Pushes "chunk:line: " of the innermost Lua function on the stack (level 1 up), or "". */
static void swl_where_lua(lua_State *L) {
  lua_Debug ar;
  for (int level = 1; lua_getstack(L, level, &ar); level++) {
    lua_getinfo(L, "Sl", &ar);
    if (ar.currentline > 0) {
      lua_pushfstring(L, "%s:%d: ", ar.short_src, ar.currentline);
      return;
    }
  }
  lua_pushliteral(L, "");
}

int swl_msgh(lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  if (msg == NULL) {
    if (swl_has_metatable(L, 1, "wasm.Exit")) return 1;   /* a WASI exit: the host reads its status */
    if (swl_has_metatable(L, 1, "wasm.Trap")) {
      /* where the Lua code called into Wasm, the trap, the Lua traceback, the Wasm backtrace */
      swl_where_lua(L);
      lua_getfield(L, 1, "message");
      const char *text = lua_tostring(L, -1);
      lua_pushfstring(L, "%swasm trap: %s", lua_tostring(L, -2), text ? text : "?");
      luaL_traceback(L, L, lua_tostring(L, -1), 1);
      lua_replace(L, 2);
      lua_settop(L, 2);                          /* 1: the trap, 2: message and traceback */
      if (lua_getfield(L, 1, "trace") == LUA_TTABLE) {   /* 3: the frames */
        lua_Integer n = luaL_len(L, 3);
        if (n > 0) {
          lua_pushvalue(L, 2);
          lua_pushliteral(L, "\nwasm backtrace:");
          lua_concat(L, 2);
          lua_replace(L, 2);
        }
        for (lua_Integer k = 1; k <= n; k++) {
          lua_pushvalue(L, 2);
          lua_pushliteral(L, "\n\tat ");
          if (lua_rawgeti(L, 3, k) != LUA_TSTRING) { lua_pop(L, 3); break; }
          lua_concat(L, 3);
          lua_replace(L, 2);
        }
      }
      lua_settop(L, 2);
      return 1;
    }
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
      msg = lua_tostring(L, -1);
    else
      msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  }
  luaL_traceback(L, L, msg, 1);
  return 1;
}

const char *swl_copyright(void) { return LUA_COPYRIGHT; }

void swl_preload(lua_State *L, const char *name, lua_CFunction f) {
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
  lua_pushcfunction(L, f);
  lua_setfield(L, -2, name);
  lua_pop(L, 1);
}


int swl_argnumber(lua_State *L, int i) {
  lua_Debug ar;
  if (!lua_getstack(L, 0, &ar)) return i;
  lua_getinfo(L, "n", &ar);
  if (ar.namewhat != NULL && strcmp(ar.namewhat, "method") == 0) return i - 1;
  return i;
}

void swl_eprint(const char *s) { fputs(s, stderr); }

/* wasm.yield's mark: a light userdata before the values it returns. */
static const char swl_yield_mark = 0;

void *swl_yield_marker(void) { return (void *)&swl_yield_mark; }

_Thread_local int swl_lua_nesting = 0;

/* The registry slot naming the thread whose running host function may return wasm.yield(...). */
static const char swl_yield_key = 0;

int swl_yield_allowed(lua_State *L) {
  lua_rawgetp(L, LUA_REGISTRYINDEX, &swl_yield_key);
  int allowed = lua_tothread(L, -1) == L;
  lua_pop(L, 1);
  return allowed;
}

void swl_push_yield_thread(lua_State *L) {
  lua_rawgetp(L, LUA_REGISTRYINDEX, &swl_yield_key);
}

void swl_set_yield_thread(lua_State *L, int idx) {
  if (idx == 0) lua_pushthread(L); else lua_pushvalue(L, idx);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &swl_yield_key);
}
