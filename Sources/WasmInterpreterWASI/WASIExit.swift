import WasmInterpreter

/// A WASI program called `proc_exit(code)`: the call that was running ends here, with this code
/// (a value for the embedder, not a trap). It is final: a resumable call ends with it.
public struct WASIExit: FinalHostError, Equatable, CustomStringConvertible {
    /// The exit code the program passed to `proc_exit`.
    public let code: Int32

    /// An exit with `code`.
    public init(code: Int32) { self.code = code }

    /// `exit code N`.
    public var description: String { "exit code \(code)" }
}
