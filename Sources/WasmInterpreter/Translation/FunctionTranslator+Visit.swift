import WasmParser

/// The instruction switch: one case per Wasm instruction, delegating to the family helpers
/// (`FunctionTranslator+Control`, `+Numeric`, `+Memory`, `+Locals`, `+Bulk`); `select` is here.
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
}
