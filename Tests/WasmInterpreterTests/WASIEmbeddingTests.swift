import Foundation
import Testing
import WasmInterpreter
import WasmInterpreterWASI

/// WASI through the Swift API: `WASIConfiguration`, `WASIContext`, `Linker.defineWASI`, with small
/// programs written in WAT against `wasi_snapshot_preview1`.
@Suite("WASI from Swift")
struct WASIEmbeddingTests {
    typealias State = WASIState

    /// Tests/wasi-programs/echo_stdin.wat: echoes standard input, exits with the argument count;
    /// exports `write_at`, `env_count` and `say` (see the file).
    static let echo = try! String(
        contentsOf: WASIProgramsTests.folder.appendingPathComponent("echo_stdin.wat"), encoding: .utf8)

    func instantiate(_ config: WASIConfiguration) throws -> (Store<State>, Instance, WASIContext) {
        try instantiateWASI(config) { try Module(engine: $0, wat: Self.echo) }
    }

    @Test("standard input from bytes, standard output captured, exit code 0 when _start returns")
    func echoCaptured() throws {
        var config = WASIConfiguration()
        config.arguments = ["echo"]
        config.stdin = .bytes(Array("hello, wasi\n".utf8) + [UInt8](repeating: 65, count: 100))
        config.stdout = .capture
        let (store, instance, wasi) = try instantiate(config)
        #expect(try wasi.run(store, instance) == 0)
        #expect(wasi.capturedStdout == Array("hello, wasi\n".utf8) + [UInt8](repeating: 65, count: 100))
    }

    @Test("proc_exit ends the run with its code; called directly it is a WASIExit error, and a resumable call ends with it")
    func exitCode() throws {
        var config = WASIConfiguration()
        config.arguments = ["echo", "a", "b", "c"]
        config.stdout = .callback { _ in }
        let (store, instance, wasi) = try instantiate(config)
        #expect(try wasi.run(store, instance) == 3)
        let start = try #require(try instance.getFunc(store, "_start"))
        #expect(throws: WASIExit(code: 3)) { try start.call(store, []) }
        // Final: the resumable call does not stop at the exit to be resumed later.
        #expect(throws: WASIExit(code: 3)) { _ = try start.callResumable(store, []) }
    }

    @Test("a guest pointer outside memory traps; the store stays usable")
    func outOfBoundsPointer() throws {
        var chunks: [[UInt8]] = []
        var config = WASIConfiguration()
        config.stdout = .capture
        let (store, instance, wasi) = try instantiate(config)
        let writeAt = try #require(try instance.getFunc(store, "write_at"))
        // The iovec array itself lies past the end of the 64 KiB memory.
        let trap = try #require(throws: Trap.self) { try writeAt.call(store, [.i32(65532)]) }
        #expect(trap.code == .memoryOutOfBounds)
        // An iovec inside memory whose buffer points outside it.
        let memory = try #require(try instance.getMemory(store, "memory"))
        try memory.write(store, offset: 200, bytes: [0xF0, 0xFF, 0xFF, 0xFF, 16, 0, 0, 0])
        #expect(throws: Trap.self) { try writeAt.call(store, [.i32(200)]) }
        chunks.append(wasi.capturedStdout)
        #expect(chunks == [[]])  // nothing written by the faulting calls
        try memory.write(store, offset: 100, bytes: Array("ok".utf8))
        try memory.write(store, offset: 200, bytes: [100, 0, 0, 0, 2, 0, 0, 0])
        #expect(try writeAt.call(store, [.i32(200)]) == [.i32(0)])
        #expect(wasi.capturedStdout == Array("ok".utf8))
    }

    @Test("a store without a WASI context, and a module without a memory export, fail with plain errors")
    func missingContextOrMemory() throws {
        let engine = Engine()
        let linker = Linker<State>(engine: engine)
        try linker.defineWASI { $0.wasi }
        let store = Store(engine: engine, data: State())
        let instance = try linker.instantiate(store, Module(engine: engine, wat: Self.echo))
        let start = try #require(try instance.getFunc(store, "_start"))
        let error = try #require(throws: WasmError.self) { try start.call(store, []) }
        #expect(error.message.contains("no WASI context"))

        store.data.wasi = try WASIContext(WASIConfiguration())
        let noMemory = try linker.instantiate(
            store,
            Module(
                engine: engine,
                wat: """
                    (module (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
                      (func (export "_start") (call $exit (i32.const 0))))
                    """))
        let missing = try #require(throws: WasmError.self) { try store.data.wasi!.run(store, noMemory) }
        #expect(missing.message.contains("export its memory"))
    }

    @Test("a module importing a WASI function that does not exist fails to link, naming it")
    func unknownFunction() throws {
        let engine = Engine()
        let linker = Linker<State>(engine: engine)
        try linker.defineWASI { $0.wasi }
        let error = try #require(throws: WasmError.self) {
            try linker.instantiate(
                Store(engine: engine, data: State()),
                Module(
                    engine: engine,
                    wat: """
                        (module (import "wasi_snapshot_preview1" "no_such_call" (func)))
                        """))
        }
        #expect(error.kind == .link)
        #expect(error.message.contains("no_such_call"))
    }

    @Test("a directory that does not exist is refused when the context is made")
    func missingDirectory() throws {
        var config = WASIConfiguration()
        config.preopens = [WASIPreopen(hostPath: "/no/such/directory", guestPath: "/data")]
        let error = try #require(throws: WasmError.self) { try WASIContext(config) }
        #expect(error.message.contains("/no/such/directory"))
    }
}
