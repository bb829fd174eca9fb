/// The interpreter loop. One function, one `switch`, state in locals: see DISPATCH.md for why
/// this shape (operands read inside each case, no `default`, slow paths out of line).

@inline(__always) private func slot(_ fp: Slots, _ i: UInt32) -> UInt64 { fp[Int(i)] }

@inline(__always) private func setSlot(_ fp: Slots, _ i: UInt32, _ v: UInt64) { fp[Int(i)] = v }

@inline(__always) private func offset(_ pc: CodePointer) -> Int { Int(Int64(bitPattern: pc.pointee.imm)) }

// MARK: operand shapes shared by many opcodes

@inline(__always) private func binI32(_ pc: CodePointer, _ fp: Slots, _ f: (UInt32, UInt32) -> UInt32) {
    let i = pc.pointee
    setSlot(fp, i.a, UInt64(f(lo32(slot(fp, i.b)), lo32(slot(fp, i.c)))))
}
@inline(__always) private func binI32Imm(_ pc: CodePointer, _ fp: Slots, _ f: (UInt32, UInt32) -> UInt32) {
    let i = pc.pointee
    setSlot(fp, i.a, UInt64(f(lo32(slot(fp, i.b)), lo32(i.imm))))
}
@inline(__always) private func binI64(_ pc: CodePointer, _ fp: Slots, _ f: (UInt64, UInt64) -> UInt64) {
    let i = pc.pointee
    setSlot(fp, i.a, f(slot(fp, i.b), slot(fp, i.c)))
}
@inline(__always) private func binI64Imm(_ pc: CodePointer, _ fp: Slots, _ f: (UInt64, UInt64) -> UInt64) {
    let i = pc.pointee
    setSlot(fp, i.a, f(slot(fp, i.b), i.imm))
}
@inline(__always) private func cmpI32(_ pc: CodePointer, _ fp: Slots, _ f: (UInt32, UInt32) -> Bool) {
    let i = pc.pointee
    setSlot(fp, i.a, bits(f(lo32(slot(fp, i.b)), lo32(slot(fp, i.c)))))
}
@inline(__always) private func cmpI32Imm(_ pc: CodePointer, _ fp: Slots, _ f: (UInt32, UInt32) -> Bool) {
    let i = pc.pointee
    setSlot(fp, i.a, bits(f(lo32(slot(fp, i.b)), lo32(i.imm))))
}
@inline(__always) private func cmpI64(_ pc: CodePointer, _ fp: Slots, _ f: (UInt64, UInt64) -> Bool) {
    let i = pc.pointee
    setSlot(fp, i.a, bits(f(slot(fp, i.b), slot(fp, i.c))))
}
@inline(__always) private func binF32(_ pc: CodePointer, _ fp: Slots, _ f: (Float, Float) -> Float) {
    let i = pc.pointee
    setSlot(fp, i.a, bits(f(f32(slot(fp, i.b)), f32(slot(fp, i.c)))))
}
@inline(__always) private func binF64(_ pc: CodePointer, _ fp: Slots, _ f: (Double, Double) -> Double) {
    let i = pc.pointee
    setSlot(fp, i.a, bits(f(f64(slot(fp, i.b)), f64(slot(fp, i.c)))))
}
@inline(__always) private func cmpF32(_ pc: CodePointer, _ fp: Slots, _ f: (Float, Float) -> Bool) {
    let i = pc.pointee
    setSlot(fp, i.a, bits(f(f32(slot(fp, i.b)), f32(slot(fp, i.c)))))
}
@inline(__always) private func cmpF64(_ pc: CodePointer, _ fp: Slots, _ f: (Double, Double) -> Bool) {
    let i = pc.pointee
    setSlot(fp, i.a, bits(f(f64(slot(fp, i.b)), f64(slot(fp, i.c)))))
}
@inline(__always) private func unary(_ pc: CodePointer, _ fp: Slots, _ f: (UInt64) -> UInt64) {
    let i = pc.pointee
    setSlot(fp, i.a, f(slot(fp, i.b)))
}
/// The checked address of a load (address in slot `b`), or nil if out of bounds.
@inline(__always) private func loadAddress(_ pc: CodePointer, _ fp: Slots, _ memSize: UInt64, _ width: UInt64) -> Int? {
    let ea = (slot(fp, pc.pointee.b) & 0xFFFF_FFFF) &+ pc.pointee.imm
    return ea &+ width <= memSize ? Int(ea) : nil
}
/// The checked address of a store (address in slot `a`), or nil if out of bounds.
@inline(__always) private func storeAddress(_ pc: CodePointer, _ fp: Slots, _ memSize: UInt64, _ width: UInt64) -> Int? {
    let ea = (slot(fp, pc.pointee.a) & 0xFFFF_FFFF) &+ pc.pointee.imm
    return ea &+ width <= memSize ? Int(ea) : nil
}
/// Branch target if `cond` holds, else the next instruction.
@inline(__always) private func branch(_ pc: CodePointer, _ cond: Bool) -> CodePointer {
    cond ? pc + offset(pc) : pc + 1
}
@inline(__always) private func brI32(_ pc: CodePointer, _ fp: Slots, _ f: (UInt32, UInt32) -> Bool) -> CodePointer {
    branch(pc, f(lo32(slot(fp, pc.pointee.a)), lo32(slot(fp, pc.pointee.b))))
}
@inline(__always) private func brI32Imm(_ pc: CodePointer, _ fp: Slots, _ f: (UInt32, UInt32) -> Bool) -> CodePointer {
    branch(pc, f(lo32(slot(fp, pc.pointee.a)), pc.pointee.b))
}
@inline(__always) private func brI64(_ pc: CodePointer, _ fp: Slots, _ f: (UInt64, UInt64) -> Bool) -> CodePointer {
    branch(pc, f(slot(fp, pc.pointee.a), slot(fp, pc.pointee.b)))
}

/// Runs Wasm code from `entry` with its frame at `fp` (arguments in place) until the entry
/// function returns (`.none`, results in `fp[0...]`) or a trap occurs. `frames` is the first free
/// call-frame record; returning past it ends the run.
func execute(
    entry: UnsafePointer<FuncRecord>,
    fp: Slots,
    frames: UnsafeMutablePointer<CallFrame>,
    context ctx: UnsafeMutablePointer<ExecutionContext>
) -> TrapCode {
    execute(
        pc: entry.pointee.code!, fp: fp, instance: entry.pointee.instance!, framesBase: frames, framesTop: frames,
        context: ctx)
}

/// Runs Wasm code from any point: `pc` in the function whose frame is at `fp`, with the call
/// frames `framesBase ..< framesTop` below it (how a resumed call continues). On a trap, the
/// context records where (`trapPC`, `trapFP`, `trapInstance`).
@inline(never)
func execute(
    pc startPC: CodePointer,
    fp startFP: Slots,
    instance startInstance: UnsafeMutablePointer<InstanceData>,
    framesBase: UnsafeMutablePointer<CallFrame>,
    framesTop: UnsafeMutablePointer<CallFrame>,
    context ctx: UnsafeMutablePointer<ExecutionContext>
) -> TrapCode {
    var pc = startPC
    var fp = startFP
    var inst = startInstance
    // Why in memory: call frames are touched only by call/return; keeping them out of
    // registers leaves room for fp, memory base and size in every other handler.
    ctx.pointee.framesBase = framesBase
    ctx.pointee.framesTop = framesTop
    var memBase = inst.pointee.memory.pointee.base
    var memSize = inst.pointee.memory.pointee.byteCount


    while true {
        switch pc.pointee.op {
        case .unreachable:
            ctx.pointee.recordTrap(pc, fp, inst)
            return .unreachable
        case .copy:
            setSlot(fp, pc.pointee.a, slot(fp, pc.pointee.b))
            pc += 1
        case .const:
            setSlot(fp, pc.pointee.a, pc.pointee.imm)
            pc += 1
        case .consumeFuel:
            let left = ctx.pointee.fuel &- Int64(bitPattern: pc.pointee.imm)
            // Why before charging: a resumed call re-executes this instruction.
            guard left >= 0 else {
                ctx.pointee.recordTrap(pc, fp, inst)
                return .outOfFuel
            }
            ctx.pointee.fuel = left
            pc += 1
        case .zeroSlots:
            (fp + Int(pc.pointee.a)).update(repeating: 0, count: Int(pc.pointee.b))
            pc += 1
        case .br:
            pc += offset(pc)
        case .brIfNez:
            pc = branch(pc, lo32(slot(fp, pc.pointee.a)) != 0)
        case .brIfEqz:
            pc = branch(pc, lo32(slot(fp, pc.pointee.a)) == 0)
        case .brTable:
            let index = lo32(slot(fp, pc.pointee.a))
            let last = pc.pointee.b
            pc += 1 + Int(index < last ? index : last)
        case .ret, .ret1:
            if pc.pointee.op == .ret1 { fp[0] = slot(fp, pc.pointee.a) }
            var frames = ctx.pointee.framesTop
            if frames == ctx.pointee.framesBase { return .none }
            frames -= 1
            ctx.pointee.framesTop = frames
            pc = frames.pointee.pc
            fp = frames.pointee.fp
            inst = frames.pointee.instance
            memBase = inst.pointee.memory.pointee.base
            memSize = inst.pointee.memory.pointee.byteCount
        case .call, .callIndirect:
            let callee: UnsafeMutablePointer<FuncRecord>
            if pc.pointee.op == .call {
                callee = inst.pointee.funcs[Int(pc.pointee.a)]
            } else {
                let table = inst.pointee.tables[Int(pc.pointee.imm)]
                let index = lo32(slot(fp, pc.pointee.c))
                guard index < table.pointee.count else {
                    ctx.pointee.recordTrap(pc, fp, inst)
                    return .undefinedElement
                }
                let ref = table.pointee.elements[Int(index)]
                guard let target = UnsafeMutablePointer<FuncRecord>(bitPattern: UInt(ref)) else {
                    ctx.pointee.recordTrap(pc, fp, inst)
                    return .uninitializedElement
                }
                guard target.pointee.typeID == inst.pointee.typeIDs[Int(pc.pointee.a)] else {
                    ctx.pointee.recordTrap(pc, fp, inst)
                    return .indirectCallTypeMismatch
                }
                callee = target
            }
            let calleeFP = fp + Int(pc.pointee.b)
            if callee.pointee.isHost {
                let trap = callHostFromWasm(
                    callee, args: calleeFP, frames: ctx.pointee.framesTop, instance: inst, context: ctx)
                if trap != .none {
                    ctx.pointee.recordTrap(pc, fp, inst)
                    return trap
                }
                memBase = inst.pointee.memory.pointee.base
                memSize = inst.pointee.memory.pointee.byteCount
                pc += 1
                continue
            }
            let frames = ctx.pointee.framesTop
            guard calleeFP + Int(callee.pointee.frameSize) <= ctx.pointee.stackEnd,
                frames < ctx.pointee.framesEnd
            else {
                ctx.pointee.recordTrap(pc, fp, inst)
                return .stackOverflow
            }
            frames.pointee = CallFrame(pc: pc + 1, fp: fp, instance: inst)
            ctx.pointee.framesTop = frames + 1
            fp = calleeFP
            pc = callee.pointee.code!
            inst = callee.pointee.instance!
            memBase = inst.pointee.memory.pointee.base
            memSize = inst.pointee.memory.pointee.byteCount
        case .select:
            let i = pc.pointee
            setSlot(fp, i.a, lo32(slot(fp, UInt32(truncatingIfNeeded: i.imm))) != 0 ? slot(fp, i.b) : slot(fp, i.c))
            pc += 1
        case .globalGet:
            setSlot(fp, pc.pointee.a, inst.pointee.globals[Int(pc.pointee.b)].pointee)
            pc += 1
        case .globalSet:
            inst.pointee.globals[Int(pc.pointee.a)].pointee = slot(fp, pc.pointee.b)
            pc += 1

        // MARK: fused compare-and-branch
        case .brI32Eq: pc = brI32(pc, fp) { $0 == $1 }
        case .brI32Ne: pc = brI32(pc, fp) { $0 != $1 }
        case .brI32LtS: pc = brI32(pc, fp) { Int32(bitPattern: $0) < Int32(bitPattern: $1) }
        case .brI32LtU: pc = brI32(pc, fp) { $0 < $1 }
        case .brI32GtS: pc = brI32(pc, fp) { Int32(bitPattern: $0) > Int32(bitPattern: $1) }
        case .brI32GtU: pc = brI32(pc, fp) { $0 > $1 }
        case .brI32LeS: pc = brI32(pc, fp) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) }
        case .brI32LeU: pc = brI32(pc, fp) { $0 <= $1 }
        case .brI32GeS: pc = brI32(pc, fp) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) }
        case .brI32GeU: pc = brI32(pc, fp) { $0 >= $1 }
        case .brI32EqImm: pc = brI32Imm(pc, fp) { $0 == $1 }
        case .brI32NeImm: pc = brI32Imm(pc, fp) { $0 != $1 }
        case .brI32LtSImm: pc = brI32Imm(pc, fp) { Int32(bitPattern: $0) < Int32(bitPattern: $1) }
        case .brI32LtUImm: pc = brI32Imm(pc, fp) { $0 < $1 }
        case .brI32GtSImm: pc = brI32Imm(pc, fp) { Int32(bitPattern: $0) > Int32(bitPattern: $1) }
        case .brI32GtUImm: pc = brI32Imm(pc, fp) { $0 > $1 }
        case .brI32LeSImm: pc = brI32Imm(pc, fp) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) }
        case .brI32LeUImm: pc = brI32Imm(pc, fp) { $0 <= $1 }
        case .brI32GeSImm: pc = brI32Imm(pc, fp) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) }
        case .brI32GeUImm: pc = brI32Imm(pc, fp) { $0 >= $1 }
        case .brI64Eq: pc = brI64(pc, fp) { $0 == $1 }
        case .brI64Ne: pc = brI64(pc, fp) { $0 != $1 }
        case .brI64LtS: pc = brI64(pc, fp) { Int64(bitPattern: $0) < Int64(bitPattern: $1) }
        case .brI64LtU: pc = brI64(pc, fp) { $0 < $1 }
        case .brI64GtS: pc = brI64(pc, fp) { Int64(bitPattern: $0) > Int64(bitPattern: $1) }
        case .brI64GtU: pc = brI64(pc, fp) { $0 > $1 }
        case .brI64LeS: pc = brI64(pc, fp) { Int64(bitPattern: $0) <= Int64(bitPattern: $1) }
        case .brI64LeU: pc = brI64(pc, fp) { $0 <= $1 }
        case .brI64GeS: pc = brI64(pc, fp) { Int64(bitPattern: $0) >= Int64(bitPattern: $1) }
        case .brI64GeU: pc = brI64(pc, fp) { $0 >= $1 }

        // MARK: i32 arithmetic
        case .i32Add: binI32(pc, fp) { $0 &+ $1 }; pc += 1
        case .i32Sub: binI32(pc, fp) { $0 &- $1 }; pc += 1
        case .i32Mul: binI32(pc, fp) { $0 &* $1 }; pc += 1
        case .i32And: binI32(pc, fp) { $0 & $1 }; pc += 1
        case .i32Or: binI32(pc, fp) { $0 | $1 }; pc += 1
        case .i32Xor: binI32(pc, fp) { $0 ^ $1 }; pc += 1
        case .i32Shl: binI32(pc, fp) { $0 &<< $1 }; pc += 1
        case .i32ShrS: binI32(pc, fp) { UInt32(bitPattern: Int32(bitPattern: $0) &>> Int32(bitPattern: $1)) }; pc += 1
        case .i32ShrU: binI32(pc, fp) { $0 &>> $1 }; pc += 1
        case .i32Rotl: binI32(pc, fp) { rotl32($0, $1) }; pc += 1
        case .i32Rotr: binI32(pc, fp) { rotr32($0, $1) }; pc += 1
        case .i32AddImm: binI32Imm(pc, fp) { $0 &+ $1 }; pc += 1
        case .i32SubImm: binI32Imm(pc, fp) { $0 &- $1 }; pc += 1
        case .i32MulImm: binI32Imm(pc, fp) { $0 &* $1 }; pc += 1
        case .i32AndImm: binI32Imm(pc, fp) { $0 & $1 }; pc += 1
        case .i32OrImm: binI32Imm(pc, fp) { $0 | $1 }; pc += 1
        case .i32XorImm: binI32Imm(pc, fp) { $0 ^ $1 }; pc += 1
        case .i32ShlImm: binI32Imm(pc, fp) { $0 &<< $1 }; pc += 1
        case .i32ShrSImm: binI32Imm(pc, fp) { UInt32(bitPattern: Int32(bitPattern: $0) &>> Int32(bitPattern: $1)) }; pc += 1
        case .i32ShrUImm: binI32Imm(pc, fp) { $0 &>> $1 }; pc += 1
        case .i32RotlImm: binI32Imm(pc, fp) { rotl32($0, $1) }; pc += 1
        case .i32RotrImm: binI32Imm(pc, fp) { rotr32($0, $1) }; pc += 1
        case .i32DivS, .i32DivSImm, .i32DivU, .i32DivUImm, .i32RemS, .i32RemSImm, .i32RemU, .i32RemUImm:
            let trap = divideI32(pc, fp)
            if trap != .none {
                ctx.pointee.recordTrap(pc, fp, inst)
                return trap
            }
            pc += 1

        // MARK: i64 arithmetic
        case .i64Add: binI64(pc, fp) { $0 &+ $1 }; pc += 1
        case .i64Sub: binI64(pc, fp) { $0 &- $1 }; pc += 1
        case .i64Mul: binI64(pc, fp) { $0 &* $1 }; pc += 1
        case .i64And: binI64(pc, fp) { $0 & $1 }; pc += 1
        case .i64Or: binI64(pc, fp) { $0 | $1 }; pc += 1
        case .i64Xor: binI64(pc, fp) { $0 ^ $1 }; pc += 1
        case .i64Shl: binI64(pc, fp) { $0 &<< $1 }; pc += 1
        case .i64ShrS: binI64(pc, fp) { UInt64(bitPattern: Int64(bitPattern: $0) &>> Int64(bitPattern: $1)) }; pc += 1
        case .i64ShrU: binI64(pc, fp) { $0 &>> $1 }; pc += 1
        case .i64Rotl: binI64(pc, fp) { rotl64($0, $1) }; pc += 1
        case .i64Rotr: binI64(pc, fp) { rotr64($0, $1) }; pc += 1
        case .i64AddImm: binI64Imm(pc, fp) { $0 &+ $1 }; pc += 1
        case .i64SubImm: binI64Imm(pc, fp) { $0 &- $1 }; pc += 1
        case .i64MulImm: binI64Imm(pc, fp) { $0 &* $1 }; pc += 1
        case .i64AndImm: binI64Imm(pc, fp) { $0 & $1 }; pc += 1
        case .i64OrImm: binI64Imm(pc, fp) { $0 | $1 }; pc += 1
        case .i64XorImm: binI64Imm(pc, fp) { $0 ^ $1 }; pc += 1
        case .i64ShlImm: binI64Imm(pc, fp) { $0 &<< $1 }; pc += 1
        case .i64ShrSImm: binI64Imm(pc, fp) { UInt64(bitPattern: Int64(bitPattern: $0) &>> Int64(bitPattern: $1)) }; pc += 1
        case .i64ShrUImm: binI64Imm(pc, fp) { $0 &>> $1 }; pc += 1
        case .i64RotlImm: binI64Imm(pc, fp) { rotl64($0, $1) }; pc += 1
        case .i64RotrImm: binI64Imm(pc, fp) { rotr64($0, $1) }; pc += 1
        case .i64DivS, .i64DivSImm, .i64DivU, .i64DivUImm, .i64RemS, .i64RemSImm, .i64RemU, .i64RemUImm:
            let trap = divideI64(pc, fp)
            if trap != .none {
                ctx.pointee.recordTrap(pc, fp, inst)
                return trap
            }
            pc += 1

        // MARK: comparisons
        case .i32Eqz: unary(pc, fp) { bits(lo32($0) == 0) }; pc += 1
        case .i32Eq: cmpI32(pc, fp) { $0 == $1 }; pc += 1
        case .i32Ne: cmpI32(pc, fp) { $0 != $1 }; pc += 1
        case .i32LtS: cmpI32(pc, fp) { Int32(bitPattern: $0) < Int32(bitPattern: $1) }; pc += 1
        case .i32LtU: cmpI32(pc, fp) { $0 < $1 }; pc += 1
        case .i32GtS: cmpI32(pc, fp) { Int32(bitPattern: $0) > Int32(bitPattern: $1) }; pc += 1
        case .i32GtU: cmpI32(pc, fp) { $0 > $1 }; pc += 1
        case .i32LeS: cmpI32(pc, fp) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) }; pc += 1
        case .i32LeU: cmpI32(pc, fp) { $0 <= $1 }; pc += 1
        case .i32GeS: cmpI32(pc, fp) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) }; pc += 1
        case .i32GeU: cmpI32(pc, fp) { $0 >= $1 }; pc += 1
        case .i32EqImm: cmpI32Imm(pc, fp) { $0 == $1 }; pc += 1
        case .i32NeImm: cmpI32Imm(pc, fp) { $0 != $1 }; pc += 1
        case .i32LtSImm: cmpI32Imm(pc, fp) { Int32(bitPattern: $0) < Int32(bitPattern: $1) }; pc += 1
        case .i32LtUImm: cmpI32Imm(pc, fp) { $0 < $1 }; pc += 1
        case .i32GtSImm: cmpI32Imm(pc, fp) { Int32(bitPattern: $0) > Int32(bitPattern: $1) }; pc += 1
        case .i32GtUImm: cmpI32Imm(pc, fp) { $0 > $1 }; pc += 1
        case .i32LeSImm: cmpI32Imm(pc, fp) { Int32(bitPattern: $0) <= Int32(bitPattern: $1) }; pc += 1
        case .i32LeUImm: cmpI32Imm(pc, fp) { $0 <= $1 }; pc += 1
        case .i32GeSImm: cmpI32Imm(pc, fp) { Int32(bitPattern: $0) >= Int32(bitPattern: $1) }; pc += 1
        case .i32GeUImm: cmpI32Imm(pc, fp) { $0 >= $1 }; pc += 1
        case .i64Eqz: unary(pc, fp) { bits($0 == 0) }; pc += 1
        case .i64Eq: cmpI64(pc, fp) { $0 == $1 }; pc += 1
        case .i64Ne: cmpI64(pc, fp) { $0 != $1 }; pc += 1
        case .i64LtS: cmpI64(pc, fp) { Int64(bitPattern: $0) < Int64(bitPattern: $1) }; pc += 1
        case .i64LtU: cmpI64(pc, fp) { $0 < $1 }; pc += 1
        case .i64GtS: cmpI64(pc, fp) { Int64(bitPattern: $0) > Int64(bitPattern: $1) }; pc += 1
        case .i64GtU: cmpI64(pc, fp) { $0 > $1 }; pc += 1
        case .i64LeS: cmpI64(pc, fp) { Int64(bitPattern: $0) <= Int64(bitPattern: $1) }; pc += 1
        case .i64LeU: cmpI64(pc, fp) { $0 <= $1 }; pc += 1
        case .i64GeS: cmpI64(pc, fp) { Int64(bitPattern: $0) >= Int64(bitPattern: $1) }; pc += 1
        case .i64GeU: cmpI64(pc, fp) { $0 >= $1 }; pc += 1
        case .f32Eq: cmpF32(pc, fp) { $0 == $1 }; pc += 1
        case .f32Ne: cmpF32(pc, fp) { $0 != $1 }; pc += 1
        case .f32Lt: cmpF32(pc, fp) { $0 < $1 }; pc += 1
        case .f32Gt: cmpF32(pc, fp) { $0 > $1 }; pc += 1
        case .f32Le: cmpF32(pc, fp) { $0 <= $1 }; pc += 1
        case .f32Ge: cmpF32(pc, fp) { $0 >= $1 }; pc += 1
        case .f64Eq: cmpF64(pc, fp) { $0 == $1 }; pc += 1
        case .f64Ne: cmpF64(pc, fp) { $0 != $1 }; pc += 1
        case .f64Lt: cmpF64(pc, fp) { $0 < $1 }; pc += 1
        case .f64Gt: cmpF64(pc, fp) { $0 > $1 }; pc += 1
        case .f64Le: cmpF64(pc, fp) { $0 <= $1 }; pc += 1
        case .f64Ge: cmpF64(pc, fp) { $0 >= $1 }; pc += 1

        // MARK: unary
        case .i32Clz: unary(pc, fp) { UInt64(lo32($0).leadingZeroBitCount) }; pc += 1
        case .i32Ctz: unary(pc, fp) { UInt64(lo32($0).trailingZeroBitCount) }; pc += 1
        case .i32Popcnt: unary(pc, fp) { UInt64(lo32($0).nonzeroBitCount) }; pc += 1
        case .i64Clz: unary(pc, fp) { UInt64($0.leadingZeroBitCount) }; pc += 1
        case .i64Ctz: unary(pc, fp) { UInt64($0.trailingZeroBitCount) }; pc += 1
        case .i64Popcnt: unary(pc, fp) { UInt64($0.nonzeroBitCount) }; pc += 1
        case .i32Extend8S: unary(pc, fp) { bits(Int32(Int8(truncatingIfNeeded: $0))) }; pc += 1
        case .i32Extend16S: unary(pc, fp) { bits(Int32(Int16(truncatingIfNeeded: $0))) }; pc += 1
        case .i64Extend8S: unary(pc, fp) { UInt64(bitPattern: Int64(Int8(truncatingIfNeeded: $0))) }; pc += 1
        case .i64Extend16S: unary(pc, fp) { UInt64(bitPattern: Int64(Int16(truncatingIfNeeded: $0))) }; pc += 1
        case .i64Extend32S: unary(pc, fp) { UInt64(bitPattern: Int64(Int32(truncatingIfNeeded: $0))) }; pc += 1
        case .f32Abs: unary(pc, fp) { $0 & 0x7FFF_FFFF }; pc += 1
        case .f32Neg: unary(pc, fp) { ($0 ^ 0x8000_0000) & 0xFFFF_FFFF }; pc += 1
        case .f32Ceil: unary(pc, fp) { bits(f32($0).rounded(.up)) }; pc += 1
        case .f32Floor: unary(pc, fp) { bits(f32($0).rounded(.down)) }; pc += 1
        case .f32Trunc: unary(pc, fp) { bits(f32($0).rounded(.towardZero)) }; pc += 1
        case .f32Nearest: unary(pc, fp) { bits(f32($0).rounded(.toNearestOrEven)) }; pc += 1
        case .f32Sqrt: unary(pc, fp) { bits(f32($0).squareRoot()) }; pc += 1
        case .f64Abs: unary(pc, fp) { $0 & 0x7FFF_FFFF_FFFF_FFFF }; pc += 1
        case .f64Neg: unary(pc, fp) { $0 ^ 0x8000_0000_0000_0000 }; pc += 1
        case .f64Ceil: unary(pc, fp) { bits(f64($0).rounded(.up)) }; pc += 1
        case .f64Floor: unary(pc, fp) { bits(f64($0).rounded(.down)) }; pc += 1
        case .f64Trunc: unary(pc, fp) { bits(f64($0).rounded(.towardZero)) }; pc += 1
        case .f64Nearest: unary(pc, fp) { bits(f64($0).rounded(.toNearestOrEven)) }; pc += 1
        case .f64Sqrt: unary(pc, fp) { bits(f64($0).squareRoot()) }; pc += 1

        // MARK: float binary
        case .f32Add: binF32(pc, fp) { $0 + $1 }; pc += 1
        case .f32Sub: binF32(pc, fp) { $0 - $1 }; pc += 1
        case .f32Mul: binF32(pc, fp) { $0 * $1 }; pc += 1
        case .f32Div: binF32(pc, fp) { $0 / $1 }; pc += 1
        case .f32Min: binF32(pc, fp) { wasmMin($0, $1) }; pc += 1
        case .f32Max: binF32(pc, fp) { wasmMax($0, $1) }; pc += 1
        case .f32Copysign:
            let i = pc.pointee
            setSlot(fp, i.a, (slot(fp, i.b) & 0x7FFF_FFFF) | (slot(fp, i.c) & 0x8000_0000))
            pc += 1
        case .f64Add: binF64(pc, fp) { $0 + $1 }; pc += 1
        case .f64Sub: binF64(pc, fp) { $0 - $1 }; pc += 1
        case .f64Mul: binF64(pc, fp) { $0 * $1 }; pc += 1
        case .f64Div: binF64(pc, fp) { $0 / $1 }; pc += 1
        case .f64Min: binF64(pc, fp) { wasmMin($0, $1) }; pc += 1
        case .f64Max: binF64(pc, fp) { wasmMax($0, $1) }; pc += 1
        case .f64Copysign:
            let i = pc.pointee
            setSlot(fp, i.a, (slot(fp, i.b) & 0x7FFF_FFFF_FFFF_FFFF) | (slot(fp, i.c) & 0x8000_0000_0000_0000))
            pc += 1

        // MARK: conversions
        case .i32WrapI64: unary(pc, fp) { $0 & 0xFFFF_FFFF }; pc += 1
        case .i64ExtendI32S: unary(pc, fp) { UInt64(bitPattern: Int64(s32($0))) }; pc += 1
        case .i64ExtendI32U: unary(pc, fp) { $0 & 0xFFFF_FFFF }; pc += 1
        case .i32TruncF32S, .i32TruncF32U, .i32TruncF64S, .i32TruncF64U,
            .i64TruncF32S, .i64TruncF32U, .i64TruncF64S, .i64TruncF64U:
            let trap = truncateFloat(pc, fp)
            if trap != .none {
                ctx.pointee.recordTrap(pc, fp, inst)
                return trap
            }
            pc += 1
        case .i32TruncSatF32S: unary(pc, fp) { bits(saturate(f32($0), to: Int32.self)) }; pc += 1
        case .i32TruncSatF32U: unary(pc, fp) { bits(saturate(f32($0), to: UInt32.self)) }; pc += 1
        case .i32TruncSatF64S: unary(pc, fp) { bits(saturate(f64($0), to: Int32.self)) }; pc += 1
        case .i32TruncSatF64U: unary(pc, fp) { bits(saturate(f64($0), to: UInt32.self)) }; pc += 1
        case .i64TruncSatF32S: unary(pc, fp) { UInt64(bitPattern: saturate(f32($0), to: Int64.self)) }; pc += 1
        case .i64TruncSatF32U: unary(pc, fp) { saturate(f32($0), to: UInt64.self) }; pc += 1
        case .i64TruncSatF64S: unary(pc, fp) { UInt64(bitPattern: saturate(f64($0), to: Int64.self)) }; pc += 1
        case .i64TruncSatF64U: unary(pc, fp) { saturate(f64($0), to: UInt64.self) }; pc += 1
        case .f32ConvertI32S: unary(pc, fp) { bits(Float(s32($0))) }; pc += 1
        case .f32ConvertI32U: unary(pc, fp) { bits(Float(lo32($0))) }; pc += 1
        case .f32ConvertI64S: unary(pc, fp) { bits(Float(Int64(bitPattern: $0))) }; pc += 1
        case .f32ConvertI64U: unary(pc, fp) { bits(Float($0)) }; pc += 1
        case .f32DemoteF64: unary(pc, fp) { bits(Float(f64($0))) }; pc += 1
        case .f64ConvertI32S: unary(pc, fp) { bits(Double(s32($0))) }; pc += 1
        case .f64ConvertI32U: unary(pc, fp) { bits(Double(lo32($0))) }; pc += 1
        case .f64ConvertI64S: unary(pc, fp) { bits(Double(Int64(bitPattern: $0))) }; pc += 1
        case .f64ConvertI64U: unary(pc, fp) { bits(Double($0)) }; pc += 1
        case .f64PromoteF32: unary(pc, fp) { bits(Double(f32($0))) }; pc += 1

        // MARK: memory
        case .load32:
            guard let ea = loadAddress(pc, fp, memSize, 4) else { ctx.pointee.recordTrap(pc, fp, inst); return .memoryOutOfBounds }
            setSlot(fp, pc.pointee.a, UInt64(memBase.loadUnaligned(fromByteOffset: ea, as: UInt32.self)))
            pc += 1
        case .load64:
            guard let ea = loadAddress(pc, fp, memSize, 8) else { ctx.pointee.recordTrap(pc, fp, inst); return .memoryOutOfBounds }
            setSlot(fp, pc.pointee.a, memBase.loadUnaligned(fromByteOffset: ea, as: UInt64.self))
            pc += 1
        case .load8S32:
            guard let ea = loadAddress(pc, fp, memSize, 1) else { ctx.pointee.recordTrap(pc, fp, inst); return .memoryOutOfBounds }
            setSlot(fp, pc.pointee.a, bits(Int32(memBase.loadUnaligned(fromByteOffset: ea, as: Int8.self))))
            pc += 1
        case .load8U32, .load8U64:
            guard let ea = loadAddress(pc, fp, memSize, 1) else { ctx.pointee.recordTrap(pc, fp, inst); return .memoryOutOfBounds }
            setSlot(fp, pc.pointee.a, UInt64(memBase.loadUnaligned(fromByteOffset: ea, as: UInt8.self)))
            pc += 1
        case .load16S32:
            guard let ea = loadAddress(pc, fp, memSize, 2) else { ctx.pointee.recordTrap(pc, fp, inst); return .memoryOutOfBounds }
            setSlot(fp, pc.pointee.a, bits(Int32(memBase.loadUnaligned(fromByteOffset: ea, as: Int16.self))))
            pc += 1
        case .load16U32, .load16U64:
            guard let ea = loadAddress(pc, fp, memSize, 2) else { ctx.pointee.recordTrap(pc, fp, inst); return .memoryOutOfBounds }
            setSlot(fp, pc.pointee.a, UInt64(memBase.loadUnaligned(fromByteOffset: ea, as: UInt16.self)))
            pc += 1
        case .load8S64:
            guard let ea = loadAddress(pc, fp, memSize, 1) else { ctx.pointee.recordTrap(pc, fp, inst); return .memoryOutOfBounds }
            setSlot(fp, pc.pointee.a, UInt64(bitPattern: Int64(memBase.loadUnaligned(fromByteOffset: ea, as: Int8.self))))
            pc += 1
        case .load16S64:
            guard let ea = loadAddress(pc, fp, memSize, 2) else { ctx.pointee.recordTrap(pc, fp, inst); return .memoryOutOfBounds }
            setSlot(fp, pc.pointee.a, UInt64(bitPattern: Int64(memBase.loadUnaligned(fromByteOffset: ea, as: Int16.self))))
            pc += 1
        case .load32S64:
            guard let ea = loadAddress(pc, fp, memSize, 4) else { ctx.pointee.recordTrap(pc, fp, inst); return .memoryOutOfBounds }
            setSlot(fp, pc.pointee.a, UInt64(bitPattern: Int64(memBase.loadUnaligned(fromByteOffset: ea, as: Int32.self))))
            pc += 1
        case .load32U64:
            guard let ea = loadAddress(pc, fp, memSize, 4) else { ctx.pointee.recordTrap(pc, fp, inst); return .memoryOutOfBounds }
            setSlot(fp, pc.pointee.a, UInt64(memBase.loadUnaligned(fromByteOffset: ea, as: UInt32.self)))
            pc += 1
        case .store8:
            guard let ea = storeAddress(pc, fp, memSize, 1) else { ctx.pointee.recordTrap(pc, fp, inst); return .memoryOutOfBounds }
            memBase.storeBytes(of: UInt8(truncatingIfNeeded: slot(fp, pc.pointee.b)), toByteOffset: ea, as: UInt8.self)
            pc += 1
        case .store16:
            guard let ea = storeAddress(pc, fp, memSize, 2) else { ctx.pointee.recordTrap(pc, fp, inst); return .memoryOutOfBounds }
            memBase.storeBytes(of: UInt16(truncatingIfNeeded: slot(fp, pc.pointee.b)), toByteOffset: ea, as: UInt16.self)
            pc += 1
        case .store32:
            guard let ea = storeAddress(pc, fp, memSize, 4) else { ctx.pointee.recordTrap(pc, fp, inst); return .memoryOutOfBounds }
            memBase.storeBytes(of: UInt32(truncatingIfNeeded: slot(fp, pc.pointee.b)), toByteOffset: ea, as: UInt32.self)
            pc += 1
        case .store64:
            guard let ea = storeAddress(pc, fp, memSize, 8) else { ctx.pointee.recordTrap(pc, fp, inst); return .memoryOutOfBounds }
            memBase.storeBytes(of: slot(fp, pc.pointee.b), toByteOffset: ea, as: UInt64.self)
            pc += 1
        case .store8Imm:
            guard let ea = storeAddress(pc, fp, memSize, 1) else { ctx.pointee.recordTrap(pc, fp, inst); return .memoryOutOfBounds }
            memBase.storeBytes(of: UInt8(truncatingIfNeeded: pc.pointee.c), toByteOffset: ea, as: UInt8.self)
            pc += 1
        case .store16Imm:
            guard let ea = storeAddress(pc, fp, memSize, 2) else { ctx.pointee.recordTrap(pc, fp, inst); return .memoryOutOfBounds }
            memBase.storeBytes(of: UInt16(truncatingIfNeeded: pc.pointee.c), toByteOffset: ea, as: UInt16.self)
            pc += 1
        case .store32Imm:
            guard let ea = storeAddress(pc, fp, memSize, 4) else { ctx.pointee.recordTrap(pc, fp, inst); return .memoryOutOfBounds }
            memBase.storeBytes(of: pc.pointee.c, toByteOffset: ea, as: UInt32.self)
            pc += 1
        case .memorySize:
            setSlot(fp, pc.pointee.a, memSize / 65536)
            pc += 1
        case .memoryGrow, .memoryFill, .memoryCopy, .memoryInit, .dataDrop,
            .tableGet, .tableSet, .tableSize, .tableGrow, .tableFill, .tableCopy, .tableInit, .elemDrop:
            let trap = executeBulkOrTable(pc, fp, inst, ctx)
            if trap != .none {
                ctx.pointee.recordTrap(pc, fp, inst)
                return trap
            }
            memBase = inst.pointee.memory.pointee.base
            memSize = inst.pointee.memory.pointee.byteCount
            pc += 1
        case .refFunc:
            setSlot(fp, pc.pointee.a, UInt64(UInt(bitPattern: inst.pointee.funcs[Int(pc.pointee.b)])))
            pc += 1
        case .refIsNull:
            setSlot(fp, pc.pointee.a, bits(slot(fp, pc.pointee.b) == 0))
            pc += 1
        }
    }
}
