/// Why execution of WebAssembly code stopped abnormally.
public enum TrapCode: UInt8, Sendable, Hashable, CustomStringConvertible {
    /// Internal marker: execution finished normally. Never seen in a `Trap`.
    case none = 0
    /// The `unreachable` instruction ran.
    case unreachable
    /// Integer division or remainder by zero (`i32.div_s`, `i64.rem_u`, ...).
    case integerDivideByZero
    /// Signed division overflowed: the minimum integer divided by -1.
    case integerOverflow
    /// A float-to-integer truncation (`i32.trunc_f32_s`, ...) got NaN or a value outside the
    /// integer's range (the saturating forms never trap).
    case invalidConversionToInteger
    /// A load, store or bulk memory instruction reached past the end of the memory.
    case memoryOutOfBounds
    /// A table access (`table.get`, `table.set`, `table.fill`, `table.copy`, `table.init`) reached
    /// past the end of the table.
    case tableOutOfBounds
    /// `call_indirect` with an index past the end of the table.
    case undefinedElement
    /// `call_indirect` found a function whose type is not the one the instruction names.
    case indirectCallTypeMismatch
    /// A null reference was used where a non-null one is required. WebAssembly 2.0 code never
    /// raises it (a null `call_indirect` target is `uninitializedElement`); it is kept for the
    /// typed function references proposal (`ref.as_non_null`, `call_ref`).
    case nullReference
    /// `call_indirect` found a null element in the table.
    case uninitializedElement
    /// Too many nested calls or too little value stack (`Config.maxCallDepth`, `valueStackSlots`):
    /// the spec's "call stack exhausted".
    case stackOverflow
    /// A host function threw; the thrown error is reported instead of a `Trap`.
    case hostError
    /// Fuel metering is on and the store's fuel ran out.
    case outOfFuel

    /// The spec's wording for this trap (what `assert_trap` expects).
    public var description: String {
        switch self {
        case .none: "no trap"
        case .unreachable: "unreachable"
        case .integerDivideByZero: "integer divide by zero"
        case .integerOverflow: "integer overflow"
        case .invalidConversionToInteger: "invalid conversion to integer"
        case .memoryOutOfBounds: "out of bounds memory access"
        case .tableOutOfBounds: "out of bounds table access"
        case .undefinedElement: "undefined element"
        case .indirectCallTypeMismatch: "indirect call type mismatch"
        case .nullReference: "null reference"
        case .uninitializedElement: "uninitialized element"
        case .stackOverflow: "call stack exhausted"
        case .hostError: "host function error"
        case .outOfFuel: "all fuel consumed by WebAssembly"
        }
    }
}

/// One Wasm function in a trap's backtrace.
public struct TraceFrame: Sendable, Hashable, CustomStringConvertible {
    /// The function's index in its module's function index space.
    public let functionIndex: UInt32
    /// The function's name from the module's name section, if present.
    public let name: String?

    /// `name` or `func[index]`.
    public var description: String { name ?? "func[\(functionIndex)]" }
}

/// A WebAssembly trap: execution stopped because the program did something the spec forbids.
public struct Trap: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public let code: TrapCode
    /// A human-readable message (the spec's wording).
    public let message: String
    /// The Wasm call stack at the trap, innermost function first (capped at 64 frames).
    public let backtrace: [TraceFrame]

    /// Creates a trap with the spec's message for `code`.
    public init(_ code: TrapCode, message: String? = nil, backtrace: [TraceFrame] = []) {
        self.code = code
        self.message = message ?? code.description
        self.backtrace = backtrace
    }

    /// `wasm trap: <message>` (one line; see `backtraceDescription` for the stack).
    public var description: String { "wasm trap: \(message)" }

    /// The backtrace, one `  at <function>` line per frame.
    public var backtraceDescription: String {
        backtrace.map { "  at \($0)" }.joined(separator: "\n")
    }
}

/// Errors raised before execution: decoding, validation, linking, and misuse of the API.
public struct WasmError: Error, Sendable, CustomStringConvertible {
    /// The category of a `WasmError`.
    public enum Kind: Sendable, Hashable {
        /// The binary (or text) could not be decoded.
        case malformed
        /// The module decoded but breaks a validation rule.
        case invalid
        /// Imports could not be satisfied.
        case link
        /// Instantiation failed (e.g. a segment out of bounds); the message says why.
        case instantiation
        /// The embedding API was used incorrectly (wrong argument types, foreign store, ...).
        case usage
    }

    /// The category.
    public let kind: Kind
    /// A human-readable message; for malformed and invalid modules it starts with the spec's wording.
    public let message: String

    /// Creates an error.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message, prefixed by the category.
    public var description: String {
        switch kind {
        case .malformed: "malformed module: \(message)"
        case .invalid: "invalid module: \(message)"
        case .link: "link error: \(message)"
        case .instantiation: "instantiation error: \(message)"
        case .usage: "usage error: \(message)"
        }
    }
}

/// An error a host function throws to end the call for good (WASI's `proc_exit`): it reaches the
/// caller like any host error, but a resumable call stops with it instead of becoming resumable.
public protocol FinalHostError: Error {}
