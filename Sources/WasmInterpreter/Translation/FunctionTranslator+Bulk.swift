/// Bulk memory, table and segment instructions: their operands and the segments they name.
extension FunctionTranslator {
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
}
