/// Wasm numeric semantics that Swift's operators do not give directly.

@inline(__always) func lo32(_ v: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: v) }
@inline(__always) func s32(_ v: UInt64) -> Int32 { Int32(truncatingIfNeeded: v) }
@inline(__always) func f32(_ v: UInt64) -> Float { Float(bitPattern: UInt32(truncatingIfNeeded: v)) }
@inline(__always) func f64(_ v: UInt64) -> Double { Double(bitPattern: v) }
@inline(__always) func bits(_ v: Float) -> UInt64 { UInt64(v.bitPattern) }
@inline(__always) func bits(_ v: Double) -> UInt64 { v.bitPattern }
@inline(__always) func bits(_ v: UInt32) -> UInt64 { UInt64(v) }
@inline(__always) func bits(_ v: Int32) -> UInt64 { UInt64(UInt32(bitPattern: v)) }
@inline(__always) func bits(_ v: Bool) -> UInt64 { v ? 1 : 0 }

@inline(__always) func rotl32(_ x: UInt32, _ k: UInt32) -> UInt32 {
    let n = k & 31
    return (x &<< n) | (x &>> (32 &- n))
}
@inline(__always) func rotr32(_ x: UInt32, _ k: UInt32) -> UInt32 {
    let n = k & 31
    return (x &>> n) | (x &<< (32 &- n))
}
@inline(__always) func rotl64(_ x: UInt64, _ k: UInt64) -> UInt64 {
    let n = k & 63
    return (x &<< n) | (x &>> (64 &- n))
}
@inline(__always) func rotr64(_ x: UInt64, _ k: UInt64) -> UInt64 {
    let n = k & 63
    return (x &>> n) | (x &<< (64 &- n))
}

/// Wasm `fmin`: NaN if either operand is NaN, and -0 below +0.
@inline(__always) func wasmMin<F: BinaryFloatingPoint>(_ x: F, _ y: F) -> F {
    if x.isNaN || y.isNaN { return x + y }
    if x == y { return x.sign == .minus ? x : y }
    return x < y ? x : y
}

/// Wasm `fmax`: NaN if either operand is NaN, and +0 above -0.
@inline(__always) func wasmMax<F: BinaryFloatingPoint>(_ x: F, _ y: F) -> F {
    if x.isNaN || y.isNaN { return x + y }
    if x == y { return x.sign == .minus ? y : x }
    return x > y ? x : y
}

/// Saturating float-to-int conversion (`trunc_sat`): NaN gives 0, out-of-range values clamp.
@inline(__always) func saturate<F: BinaryFloatingPoint, I: FixedWidthInteger>(_ x: F, to _: I.Type) -> I {
    if x.isNaN { return 0 }
    if x <= F(I.min) { return I.min }
    if x >= F(I.max) { return I.max }
    return I(x)
}

/// Result of a trapping float-to-int conversion: the value, or the trap to raise.
@inline(__always) func truncate<F: BinaryFloatingPoint, I: FixedWidthInteger>(
    _ x: F, to _: I.Type, lowerExclusive: F, upperExclusive: F
) -> (I, TrapCode) {
    if x.isNaN { return (0, .invalidConversionToInteger) }
    if !(x > lowerExclusive && x < upperExclusive) { return (0, .integerOverflow) }
    return (I(x), .none)
}
