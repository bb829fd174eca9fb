/// `local.set` and `local.tee`: the value goes straight into the local when the instruction that
/// computed it can write there.
extension FunctionTranslator {
    mutating func visitLocalSetInstr(_ index: UInt32, tee: Bool) throws(WasmError) {
        let type = try localType(index)
        let value = try pop(type)
        let position = stack.count
        let producer = retargetable
        let bit: UInt64 = index < 64 ? 1 << UInt64(index) : 0
        if case .const(0) = value.operand, knownZeroLocals & bit != 0, isReachable {
            // Why: the local still holds the zero it started with on every way here (a declared
            // local's first value is 0): nothing changes, nothing to emit.
            if tee { push(type, .local(index)) }
            return
        }
        knownZeroLocals &= ~bit
        let copied = preserve(local: index)
        if !copied, value.operand == .temp, producer >= 0, producer == code.count - 1,
            code[producer].a == tempSlot(position)
        {
            // Why: the instruction that computed the value can write the local directly.
            code[producer].a = index
            retargetable = -1
        } else if case .const(let constant) = value.operand, let last = fusableLast, last.op == .const, last.a == index {
            // Why: the constant just stored in the local is overwritten before anything can read
            // it (e.g. a declared local's zeroing, then its first value); one instruction less.
            code[code.count - 1].imm = constant
        } else if value.operand != .local(index) {
            move(value, from: position, to: index)
        }
        if tee { push(type, .local(index)) }
    }
}
