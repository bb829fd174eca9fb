import WasmParser

/// The instruction switch: one case per Wasm instruction, delegating to the family helpers.
extension FunctionTranslator {
    mutating func visit(_ instruction: WasmParser.Instruction) throws(WasmError) {
        guard !controls.isEmpty else { throw invalid("operators remaining after end of function") }
        switch instruction {
        case .unreachable:
            emit(Instr(.unreachable))
            markUnreachable()
        case .nop: break
        case .block(let bt): try enterBlock(.block, bt)
        case .loop(let bt): try enterBlock(.loop, bt)
        case .if(let bt):
            let condition = try popCondition()
            try enterBlock(.ifThen, bt, condition: condition)
        case .else: try visitElseInstr()
        case .end: try visitEndInstr()
        case .br(let depth): try visitBrInstr(depth)
        case .brIf(let depth): try visitBrIfInstr(depth)
        case .brTable(let targets): try visitBrTableInstr(targets)
        case .return:
            try emitReturn()
            markUnreachable()
        case .call(let index):
            let type = try functionType(index)
            let base = try prepareCall(type)
            emit(Instr(.call, a: index, b: base))
            finishCall(type)
        case .callIndirect(let typeIndex, let tableIndex):
            let type = try typeAt(typeIndex)
            guard try table(tableIndex).element == .funcRef else { throw invalid("type mismatch") }
            let indexSlot = try popSlot(.i32)
            let base = try prepareCall(type)
            emit(Instr(.callIndirect, a: typeIndex, b: base, c: indexSlot, imm: UInt64(tableIndex)))
            finishCall(type)
        case .drop:
            _ = try pop()
            retargetable = -1
        case .select: try visitSelectInstr(nil)
        case .typedSelect(let t): try visitSelectInstr(try ValueType(parsed: t))
        case .localGet(let index): push(try localType(index), .local(index))
        case .localSet(let index): try visitLocalSetInstr(index, tee: false)
        case .localTee(let index): try visitLocalSetInstr(index, tee: true)
        case .globalGet(let index):
            let type = try global(index)
            emitResult(Instr(.globalGet, a: pushResult(type.valueType), b: index))
        case .globalSet(let index):
            let type = try global(index)
            guard type.isMutable else { throw invalid("global is immutable") }
            let value = try popSlot(type.valueType)
            emit(Instr(.globalSet, a: index, b: value))
        case .load(let load, let memarg): try visitLoadInstr(load, memarg)
        case .store(let store, let memarg): try visitStoreInstr(store, memarg)
        case .memorySize(let memory):
            try requireMemory(memory)
            emitResult(Instr(.memorySize, a: pushResult(.i32)))
        case .memoryGrow(let memory):
            try requireMemory(memory)
            let delta = try popSlot(.i32)
            emit(Instr(.memoryGrow, a: pushResult(.i32), b: delta))
        case .i32Const(let v): push(.i32, .const(UInt64(UInt32(bitPattern: v))))
        case .i64Const(let v): push(.i64, .const(UInt64(bitPattern: v)))
        case .f32Const(let v): push(.f32, .const(UInt64(v.bitPattern)))
        case .f64Const(let v): push(.f64, .const(v.bitPattern))
        case .refNull(let heapType):
            switch heapType {
            case .abstract(.funcRef): push(.funcRef, .const(0))
            case .abstract(.externRef): push(.externRef, .const(0))
            default: throw invalid("unsupported reference type")
            }
        case .refIsNull:
            let entry = try pop()
            if let type = entry.type, !type.isReference { throw invalid("type mismatch") }
            let source = slot(of: entry, at: stack.count)
            emitResult(Instr(.refIsNull, a: pushResult(.i32), b: source))
        case .refFunc(let index):
            _ = try functionType(index)
            guard context.declaredFunctions.contains(index) else { throw invalid("undeclared function reference") }
            emitResult(Instr(.refFunc, a: pushResult(.funcRef), b: index))
        case .i32Eqz: try unaryInstr(.i32Eqz, .i32, .i32)
        case .i64Eqz: try unaryInstr(.i64Eqz, .i64, .i32)
        case .cmp(let cmp): try visitCompareInstr(cmp)
        case .unary(let op): try visitUnaryInstr(op)
        case .binary(let op): try visitBinaryInstr(op)
        case .conversion(let op): try visitConversionInstr(op)
        case .memoryInit(let dataIndex, let memory):
            try requireMemory(memory)
            try requireData(dataIndex)
            try bulkInstr(.memoryInit, [.i32, .i32, .i32], imm: UInt64(dataIndex))
        case .dataDrop(let dataIndex):
            try requireData(dataIndex)
            emit(Instr(.dataDrop, imm: UInt64(dataIndex)))
        case .memoryCopy(let dst, let src):
            try requireMemory(dst)
            try requireMemory(src)
            try bulkInstr(.memoryCopy, [.i32, .i32, .i32])
        case .memoryFill(let memory):
            try requireMemory(memory)
            try bulkInstr(.memoryFill, [.i32, .i32, .i32])
        case .tableInit(let elemIndex, let tableIndex):
            let table = try table(tableIndex)
            let elemType = try elementType(elemIndex)
            guard table.element == elemType else { throw invalid("type mismatch") }
            try consecutiveOperandsInstr(.tableInit, b: tableIndex, c: elemIndex)
        case .elemDrop(let elemIndex):
            _ = try elementType(elemIndex)
            emit(Instr(.elemDrop, imm: UInt64(elemIndex)))
        case .tableCopy(let dstTable, let srcTable):
            let dst = try table(dstTable)
            let src = try table(srcTable)
            guard dst.element == src.element else { throw invalid("type mismatch") }
            try consecutiveOperandsInstr(.tableCopy, b: dstTable, c: srcTable)
        case .tableFill(let tableIndex):
            let table = try table(tableIndex)
            try bulkInstr(.tableFill, [.i32, table.element, .i32], imm: UInt64(tableIndex))
        case .tableGet(let tableIndex):
            let table = try table(tableIndex)
            let index = try popSlot(.i32)
            emitResult(Instr(.tableGet, a: pushResult(table.element), b: index, imm: UInt64(tableIndex)))
        case .tableSet(let tableIndex):
            let table = try table(tableIndex)
            let value = try popSlot(table.element)
            let index = try popSlot(.i32)
            emit(Instr(.tableSet, a: index, b: value, imm: UInt64(tableIndex)))
        case .tableGrow(let tableIndex):
            let table = try table(tableIndex)
            let delta = try popSlot(.i32)
            let initial = try popSlot(table.element)
            emit(Instr(.tableGrow, a: pushResult(.i32), b: initial, c: delta, imm: UInt64(tableIndex)))
        case .tableSize(let tableIndex):
            _ = try table(tableIndex)
            emitResult(Instr(.tableSize, a: pushResult(.i32), imm: UInt64(tableIndex)))
        default:
            throw invalid("unsupported instruction \(instruction)")
        }
    }

    func requireData(_ index: UInt32) throws(WasmError) {
        guard let count = context.dataCount else { throw invalid("data count section required") }
        guard index < count else { throw invalid("unknown data segment \(index)") }
    }

    func elementType(_ index: UInt32) throws(WasmError) -> ValueType {
        guard Int(index) < context.elementTypes.count else { throw invalid("unknown elem segment \(index)") }
        return context.elementTypes[Int(index)]
    }

    /// Instructions with three operands (a, b, c) and no result.
    mutating func bulkInstr(_ op: Opcode, _ types: [ValueType], imm: UInt64 = 0) throws(WasmError) {
        let c = try popSlot(types[2])
        let b = try popSlot(types[1])
        let a = try popSlot(types[0])
        emit(Instr(op, a: a, b: b, c: c, imm: imm))
    }

    /// `op a, b, c` for `table.copy` / `table.init`, whose three i32 operands are passed as the
    /// consecutive slots `a ..< a + 3` (so that two indices fit beside them in one instruction).
    mutating func consecutiveOperandsInstr(_ op: Opcode, b: UInt32, c: UInt32) throws(WasmError) {
        let entries = try pop(types: [.i32, .i32, .i32])
        let first = stack.count
        for (k, entry) in entries.enumerated() { move(entry, from: first + k, to: tempSlot(first + k)) }
        emit(Instr(op, a: tempSlot(first), b: b, c: c))
    }

    mutating func visitSelectInstr(_ declared: ValueType?) throws(WasmError) {
        let condition = try popSlot(.i32)
        let second = try pop(declared)
        let first = try pop(declared)
        var type = declared
        if declared == nil {
            if let t = first.type, t.isReference { throw invalid("type mismatch") }
            if let t = second.type, t.isReference { throw invalid("type mismatch") }
            if let t1 = first.type, let t2 = second.type, t1 != t2 { throw invalid("type mismatch") }
            type = first.type ?? second.type
        }
        let position = stack.count
        let firstSlot = slot(of: first, at: position)
        let secondSlot = slot(of: second, at: position + 1)
        emitResult(Instr(.select, a: pushResult(type), b: firstSlot, c: secondSlot, imm: UInt64(condition)))
    }

    mutating func visitLocalSetInstr(_ index: UInt32, tee: Bool) throws(WasmError) {
        let type = try localType(index)
        let value = try pop(type)
        let position = stack.count
        let producer = retargetable
        let copied = preserve(local: index)
        if !copied, value.operand == .temp, producer >= 0, producer == code.count - 1,
            code[producer].a == tempSlot(position)
        {
            // Why: the instruction that computed the value can write the local directly.
            code[producer].a = index
            retargetable = -1
        } else if value.operand != .local(index) {
            move(value, from: position, to: index)
        }
        if tee { push(type, .local(index)) }
    }

    // MARK: memory

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
