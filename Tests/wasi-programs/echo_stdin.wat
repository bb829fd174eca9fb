;; WASI test module for the Swift and Lua tests (WASIEmbeddingTests.swift, Tests/lua/wasi.lua).
(module
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  ;; Echoes standard input to standard output, then exits with the number of arguments after
  ;; argv[0] (via proc_exit), or returns when there are none.
  (func (export "_start") (local $n i32)
    (i32.store (i32.const 0) (i32.const 100))   ;; iovec: buffer at 100, 64 bytes
    (i32.store (i32.const 4) (i32.const 64))
    (block $done (loop $again
      (drop (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
      (br_if $done (i32.eqz (i32.load (i32.const 8))))
      (i32.store (i32.const 4) (i32.load (i32.const 8)))
      (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 12)))
      (i32.store (i32.const 4) (i32.const 64))
      (br $again)))
    (drop (call $args_sizes (i32.const 16) (i32.const 20)))
    (local.set $n (i32.sub (i32.load (i32.const 16)) (i32.const 1)))
    (if (local.get $n) (then (call $proc_exit (local.get $n)))))
  ;; fd_write(1, iovs, 1, 12): the iovec array at `iovs`, wherever that is.
  (func (export "write_at") (param $iovs i32) (result i32)
    (call $fd_write (i32.const 1) (local.get $iovs) (i32.const 1) (i32.const 12)))
  ;; The number of environment variables.
  (func (export "env_count") (result i32)
    (drop (call $environ_sizes (i32.const 16) (i32.const 20)))
    (i32.load (i32.const 16)))
  ;; Writes "hi\n" to descriptor `fd`.
  (func (export "say") (param $fd i32)
    (i32.store (i32.const 0) (i32.const 200))
    (i32.store (i32.const 4) (i32.const 3))
    (i32.store (i32.const 200) (i32.const 0x0a6968))
    (drop (call $fd_write (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 12)))))
