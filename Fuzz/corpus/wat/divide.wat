;; Integer division, which traps on a zero divisor:
;; `wasmlua run --invoke divide examples/divide.wat 7 0` fails with "integer divide by zero".
(module
  (func (export "divide") (param i32 i32) (result i32)
    (i32.div_s (local.get 0) (local.get 1))))
