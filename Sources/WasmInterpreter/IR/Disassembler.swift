extension Module {
    /// Text listing of a defined function's register IR (for tests and debugging).
    package func disassemble(function index: Int) -> String {
        let compiled = info.functions[index]
        var lines = ["; locals \(compiled.numLocals), frame \(compiled.frameSize)"]
        let buffer = code[index]
        var k = 0
        while k < buffer.count {
            let instr = buffer[k]
            let op = instr.opcode
            var line = "\(k): \(op) a=\(instr.a) b=\(instr.b)"
            if op.isWide {
                if instr.imm != 0 { line += " imm=\(Int64(bitPattern: instr.imm))" }
            } else {
                line += " c=\(instr.c)"
                // Branch offsets are encoded in bytes; listed in slots.
                let d = op.isBranch ? instr.offset / instrStride : Int(Int32(bitPattern: instr.d))
                if d != 0 { line += " d=\(d)" }
            }
            lines.append(line)
            k += 1
            if op.isTable {
                // The packed targets, in slots from the table instruction (the line above), default last.
                let targets = Int(instr.b) + 1
                let table = UnsafeRawPointer(buffer.baseAddress! + k)
                let offsets = (0..<targets).map { table.load(fromByteOffset: $0 * 4, as: Int32.self) / Int32(instrStride) }
                lines.append("\(k): targets \(offsets.map(String.init).joined(separator: " "))")
                k += tableSlots(targets: targets)
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension Module {
    /// Number of functions defined (not imported) by the module.
    package var definedFunctionCount: Int { info.functions.count }
}

extension CompiledInstr {
    /// The opcode whose handler this instruction runs (for disassembly and for inspecting a
    /// stopped call; never used while executing).
    var opcode: Opcode { Opcode.byHandler[address(of: handler)]! }
}

extension Opcode {
    /// Every opcode, keyed by the address of its handler. Why uniquing: the optimizer may fold
    /// handlers with identical bodies (e.g. `load8U32` and `load8U64`) into one function.
    /// A `consumeFuel` fused with the instruction after it (`fuelThenHandler`) is a `consumeFuel`.
    static let byHandler: [UInt: Opcode] = Dictionary(
        allCases.map { (address(of: $0.handler), $0) } + allCases.map { (address(of: $0.fuelThenHandler), .consumeFuel) },
        uniquingKeysWith: { first, _ in first })
}

extension Opcode {
    /// The address of this opcode's handler; opcodes that do the same work share one.
    var handlerAddress: UInt { address(of: handler) }
}

/// A handler's address as a number (for lookups; the handler is never called through it).
func address(of handler: Handler) -> UInt { UInt(bitPattern: unsafeBitCast(handler, to: Int.self)) }
