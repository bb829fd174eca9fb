// What a WASI program sees of the world: arguments, environment, standard streams, directories.

/// Where a WASI program's standard input comes from.
public enum WASIInput: Sendable {
    /// The host process's standard input.
    case inherit
    /// The contents of a host file (opened when the `WASIContext` is made).
    case file(String)
    /// These bytes, then end of file.
    case bytes([UInt8])
}

/// Where a WASI program's standard output or standard error goes.
public enum WASIOutput: Sendable {
    /// The host process's stream.
    case inherit
    /// A host file, created or truncated when the `WASIContext` is made.
    case file(String)
    /// A buffer the embedder reads (`WASIContext.capturedStdout` / `capturedStderr`).
    case capture
    /// A closure called with every chunk the program writes, in order. What it throws stops the
    /// program: the WASI call fails with that error, which reaches the caller unchanged.
    case callback(@Sendable ([UInt8]) throws -> Void)
}

/// A host directory the program can open files in, under a guest path.
public struct WASIPreopen: Sendable {
    /// The directory on the host.
    public var hostPath: String
    /// Where the program sees it (for example `/data` or `/`).
    public var guestPath: String
    /// Whether the program may only read: creating, writing, truncating, renaming, linking or
    /// removing anything in this directory tree fails with `ENOTCAPABLE`.
    public var readOnly: Bool

    /// A preopen of `hostPath` at `guestPath` (the host path itself when omitted).
    public init(hostPath: String, guestPath: String? = nil, readOnly: Bool = false) {
        self.hostPath = hostPath
        self.guestPath = guestPath ?? hostPath
        self.readOnly = readOnly
    }
}

/// The configuration of one WASI program instance, as Wasmtime's `WasiCtxBuilder` and
/// wasmtime-py's `WasiConfig` describe it. Every field has a safe default: no arguments, no
/// environment, empty standard input, inherited standard output and error, no directories.
///
/// ```swift
/// var config = WASIConfiguration()
/// config.arguments = ["prog", "--verbose"]
/// config.environment = ["LANG": "C"]
/// config.stdout = .capture
/// config.preopens = [WASIPreopen(hostPath: "data", guestPath: "/data", readOnly: true)]
/// ```
public struct WASIConfiguration: Sendable {
    /// `argv`, the program name included.
    public var arguments: [String] = []
    /// Environment variables (added to the host's when `inheritEnvironment` is set; these win).
    public var environment: [String: String] = [:]
    /// Whether the program also sees the host process's environment.
    public var inheritEnvironment = false
    /// Standard input (default: empty).
    public var stdin: WASIInput = .bytes([])
    /// Standard output (default: the host's).
    public var stdout: WASIOutput = .inherit
    /// Standard error (default: the host's).
    public var stderr: WASIOutput = .inherit
    /// Host directories the program may use, in file-descriptor order (from 3).
    public var preopens: [WASIPreopen] = []
    /// Files the program sees that exist nowhere on the host, by absolute guest path (for tests):
    /// `["/virtual/in.txt": bytes]`. Each top directory (`/virtual`) is preopened after
    /// `preopens`, in name order; the program may create and change files there too. Alone, they
    /// live in memory (`WASIContext.memoryFile(at:)` reads one back); next to host directories
    /// they are written to a private temporary directory, removed with the context (WasmKit's WASI
    /// serves one kind of file system at a time).
    public var files: [String: [UInt8]] = [:]

    /// A configuration with the defaults above.
    public init() {}
}
