// The WASI state of one store: WasmKit's implementation (file table, clocks, random) configured
// from a `WASIConfiguration`, plus the captured output.
@_spi(WASIPlatform) import WASI
import WasmInterpreter
import WasmTypes

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One WASI program instance's state, kept in a store's data and found by the functions that
/// `Linker.defineWASI` adds (as Wasmtime keeps a `WasiCtx` in its store).
///
/// ```swift
/// final class State { var wasi: WASIContext? }
/// let linker = Linker<State>(engine: engine)
/// try linker.defineWASI { $0.wasi }
/// let store = Store(engine: engine, data: State())
/// var config = WASIConfiguration()
/// config.arguments = ["hello"]
/// config.stdout = .capture
/// let wasi = try WASIContext(config)
/// store.data.wasi = wasi
/// let instance = try linker.instantiate(store, module)
/// let code = try wasi.run(store, instance)      // 0 when _start returns
/// print(String(decoding: wasi.capturedStdout, as: UTF8.self))
/// ```
public final class WASIContext: @unchecked Sendable {
    // Why @unchecked: WasmKit's implementation locks its own state; the rest is immutable.
    let bridge: WASIBridgeToHost
    /// The WASI functions, in `WASIFunctions.all` order.
    let functions: [WASIHostFunction<GuestMemoryView>]
    private let stdoutCapture = CaptureBuffer()
    private let stderrCapture = CaptureBuffer()
    /// Streams on host descriptors this context opened. Never read: holding them is the point,
    /// so that the descriptors stay open exactly as long as the context, whatever WasmKit's file
    /// table does with its entries (each stream closes its descriptor in `deinit`).
    private let streams: [AnyObject]
    /// The WASI call in progress (its memory fault record).
    let currentCall = CurrentCall()
    /// The descriptors of read-only directory trees (see ReadOnlyDirectories.swift).
    let readOnlyDirectories: ReadOnlyDirectories
    /// The in-memory tree of `files`, when it is in memory.
    private let memoryFileSystem: MemoryFileSystem?
    /// The host copy of `files`, when they sit next to host directories.
    private let temporaryDirectory: TemporaryDirectory?

    /// Makes the state for `configuration`: opens the files and directories it names. Throws
    /// `WasmError` (`.usage`) with a plain message when one cannot be opened.
    public init(_ configuration: WASIConfiguration) throws {
        // One directory per guest path: a second one would silently hide the first.
        var guestPaths = Set<String>()
        for guestPath in configuration.preopens.map(\.guestPath) + (try Self.topDirectories(of: configuration.files)) {
            guard guestPaths.insert(guestPath).inserted else {
                throw WasmError(.usage, "WASI: two directories at guest path \(guestPath)")
            }
        }
        for preopen in configuration.preopens {
            var info = stat()
            guard stat(preopen.hostPath, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
                throw WasmError(.usage, "WASI: \(preopen.hostPath) is not a directory")
            }
        }
        let stdin: any WASIFile
        let input: AnyObject?
        switch configuration.stdin {
        case .inherit:
            let file = DescriptorFile(fd: 0, readable: true, owned: false, call: currentCall)
            (stdin, input) = (file, file)
        case .file(let path):
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw WasmError(.usage, "WASI: cannot open \(path) for standard input") }
            let file = DescriptorFile(fd: fd, readable: true, owned: true, call: currentCall)
            (stdin, input) = (file, file)
        case .bytes(let bytes):
            stdin = StreamFile(input: bytes, call: currentCall)
            input = nil
        }
        let (stdout, output) = try Self.outputFile(
            configuration.stdout, fd: 1, capture: stdoutCapture, call: currentCall, what: "standard output")
        let (stderr, error) = try Self.outputFile(
            configuration.stderr, fd: 2, capture: stderrCapture, call: currentCall, what: "standard error")
        streams = [input, output, error].compactMap { $0 }
        readOnlyDirectories = ReadOnlyDirectories(configuration.preopens)

        var environment: [String: String] = [:]
        if configuration.inheritEnvironment { environment = hostEnvironment() }
        environment.merge(configuration.environment) { _, configured in configured }
        var preopens = configuration.preopens.map { WASIBridgeToHost.Preopen(guestPath: $0.guestPath, hostPath: $0.hostPath) }
        let fileSystem: WASIBridgeToHost.FileSystemOptions
        let tops = try Self.topDirectories(of: configuration.files)
        if !configuration.files.isEmpty && configuration.preopens.isEmpty {
            let memory = try MemoryFileSystem()
            for (path, bytes) in configuration.files { try memory.addFile(at: path, content: bytes) }
            memoryFileSystem = memory
            temporaryDirectory = nil
            fileSystem = .memory(memory)
            preopens += tops.map { WASIBridgeToHost.Preopen(guestPath: $0, hostPath: $0) }
        } else if !configuration.files.isEmpty {
            let directory = try TemporaryDirectory(files: configuration.files)
            memoryFileSystem = nil
            temporaryDirectory = directory
            fileSystem = .host()
            preopens += tops.map { WASIBridgeToHost.Preopen(guestPath: $0, hostPath: directory.path + $0) }
        } else {
            memoryFileSystem = nil
            temporaryDirectory = nil
            fileSystem = .host()
        }
        let options = fileSystem.withStdio(stdin: stdin, stdout: stdout, stderr: stderr).withPreopens(preopens)
        do {
            bridge = try WASIBridgeToHost(args: configuration.arguments, environment: environment, fileSystem: options)
        } catch {
            throw WasmError(.usage, "WASI: \(error)")
        }
        let byName = bridge.hostFunctions(capabilities: WASICapability<GuestMemoryView>.all)
        functions = WASIFunctions.all.map { byName[$0.name]! }
    }

    deinit {
        // WasmKit requires it before the bridge goes (it closes the descriptors of files the
        // program opened and left open).
        try? bridge.close()
    }

    /// The contents of file `path` of the in-memory tree (`WASIConfiguration.files` without host
    /// directories), as the program left it; nil if there is no such file.
    public func memoryFile(at path: String) -> [UInt8]? {
        guard let memoryFileSystem, let content = try? memoryFileSystem.getFile(at: path) else { return nil }
        switch content {
        case .bytes(let bytes): return bytes
        case .handle: return nil
        }
    }

    /// The WASI file type of descriptor `fd` (3: directory, 4: regular file, ...), asked of
    /// WasmKit's own `fd_fdstat_get` with a private buffer; nil if it fails.
    func fileType(of fd: UInt32) -> UInt8? {
        guard let index = WASIFunctions.all.firstIndex(where: { $0.name == "fd_fdstat_get" }) else { return nil }
        var buffer = [UInt8](repeating: 0, count: 24)
        let ok = buffer.withUnsafeMutableBytes { bytes -> Bool in
            let result = try? functions[index].implementation(
                GuestMemoryView(bytes: bytes, fault: MemoryFault()), [.i32(fd), .i32(0)])
            return result == [.i32(0)]
        }
        return ok ? buffer[0] : nil
    }

    /// The top directories of the `files` paths (`/virtual` of `/virtual/a/b.txt`), sorted.
    private static func topDirectories(of files: [String: [UInt8]]) throws -> [String] {
        var tops = Set<String>()
        for path in files.keys {
            let parts = path.split(separator: "/", omittingEmptySubsequences: true)
            guard path.hasPrefix("/"), parts.count >= 2, !parts.contains(".."), !parts.contains(".") else {
                throw WasmError(.usage, "WASI: files: \(path) must be an absolute path inside a directory (/dir/name)")
            }
            tops.insert("/" + parts[0])
        }
        return tops.sorted()
    }

    /// What the program wrote to standard output so far, when it is `.capture`d.
    public var capturedStdout: [UInt8] { stdoutCapture.contents }
    /// What the program wrote to standard error so far, when it is `.capture`d.
    public var capturedStderr: [UInt8] { stderrCapture.contents }

    /// Runs a WASI command: calls its `_start` export. Returns the exit code: the one passed to
    /// `proc_exit`, 0 when `_start` returns. Traps and other errors are thrown.
    public func run<T>(_ store: Store<T>, _ instance: Instance) throws -> Int32 {
        guard let start = try instance.getFunc(store, "_start") else {
            throw WasmError(.usage, "the module exports no _start function (it is not a WASI command)")
        }
        do {
            _ = try start.call(store, [])
        } catch let exit as WASIExit {
            return exit.code
        }
        return 0
    }

    /// Initializes a WASI library-style module (a reactor): calls its `_initialize` export if it
    /// has one. A `proc_exit` during it is thrown as `WASIExit`.
    public func initialize<T>(_ store: Store<T>, _ instance: Instance) throws {
        if let initialize = try instance.getFunc(store, "_initialize") { _ = try initialize.call(store, []) }
    }

    private static func outputFile(
        _ output: WASIOutput, fd: CInt, capture: CaptureBuffer, call: CurrentCall, what: String
    ) throws -> (any WASIFile, AnyObject?) {
        switch output {
        case .inherit:
            let file = DescriptorFile(fd: fd, readable: false, owned: false, call: call)
            return (file, file)
        case .file(let path):
            let opened = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard opened >= 0 else { throw WasmError(.usage, "WASI: cannot open \(path) for \(what)") }
            let file = DescriptorFile(fd: opened, readable: false, owned: true, call: call)
            return (file, file)
        case .capture:
            return (StreamFile(output: { capture.append($0) }, call: call), nil)
        case .callback(let body):
            return (StreamFile(output: body, call: call), nil)
        }
    }
}

/// The host process's environment variables.
private func hostEnvironment() -> [String: String] {
    var result: [String: String] = [:]
    var entry = environ
    while let pointer = entry.pointee {
        let text = String(cString: pointer)
        if let equals = text.firstIndex(of: "=") {
            result[String(text[..<equals])] = String(text[text.index(after: equals)...])
        }
        entry += 1
    }
    return result
}

/// A private host directory holding copies of configured in-memory files, removed with it.
final class TemporaryDirectory: @unchecked Sendable {
    // Why @unchecked: immutable after init.
    let path: String

    init(files: [String: [UInt8]]) throws {
        var template = Array("/tmp/wasmlua-wasi-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw WasmError(.usage, "WASI: cannot create a temporary directory") }
        path = String(cString: made)
        for (guestPath, bytes) in files {
            let parts = guestPath.split(separator: "/")
            var directory = path
            for part in parts.dropLast() {
                directory += "/\(part)"
                mkdir(directory, 0o700)
            }
            let file = path + guestPath
            let fd = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw WasmError(.usage, "WASI: cannot write \(guestPath) to a temporary directory") }
            defer { close(fd) }
            var done = 0
            while done < bytes.count {
                let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, bytes.count - done) }
                guard n > 0 else { throw WasmError(.usage, "WASI: cannot write \(guestPath) to a temporary directory") }
                done += n
            }
        }
    }

    deinit { removeTree(path) }
}

/// Removes `path` and everything below it (not following symbolic links).
private func removeTree(_ path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return }
    if (info.st_mode & S_IFMT) == S_IFDIR, let directory = opendir(path) {
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(directory)
        for name in names { removeTree(path + "/" + name) }
        rmdir(path)
    } else {
        unlink(path)
    }
}
