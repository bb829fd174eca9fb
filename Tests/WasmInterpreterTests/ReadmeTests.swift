import Foundation
import LuaWasm
import Testing
import WasmInterpreter
import WasmInterpreterWASI

/// Runs the README's Swift example, and checks the README still shows exactly this code.
@Suite("README")
struct ReadmeTests {
    @Test("the Swift API example runs and gives the values its comments state")
    func swiftExample() throws {
        // BEGIN README EXAMPLE
        let engine = Engine()
        let module = try Module(
            engine: engine,
            wat: """
                (module
                  (import "env" "double" (func $double (param i32) (result i32)))
                  (memory (export "memory") 1)
                  (func (export "add_doubled") (param i32 i32) (result i32)
                    (i32.add (call $double (local.get 0)) (local.get 1))))
                """)
        let store = Store(engine: engine)
        let linker = Linker<Void>(engine: engine)
        try linker.funcNew(module: "env", name: "double", type: FuncType(params: [.i32], results: [.i32])) { _, args in
            guard case .i32(let x) = args[0] else { return [] }
            return [.i32(x &* 2)]
        }
        let instance = try linker.instantiate(store, module)
        let addDoubled = try instance.getFunc(store, "add_doubled")!
        let results = try addDoubled.call(store, [.i32(20), .i32(2)])  // [.i32(42)]

        let memory = try instance.getMemory(store, "memory")!
        try memory.write(store, offset: 0, bytes: Array("hi".utf8))
        let bytes = try memory.read(store, offset: 0, count: 2)  // [104, 105]

        do {
            _ = try addDoubled.call(store, [.i32(1)])  // wrong argument count
        } catch let error as WasmError {
            print(error)  // usage error: expected 2 arguments, got 1
        }
        // END README EXAMPLE
        #expect(results == [.i32(42)])
        #expect(bytes == [104, 105])
        #expect(throws: WasmError.self) { try addDoubled.call(store, [.i32(1)]) }
    }

    @Test("embedding example: store data, typed host functions, hooks, fuel, limits, resumable calls")
    func embeddingExample() throws {
        // BEGIN README EXAMPLE
        struct HostState {
            var log: [String] = []
            var hostCalls = 0
        }

        var config = Config()
        config.consumeFuel = true
        let engine = Engine(config: config)
        let store = Store(engine: engine, data: HostState())
        let linker = Linker<HostState>(engine: engine)

        // Typed host function: the Wasm type (i32, i32) -> () comes from the closure's types.
        try linker.funcWrap(module: "env", name: "print") { (caller: Caller<HostState>, ptr: Int32, len: Int32) in
            let bytes = try caller.getMemory()!.read(caller.store, offset: UInt64(ptr), count: Int(len))
            caller.data.log.append(String(decoding: bytes, as: UTF8.self))
        }
        let module = try Module(
            engine: engine,
            wat: """
                (module
                  (import "env" "print" (func $print (param i32 i32)))
                  (memory (export "memory") 1)
                  (data (i32.const 0) "hello")
                  (func (export "greet") (call $print (i32.const 0) (i32.const 5)))
                  (func (export "sum") (param i32) (result i64) (local i64)
                    (loop
                      (local.set 1 (i64.add (local.get 1) (i64.extend_i32_u (local.get 0))))
                      (br_if 0 (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
                    (local.get 1)))
                """)
        store.setLimiter(StoreLimits(memorySize: 16 * 65536))  // memories may not exceed 1 MiB
        try store.setFuel(1_000_000)
        let instance = try linker.instantiate(store, module)

        // Call hook: sees every host/Wasm boundary crossing.
        store.callHook { state, kind in
            if kind == .callingHost { state.hostCalls += 1 }
        }
        let greet = try instance.getFunc(store, "greet")!.typed(store, params: Void.self, results: Void.self)
        try greet.call(store, ())  // store.data.log == ["hello"]

        let sum = try instance.getFunc(store, "sum")!.typed(store, params: Int32.self, results: Int64.self)
        let total = try sum.call(store, 1000)  // 500500

        // Fuel as a watchdog, with a resumable call: refuel and continue.
        try store.setFuel(1000)
        var outcome = try instance.getFunc(store, "sum")!.callResumable(store, [.i32(100_000)])
        while case .outOfFuel(let suspended) = outcome {
            try store.setFuel(1000)
            outcome = try suspended.resume(store)
        }
        // outcome == .finished([.i64(5000050000)])
        // END README EXAMPLE
        #expect(store.data.log == ["hello"])
        #expect(store.data.hostCalls == 1)
        #expect(total == 500500)
        guard case .finished(let values) = outcome else {
            Issue.record("expected the call to finish")
            return
        }
        #expect(values == [.i64(5_000_050_000)])
    }

    @Test("WASI example: a command run with arguments, its output captured")
    func wasiExample() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let path = root.appendingPathComponent("examples/wasi_echo.wat").path
        // BEGIN README EXAMPLE
        final class AppState { var wasi: WASIContext? }

        let engine = Engine()
        let linker = Linker<AppState>(engine: engine)
        try linker.defineWASI { $0.wasi }  // wasi_snapshot_preview1, for any store

        var config = WASIConfiguration()
        config.arguments = ["echo", "hello", "from Swift"]
        config.stdout = .capture  // or .inherit, .file(path), .callback { bytes in ... }
        let wasi = try WASIContext(config)
        let store = Store(engine: engine, data: AppState())
        store.data.wasi = wasi

        let instance = try linker.instantiate(store, Module(engine: engine, path: path))
        let status = try wasi.run(store, instance)  // 0: _start returned
        let output = String(decoding: wasi.capturedStdout, as: UTF8.self)  // "hello\nfrom Swift\n"
        // END README EXAMPLE
        #expect(status == 0)
        #expect(output == "hello\nfrom Swift\n")
    }

    /// Files the README shows whole: the examples run by the Lua scenario tests, the busted spec
    /// by scripts/test.
    @Test(
        "README.md shows these files as they are",
        arguments: ["examples/wasi.lua", "examples/timeslice.lua", "Tests/busted/readme_spec.lua"])
    func shownFile(_ path: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let example = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        #expect(readme.contains("```lua\n" + example + "```"), "README.md differs from \(path)")
    }

    @Test("the README's Lua quick start runs")
    func luaQuickStart() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let parts = readme.components(separatedBy: "```lua\n")
        try #require(parts.count >= 2)
        let script = parts[1].components(separatedBy: "```")[0]
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("readme-quickstart-\(getpid()).lua")
        try script.write(to: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: path) }
        #expect(LuaHost.run([path.path]) == 0)
    }

    @Test("README.md shows the examples above, line for line")
    func readmeMatches() throws {
        let testFile = URL(fileURLWithPath: #filePath)
        let root = testFile.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: testFile, encoding: .utf8)
        let examples = source.components(separatedBy: "// BEGIN README EXAMPLE\n").dropFirst().map {
            $0.components(separatedBy: "        // END README EXAMPLE")[0]
        }
        #expect(examples.count == 3)
        for example in examples {
            let lines = example.split(separator: "\n", omittingEmptySubsequences: false).map { $0.dropFirst(8) }
            #expect(readme.contains(lines.joined(separator: "\n")), "README.md differs from ReadmeTests.swift")
        }
    }
}
