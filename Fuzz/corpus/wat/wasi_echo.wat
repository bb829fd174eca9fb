;; A WASI command (wasi_snapshot_preview1): prints its arguments after argv[0], one per line,
;; like `echo` with newlines; exits with status 1 when it was given none.
(module
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 8) "\n")
  ;; Writes `len` bytes at `ptr` to standard output (iovec at 16, count at 24).
  (func $write (param $ptr i32) (param $len i32)
    (i32.store (i32.const 16) (local.get $ptr))
    (i32.store (i32.const 20) (local.get $len))
    (drop (call $fd_write (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 24))))
  (func (export "_start") (local $argc i32) (local $i i32) (local $p i32) (local $end i32)
    (drop (call $args_sizes_get (i32.const 0) (i32.const 4)))
    (local.set $argc (i32.load (i32.const 0)))
    (if (i32.lt_u (local.get $argc) (i32.const 2)) (then (call $proc_exit (i32.const 1))))
    ;; argv pointers at 256, the strings from 1024 on.
    (drop (call $args_get (i32.const 256) (i32.const 1024)))
    (local.set $i (i32.const 1))
    (loop $next
      (local.set $p (i32.load (i32.add (i32.const 256) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $end (local.get $p))
      (block $found (loop $scan
        (br_if $found (i32.eqz (i32.load8_u (local.get $end))))
        (local.set $end (i32.add (local.get $end) (i32.const 1)))
        (br $scan)))
      (call $write (local.get $p) (i32.sub (local.get $end) (local.get $p)))
      (call $write (i32.const 8) (i32.const 1))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $i) (local.get $argc))))))
