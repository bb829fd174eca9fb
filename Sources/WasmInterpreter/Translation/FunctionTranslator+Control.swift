import WasmParser

/// Blocks, branches, calls and returns.
extension FunctionTranslator {
    /// A branch condition in "jump if true" form: `op` with operands `a`, `b`.
    struct Condition {
        var op: Opcode
        var a: UInt32
        var b: UInt32 = 0

        /// The condition that holds exactly when this one does not.
        var negated: Condition {
            let flipped: Opcode
            switch op {
            case .brIfNez: flipped = .brIfEqz
            case .brIfEqz: flipped = .brIfNez
            case .brI32Eq: flipped = .brI32Ne
            case .brI32Ne: flipped = .brI32Eq
            case .brI32LtS: flipped = .brI32GeS
            case .brI32GeS: flipped = .brI32LtS
            case .brI32LtU: flipped = .brI32GeU
            case .brI32GeU: flipped = .brI32LtU
            case .brI32GtS: flipped = .brI32LeS
            case .brI32LeS: flipped = .brI32GtS
            case .brI32GtU: flipped = .brI32LeU
            case .brI32LeU: flipped = .brI32GtU
            case .brI32EqImm: flipped = .brI32NeImm
            case .brI32NeImm: flipped = .brI32EqImm
            case .brI32LtSImm: flipped = .brI32GeSImm
            case .brI32GeSImm: flipped = .brI32LtSImm
            case .brI32LtUImm: flipped = .brI32GeUImm
            case .brI32GeUImm: flipped = .brI32LtUImm
            case .brI32GtSImm: flipped = .brI32LeSImm
            case .brI32LeSImm: flipped = .brI32GtSImm
            case .brI32GtUImm: flipped = .brI32LeUImm
            case .brI32LeUImm: flipped = .brI32GtUImm
            case .brI64Eq: flipped = .brI64Ne
            case .brI64Ne: flipped = .brI64Eq
            case .brI64LtS: flipped = .brI64GeS
            case .brI64GeS: flipped = .brI64LtS
            case .brI64LtU: flipped = .brI64GeU
            case .brI64GeU: flipped = .brI64LtU
            case .brI64GtS: flipped = .brI64LeS
            case .brI64LeS: flipped = .brI64GtS
            case .brI64GtU: flipped = .brI64LeU
            case .brI64LeU: flipped = .brI64GtU
            default: fatalError("not a branch condition: \(op)")
            }
            return Condition(op: flipped, a: a, b: b)
        }
    }

    /// The fused branch for an integer comparison opcode, if there is one.
    static func fusedBranch(for compare: Opcode) -> Opcode? {
        switch compare {
        case .i32Eq: .brI32Eq
        case .i32Ne: .brI32Ne
        case .i32LtS: .brI32LtS
        case .i32LtU: .brI32LtU
        case .i32GtS: .brI32GtS
        case .i32GtU: .brI32GtU
        case .i32LeS: .brI32LeS
        case .i32LeU: .brI32LeU
        case .i32GeS: .brI32GeS
        case .i32GeU: .brI32GeU
        case .i32EqImm: .brI32EqImm
        case .i32NeImm: .brI32NeImm
        case .i32LtSImm: .brI32LtSImm
        case .i32LtUImm: .brI32LtUImm
        case .i32GtSImm: .brI32GtSImm
        case .i32GtUImm: .brI32GtUImm
        case .i32LeSImm: .brI32LeSImm
        case .i32LeUImm: .brI32LeUImm
        case .i32GeSImm: .brI32GeSImm
        case .i32GeUImm: .brI32GeUImm
        case .i64Eq: .brI64Eq
        case .i64Ne: .brI64Ne
        case .i64LtS: .brI64LtS
        case .i64LtU: .brI64LtU
        case .i64GtS: .brI64GtS
        case .i64GtU: .brI64GtU
        case .i64LeS: .brI64LeS
        case .i64LeU: .brI64LeU
        case .i64GeS: .brI64GeS
        case .i64GeU: .brI64GeU
        default: nil
        }
    }

    /// The `x += c; branch if x op b` form of a conditional branch on `x`, if there is one.
    static func incrementingBranch(for branch: Opcode) -> Opcode? {
        switch branch {
        case .brIfNez: .incBrIfNez
        case .brIfEqz: .incBrIfEqz
        case .brI32Eq: .incBrI32Eq
        case .brI32Ne: .incBrI32Ne
        case .brI32LtS: .incBrI32LtS
        case .brI32LtU: .incBrI32LtU
        case .brI32GtS: .incBrI32GtS
        case .brI32GtU: .incBrI32GtU
        case .brI32LeS: .incBrI32LeS
        case .brI32LeU: .incBrI32LeU
        case .brI32GeS: .incBrI32GeS
        case .brI32GeU: .incBrI32GeU
        case .brI32EqImm: .incBrI32EqImm
        case .brI32NeImm: .incBrI32NeImm
        case .brI32LtSImm: .incBrI32LtSImm
        case .brI32LtUImm: .incBrI32LtUImm
        case .brI32GtSImm: .incBrI32GtSImm
        case .brI32GtUImm: .incBrI32GtUImm
        case .brI32LeSImm: .incBrI32LeSImm
        case .brI32LeUImm: .incBrI32LeUImm
        case .brI32GeSImm: .incBrI32GeSImm
        case .brI32GeUImm: .incBrI32GeUImm
        default: nil
        }
    }

    /// Pops an i32 condition. If the comparison that computed it was the last instruction, that
    /// instruction is removed and its operands become a fused compare-and-branch.
    mutating func popCondition() throws(WasmError) -> Condition {
        let entry = try pop(.i32)
        let position = stack.count
        if entry.operand == .temp, retargetable >= 0, retargetable == code.count - 1,
            code[retargetable].a == tempSlot(position)
        {
            let producer = code[retargetable]
            if producer.op == .i32Eqz {
                removeLastInstruction()
                retargetable = -1
                return Condition(op: .brIfEqz, a: producer.b)
            }
            if let fused = Self.fusedBranch(for: producer.op) {
                removeLastInstruction()
                retargetable = -1
                let isImm = producer.op.rawValue >= Opcode.i32EqImm.rawValue && producer.op.rawValue <= Opcode.i32GeUImm.rawValue
                return Condition(op: fused, a: producer.b, b: isImm ? UInt32(truncatingIfNeeded: producer.imm) : producer.c)
            }
        }
        return Condition(op: .brIfNez, a: slot(of: entry, at: position))
    }

    /// Emits a conditional branch; returns its index for patching.
    @discardableResult
    mutating func emitBranch(_ condition: Condition, to target: Int? = nil) -> Int {
        // A loop's `x += k` right before its test on x: one instruction (`incBr*`).
        var condition = condition
        if let last = fusableLast, last.op == .i32AddImm, last.a == last.b, last.a == condition.b,
            condition.op == .brI32Eq || condition.op == .brI32Ne
        {
            (condition.a, condition.b) = (condition.b, condition.a)  // x on the left
        }
        if let last = fusableLast, last.op == .i32AddImm, last.a == last.b, last.a == condition.a,
            let fused = Self.incrementingBranch(for: condition.op)
        {
            removeLastInstruction()
            let index = emit(Instr(fused, a: condition.a, b: condition.b, c: UInt32(truncatingIfNeeded: last.imm)))
            if let target { patch(index, to: target) }
            return index
        }
        let index = emit(Instr(condition.op, a: condition.a, b: condition.b))
        if let target { patch(index, to: target) }
        return index
    }

    // MARK: blocks

    mutating func enterBlock(_ kind: ControlFrame.Kind, _ blockType: BlockType, condition: Condition? = nil) throws(WasmError) {
        let (params, results) = try blockSignature(blockType)
        let entries = try pop(types: params)
        for entry in entries { push(entry.type, entry.operand) }
        let height = stack.count - params.count
        // Why: a deferred local below the block could be overwritten on one path only.
        materialize(localsEverywhereAndAllFrom: height)
        var frame = ControlFrame(kind: kind, params: params, results: results, height: height)
        if let condition { frame.elseFixup = emitBranch(condition.negated) }
        frame.loopStart = code.count
        lastLabel = max(lastLabel, code.count)
        // A loop's start is a branch target: its back edges come after writes.
        if kind == .loop { knownZeroLocals = 0 }
        retargetable = -1
        controls.append(frame)
        if kind != .block { startFuelBlock() }
    }

    /// Checks that exactly `types` are above `frame.height` and moves them into their own slots.
    mutating func settleResults(_ types: [ValueType]) throws(WasmError) {
        let height = controls[controls.count - 1].height
        let entries = try pop(types: types)
        guard stack.count == height else { throw invalid("type mismatch") }
        for (k, entry) in entries.enumerated() { move(entry, from: height + k, to: tempSlot(height + k)) }
    }

    mutating func visitElseInstr() throws(WasmError) {
        // Read in place: a copy of the frame retains its arrays.
        let top = controls.count - 1
        guard top >= 0, controls[top].kind == .ifThen else { throw invalid("else without if") }
        try settleResults(controls[top].results)
        addEndFixup(emit(Instr(.br)), frame: top)
        if let fixup = controls[top].elseFixup { patch(fixup, to: code.count) }
        controls[top].elseFixup = nil
        controls[top].kind = .ifElse
        controls[top].unreachable = false
        for type in controls[top].params { push(type) }
        retargetable = -1
        startFuelBlock()
    }

    mutating func visitEndInstr() throws(WasmError) {
        // The frame is read in place and moved out at the end (a copy retains its arrays).
        let top = controls.count - 1
        if controls[top].kind == .function {
            if isReachable { try emitReturn() }
            _ = try pop(types: controls[top].results)
            guard stack.count == controls[top].height else { throw invalid("type mismatch") }
            controls.removeLast()
            return
        }
        try settleResults(controls[top].results)
        let frame = controls.removeLast()
        if frame.kind == .ifThen, frame.params != frame.results { throw invalid("type mismatch") }
        let end = code.count
        var fixup = frame.endFixupChain
        while fixup >= 0 {
            let next = Int(Int64(bitPattern: code[fixup].imm))
            patch(fixup, to: end)
            fixup = next
        }
        if let fixup = frame.elseFixup { patch(fixup, to: end) }
        for type in frame.results { push(type) }
        retargetable = -1
        startFuelBlock()
    }

    mutating func markUnreachable() {
        let height = controls[controls.count - 1].height
        while stack.count > height { _ = try? pop() }
        controls[controls.count - 1].unreachable = true
        retargetable = -1
    }

    // MARK: branches

    func frameIndex(depth: UInt32) throws(WasmError) -> Int {
        guard Int(depth) < controls.count else { throw invalid("unknown label") }
        return controls.count - 1 - Int(depth)
    }

    /// Checks the top of the stack against a label's types without popping.
    mutating func checkLabelValues(_ types: [ValueType]) throws(WasmError) -> [StackEntry] {
        // Why first: with every value present (reachable code), checking the types in place gives
        // the same entries as popping and re-pushing them, without building three arrays.
        let first = stack.count - types.count
        if first >= controls[controls.count - 1].height {
            var entries: [StackEntry] = []
            entries.reserveCapacity(types.count)
            for (k, type) in types.enumerated() {
                if let actual = stack[first + k].type, actual != type { throw invalid("type mismatch") }
                entries.append(StackEntry(type: type, operand: stack[first + k].operand))
            }
            return entries
        }
        let available = min(types.count, stack.count - controls[controls.count - 1].height)
        var originalTypes = [ValueType?](repeating: nil, count: types.count - available)
        originalTypes += stack.suffix(available).map(\.type)
        let entries = try pop(types: types)
        // Re-push with the original types: unknown stays unknown, as each label is checked alone.
        for (k, entry) in entries.enumerated() { push(originalTypes[k], entry.operand) }
        return entries
    }

    /// Whether branching to frame `index` needs no value moves.
    func valuesInPlace(for index: Int) -> Bool {
        // Read in place: a copy of the frame retains its arrays.
        if controls[index].kind == .function { return false }
        let count = controls[index].labelCount
        if count == 0 { return true }
        let first = stack.count - count
        guard first >= 0, first == controls[index].height else { return false }
        for k in 0..<count where stack[first + k].operand != .temp { return false }
        return true
    }

    /// Moves the label values into frame `index`'s slots and jumps there unconditionally.
    mutating func emitJump(toFrame index: Int) throws(WasmError) {
        let (kind, height, count) = (controls[index].kind, controls[index].height, controls[index].labelCount)
        if kind == .function {
            try emitReturn()
            return
        }
        let first = stack.count - count
        for k in 0..<count where first + k >= 0 {
            move(stack[first + k], from: first + k, to: tempSlot(height + k))
        }
        let jump = emit(Instr(.br))
        if kind == .loop {
            patch(jump, to: controls[index].loopStart)
        } else {
            addEndFixup(jump, frame: index)
        }
    }

    /// Adds branch `jump` (nothing if -1: not emitted) to the branches patched with frame
    /// `index`'s end (see `ControlFrame.endFixupChain`).
    mutating func addEndFixup(_ jump: Int, frame index: Int) {
        guard jump >= 0 else { return }
        code[jump].imm = UInt64(bitPattern: Int64(controls[index].endFixupChain))
        controls[index].endFixupChain = jump
    }

    mutating func visitBrInstr(_ depth: UInt32) throws(WasmError) {
        let index = try frameIndex(depth: depth)
        _ = try checkLabelValues(controls[index].labelTypes)
        try emitJump(toFrame: index)
        markUnreachable()
    }

    mutating func visitBrIfInstr(_ depth: UInt32) throws(WasmError) {
        let condition = try popCondition()
        let index = try frameIndex(depth: depth)
        let entries = try checkLabelValues(controls[index].labelTypes)
        // The values stay on the stack with the label's types.
        for k in entries.indices { stack[stack.count - entries.count + k].type = entries[k].type }
        if valuesInPlace(for: index) {
            let jump = emitBranch(condition)
            if controls[index].kind == .loop {
                patch(jump, to: controls[index].loopStart)
            } else {
                addEndFixup(jump, frame: index)
            }
        } else {
            let skip = emitBranch(condition.negated)
            try emitJump(toFrame: index)
            patch(skip, to: code.count)
        }
        retargetable = -1
    }

    mutating func visitBrTableInstr(_ targets: BrTable) throws(WasmError) {
        let indexSlot = try popSlot(.i32)
        let defaultFrame = try frameIndex(depth: targets.defaultIndex)
        let arity = controls[defaultFrame].labelCount
        var frames = [Int]()
        frames.reserveCapacity(targets.labelIndices.count + 1)
        for depth in targets.labelIndices {
            let index = try frameIndex(depth: depth)
            guard controls[index].labelCount == arity else { throw invalid("type mismatch") }
            _ = try checkLabelValues(controls[index].labelTypes)
            frames.append(index)
        }
        _ = try checkLabelValues(controls[defaultFrame].labelTypes)
        frames.append(defaultFrame)
        emit(Instr(.brTable, a: indexSlot, b: UInt32(targets.labelIndices.count)))
        let tableStart = code.count
        for _ in frames { emit(Instr(.br)) }
        if isReachable {
            for (k, index) in frames.enumerated() {
                let entry = tableStart + k
                if valuesInPlace(for: index) {
                    if controls[index].kind == .loop {
                        patch(entry, to: controls[index].loopStart)
                    } else {
                        addEndFixup(entry, frame: index)
                    }
                } else {
                    patch(entry, to: code.count)
                    try emitJump(toFrame: index)
                }
            }
        }
        markUnreachable()
    }

    /// Moves the function's results into slots 0..<n and returns.
    mutating func emitReturn() throws(WasmError) {
        let results = controls[0].results
        let entries = try checkLabelValues(results)
        // Why restored: the moves below belong to this return path only. `br_if` falls through
        // and `br_table` emits one path per target: a stack entry turned into a temp here would be
        // read on paths that never ran the copy (found by differential fuzzing, seed 103200).
        let (savedStack, savedLocalEntries) = (stack, localEntries)
        defer { (stack, localEntries) = (savedStack, savedLocalEntries) }
        guard isReachable else { return }
        let first = stack.count - results.count
        if results.count == 1 {
            switch entries[0].operand {
            case .temp: emit(Instr(.ret1, a: tempSlot(first)))
            case .local(let index): emit(Instr(.ret1, a: index))
            case .const(let value):
                emit(Instr(.const, a: 0, imm: value))
                emit(Instr(.ret))
            }
            return
        }
        // Why: a local read after slot k < n was overwritten would see the new value.
        for k in entries.indices {
            if case .local(let index) = entries[k].operand, index < UInt32(results.count) {
                move(entries[k], from: first + k, to: tempSlot(first + k))
                stack[first + k].operand = .temp
                localEntries -= 1
            }
        }
        for k in entries.indices { move(stack[first + k], from: first + k, to: UInt32(k)) }
        emit(Instr(.ret))
    }

    // MARK: calls

    /// Pops the arguments into consecutive slots and returns the callee frame base.
    mutating func prepareCall(_ type: FuncType) throws(WasmError) -> UInt32 {
        let args = try pop(types: type.params)
        let base = stack.count
        for (k, arg) in args.enumerated() { move(arg, from: base + k, to: tempSlot(base + k)) }
        return tempSlot(base)
    }

    mutating func finishCall(_ type: FuncType) {
        for result in type.results { push(result) }
        retargetable = -1
    }
}
