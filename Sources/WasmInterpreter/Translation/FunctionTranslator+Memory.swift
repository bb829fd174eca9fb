import WasmParser

/// Loads and stores, with their indexed forms (an address computed as `base + constant` folded
/// into the instruction).
extension FunctionTranslator {
    mutating func visitLoadInstr(_ load: WasmParser.Instruction.Load, _ memarg: MemArg) throws(WasmError) {
        try requireMemory(memarg.memory)
        let (op, type, width): (Opcode, ValueType, Int)
        switch load {
        case .i32Load: (op, type, width) = (.load32, .i32, 2)
        case .i64Load: (op, type, width) = (.load64, .i64, 3)
        case .f32Load: (op, type, width) = (.load32, .f32, 2)
        case .f64Load: (op, type, width) = (.loadF64, .f64, 3)
        case .i32Load8S: (op, type, width) = (.load8S32, .i32, 0)
        case .i32Load8U: (op, type, width) = (.load8U32, .i32, 0)
        case .i32Load16S: (op, type, width) = (.load16S32, .i32, 1)
        case .i32Load16U: (op, type, width) = (.load16U32, .i32, 1)
        case .i64Load8S: (op, type, width) = (.load8S64, .i64, 0)
        case .i64Load8U: (op, type, width) = (.load8U64, .i64, 0)
        case .i64Load16S: (op, type, width) = (.load16S64, .i64, 1)
        case .i64Load16U: (op, type, width) = (.load16U64, .i64, 1)
        case .i64Load32S: (op, type, width) = (.load32S64, .i64, 2)
        case .i64Load32U: (op, type, width) = (.load32U64, .i64, 2)
        default: throw invalid("unsupported instruction \(load)")
        }
        guard memarg.align < 32 else { throw WasmError(.malformed, "malformed memop flags") }
        guard memarg.align <= width else { throw invalid("alignment must not be larger than natural") }
        guard memarg.offset <= UInt64(UInt32.max) else { throw invalid("offset out of range") }
        // An address computed as `base + k` by the last instruction: one instruction (`*Indexed`)
        // that adds k with 32-bit wrap-around, then the offset, as Wasm does.
        if let last = fusableLast, last.op == .i32AddImm, retargetable == code.count - 1,
            let entry = stack.last, entry.operand == .temp, last.a == tempSlot(stack.count - 1),
            let indexed = Self.indexedLoad(for: op)
        {
            _ = try pop(.i32)
            removeLastInstruction()
            emitResult(Instr(indexed, a: pushResult(type), b: last.b, c: UInt32(truncatingIfNeeded: last.imm), imm: memarg.offset))
            return
        }
        let address = try popSlot(.i32)
        emitResult(Instr(op, a: pushResult(type), b: address, imm: memarg.offset))
    }

    /// The `*Indexed` form of a store (address `fp[a] + c`, value `fp[b]`, then the offset `d`).
    static func indexedStore(for store: Opcode) -> Opcode? {
        switch store {
        case .store8: .store8Indexed
        case .store16: .store16Indexed
        case .store32: .store32Indexed
        case .store64: .store64Indexed
        default: nil
        }
    }

    /// The `*ImmIndexed` form of a store of a constant (address `fp[a] + b`, value `c`), if any.
    static func indexedStoreImmediate(for store: Opcode) -> Opcode? {
        switch store {
        case .store8: .store8ImmIndexed
        case .store16: .store16ImmIndexed
        case .store32: .store32ImmIndexed
        default: nil
        }
    }

    /// The `*Indexed` form of a load (address `fp[b] + c`, then the offset `d`), if there is one.
    static func indexedLoad(for load: Opcode) -> Opcode? {
        switch load {
        case .load32: .load32Indexed
        case .load64: .load64Indexed
        case .loadF64: .loadF64Indexed
        case .load8S32: .load8S32Indexed
        case .load8U32: .load8U32Indexed
        case .load16S32: .load16S32Indexed
        case .load16U32: .load16U32Indexed
        default: nil
        }
    }

    mutating func visitStoreInstr(_ store: WasmParser.Instruction.Store, _ memarg: MemArg) throws(WasmError) {
        try requireMemory(memarg.memory)
        let (op, type, width): (Opcode, ValueType, Int)
        switch store {
        case .i32Store: (op, type, width) = (.store32, .i32, 2)
        case .i64Store: (op, type, width) = (.store64, .i64, 3)
        case .f32Store: (op, type, width) = (.store32, .f32, 2)
        case .f64Store: (op, type, width) = (.store64, .f64, 3)
        case .i32Store8: (op, type, width) = (.store8, .i32, 0)
        case .i32Store16: (op, type, width) = (.store16, .i32, 1)
        case .i64Store8: (op, type, width) = (.store8, .i64, 0)
        case .i64Store16: (op, type, width) = (.store16, .i64, 1)
        case .i64Store32: (op, type, width) = (.store32, .i64, 2)
        default: throw invalid("unsupported instruction \(store)")
        }
        guard memarg.align < 32 else { throw WasmError(.malformed, "malformed memop flags") }
        guard memarg.align <= width else { throw invalid("alignment must not be larger than natural") }
        guard memarg.offset <= UInt64(UInt32.max) else { throw invalid("offset out of range") }
        let value = try pop(type)
        // An address computed as `base + k` by the last instruction (the value needed no code):
        // one instruction (`*Indexed`), adding k with 32-bit wrap-around as Wasm does.
        if let last = fusableLast, last.op == .i32AddImm, let entry = stack.last, entry.operand == .temp,
            last.a == tempSlot(stack.count - 1), value.operand != .temp, let indexed = Self.indexedStore(for: op)
        {
            _ = try pop(.i32)
            removeLastInstruction()
            let k = UInt32(truncatingIfNeeded: last.imm)
            if case .const(let bits) = value.operand, let immOp = Self.indexedStoreImmediate(for: op) {
                emit(Instr(immOp, a: last.b, b: k, c: UInt32(truncatingIfNeeded: bits), imm: memarg.offset))
                return
            }
            let valueSlot = slot(of: value, at: stack.count + 1)
            emit(Instr(indexed, a: last.b, b: valueSlot, c: k, imm: memarg.offset))
            return
        }
        let address = try popSlot(.i32)
        // Constants that fit the 32-bit operand become store-immediate forms.
        if case .const(let bits) = value.operand {
            let immOp: Opcode? =
                switch op {
                case .store8: .store8Imm
                case .store16: .store16Imm
                case .store32: .store32Imm
                default: nil
                }
            if let immOp {
                emit(Instr(immOp, a: address, c: UInt32(truncatingIfNeeded: bits), imm: memarg.offset))
                return
            }
        }
        let valueSlot = slot(of: value, at: stack.count + 1)
        emit(Instr(op, a: address, b: valueSlot, imm: memarg.offset))
    }
}
