// `wasmlua run`: runs a WASI command (or invokes one export) as `wasmtime run` does. A library so
// that the tests run programs through exactly this code, with output captured.
import WasmInterpreter
import WasmInterpreterWASI

/// The options and operands of `wasmlua run`.
struct RunOptions {
    var preopens: [WASIPreopen] = []
    var environment: [String: String] = [:]
    var argv0: String?
    var fuel: UInt64?
    var invoke: String?
    var file = ""
    var arguments: [String] = []
}

/// What went wrong before the program could run: printed as `wasmlua: MESSAGE`, status 1.
struct UsageError: Error {
    let message: String
}

/// The usage lines of `wasmlua run`.
public let runUsage = """
    usage: wasmlua run [OPTIONS] FILE.wasm|FILE.wat [ARGS...]
      runs a WASI command (its _start), or with --invoke NAME calls that export with ARGS
      --dir HOST[::GUEST]   give the program a host directory (at GUEST, or at HOST itself)
      --env NAME=VALUE      set an environment variable; --env NAME passes on the host's
      --argv0 NAME          the program's name in argv[0] (default: FILE)
      --fuel N, -W fuel=N   stop the program with a trap after N units of fuel
      --invoke NAME         call export NAME with ARGS (after _initialize, if exported)
    """

/// Where `wasmlua run` writes: the program's own standard streams, and the tool's messages.
public struct RunStreams {
    /// The program's standard input.
    public var stdin: WASIInput = .inherit
    /// The program's standard output.
    public var stdout: WASIOutput = .inherit
    /// The program's standard error.
    public var stderr: WASIOutput = .inherit
    /// The tool's output (results of `--invoke`).
    public var print: (String) -> Void = { Swift.print($0) }
    /// The tool's error messages (one line each, trap backtraces after them).
    public var error: (String) -> Void = { writeStandardError($0 + "\n") }

    /// The process's own streams.
    public init() {}
}

/// Runs `wasmlua run` with `arguments` (everything after `run`); returns the exit status: the
/// program's exit code, 134 after a trap (as wasmtime), 1 when it could not start.
public func runCommand(_ arguments: [String], streams: RunStreams = RunStreams()) -> Int32 {
    if arguments.first == "-h" || arguments.first == "--help" {
        streams.print(runUsage)
        return 0
    }
    let options: RunOptions
    do {
        options = try parseRunOptions(arguments)
    } catch let error as UsageError {
        streams.error("wasmlua: \(error.message)")
        return 1
    } catch {
        streams.error("wasmlua: \(error)")
        return 1
    }
    let file = options.file
    let bytes: [UInt8]
    do {
        bytes = try readFile(atPath: file)
    } catch {
        streams.error("wasmlua: \(error.message)")
        return 1
    }
    do {
        var config = Config()
        config.consumeFuel = options.fuel != nil
        let engine = Engine(config: config)
        let module = try Module(engine: engine, binaryOrText: bytes)
        let store = Store(engine: engine, data: RunState())
        if let fuel = options.fuel { try store.setFuel(fuel) }
        let linker = Linker<RunState>(engine: engine)
        try linker.defineWASI { $0.wasi }
        var wasiConfig = WASIConfiguration()
        wasiConfig.arguments = [options.argv0 ?? file] + (options.invoke == nil ? options.arguments : [])
        wasiConfig.environment = options.environment
        wasiConfig.stdin = streams.stdin
        wasiConfig.stdout = streams.stdout
        wasiConfig.stderr = streams.stderr
        wasiConfig.preopens = options.preopens
        let wasi = try WASIContext(wasiConfig)
        store.data.wasi = wasi
        let instance = try linker.instantiate(store, module)
        guard let name = options.invoke else { return try wasi.run(store, instance) }
        try wasi.initialize(store, instance)
        guard let function = try instance.getFunc(store, name) else {
            throw UsageError(message: "\(file): no exported function \(name)")
        }
        let type = try function.type(store)
        guard options.arguments.count == type.params.count else {
            let count = type.params.count
            throw UsageError(message: "\(name) expects \(count) argument\(count == 1 ? "" : "s") \(type), got \(options.arguments.count)")
        }
        var values: [Value] = []
        for (text, paramType) in zip(options.arguments, type.params) {
            guard let value = parseValue(text, as: paramType) else {
                throw UsageError(message: "cannot read \"\(text)\" as \(paramType)")
            }
            values.append(value)
        }
        for result in try function.call(store, values) { streams.print(format(result)) }
        return 0
    } catch let exit as WASIExit {
        return exit.code
    } catch let trap as Trap {
        streams.error("wasmlua: \(file): \(trap)")
        if !trap.backtrace.isEmpty { streams.error(trap.backtraceDescription) }
        return 134
    } catch let error as UsageError {
        streams.error("wasmlua: \(error.message)")
        return 1
    } catch let error as WasmError where error.kind == .usage {
        streams.error("wasmlua: \(file): \(error.message)")
        return 1
    } catch {
        streams.error("wasmlua: \(file): \(error)")
        return 1
    }
}

/// The store data of `wasmlua run`.
final class RunState {
    var wasi: WASIContext?
}

/// Parses the options before the module file; everything after the file is the program's.
func parseRunOptions(_ arguments: [String]) throws -> RunOptions {
    var options = RunOptions()
    var rest = arguments[...]
    var inlineValue: String?
    func value(_ option: String) throws -> String {
        if let inline = inlineValue { return inline }
        guard let value = rest.popFirst() else { throw UsageError(message: "\(option) needs a value\n\(runUsage)") }
        return value
    }
    while var first = rest.first, first.hasPrefix("-"), first != "-" {
        rest = rest.dropFirst()
        // `--` ends the options; `--name=value` and `-Wvalue` give the value in the same word.
        if first == "--" { break }
        inlineValue = nil
        if first.hasPrefix("--"), let equals = first.firstIndex(of: "=") {
            inlineValue = String(first[first.index(after: equals)...])
            first = String(first[..<equals])
        } else if first.hasPrefix("-W"), first.count > 2 {
            inlineValue = String(first.dropFirst(2))
            first = "-W"
        }
        switch first {
        case "--dir":
            let text = try value(first)
            let parts = text.components(separatedBy: "::")
            guard parts.count <= 2, !parts[0].isEmpty else { throw UsageError(message: "--dir \(text): expected HOST or HOST::GUEST") }
            guard isDirectory(parts[0]) else { throw UsageError(message: "--dir \(text): \(parts[0]) is not a directory") }
            options.preopens.append(WASIPreopen(hostPath: parts[0], guestPath: parts.count == 2 ? parts[1] : parts[0]))
        case "--env":
            let text = try value(first)
            guard !text.isEmpty, !text.hasPrefix("=") else { throw UsageError(message: "--env \(text): expected NAME=VALUE or NAME") }
            if let equals = text.firstIndex(of: "=") {
                options.environment[String(text[..<equals])] = String(text[text.index(after: equals)...])
            } else if let inherited = hostVariable(text) {
                options.environment[text] = inherited
            }
        case "--argv0":
            options.argv0 = try value(first)
        case "--fuel", "-W":
            var text = try value(first)
            if first == "-W" {
                guard text.hasPrefix("fuel=") else { throw UsageError(message: "-W \(text): only -W fuel=N is supported") }
                text = String(text.dropFirst(5))
            }
            guard let fuel = UInt64(text) else {
                throw UsageError(message: "\(first == "-W" ? "-W fuel=" : "--fuel ")\(text): expected a number of fuel units")
            }
            options.fuel = fuel
        case "--invoke":
            options.invoke = try value(first)
        default:
            throw UsageError(message: "run: unknown option \(first)\n\(runUsage)")
        }
    }
    guard let file = rest.popFirst() else { throw UsageError(message: "run: no module file given\n\(runUsage)") }
    options.file = file
    options.arguments = Array(rest)
    return options
}

/// A command-line argument as a value of `type` (integers signed or unsigned, `null` references).
func parseValue(_ text: String, as type: ValueType) -> Value? {
    switch type {
    case .i32:
        if let v = Int32(text) { return .i32(v) }
        if let v = UInt32(text) { return .i32(Int32(bitPattern: v)) }
    case .i64:
        if let v = Int64(text) { return .i64(v) }
        if let v = UInt64(text) { return .i64(Int64(bitPattern: v)) }
    case .f32: if let v = Float(text) { return .f32(v) }
    case .f64: if let v = Double(text) { return .f64(v) }
    case .funcRef, .externRef: if text == "null" { return type == .funcRef ? .funcRef(nil) : .externRef(nil) }
    }
    return nil
}

/// A result as `wasmlua run --invoke` prints it.
func format(_ value: Value) -> String {
    switch value {
    case .i32(let v): "\(v)"
    case .i64(let v): "\(v)"
    case .f32(let v): "\(v)"
    case .f64(let v): "\(v)"
    case .funcRef(let f): f == nil ? "null" : "funcref"
    case .externRef(let r): r == nil ? "null" : "externref"
    }
}
