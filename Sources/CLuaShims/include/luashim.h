/* C trampolines and macro wrappers for the Swift Lua binding (adapted from the project's
 * lua-prototype). Lua errors are raised only here, after the Swift frame has returned. */
#ifndef LUASHIM_H
#define LUASHIM_H
#include <lua.h>
#include <lualib.h>
#include <lauxlib.h>

/* ---- Constants / macros Swift cannot import as functions ---- */
static const int SWL_REGISTRYINDEX = LUA_REGISTRYINDEX;
static const int SWL_MULTRET = LUA_MULTRET;
static inline int  swl_upvalueindex(int i) { return lua_upvalueindex(i); }
static inline void swl_pop(lua_State *L, int n) { lua_pop(L, n); }
static inline void swl_newtable(lua_State *L) { lua_newtable(L); }
static inline void swl_insert(lua_State *L, int idx) { lua_insert(L, idx); }
static inline void swl_remove(lua_State *L, int idx) { lua_remove(L, idx); }
static inline void swl_replace(lua_State *L, int idx) { lua_replace(L, idx); }
static inline int  swl_isnoneornil(lua_State *L, int idx) { return lua_isnoneornil(L, idx); }
static inline const char *swl_typename_at(lua_State *L, int idx) { return luaL_typename(L, idx); }
static inline void *swl_newuserdata(lua_State *L, size_t sz, int nuv) { return lua_newuserdatauv(L, sz, nuv); }
static inline int  swl_getmetatable_named(lua_State *L, const char *tname) { return luaL_getmetatable(L, tname); }
static inline int  swl_pcall(lua_State *L, int nargs, int nres, int msgh) { return lua_pcall(L, nargs, nres, msgh); }
static inline lua_Number swl_tonumber(lua_State *L, int idx, int *isnum) { return lua_tonumberx(L, idx, isnum); }
static inline int  swl_isinteger(lua_State *L, int idx) { return lua_isinteger(L, idx); }

/* ---- The safe error boundary ----
 * A Swift "body" never raises a Lua error itself. It returns:
 *   n >= 0 : number of results left on top of the stack
 *   n <  0 : failure; the error value has been pushed on top of the stack (SWL_YIELD: a yield)
 * The C trampoline raises (lua_error/longjmp) only after the Swift frame has returned,
 * so the longjmp crosses only C/Lua frames. */
typedef int (*swl_Body)(lua_State *L);

/* A body's return value asking its trampoline to yield the coroutine (see swl_finish). */
#define SWL_YIELD (-3)

/* Continues a Wasm call that yielded (defined in Swift, LuaCoroutines.swift): `index` is the stack
 * index of its suspended-call object, the values given to coroutine.resume lie above it. Returns
 * as a body does. */
int swl_resume_body(lua_State *L, int index);

/* wasm.yield's permission: whether the running host function of thread L may yield; the current
 * permission pushed (to restore later); set to thread L (idx 0) or to the value at idx. */
int swl_yield_allowed(lua_State *L);
/* The light userdata wasm.yield(...) returns first, before its values. */
void *swl_yield_marker(void);

void swl_push_yield_thread(lua_State *L);
void swl_set_yield_thread(lua_State *L, int idx);

/* Calls from Swift into Lua (host functions, hooks, callbacks) nested on this thread, and their
 * bound. Lua refuses calls nested LUAI_MAXCCALLS (200) C levels deep ("C stack overflow"), and a
 * finalizer the collector runs at that depth fails silently: its userdata's Swift object leaks.
 * Each of our calls costs Lua at most two levels, so chains of them stop (swl_enter_lua fails)
 * while a quarter of Lua's levels is still free. */
#define SWL_MAX_LUA_NESTING 75
extern _Thread_local int swl_lua_nesting;
/* Counts one more nested call into Lua; returns 0 (counting nothing) past the bound. */
static inline int swl_enter_lua(void) {
  if (swl_lua_nesting >= SWL_MAX_LUA_NESTING) return 0;
  swl_lua_nesting++;
  return 1;
}
static inline void swl_leave_lua(void) { swl_lua_nesting--; }

/* Push a Lua function calling `body(L)`. `nup` extra upvalues are taken from the stack top and
 * become upvalues 2..nup+1 (upvalue 1 holds the body). */
void swl_pushbody(lua_State *L, swl_Body body, int nup);

/* The body of an exported Wasm function, defined in Swift (LuaCalls.swift): `object` is the
 * object of the wasm.Func userdata in upvalue 2 (NULL once released); upvalue 1 is the store's
 * anchor table. */
int swl_exported_body(lua_State *L, void *object);

/* Push the Lua function of an exported Wasm function: pops the anchor table and the wasm.Func
 * userdata (pushed in that order) into upvalues 1 and 2. One C call to the Swift body, with no
 * upvalue lookups for a body pointer. */
void swl_pushexported(lua_State *L);

/* The key of the call hook in a store's anchor table (StoreAnchor.hook on the Swift side). */
#define SWL_ANCHOR_HOOK 1

/* A Lua host function and its call hook in one protected call (one lua_pcall instead of three).
 * A closure of three upvalues (the store's anchor table, calling_name, returning_name), made once
 * when the hook is set: called with (f, args...), it runs hook(calling_name), f(args...),
 * hook(returning_name) and returns f's results. Each event calls the hook set at that moment
 * (none once it removed itself). An error anywhere stops the rest (so the returning hook runs
 * only after f returned normally). */
int swl_hooked_call(lua_State *L);

/* swl_hooked_call for a hook of two parameters: called with (target, f, args...), it passes
 * `target` as the hook's second argument. (Which of the two runs is chosen by the hook set when
 * the call starts: a hook of two parameters that replaces one of one during the call gets no
 * target at that call's returning_from_host.) */
int swl_hooked_call_target(lua_State *L);

/* The declared parameter count of the Lua function at idx (255 for a vararg or C function). */
int swl_nparams(lua_State *L, int idx);

/* The object of the wasm.Func userdata behind the exported-function closure at idx, or NULL if
 * the value is not such a closure (or the object was released). */
void *swl_exported_object(lua_State *L, int idx);

/* Message handler for lua_pcall, as lua.c's: a traceback appended to the message (a string, or
 * a value's __tostring); a wasm.Trap as "chunk:line: wasm trap: message", the Lua traceback and the
 * Wasm backtrace; a wasm.Exit passed through (the host reads its status). */
int swl_msgh(lua_State *L);

/* LUA_COPYRIGHT ("Lua 5.4.x  Copyright (C) ..."), for -v. */
const char *swl_copyright(void);

/* package.preload[name] = f  (for embedding) */
void swl_preload(lua_State *L, const char *name, lua_CFunction f);

/* The argument number `i` as Lua's own argument errors give it: one less in a method call
 * (`obj:f(x)` numbers x as #1), 0 meaning `self`. */
int swl_argnumber(lua_State *L, int i);

/* stderr helper (Swift 6 flags the global `stderr` as not concurrency-safe) */
void swl_eprint(const char *s);
#endif
