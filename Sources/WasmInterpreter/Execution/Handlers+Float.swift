/// Float arithmetic, comparisons and every conversion.
extension Handlers {
    // MARK: float binary and comparisons (a = dst, b = lhs, c = rhs)
    static let f32Add: Handler = { binaryF32($0, $1, $2, $3, $4, $5, $6) { $0 + $1 } }
    static let f32Sub: Handler = { binaryF32($0, $1, $2, $3, $4, $5, $6) { $0 - $1 } }
    static let f32Mul: Handler = { binaryF32($0, $1, $2, $3, $4, $5, $6) { $0 * $1 } }
    static let f32Div: Handler = { binaryF32($0, $1, $2, $3, $4, $5, $6) { $0 / $1 } }
    static let f32Min: Handler = { binaryF32($0, $1, $2, $3, $4, $5, $6) { wasmMin($0, $1) } }
    static let f32Max: Handler = { binaryF32($0, $1, $2, $3, $4, $5, $6) { wasmMax($0, $1) } }
    static let f64Add: Handler = { binaryF64($0, $1, $2, $3, $4, $5, $6) { $0 + $1 } }
    static let f64Sub: Handler = { binaryF64($0, $1, $2, $3, $4, $5, $6) { $0 - $1 } }
    static let f64Mul: Handler = { binaryF64($0, $1, $2, $3, $4, $5, $6) { $0 * $1 } }
    static let f64Div: Handler = { binaryF64($0, $1, $2, $3, $4, $5, $6) { $0 / $1 } }
    static let f64Min: Handler = { binaryF64($0, $1, $2, $3, $4, $5, $6) { wasmMin($0, $1) } }
    static let f64Max: Handler = { binaryF64($0, $1, $2, $3, $4, $5, $6) { wasmMax($0, $1) } }
    static let f32Copysign: Handler = { binaryI64($0, $1, $2, $3, $4, $5, $6) { ($0 & 0x7FFF_FFFF) | ($1 & 0x8000_0000) } }
    static let f64Copysign: Handler = { binaryI64($0, $1, $2, $3, $4, $5, $6) { ($0 & 0x7FFF_FFFF_FFFF_FFFF) | ($1 & 0x8000_0000_0000_0000) } }
    static let f32Eq: Handler = { compareF32($0, $1, $2, $3, $4, $5, $6) { $0 == $1 } }
    static let f32Ne: Handler = { compareF32($0, $1, $2, $3, $4, $5, $6) { $0 != $1 } }
    static let f32Lt: Handler = { compareF32($0, $1, $2, $3, $4, $5, $6) { $0 < $1 } }
    static let f32Gt: Handler = { compareF32($0, $1, $2, $3, $4, $5, $6) { $0 > $1 } }
    static let f32Le: Handler = { compareF32($0, $1, $2, $3, $4, $5, $6) { $0 <= $1 } }
    static let f32Ge: Handler = { compareF32($0, $1, $2, $3, $4, $5, $6) { $0 >= $1 } }
    static let f64Eq: Handler = { compareF64($0, $1, $2, $3, $4, $5, $6) { $0 == $1 } }
    static let f64Ne: Handler = { compareF64($0, $1, $2, $3, $4, $5, $6) { $0 != $1 } }
    static let f64Lt: Handler = { compareF64($0, $1, $2, $3, $4, $5, $6) { $0 < $1 } }
    static let f64Gt: Handler = { compareF64($0, $1, $2, $3, $4, $5, $6) { $0 > $1 } }
    static let f64Le: Handler = { compareF64($0, $1, $2, $3, $4, $5, $6) { $0 <= $1 } }
    static let f64Ge: Handler = { compareF64($0, $1, $2, $3, $4, $5, $6) { $0 >= $1 } }

    // MARK: float unary (a = dst, b = src)
    static let f32Abs: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { $0 & 0x7FFF_FFFF } }
    static let f32Neg: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { ($0 ^ 0x8000_0000) & 0xFFFF_FFFF } }
    static let f32Ceil: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(f32($0).rounded(.up)) } }
    static let f32Floor: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(f32($0).rounded(.down)) } }
    static let f32Trunc: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(f32($0).rounded(.towardZero)) } }
    static let f32Nearest: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(f32($0).rounded(.toNearestOrEven)) } }
    static let f32Sqrt: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(f32($0).squareRoot()) } }
    static let f64Abs: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { $0 & 0x7FFF_FFFF_FFFF_FFFF } }
    static let f64Neg: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { $0 ^ 0x8000_0000_0000_0000 } }
    static let f64Ceil: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(f64($0).rounded(.up)) } }
    static let f64Floor: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(f64($0).rounded(.down)) } }
    static let f64Trunc: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(f64($0).rounded(.towardZero)) } }
    static let f64Nearest: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(f64($0).rounded(.toNearestOrEven)) } }
    static let f64Sqrt: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(f64($0).squareRoot()) } }

    // MARK: conversions (a = dst, b = src)
    /// The trapping float-to-int truncations, one handler for all (`c` = `TruncationKind`).
    static let truncate: Handler = {
        checked($0, $1, $2, $3, $4, $5, $6) { i, fp in
            truncateTrapping(TruncationKind(rawValue: i.pointee.c).unsafelyUnwrapped, fp[Int(i.pointee.b)])
        }
    }
    static let i32TruncSatF32S: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(saturate(f32($0), to: Int32.self)) } }
    static let i32TruncSatF32U: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(saturate(f32($0), to: UInt32.self)) } }
    static let i32TruncSatF64S: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(saturate(f64($0), to: Int32.self)) } }
    static let i32TruncSatF64U: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(saturate(f64($0), to: UInt32.self)) } }
    static let i64TruncSatF32S: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { UInt64(bitPattern: saturate(f32($0), to: Int64.self)) } }
    static let i64TruncSatF32U: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { saturate(f32($0), to: UInt64.self) } }
    static let i64TruncSatF64S: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { UInt64(bitPattern: saturate(f64($0), to: Int64.self)) } }
    static let i64TruncSatF64U: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { saturate(f64($0), to: UInt64.self) } }
    static let f32ConvertI32S: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(Float(s32($0))) } }
    static let f32ConvertI32U: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(Float(lo32($0))) } }
    static let f32ConvertI64S: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(Float(Int64(bitPattern: $0))) } }
    static let f32ConvertI64U: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(Float($0)) } }
    static let f32DemoteF64: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(Float(f64($0))) } }
    static let f64ConvertI32S: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(Double(s32($0))) } }
    static let f64ConvertI32U: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(Double(lo32($0))) } }
    static let f64ConvertI64S: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(Double(Int64(bitPattern: $0))) } }
    static let f64ConvertI64U: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(Double($0)) } }
    static let f64PromoteF32: Handler = { unary($0, $1, $2, $3, $4, $5, $6) { bits(Double(f32($0))) } }
}

/// Which trapping truncation a `truncate` instruction does (its `c` operand).
enum TruncationKind: UInt32 {
    case i32FromF32S, i32FromF32U, i32FromF64S, i32FromF64U, i64FromF32S, i64FromF32U, i64FromF64S, i64FromF64U
}

/// A trapping truncation's result, or its trap. The bounds are the nearest representable values
/// outside the target range, so `lower < x < upper` is exactly "the truncated value fits".
@inline(never)
func truncateTrapping(_ kind: TruncationKind, _ v: UInt64) -> (UInt64, TrapCode) {
    switch kind {
    case .i32FromF32S:
        let r = truncate(f32(v), to: Int32.self, lowerExclusive: -2147483904.0, upperExclusive: 2147483648.0)
        return (bits(r.0), r.1)
    case .i32FromF32U:
        let r = truncate(f32(v), to: UInt32.self, lowerExclusive: -1.0, upperExclusive: 4294967296.0)
        return (UInt64(r.0), r.1)
    case .i32FromF64S:
        let r = truncate(f64(v), to: Int32.self, lowerExclusive: -2147483649.0, upperExclusive: 2147483648.0)
        return (bits(r.0), r.1)
    case .i32FromF64U:
        let r = truncate(f64(v), to: UInt32.self, lowerExclusive: -1.0, upperExclusive: 4294967296.0)
        return (UInt64(r.0), r.1)
    case .i64FromF32S:
        let r = truncate(f32(v), to: Int64.self, lowerExclusive: -9223373136366403584.0, upperExclusive: 9223372036854775808.0)
        return (UInt64(bitPattern: r.0), r.1)
    case .i64FromF32U:
        let r = truncate(f32(v), to: UInt64.self, lowerExclusive: -1.0, upperExclusive: 18446744073709551616.0)
        return (r.0, r.1)
    case .i64FromF64S:
        let r = truncate(f64(v), to: Int64.self, lowerExclusive: -9223372036854777856.0, upperExclusive: 9223372036854775808.0)
        return (UInt64(bitPattern: r.0), r.1)
    case .i64FromF64U:
        let r = truncate(f64(v), to: UInt64.self, lowerExclusive: -1.0, upperExclusive: 18446744073709551616.0)
        return (r.0, r.1)
    }
}
