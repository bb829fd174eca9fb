/// Float arithmetic, comparisons and every conversion.
// MARK: float binary and comparisons (a = dst, b = lhs, c = rhs)
@inline(__always) func f32AddHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF32(pc, fp, m, ms, acc, ctx, facc) { $0 + $1 }
}
@inline(__always) func f32SubHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF32(pc, fp, m, ms, acc, ctx, facc) { $0 - $1 }
}
@inline(__always) func f32MulHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF32(pc, fp, m, ms, acc, ctx, facc) { $0 * $1 }
}
@inline(__always) func f32DivHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF32(pc, fp, m, ms, acc, ctx, facc) { $0 / $1 }
}
@inline(__always) func f32MinHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF32(pc, fp, m, ms, acc, ctx, facc) { wasmMin($0, $1) }
}
@inline(__always) func f32MaxHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF32(pc, fp, m, ms, acc, ctx, facc) { wasmMax($0, $1) }
}
@inline(__always) func f64AddHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64(pc, fp, m, ms, acc, ctx, facc) { $0 + $1 }
}
@inline(__always) func f64SubHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64(pc, fp, m, ms, acc, ctx, facc) { $0 - $1 }
}
@inline(__always) func f64MulHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64(pc, fp, m, ms, acc, ctx, facc) { $0 * $1 }
}
@inline(__always) func f64DivHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64(pc, fp, m, ms, acc, ctx, facc) { $0 / $1 }
}
@inline(__always) func f64MinHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64(pc, fp, m, ms, acc, ctx, facc) { wasmMin($0, $1) }
}
@inline(__always) func f64MaxHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64(pc, fp, m, ms, acc, ctx, facc) { wasmMax($0, $1) }
}
@inline(__always) func f32CopysignHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc) { ($0 & 0x7FFF_FFFF) | ($1 & 0x8000_0000) }
}
@inline(__always) func f64CopysignHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryI64(pc, fp, m, ms, acc, ctx, facc) { ($0 & 0x7FFF_FFFF_FFFF_FFFF) | ($1 & 0x8000_0000_0000_0000) }
}
@inline(__always) func f32EqHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareF32(pc, fp, m, ms, acc, ctx, facc) { $0 == $1 }
}
@inline(__always) func f32NeHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareF32(pc, fp, m, ms, acc, ctx, facc) { $0 != $1 }
}
@inline(__always) func f32LtHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareF32(pc, fp, m, ms, acc, ctx, facc) { $0 < $1 }
}
@inline(__always) func f32GtHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareF32(pc, fp, m, ms, acc, ctx, facc) { $0 > $1 }
}
@inline(__always) func f32LeHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareF32(pc, fp, m, ms, acc, ctx, facc) { $0 <= $1 }
}
@inline(__always) func f32GeHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareF32(pc, fp, m, ms, acc, ctx, facc) { $0 >= $1 }
}
@inline(__always) func f64EqHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareF64(pc, fp, m, ms, acc, ctx, facc) { $0 == $1 }
}
@inline(__always) func f64NeHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareF64(pc, fp, m, ms, acc, ctx, facc) { $0 != $1 }
}
@inline(__always) func f64LtHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareF64(pc, fp, m, ms, acc, ctx, facc) { $0 < $1 }
}
@inline(__always) func f64GtHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareF64(pc, fp, m, ms, acc, ctx, facc) { $0 > $1 }
}
@inline(__always) func f64LeHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareF64(pc, fp, m, ms, acc, ctx, facc) { $0 <= $1 }
}
@inline(__always) func f64GeHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    compareF64(pc, fp, m, ms, acc, ctx, facc) { $0 >= $1 }
}

@inline(__always) func f64AddImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64Imm(pc, fp, m, ms, acc, ctx, facc) { $0 + $1 }
}
@inline(__always) func f64SubImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64Imm(pc, fp, m, ms, acc, ctx, facc) { $0 - $1 }
}
@inline(__always) func f64MulImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64Imm(pc, fp, m, ms, acc, ctx, facc) { $0 * $1 }
}
@inline(__always) func f64DivImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64Imm(pc, fp, m, ms, acc, ctx, facc) { $0 / $1 }
}
@inline(__always) func f64MulMulHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    multiplyThenF64(pc, fp, m, ms, acc, ctx, facc) { $0 * $1 }
}
@inline(__always) func f64MulAddHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    multiplyThenF64(pc, fp, m, ms, acc, ctx, facc) { $0 + $1 }
}
@inline(__always) func f64SubFromImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64Imm(pc, fp, m, ms, acc, ctx, facc) { $1 - $0 }
}
@inline(__always) func f64DivFromImmHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    binaryF64Imm(pc, fp, m, ms, acc, ctx, facc) { $1 / $0 }
}

// MARK: float unary (a = dst, b = src)
@inline(__always) func f32AbsHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .slot) { $0 & 0x7FFF_FFFF }
}
@inline(__always) func f32NegHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .slot) { ($0 ^ 0x8000_0000) & 0xFFFF_FFFF }
}
@inline(__always) func f32CeilHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .slot) { bits(f32($0).rounded(.up)) }
}
@inline(__always) func f32FloorHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .slot) { bits(f32($0).rounded(.down)) }
}
@inline(__always) func f32TruncHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .slot) { bits(f32($0).rounded(.towardZero)) }
}
@inline(__always) func f32NearestHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .slot) { bits(f32($0).rounded(.toNearestOrEven)) }
}
@inline(__always) func f32SqrtHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .slot) { bits(f32($0).squareRoot()) }
}
@inline(__always) func f64AbsHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .facc) { $0 & 0x7FFF_FFFF_FFFF_FFFF }
}
@inline(__always) func f64NegHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .facc) { $0 ^ 0x8000_0000_0000_0000 }
}
@inline(__always) func f64CeilHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .facc) { bits(f64($0).rounded(.up)) }
}
@inline(__always) func f64FloorHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .facc) { bits(f64($0).rounded(.down)) }
}
@inline(__always) func f64TruncHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .facc) { bits(f64($0).rounded(.towardZero)) }
}
@inline(__always) func f64NearestHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .facc) { bits(f64($0).rounded(.toNearestOrEven)) }
}
@inline(__always) func f64SqrtHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .facc) { bits(f64($0).squareRoot()) }
}

// MARK: conversions (a = dst, b = src)
/// The trapping float-to-int truncations, one handler for all (`c` = `TruncationKind`).
@inline(__always) func truncateHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    checked(pc, fp, m, ms, acc, ctx, facc) { i, fp in
        truncateTrapping(TruncationKind(rawValue: i.pointee.c).unsafelyUnwrapped, fp[Int(i.pointee.b)])
    }
}
@inline(__always) func i32TruncSatF32SHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { bits(saturate(f32($0), to: Int32.self)) }
}
@inline(__always) func i32TruncSatF32UHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { bits(saturate(f32($0), to: UInt32.self)) }
}
@inline(__always) func i32TruncSatF64SHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { bits(saturate(f64($0), to: Int32.self)) }
}
@inline(__always) func i32TruncSatF64UHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { bits(saturate(f64($0), to: UInt32.self)) }
}
@inline(__always) func i64TruncSatF32SHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { UInt64(bitPattern: saturate(f32($0), to: Int64.self)) }
}
@inline(__always) func i64TruncSatF32UHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { saturate(f32($0), to: UInt64.self) }
}
@inline(__always) func i64TruncSatF64SHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { UInt64(bitPattern: saturate(f64($0), to: Int64.self)) }
}
@inline(__always) func i64TruncSatF64UHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .acc) { saturate(f64($0), to: UInt64.self) }
}
@inline(__always) func f32ConvertI32SHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .slot) { bits(Float(s32($0))) }
}
@inline(__always) func f32ConvertI32UHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .slot) { bits(Float(lo32($0))) }
}
@inline(__always) func f32ConvertI64SHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .slot) { bits(Float(Int64(bitPattern: $0))) }
}
@inline(__always) func f32ConvertI64UHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .slot) { bits(Float($0)) }
}
@inline(__always) func f32DemoteF64Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .slot) { bits(Float(f64($0))) }
}
@inline(__always) func f64ConvertI32SHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .facc) { bits(Double(s32($0))) }
}
@inline(__always) func f64ConvertI32UHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .facc) { bits(Double(lo32($0))) }
}
@inline(__always) func f64ConvertI64SHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .facc) { bits(Double(Int64(bitPattern: $0))) }
}
@inline(__always) func f64ConvertI64UHandler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .facc) { bits(Double($0)) }
}
@inline(__always) func f64PromoteF32Handler(
    _ pc: CodeAddress, _ fp: Slots, _ m: MemoryBase, _ ms: UInt64, _ acc: UInt64, _ ctx: ContextAddress, _ facc: Double
) -> UInt {
    unary(pc, fp, m, ms, acc, ctx, facc, result: .facc) { bits(Double(f32($0))) }
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
