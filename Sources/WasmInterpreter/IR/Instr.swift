/// One register-machine instruction as the translator builds it: an opcode and three 32-bit
/// operands plus a 64-bit immediate. `assemble` encodes it as a `CompiledInstr` to execute.
///
/// Operands `a`, `b`, `c` are frame slot indices unless the opcode says otherwise (see `Opcode`).
/// `imm` holds constants, memory offsets and branch offsets (relative to this instruction).
/// A fixed 24-byte layout keeps the dispatch loop simple: every instruction advances `pc` by one.
struct Instr {
    var op: Opcode
    var a: UInt32
    var b: UInt32
    var c: UInt32
    var imm: UInt64

    init(_ op: Opcode, a: UInt32 = 0, b: UInt32 = 0, c: UInt32 = 0, imm: UInt64 = 0) {
        self.op = op
        self.a = a
        self.b = b
        self.c = c
        self.imm = imm
    }
}
