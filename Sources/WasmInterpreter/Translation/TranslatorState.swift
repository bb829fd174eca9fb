/// The translator's model of the Wasm operand stack and control stack.
///
/// Each operand-stack entry has a type (for validation) and a location. A `temp` lives in the
/// frame slot of its stack position (`numLocals + position`); a `local` or `const` entry is a
/// deferred `local.get` / `*.const` that emitted nothing yet and is read straight from the local
/// or folded into an immediate. Deferred entries are written to their slot ("materialized") only
/// where a slot is required: branch values, call arguments, block parameters, or before the local
/// they name is overwritten.

/// Where a stack entry's value lives.
enum Operand: Equatable {
    case temp
    case local(UInt32)
    case const(UInt64)
}

/// One operand-stack entry. `type == nil` is the spec's "unknown" type of unreachable code.
struct StackEntry {
    var type: ValueType?
    var operand: Operand
}

/// A structured-control frame (`block`, `loop`, `if`, or the function body).
struct ControlFrame {
    enum Kind { case function, block, loop, ifThen, ifElse }
    var kind: Kind
    var params: [ValueType]
    var results: [ValueType]
    /// Operand-stack height below this frame's parameters.
    var height: Int
    /// Set after `br`, `return`, `unreachable`: the rest of the frame is dead code.
    var unreachable = false
    /// Instruction index of a loop's first instruction.
    var loopStart = 0
    /// The last branch to patch with this frame's end, -1 for none. Until patched, each such
    /// branch's `imm` holds the index of the one added before it (-1 ends the chain): a frame
    /// then needs no array of its own (`FunctionTranslator.addEndFixup`).
    var endFixupChain = -1
    /// The `if`'s conditional branch, to patch with the start of `else` (or the end).
    var elseFixup: Int?

    /// Types a branch to this frame's label carries.
    var labelTypes: [ValueType] { kind == .loop ? params : results }
    /// How many values a branch to this frame's label carries.
    var labelCount: Int { kind == .loop ? params.count : results.count }
}

/// The translator's growable buffers, handed from one function body to the next: a module's
/// bodies then reuse one allocation each instead of allocating and growing their own.
struct TranslatorScratch {
    var code: [Instr] = []
    var stack: [StackEntry] = []
    var controls: [ControlFrame] = []

    /// Swaps these buffers with a translator's: lends them to it, or takes them back.
    mutating func exchange(code: inout [Instr], stack: inout [StackEntry], controls: inout [ControlFrame]) {
        swap(&self.code, &code)
        swap(&self.stack, &stack)
        swap(&self.controls, &controls)
    }
}

/// What the function translator needs to know about the module around a function body.
struct ValidationContext {
    var types: [FuncType]
    /// Type index of every function (imports first).
    var functionTypeIndices: [UInt32]
    var tables: [TableType]
    var memoryCount: Int
    var globals: [GlobalType]
    /// Reference type of each element segment.
    var elementTypes: [ValueType]
    /// Number of data segments as the data-count section declares it (nil without one).
    var dataCount: UInt32?
    /// Functions that may be used with `ref.func` (referenced outside function bodies).
    var declaredFunctions: Set<UInt32>
    /// Whether to emit fuel metering.
    var fuel: Bool
}

/// A translated function body's frame layout; its code is in its module's `CodeArena`, at the
/// function's index.
struct CompiledFunction: Sendable {
    var numLocals: UInt32
    var frameSize: UInt32
}

// Why @unchecked: written only while its module is translated (one thread), read-only after.
/// Owns the executable code of one module's functions, in function order, and frees it with the
/// module. Why not an owning object per function: a module of thousands of small functions paid
/// ~40 bytes and a heap block more per function (0.24 MB for large.wasm). Why not carved from
/// large chunks: each function's code is best written into memory the allocator recycles
/// (recently freed, still in cache); chunks of fresh memory made large.wasm's compile ~5% slower.
final class CodeArena: @unchecked Sendable {
    /// Each function's instructions and packed `brTable` targets (an empty body still gets one
    /// slot), by defined-function index.
    private(set) var functions: [CodeBuffer] = []

    /// Makes room for `count` functions' entries at once.
    func reserveCapacity(_ count: Int) { functions.reserveCapacity(count) }

    /// Uninitialized room for the next function's `slots` instructions, valid while the arena lives.
    func allocate(_ slots: Int) -> CodeBuffer {
        let buffer = CodeBuffer.allocate(capacity: slots)
        functions.append(buffer)
        return buffer
    }

    deinit { for buffer in functions { buffer.deallocate() } }
}
