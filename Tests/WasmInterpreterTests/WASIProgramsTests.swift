import Foundation
import Testing
import WasmInterpreter
import WasmInterpreterWASI
import WasmLuaCommands

/// The C programs of Tests/wasi-programs (built by scripts/build-wasi-programs with wasi-libc),
/// through `wasmlua run` and through the Swift API, with the same captured output; Lua runs them
/// in Tests/lua/wasi_programs.lua against the same expectations.
@Suite("WASI C programs")
struct WASIProgramsTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("wasi-programs")

    /// Runs `program` through the Swift API; returns (status, stdout, stderr).
    func runThroughAPI(_ program: String, _ config: WASIConfiguration) throws -> (Int32, String, String) {
        var config = config
        config.stdout = .capture
        config.stderr = .capture
        let (store, instance, wasi) = try instantiateWASI(config) {
            try Module(engine: $0, path: Self.folder.appendingPathComponent(program).path)
        }
        let status = try wasi.run(store, instance)
        return (status, String(decoding: wasi.capturedStdout, as: UTF8.self), String(decoding: wasi.capturedStderr, as: UTF8.self))
    }

    /// Runs `wasmlua run ARGUMENTS` in-process; returns (status, stdout, stderr).
    func runThroughCLI(_ arguments: [String], stdin: [UInt8]) -> (Int32, String, String) {
        let stdout = OutputCollector()
        let stderr = OutputCollector()
        var streams = RunStreams()
        streams.stdin = .bytes(stdin)
        streams.stdout = .callback { stdout.append($0) }
        streams.stderr = .callback { stderr.append($0) }
        streams.error = { stderr.append(Array(($0 + "\n").utf8)) }
        let status = runCommand(arguments, streams: streams)
        return (status, String(decoding: stdout.bytes, as: UTF8.self), String(decoding: stderr.bytes, as: UTF8.self))
    }

    @Test("echo_io: arguments, environment, standard input, standard error, exit status; CLI and API agree")
    func echoIO() throws {
        let expected = "args: x y\nNAME=swift\nstdin: one line\n"
        var config = WASIConfiguration()
        config.arguments = ["echo_io", "x", "y"]
        config.environment = ["NAME": "swift"]
        config.stdin = .bytes(Array("one line\n".utf8))
        let api = try runThroughAPI("echo_io.wasm", config)
        #expect(api.0 == 0)
        #expect(api.1 == expected)
        #expect(api.2 == "to stderr\n")
        let path = Self.folder.appendingPathComponent("echo_io.wasm").path
        let cli = runThroughCLI(["--env", "NAME=swift", path, "x", "y"], stdin: Array("one line\n".utf8))
        #expect(cli.0 == api.0 && cli.1 == api.1 && cli.2 == api.2)
        // More than two arguments: exit status 3; no standard input.
        config.arguments = ["echo_io", "1", "2", "3"]
        config.stdin = .bytes([])
        let three = try runThroughAPI("echo_io.wasm", config)
        #expect(three.0 == 3)
        #expect(three.1 == "args: 1 2 3\nNAME=swift\nstdin: (empty)\n")
        #expect(runThroughCLI([path, "1", "2", "3"], stdin: []).0 == 3)
    }

    @Test("sandbox: files inside the preopened directory work; '..', absolute paths and symlinks out fail")
    func sandbox() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wasi-sandbox-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let data = root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try "hello files\n".write(to: data.appendingPathComponent("in.txt"), atomically: true, encoding: .utf8)
        try "secret\n".write(to: root.appendingPathComponent("outside.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: data.appendingPathComponent("link-out").path, withDestinationPath: "../outside.txt")
        var config = WASIConfiguration()
        config.arguments = ["sandbox"]
        config.preopens = [WASIPreopen(hostPath: data.path, guestPath: "/data")]
        let (status, stdout, _) = try runThroughAPI("sandbox.wasm", config)
        #expect(status == 0)
        #expect(stdout == "copied\ndotdot: EPERM\nabsolute: ENOTCAPABLE\nsymlink out: EPERM\ninside: ok\n")
        #expect(try String(contentsOf: data.appendingPathComponent("out.txt"), encoding: .utf8) == "HELLO FILES\n")
        #expect(try String(contentsOf: root.appendingPathComponent("outside.txt"), encoding: .utf8) == "secret\n")
    }

    @Test("a read-only directory: reads work, every change is refused with ENOTCAPABLE, also through subdirectories")
    func readOnly() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wasi-readonly-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "read me\n".write(to: root.appendingPathComponent("in.txt"), atomically: true, encoding: .utf8)
        try "x\n".write(to: root.appendingPathComponent("sub/x.txt"), atomically: true, encoding: .utf8)
        var config = WASIConfiguration()
        config.preopens = [WASIPreopen(hostPath: root.path, guestPath: "/ro", readOnly: true)]
        let (status, stdout, _) = try runThroughAPI("readonly.wasm", config)
        #expect(status == 0)
        let refused = ["create", "write open", "truncate", "append", "mkdir", "unlink", "rename", "symlink", "nested create"]
        #expect(
            stdout == """
                read open: ok
                read: ok
                contents: read me
                \(refused.map { "\($0): ENOTCAPABLE\n" }.joined())nested read: ok
                open subdirectory: ok
                create through it: ENOTCAPABLE
                read through it: ok

                """)
        // The tree is exactly as it was.
        let entries = try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted()
        #expect(entries == ["in.txt", "sub", "sub/x.txt"])
        #expect(try String(contentsOf: root.appendingPathComponent("in.txt"), encoding: .utf8) == "read me\n")
        // The same directory writable: the program's first change goes through.
        config.preopens = [WASIPreopen(hostPath: root.path, guestPath: "/ro")]
        let (_, writable, _) = try runThroughAPI("readonly.wasm", config)
        #expect(writable.contains("create: ok"))
    }

    @Test("in-memory files: the program reads and writes them, the host reads the result back; next to host directories too")
    func memoryFiles() throws {
        var config = WASIConfiguration()
        config.files = ["/data/in.txt": Array("hello memory\n".utf8)]
        config.stdout = .capture
        let (store, instance, wasi) = try instantiateWASI(config) {
            try Module(engine: $0, path: Self.folder.appendingPathComponent("sandbox.wasm").path)
        }
        #expect(try wasi.run(store, instance) == 0)
        #expect(String(decoding: wasi.capturedStdout, as: UTF8.self).hasPrefix("copied\n"))
        #expect(wasi.memoryFile(at: "/data/out.txt") == Array("HELLO MEMORY\n".utf8))
        #expect(wasi.memoryFile(at: "/data/missing.txt") == nil)

        // With a host directory as well: the files sit in a private temporary directory.
        let host = FileManager.default.temporaryDirectory.appendingPathComponent("wasi-host-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: host, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: host) }
        config.preopens = [WASIPreopen(hostPath: host.path, guestPath: "/host", readOnly: true)]
        config.files = ["/data/in.txt": Array("hello mixed\n".utf8)]
        let (status, stdout, _) = try runThroughAPI("sandbox.wasm", config)
        #expect(status == 0 && stdout.hasPrefix("copied\n"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: "/tmp").filter { $0.hasPrefix("wasmlua-wasi-") }
        #expect(leftovers.isEmpty, "temporary directories left behind: \(leftovers)")

        config.files = ["relative.txt": []]
        #expect(throws: WasmError.self) { try WASIContext(config) }
    }

    @Test("wasmlua run --invoke: WASI available, _initialize first; --fuel stops a program with a trap (status 134)")
    func invokeAndFuel() throws {
        let reactor = FileManager.default.temporaryDirectory.appendingPathComponent("reactor-\(UUID().uuidString).wat")
        defer { try? FileManager.default.removeItem(at: reactor) }
        try """
        (module
          (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes (param i32 i32) (result i32)))
          (memory (export "memory") 1)
          (global $ready (mut i32) (i32.const 0))
          (func (export "_initialize") (global.set $ready (i32.const 40)))
          (func (export "answer") (param i32) (result i32)
            (drop (call $args_sizes (i32.const 0) (i32.const 4)))
            (i32.add (i32.add (global.get $ready) (local.get 0)) (i32.load (i32.const 0)))))
        """.write(to: reactor, atomically: true, encoding: .utf8)
        // 40 from _initialize + 1 + argc 1 (argv[0] only: the values after the file are the function's).
        let run = runThroughCLI(["--invoke", "answer", reactor.path, "1"], stdin: [])
        #expect(run.0 == 0 && run.1 == "" && run.2 == "")
        let printed = OutputCollector()
        var streams = RunStreams()
        streams.print = { printed.appendMessage($0) }
        #expect(runCommand(["--invoke", "answer", reactor.path, "1"], streams: streams) == 0)
        #expect(printed.messages == "42")

        let words = Self.folder.appendingPathComponent("words.wasm").path
        let stopped = runThroughCLI(["-W", "fuel=100000", words, "100"], stdin: [])
        #expect(stopped.0 == 134)
        #expect(stopped.2.hasPrefix("wasmlua: \(words): wasm trap: all fuel consumed"))
        #expect(stopped.2.contains("\n  at func["))
        #expect(runThroughCLI(["--fuel", "100000000", words, "100"], stdin: []).0 == 0)
    }

    @Test("environment: inherited from the host, configured values win; --env NAME passes one on; --argv0")
    func environmentAndArgv0() throws {
        setenv("NAME", "from the host", 1)
        defer { unsetenv("NAME") }
        var config = WASIConfiguration()
        config.arguments = ["echo_io"]
        config.inheritEnvironment = true
        #expect(try runThroughAPI("echo_io.wasm", config).1.contains("NAME=from the host\n"))
        config.environment = ["NAME": "configured"]
        #expect(try runThroughAPI("echo_io.wasm", config).1.contains("NAME=configured\n"))
        config.inheritEnvironment = false
        config.environment = [:]
        #expect(try runThroughAPI("echo_io.wasm", config).1.contains("NAME=(unset)\n"))

        let path = Self.folder.appendingPathComponent("echo_io.wasm").path
        #expect(runThroughCLI(["--env", "NAME", path], stdin: []).1.contains("NAME=from the host\n"))
        #expect(runThroughCLI([path], stdin: []).1.contains("NAME=(unset)\n"))
        // argv[0] is not printed by echo_io, but it counts: three words after it make status 3.
        #expect(runThroughCLI(["--argv0", "prog", path, "a", "b", "c"], stdin: []).0 == 3)
    }
}
