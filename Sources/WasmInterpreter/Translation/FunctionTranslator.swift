import WasmParser
import WasmTypes

/// Validates one function body and translates it to register IR in the same pass.
///
/// Fed one instruction at a time by WasmParser's `ExpressionParser`; instruction families are
/// handled in the `FunctionTranslator+*.swift` files.
struct FunctionTranslator: AnyInstructionVisitor {
    typealias VisitorError = WasmError
    var binaryOffset: Int = 0

    let context: ValidationContext
    let type: FuncType
    let localTypes: [ValueType]
    /// Locals, then the zero slot if there is one: the frame slots below the operand stack's.
    let numLocals: UInt32
    /// A frame slot that holds zero for the whole call (after the declared locals, zeroed with
    /// them), or nil in a function with fewer than two declared locals. A `const 0` operand is
    /// read from it: no instruction writes it first.
    let zeroSlot: UInt32?

    var code: [Instr] = []
    var stack: [StackEntry] = []
    var controls: [ControlFrame] = []
    var maxHeight = 0
    /// How many `local` entries are on the stack (skips the preservation scan when zero).
    var localEntries = 0
    /// Index of the last instruction if it only computes a temp into its slot `a` (the top of the
    /// stack then; deferred `local` and `const` entries may have been pushed above it since):
    /// `local.set` may retarget it to write the local directly, and the next instruction may
    /// fuse with it.
    var retargetable = -1
    /// Index of the `consumeFuel` that pays for the instructions being emitted (-1: none).
    var fuelBlock = -1
    /// The highest instruction index that is (or may be) a branch target. Two instructions may be
    /// fused into one only if the second is not a target: every target at the index being emitted
    /// is known by then (forward branches are patched when their label is reached).
    var lastLabel = 0
    /// Declared locals (bit k: local k, the first 64) still holding the zero they start with on
    /// every way to the instruction being emitted: none once a branch target is passed.
    var knownZeroLocals: UInt64 = 0

    /// A translator for a body of `bodySize` bytes; it takes the buffers of `scratch` (give them
    /// back with `returnScratch`).
    init(context: ValidationContext, type: FuncType, locals: [ValueType], bodySize: Int = 0, scratch: inout TranslatorScratch) {
        self.context = context
        scratch.exchange(code: &code, stack: &stack, controls: &controls)
        code.removeAll(keepingCapacity: true)
        stack.removeAll(keepingCapacity: true)
        controls.removeAll(keepingCapacity: true)
        // Why reserved: growing the array as instructions come costs a copy at every doubling. A
        // Wasm instruction takes one byte or more, and most emit at most one `Instr`.
        code.reserveCapacity(bodySize / 2 + 8)
        self.type = type
        self.localTypes = type.params + locals
        let declared = UInt32(locals.count)
        let first = UInt32(type.params.count)
        // Why only with two or more declared locals: their `zeroSlots` then zeroes it too. A single
        // local is zeroed by a `const` that its first `local.set` of a constant can take over,
        // and without locals the slot would cost an instruction per call.
        self.zeroSlot = declared > 1 ? first + declared : nil
        self.numLocals = UInt32(localTypes.count) + (zeroSlot == nil ? 0 : 1)
        controls.append(ControlFrame(kind: .function, params: [], results: type.results, height: 0))
        startFuelBlock()
        // Declared locals (and the zero slot) start at zero. Zeroing them in code (not in the call
        // instruction) is cheaper for the usual handful of locals: a `const` for one, else one
        // `zeroSlots`. Both leave the last declared local in the integer accumulator (a loop over
        // it may start with it there).
        if zeroSlot != nil {
            code.append(Instr(.zeroSlots, a: first + declared - 1, b: declared + 1, c: first))
        } else if declared == 1 {
            code.append(Instr(.const, a: first))
        }
        for local in first..<max(first, min(first + declared, 64)) { knownZeroLocals |= 1 << UInt64(local) }
        if fuelBlock >= 0 { code[fuelBlock].imm = UInt64(code.count - 1) }
    }

    /// The finished function, its code appended to `arena`; call after the final `end`.
    mutating func finish(into arena: CodeArena) throws(WasmError) -> CompiledFunction {
        guard controls.isEmpty else { throw invalid("unexpected end of function body") }
        // Compiled branch offsets are 32-bit byte counts (`CompiledInstr.offset`).
        guard code.count <= Int(Int32.max) / instrStride else {
            throw invalid("function too large for this interpreter: more than \(Int(Int32.max) / instrStride) instructions")
        }
        _ = assemble(&code, into: arena)
        return CompiledFunction(numLocals: numLocals, frameSize: numLocals + UInt32(maxHeight) + 1)
    }

    /// Gives the buffers back to `scratch` for the next body.
    mutating func returnScratch(to scratch: inout TranslatorScratch) {
        scratch.exchange(code: &code, stack: &stack, controls: &controls)
    }

    func invalid(_ message: String) -> WasmError { WasmError(.invalid, message) }

    // MARK: emission

    var isReachable: Bool { !controls[controls.count - 1].unreachable }

    /// Appends an instruction (dropped in dead code); returns its index or -1.
    @discardableResult
    mutating func emit(_ instr: Instr) -> Int {
        retargetable = -1
        guard isReachable else { return -1 }
        code.append(instr)
        if fuelBlock >= 0 { code[fuelBlock].imm &+= 1 }
        return code.count - 1
    }

    /// With fuel metering, starts a basic block: a `consumeFuel` whose cost grows with every
    /// instruction emitted until the next block starts. Call where branches land.
    mutating func startFuelBlock() {
        guard context.fuel, isReachable else { return }
        fuelBlock = code.count
        code.append(Instr(.consumeFuel, imm: 1))
        retargetable = -1
    }

    /// The last instruction, if the next one may be fused with it (it is not a branch target).
    var fusableLast: Instr? {
        guard let last = code.last, code.count > lastLabel, isReachable else { return nil }
        return last
    }

    /// Removes the last instruction (fused into the one emitted next: a comparison into a branch,
    /// an address into a load, a shift or a product into what uses it).
    mutating func removeLastInstruction() {
        code.removeLast()
        if fuelBlock >= 0 { code[fuelBlock].imm &-= 1 }
    }

    /// Appends an instruction whose only effect is writing slot `a` (the new top temp).
    mutating func emitResult(_ instr: Instr) {
        let index = emit(instr)
        retargetable = index
    }

    /// Makes the branch at `index` jump to instruction `target`.
    mutating func patch(_ index: Int, to target: Int) {
        guard index >= 0 else { return }
        code[index].imm = UInt64(bitPattern: Int64(target - index))
        lastLabel = max(lastLabel, target)
        knownZeroLocals = 0
    }

    func tempSlot(_ position: Int) -> UInt32 { numLocals + UInt32(position) }

    // MARK: operand stack

    mutating func push(_ type: ValueType?, _ operand: Operand = .temp) {
        if case .local = operand { localEntries += 1 }
        stack.append(StackEntry(type: type, operand: operand))
        if stack.count > maxHeight { maxHeight = stack.count }
    }

    /// Pushes a temp and returns its slot.
    mutating func pushResult(_ type: ValueType?) -> UInt32 {
        push(type)
        return tempSlot(stack.count - 1)
    }

    /// Pops one entry, checking it against `expected` (nil: any type).
    mutating func pop(_ expected: ValueType? = nil) throws(WasmError) -> StackEntry {
        // Fields read in place: copying the frame would retain and release its arrays per pop.
        let top = controls.count - 1
        if stack.count == controls[top].height {
            if controls[top].unreachable { return StackEntry(type: expected, operand: .temp) }
            throw invalid("type mismatch")
        }
        var entry = stack.removeLast()
        if case .local = entry.operand { localEntries -= 1 }
        if let expected {
            if let actual = entry.type, actual != expected { throw invalid("type mismatch") }
            entry.type = expected
        }
        return entry
    }

    /// Pops `types.count` entries checked against `types`; returns them bottom-first.
    mutating func pop(types: [ValueType]) throws(WasmError) -> [StackEntry] {
        // Why the shortcuts: blocks without parameters are the common case, and filling the array
        // from its end makes no second, reversed copy.
        if types.isEmpty { return [] }
        var entries = [StackEntry](repeating: StackEntry(type: nil, operand: .temp), count: types.count)
        for k in types.indices.reversed() { entries[k] = try pop(types[k]) }
        return entries
    }

    /// The slot holding `entry`, which was at stack `position`; a constant is written there first.
    mutating func slot(of entry: StackEntry, at position: Int) -> UInt32 {
        switch entry.operand {
        case .temp: return tempSlot(position)
        case .local(let index): return index
        case .const(let value):
            if value == 0, let zeroSlot { return zeroSlot }
            emit(Instr(.const, a: tempSlot(position), imm: value))
            return tempSlot(position)
        }
    }

    /// Pops an operand and returns the slot that holds it.
    mutating func popSlot(_ expected: ValueType?) throws(WasmError) -> UInt32 {
        let entry = try pop(expected)
        return slot(of: entry, at: stack.count)
    }

    /// Writes `entry` (at stack `position`) into slot `destination` if it is not there already.
    mutating func move(_ entry: StackEntry, from position: Int, to destination: UInt32) {
        switch entry.operand {
        case .temp:
            if tempSlot(position) != destination { emit(Instr(.copy, a: destination, b: tempSlot(position))) }
        case .local(let index):
            emit(Instr(.copy, a: destination, b: index))
        case .const(let value):
            emit(Instr(.const, a: destination, imm: value))
        }
    }

    /// Turns deferred entries into temps in their own slots: every `local` entry of the whole
    /// stack, and also constants from `position` up.
    mutating func materialize(localsEverywhereAndAllFrom position: Int) {
        for index in stack.indices {
            switch stack[index].operand {
            case .temp: continue
            case .local:
                move(stack[index], from: index, to: tempSlot(index))
                stack[index].operand = .temp
                localEntries -= 1
            case .const:
                guard index >= position else { continue }
                move(stack[index], from: index, to: tempSlot(index))
                stack[index].operand = .temp
            }
        }
    }

    /// Before `local` is overwritten, copies it into the slot of every stack entry that still
    /// refers to it. Returns whether anything was copied.
    mutating func preserve(local: UInt32) -> Bool {
        guard localEntries > 0 else { return false }
        var copied = false
        for index in stack.indices where stack[index].operand == .local(local) {
            emit(Instr(.copy, a: tempSlot(index), b: local))
            stack[index].operand = .temp
            localEntries -= 1
            copied = true
        }
        return copied
    }

    // MARK: lookups with the spec's error messages

    func localType(_ index: UInt32) throws(WasmError) -> ValueType {
        guard Int(index) < localTypes.count else { throw invalid("unknown local \(index)") }
        return localTypes[Int(index)]
    }

    func functionType(_ index: UInt32) throws(WasmError) -> FuncType {
        guard Int(index) < context.functionTypeIndices.count else { throw invalid("unknown function \(index)") }
        return context.types[Int(context.functionTypeIndices[Int(index)])]
    }

    func typeAt(_ index: UInt32) throws(WasmError) -> FuncType {
        guard Int(index) < context.types.count else { throw invalid("unknown type \(index)") }
        return context.types[Int(index)]
    }

    func table(_ index: UInt32) throws(WasmError) -> TableType {
        guard Int(index) < context.tables.count else { throw invalid("unknown table \(index)") }
        return context.tables[Int(index)]
    }

    func requireMemory(_ index: UInt32 = 0) throws(WasmError) {
        guard Int(index) < context.memoryCount else { throw invalid("unknown memory \(index)") }
    }

    func global(_ index: UInt32) throws(WasmError) -> GlobalType {
        guard Int(index) < context.globals.count else { throw invalid("unknown global \(index)") }
        return context.globals[Int(index)]
    }

    func blockSignature(_ blockType: BlockType) throws(WasmError) -> (params: [ValueType], results: [ValueType]) {
        switch blockType {
        case .empty: return ([], [])
        case .type(let t): return ([], try ValueType(parsed: t).asSingleResult)
        case .funcType(let index):
            let t = try typeAt(index)
            return (t.params, t.results)
        }
    }
}

extension ValueType {
    /// Converts WasmParser's value type, rejecting what WebAssembly 2.0 without SIMD lacks.
    init(parsed: WasmTypes.ValueType) throws(WasmError) {
        switch parsed {
        case .i32: self = .i32
        case .i64: self = .i64
        case .f32: self = .f32
        case .f64: self = .f64
        case .v128: throw WasmError(.invalid, "SIMD (v128) is not supported")
        case .ref(let ref):
            switch ref.heapType {
            case .abstract(.funcRef) where ref.isNullable: self = .funcRef
            case .abstract(.externRef) where ref.isNullable: self = .externRef
            default: throw WasmError(.invalid, "unsupported reference type \(ref)")
            }
        }
    }
}

extension ValueType {
    /// `[self]`, one shared array per type: a block of one result allocates no array of its own.
    var asSingleResult: [ValueType] {
        switch self {
        case .i32: Self.singleI32
        case .i64: Self.singleI64
        case .f32: Self.singleF32
        case .f64: Self.singleF64
        case .funcRef: Self.singleFuncRef
        case .externRef: Self.singleExternRef
        }
    }
    private static let singleI32: [ValueType] = [.i32]
    private static let singleI64: [ValueType] = [.i64]
    private static let singleF32: [ValueType] = [.f32]
    private static let singleF64: [ValueType] = [.f64]
    private static let singleFuncRef: [ValueType] = [.funcRef]
    private static let singleExternRef: [ValueType] = [.externRef]
}
