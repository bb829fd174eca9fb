/// The executable form of an instruction: the handler that runs it and its operands.
///
/// Handler-threaded code: every handler ends by calling the handler of the instruction it
/// continues with, which Swift compiles to a tail jump at `-O`. There is no central `switch`, so
/// each instruction has its own indirect jump (the predictor learns the successors of each opcode
/// separately) and the cost of dispatch does not grow with the number of opcodes.
///
/// Layout (24 bytes): the handler, operands `a` and `b`, then 64 bits that hold either one wide
/// immediate (`imm`: constants, i64 immediates, fuel costs) or two 32-bit operands `c` and `d`
/// (slots, i32 immediates, memory offsets, branch offsets). `Opcode.isWide` says which. A branch
/// offset is in bytes here (in instructions in `Instr`).
struct CompiledInstr {
    var handler: Handler
    var a: UInt32
    var b: UInt32
    var imm: UInt64

    /// Low half of `imm`.
    @inline(__always) var c: UInt32 { UInt32(truncatingIfNeeded: imm) }
    /// High half of `imm`.
    @inline(__always) var d: UInt32 { UInt32(truncatingIfNeeded: imm &>> 32) }
    /// `d` as a signed branch offset, in bytes relative to this instruction. Bytes, not
    /// instructions: a taken branch's next instruction address then costs one addition after the
    /// load of `d`, and that chain of loads and additions is what a loop's back edge waits on.
    @inline(__always) var offset: Int { Int(Int32(bitPattern: d)) }

    /// Encodes a translator instruction.
    init(_ instr: Instr) {
        self.init(instr, handler: instr.op.handler, flags: opcodeFlags[Int(instr.op.rawValue)])
    }

    /// Encodes a translator instruction whose handler and `OpcodeFlags` the caller looked up.
    @inline(__always) init(_ instr: Instr, handler: Handler, flags: UInt8) {
        self.handler = handler
        a = instr.a
        b = instr.b
        if flags & OpcodeFlags.isWide != 0 {
            precondition(instr.c == 0, "wide-immediate instruction with a c operand")
            imm = instr.imm
        } else if flags & OpcodeFlags.isBranch != 0 {
            let bytes = Int32(truncatingIfNeeded: Int64(bitPattern: instr.imm) &* Int64(instrStride))
            imm = UInt64(instr.c) | UInt64(UInt32(bitPattern: bytes)) &<< 32
        } else {
            imm = UInt64(instr.c) | UInt64(UInt32(truncatingIfNeeded: instr.imm)) &<< 32
        }
    }
}

/// Bytes from one instruction to the next.
let instrStride = MemoryLayout<CompiledInstr>.stride

/// Where the executor's code pointers point.
typealias CodePointer = UnsafePointer<CompiledInstr>

/// A compiled function body, in manually managed memory.
typealias CodeBuffer = UnsafeMutableBufferPointer<CompiledInstr>

/// Encodes a function's translated instructions into executable code, with accumulator forms
/// where they apply (see `useAccumulators`), in room from `arena`.
///
/// A `brTable`'s targets, which the translator emits as the `br`s after it, are packed into the
/// slots after it as 32-bit byte offsets (`tableEntriesPerSlot` to a slot): one dispatch per
/// `br_table` instead of two, and a sixth of the memory for each target. So an instruction's
/// slot is not its index among the translated instructions; branch offsets are re-measured.
func assemble(_ code: inout [Instr], into arena: CodeArena) -> CodeBuffer {
    returnDirectly(&code)
    useAccumulators(&code)
    fusePairs(&code)
    let (handlers, fuelThenHandlers, flags) = (handlerTable, fuelThenHandlerTable, opcodeFlags)
    return code.withUnsafeBufferPointer { code in
        // The slot of each translated instruction, and one past the end: its index, unless a
        // table comes before it (a table's `br`s get the slot after the table: nothing branches
        // to them). Why a map only then: most functions have no `br_table`.
        var slot: UnsafeMutableBufferPointer<Int32>?
        var used = code.count
        if code.contains(where: { $0.op.isTable }) {
            let map = UnsafeMutableBufferPointer<Int32>.allocate(capacity: code.count + 1)
            used = 0
            var k = 0
            while k < code.count {
                map[k] = Int32(used)
                used += 1
                k += 1
                if code[k - 1].op.isTable {
                    let targets = Int(code[k - 1].b) + 1
                    for entry in k..<k + targets { map[entry] = Int32(used) }
                    used += tableSlots(targets: targets)
                    k += targets
                }
            }
            map[code.count] = Int32(used)
            slot = map
        }
        defer { slot?.deallocate() }
        func position(_ k: Int) -> Int { slot.map { Int($0[k]) } ?? k }

        let buffer = arena.allocate(max(used, 1))
        let base = buffer.baseAddress!
        var k = 0
        while k < code.count {
            var instr = code[k]
            let at = position(k)
            let opcode = Int(instr.op.rawValue)
            if flags[opcode] & OpcodeFlags.isBranch != 0 {
                instr.imm = UInt64(bitPattern: Int64(position(k + Int(Int64(bitPattern: instr.imm))) - at))
            }
            // Why: a block's fuel charge and its first instruction then cost one dispatch, not two.
            let fused = instr.op == .consumeFuel && k + 1 < code.count
            let handler = fused ? fuelThenHandlers[Int(code[k + 1].op.rawValue)] : handlers[opcode]
            (base + at).initialize(to: CompiledInstr(instr, handler: handler, flags: flags[opcode]))
            k += 1
            guard instr.op.isTable else { continue }
            let targets = Int(instr.b) + 1
            let table = UnsafeMutableRawPointer(base + at + 1)
            table.initializeMemory(as: UInt8.self, repeating: 0, count: tableSlots(targets: targets) * instrStride)
            for entry in 0..<targets {
                let br = code[k + entry]
                precondition(br.op == .br, "a br_table target that is not a br")
                let target = k + entry + Int(Int64(bitPattern: br.imm))
                let offset = Int32((position(target) - at) * instrStride)
                table.storeBytes(of: offset, toByteOffset: entry * MemoryLayout<Int32>.stride, as: Int32.self)
            }
            k += targets
        }
        if code.isEmpty { base.initialize(to: CompiledInstr(Instr(.unreachable))) }
        return buffer
    }
}

/// How many `brTable` targets one instruction slot holds (32-bit byte offsets).
let tableEntriesPerSlot = instrStride / MemoryLayout<Int32>.stride

/// The slots that `targets` packed `brTable` targets take.
func tableSlots(targets: Int) -> Int { (targets + tableEntriesPerSlot - 1) / tableEntriesPerSlot }

extension Opcode {
    /// `brTable` or its accumulator form: followed by its targets.
    var isTable: Bool { self == .brTable || self == .brTableAcc }
}

/// Replaces each `br` to a `ret` or `ret1` by that return: the same frame, one dispatch fewer
/// (the base case of a recursive function typically ends this way).
func returnDirectly(_ code: inout [Instr]) {
    // A `brTable`'s `br`s stay: they become the table's offsets (the target is the return then).
    var tableEnd = 0
    for k in code.indices {
        if code[k].op.isTable { tableEnd = k + 2 + Int(code[k].b) }
        guard code[k].op == .br, k >= tableEnd else { continue }
        let target = k + Int(Int64(bitPattern: code[k].imm))
        guard target >= 0, target < code.count else { continue }
        let op = code[target].op
        if op == .ret || op == .ret1 { code[k] = code[target] }
    }
}

/// Rewrites each instruction that reads a slot whose value the integer accumulator holds on every
/// way into the instruction to the form that takes it from there (`Opcode.accumulatorForms`), and
/// each one that reads the result of the instruction before it from the float accumulator.
///
/// What the integer accumulator holds is followed through the code: after an instruction whose
/// `resultRegister` is `.acc`, the value of its slot `a`; after one that `keepsAccumulators`
/// (branches, stores, fuel charges), whatever it held before; after anything else, nothing
/// known. A branch target gets a known value only if every branch to it and the instruction
/// before it agree, so a loop whose back edge and entry both leave its counter in the register
/// carries it there (`x += 1; br_if x < n` as one instruction, reading x from the register).
/// Calls, returns and resumed calls continue after instructions that leave nothing known.
func useAccumulators(_ code: inout [Instr]) {
    guard code.count > 1 else { return }
    let count = code.count
    let unknown = UInt32.max
    let conflicting = UInt32.max - 1
    // Scratch, one allocation: at each branch target, the slot every way into it agrees on the
    // integer accumulator holding (`unknown`: none); per instruction, whether it is a target.
    let scratch = UnsafeMutableRawPointer.allocate(byteCount: count * 5 + 8, alignment: 8)
    defer { scratch.deallocate() }
    let agreed = scratch.bindMemory(to: UInt32.self, capacity: count)
    let isTarget = (scratch + count * 4).bindMemory(to: Bool.self, capacity: count)
    agreed.initialize(repeating: unknown, count: count)
    isTarget.initialize(repeating: false, count: count)
    // Why buffers and a flag table: this runs for every instruction of every function compiled,
    // and array uniqueness checks and per-opcode switches were most of its cost.
    code.withUnsafeMutableBufferPointer { buffer in
        let code = buffer
        opcodeFlags.withUnsafeBufferPointer { flags in
            for k in 0..<count where flags[Int(code[k].op.rawValue)] & OpcodeFlags.isBranch != 0 {
                let target = k + Int(Int64(bitPattern: code[k].imm))
                if target >= 0 && target < count { isTarget[target] = true }
            }
            // What each target receives: from every branch to it and from the instruction before
            // it (the function's entry for the first), all the same slot or nothing. The facts
            // used are straight-line ones: a target starts unknown here (no circular reasoning
            // through loops), and an instruction reached by neither a branch nor the one before
            // it (a `br_table` entry) follows one that knows nothing.
            func receive(_ slot: UInt32, at target: Int) {
                let current = agreed[target]
                agreed[target] = current == unknown || current == slot ? slot : conflicting
            }
            // The slot the register mirrors after instruction `k`, given what it mirrored before.
            func heldAfter(_ k: Int, _ f: UInt8, before: UInt32) -> UInt32 {
                f & OpcodeFlags.resultInAcc != 0 ? code[k].a : f & OpcodeFlags.keeps != 0 ? before : unknown
            }
            // The slot the register mirrors after the previous instruction (`unknown`: none).
            var previous = unknown
            for k in 0..<count {
                let f = flags[Int(code[k].op.rawValue)]
                if isTarget[k] { receive(k == 0 || previous == unknown ? conflicting : previous, at: k) }
                let after = heldAfter(k, f, before: isTarget[k] ? unknown : previous)
                previous = after
                if f & OpcodeFlags.isBranch != 0 {
                    let target = k + Int(Int64(bitPattern: code[k].imm))
                    if target >= 0 && target < count { receive(after == unknown ? conflicting : after, at: target) }
                }
            }
            // The rewriting, following the register again with what the targets receive (a
            // loop's fuel charge keeps the counter there for the instruction after it). Sound:
            // the agreements come from the straight-line facts above.
            accumulatorFormList.withUnsafeBufferPointer { list in
                accumulatorFormStart.withUnsafeBufferPointer { start in
                    var held = unknown
                    var floatHeld = unknown
                    for k in 0..<count {
                        if isTarget[k] {
                            held = agreed[k] < conflicting ? agreed[k] : unknown
                            // The float accumulator is followed from one instruction to the next only.
                            floatHeld = unknown
                        }
                        let op = Int(code[k].op.rawValue)
                        let f = flags[op]
                        if held != unknown || floatHeld != unknown {
                            for j in Int(start[op])..<Int(start[op + 1]) {
                                let form = list[j]
                                let produced = form.register == .acc ? held : form.register == .facc ? floatHeld : unknown
                                guard produced != unknown else { continue }
                                if code[k][form.operand] == produced {
                                    code[k].op = form.opcode
                                    break
                                }
                                if let other = form.commutativeWith, code[k][other] == produced {
                                    let first = code[k][form.operand]
                                    code[k][form.operand] = produced
                                    code[k][other] = first
                                    code[k].op = form.opcode
                                    break
                                }
                            }
                        }
                        held = heldAfter(k, f, before: held)
                        floatHeld = f & OpcodeFlags.resultInFacc != 0 ? code[k].a : unknown
                    }
                }
            }
        }
    }
}

/// Per-opcode properties `useAccumulators` reads for every instruction, one byte each (the
/// generated switches compile to jump tables).
enum OpcodeFlags {
    static let isBranch: UInt8 = 1
    static let keeps: UInt8 = 2
    static let resultInAcc: UInt8 = 4
    static let resultInFacc: UInt8 = 8
    static let isWide: UInt8 = 16
}

/// `OpcodeFlags` by raw opcode, computed once.
let opcodeFlags: [UInt8] = Opcode.allCases.map { op in
    (op.isBranch ? OpcodeFlags.isBranch : 0) | (op.keepsAccumulators ? OpcodeFlags.keeps : 0)
        | (op.resultRegister == .acc ? OpcodeFlags.resultInAcc : 0) | (op.resultRegister == .facc ? OpcodeFlags.resultInFacc : 0)
        | (op.isWide ? OpcodeFlags.isWide : 0)
}

/// `Opcode.handler` and `Opcode.fuelThenHandler` by raw opcode, computed once (why: `assemble`
/// asks for every instruction, and a switch over hundreds of opcodes is an indirect jump that
/// mispredicts on varied code where a table is one load).
let handlerTable: [Handler] = Opcode.allCases.map(\.handler)
let fuelThenHandlerTable: [Handler] = Opcode.allCases.map(\.fuelThenHandler)

/// Gives an instruction the pair form that also runs the instruction after it (see
/// Execution/Handlers+Pairs.swift), where one exists for the two opcodes. The second stays in
/// place for control that arrives at it directly; a pair's second is not itself paired.
func fusePairs(_ code: inout [Instr]) {
    code.withUnsafeMutableBufferPointer { code in
        pairList.withUnsafeBufferPointer { list in
            pairStart.withUnsafeBufferPointer { start in
                var k = 0
                while k + 1 < code.count {
                    let first = Int(code[k].op.rawValue)
                    var pair: Opcode?
                    for j in Int(start[first])..<Int(start[first + 1]) where list[j].second == code[k + 1].op { pair = list[j].pair }
                    if let pair {
                        code[k].op = pair
                        k += 2
                    } else {
                        k += 1
                    }
                }
            }
        }
    }
}

/// Every opcode's `Opcode.accumulatorForms`, computed once (the switch builds an array per call,
/// and `assemble` asks for every instruction of every function), in opcode order, and where each
/// opcode's entries start in it (one more entry than opcodes): like `pairList` and `pairStart`.
let accumulatorFormList: [AccumulatorForm] = Opcode.allCases.flatMap(\.accumulatorForms)
let accumulatorFormStart = startOffsets(counts: Opcode.allCases.map(\.accumulatorForms.count))

/// `pairForms` sorted by first opcode, and where each first opcode's entries start in it (one more
/// entry than opcodes): an index and a short scan per instruction, no hashing, no reference counting.
let pairList: [(first: Opcode, second: Opcode, pair: Opcode)] =
    pairForms.map { ($0.key.first, $0.key.second, $0.value) }.sorted { $0.first.rawValue < $1.first.rawValue }
let pairStart = startOffsets(counts: Opcode.allCases.map { op in pairList.count { $0.first == op } })

/// Where each opcode's entries start in a list sorted by opcode, given how many each has: the
/// running sums, one more than opcodes (entries of opcode `k` are `start[k] ..< start[k + 1]`).
func startOffsets(counts: [Int]) -> [Int32] {
    var start: [Int32] = [0]
    start.reserveCapacity(counts.count + 1)
    for count in counts { start.append(start.last! + Int32(count)) }
    return start
}

/// Two opcodes in sequence.
struct OpcodePair: Hashable {
    var first: Opcode
    var second: Opcode
}

/// The pair forms: which two instructions in sequence one dispatch runs. The second of most reads
/// what the first left in a register (an accumulator form), so the two always go together; two
/// immediate adds in a row (a loop stepping an index and a pointer) are independent.
let pairForms: [OpcodePair: Opcode] = [
    OpcodePair(first: .f64AddAcc, second: .store64ValueFacc): .f64AddAccThenStore,
    OpcodePair(first: .f64SubAcc, second: .store64ValueFacc): .f64SubAccThenStore,
    OpcodePair(first: .f64SubRhsAcc, second: .store64ValueFacc): .f64SubRhsAccThenStore,
    OpcodePair(first: .f64MulAcc, second: .store64ValueFacc): .f64MulAccThenStore,
    OpcodePair(first: .const, second: .load32Acc): .constThenLoad32,
    OpcodePair(first: .const, second: .load64Acc): .constThenLoad64,
    OpcodePair(first: .const, second: .loadF64Acc): .constThenLoadF64,
    OpcodePair(first: .const, second: .store32AddressAcc): .constThenStore32,
    OpcodePair(first: .const, second: .store64AddressAcc): .constThenStore64,
    OpcodePair(first: .i32AddImm, second: .i32AddImm): .i32AddImmThenAddImm,
]

extension Instr {
    /// An operand by field (`d` is the low half of `imm`, as `CompiledInstr.d` is once encoded).
    subscript(field: AccumulatorForm.Field) -> UInt32 {
        get {
            switch field {
            case .a: a
            case .b: b
            case .c: c
            case .d: UInt32(truncatingIfNeeded: imm)
            }
        }
        set {
            switch field {
            case .a: a = newValue
            case .b: b = newValue
            case .c: c = newValue
            case .d: imm = (imm & ~0xFFFF_FFFF) | UInt64(newValue)
            }
        }
    }
}

/// An accumulator form of an opcode (see `Opcode.accumulatorForms`).
struct AccumulatorForm {
    /// Which operand of a translator `Instr` (`d` is the low half of `imm`).
    enum Field { case a, b, c, d }
    var opcode: Opcode
    var operand: Field
    var register: Source
    var commutativeWith: Field? = nil

    init(_ opcode: Opcode, operand: Field, register: Source, commutativeWith: Field? = nil) {
        self.opcode = opcode
        self.operand = operand
        self.register = register
        self.commutativeWith = commutativeWith
    }
}
