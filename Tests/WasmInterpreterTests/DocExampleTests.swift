import Foundation
import Testing
import WasmInterpreter

/// The examples in the public API's doc comments run here, and stand in the doc comments line for
/// line (`documentationShowsTheExamples`): an example that stops compiling or working fails a test.
@Suite("Doc comment examples")
struct DocExampleTests {
    @Test("Engine, Module, Store, Linker, Func.call, Memory")
    func embeddingBasics() throws {
        // BEGIN DOC EXAMPLE Engine.swift
        var config = Config()
        config.consumeFuel = true
        let engine = Engine(config: config)
        // END DOC EXAMPLE
        // BEGIN DOC EXAMPLE Module.swift
        let module = try Module(
            engine: engine,
            wat: """
                (module
                  (memory (export "memory") 1)
                  (func (export "answer") (result i32) (i32.const 42)))
                """)
        let names = module.exports.map(\.name)  // ["memory", "answer"]
        // END DOC EXAMPLE
        #expect(names == ["memory", "answer"])
        // BEGIN DOC EXAMPLE Store.swift
        let store = Store(engine: engine, data: 0)  // `data`: any value host functions share
        store.data += 1
        // END DOC EXAMPLE
        #expect(store.data == 1)
        try store.setFuel(10_000)
        // BEGIN DOC EXAMPLE Linker.swift
        let linker = Linker<Int>(engine: engine)
        try linker.funcWrap(module: "env", name: "add") { (a: Int32, b: Int32) -> Int32 in a &+ b }
        let instance = try linker.instantiate(store, module)
        // END DOC EXAMPLE
        // BEGIN DOC EXAMPLE Linker.swift
        let answer = try instance.getFunc(store, "answer")!.call(store, [])  // [.i32(42)]
        // END DOC EXAMPLE
        #expect(answer == [.i32(42)])
        // BEGIN DOC EXAMPLE Func.swift
        let results = try instance.getFunc(store, "answer")!.call(store, [])  // [.i32(42)]
        // END DOC EXAMPLE
        #expect(results == [.i32(42)])
        // BEGIN DOC EXAMPLE Memory.swift
        let memory = try instance.getMemory(store, "memory")!
        try memory.write(store, offset: 0, bytes: Array("hi".utf8))
        let bytes = try memory.read(store, offset: 0, count: 2)  // [104, 105]
        let oldPages = try memory.grow(store, by: 1)  // 1
        // END DOC EXAMPLE
        let pages = try memory.size(store)
        #expect(bytes == [104, 105] && oldPages == 1 && pages == 2)
    }

    @Test("Store.callHook, Func.callResumable, Linker.funcWrap, TypedFunc")
    func hooksAndResumableCalls() throws {
        var config = Config()
        config.consumeFuel = true
        let engine = Engine(config: config)
        let store = Store(engine: engine, data: 0)
        let linker = Linker<Int>(engine: engine)
        // BEGIN DOC EXAMPLE TypedFunctions.swift
        try linker.funcWrap(module: "env", name: "add") { (a: Int32, b: Int32) -> Int32 in a &+ b }
        // END DOC EXAMPLE
        let module = try Module(
            engine: engine,
            wat: """
                (module
                  (import "env" "add" (func $add (param i32 i32) (result i32)))
                  (func (export "add") (param i32 i32) (result i32) (call $add (local.get 0) (local.get 1)))
                  (func (export "sum") (param i32) (result i64) (local i64)
                    (loop
                      (local.set 1 (i64.add (local.get 1) (i64.extend_i32_u (local.get 0))))
                      (br_if 0 (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
                    (local.get 1)))
                """)
        try store.setFuel(10_000)
        let instance = try linker.instantiate(store, module)
        // BEGIN DOC EXAMPLE CallHook.swift
        store.callHook { calls, kind in
            if kind == .callingHost { calls += 1 }
        }
        // END DOC EXAMPLE
        // BEGIN DOC EXAMPLE TypedFunctions.swift
        let add = try instance.getFunc(store, "add")!.typed(store, params: (Int32, Int32).self, results: Int32.self)
        let sum = try add.call(store, (2, 3))
        // END DOC EXAMPLE
        #expect(sum == 5 && store.data == 1)
        do {
            let sum = try instance.getFunc(store, "sum")!
            // BEGIN DOC EXAMPLE ResumableCall.swift
            try store.setFuel(1000)
            var outcome = try sum.callResumable(store, [.i32(100_000)])
            while case .outOfFuel(let suspended) = outcome {
                try store.setFuel(1000)  // more fuel, then continue where it stopped
                outcome = try suspended.resume(store)
            }
            // END DOC EXAMPLE
            guard case .finished(let values) = outcome else {
                Issue.record("the call did not finish")
                return
            }
            #expect(values == [.i64(5_000_050_000)])
        }
    }

    @Test("the documentation catalog's overview")
    func catalogOverview() throws {
        // BEGIN DOC EXAMPLE ../WasmInterpreter.docc/WasmInterpreter.md
        let engine = Engine()
        let module = try Module(
            engine: engine,
            wat: """
                (module
                  (import "env" "add" (func $add (param i32 i32) (result i32)))
                  (func (export "add3") (param i32) (result i32) (call $add (local.get 0) (i32.const 3))))
                """)
        let store = Store(engine: engine, data: ())
        let linker = Linker<Void>(engine: engine)
        try linker.funcWrap(module: "env", name: "add") { (a: Int32, b: Int32) -> Int32 in a &+ b }
        let instance = try linker.instantiate(store, module)
        let add3 = try instance.getFunc(store, "add3")!.typed(store, params: Int32.self, results: Int32.self)
        let seven = try add3.call(store, 4)
        // END DOC EXAMPLE
        #expect(seven == 7)
    }

    @Test("the doc comments show the examples above, line for line")
    func documentationShowsTheExamples() throws {
        let testFile = URL(fileURLWithPath: #filePath)
        let runtime = testFile.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/WasmInterpreter/Runtime")
        // The examples: the lines between a BEGIN line (naming the file) and the END line after it.
        var examples: [(file: String, lines: [String])] = []
        var inside = false
        for line in try String(contentsOf: testFile, encoding: .utf8).split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("// BEGIN DOC EXAMPLE ") {
                examples.append((String(text.dropFirst("// BEGIN DOC EXAMPLE ".count)), []))
                inside = true
            } else if text == "// END DOC EXAMPLE" {
                inside = false
            } else if inside {
                examples[examples.count - 1].lines.append(text)
            }
        }
        #expect(examples.count == 12)
        for (file, lines) in examples {
            // The file's doc comments (a Swift file) or text (the catalog), each line without its
            // indentation and `/// ` (so indentation inside an example does not count).
            let text = try String(contentsOf: runtime.appendingPathComponent(file), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            let documentation =
                file.hasSuffix(".swift")
                ? text.filter { $0.hasPrefix("///") }.map { $0.dropFirst(3).trimmingCharacters(in: .whitespaces) } : text
            let shown = documentation.indices.contains { start in
                start + lines.count <= documentation.count
                    && zip(lines, documentation[start..<(start + lines.count)]).allSatisfy { $0 == $1 }
            }
            #expect(shown, "\(file)'s doc comments do not show: \(lines.joined(separator: " / "))")
        }
    }
}
