import Foundation
import Testing
import WasmInterpreter

/// Runs the README's Swift example, and checks the README still shows exactly this code.
@Suite("README")
struct ReadmeTests {
    @Test("the Swift API example runs and gives the values its comments state")
    func swiftExample() throws {
        // BEGIN README EXAMPLE
        let engine = Engine()
        let module = try Module(engine: engine, wat: """
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
        let results = try addDoubled.call(store, [.i32(20), .i32(2)])   // [.i32(42)]

        let memory = try instance.getMemory(store, "memory")!
        try memory.write(store, offset: 0, bytes: Array("hi".utf8))
        let bytes = try memory.read(store, offset: 0, count: 2)          // [104, 105]

        do {
            _ = try addDoubled.call(store, [.i32(1)])                    // wrong argument count
        } catch let error as WasmError {
            print(error)   // usage error: expected 2 arguments, got 1
        }
        // END README EXAMPLE
        #expect(results == [.i32(42)])
        #expect(bytes == [104, 105])
        #expect(throws: WasmError.self) { try addDoubled.call(store, [.i32(1)]) }
    }

    @Test("README.md shows the example above, line for line")
    func readmeMatches() throws {
        let testFile = URL(fileURLWithPath: #filePath)
        let root = testFile.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: testFile, encoding: .utf8)
        let example = source.components(separatedBy: "// BEGIN README EXAMPLE\n")[1]
            .components(separatedBy: "        // END README EXAMPLE")[0]
        let lines = example.split(separator: "\n", omittingEmptySubsequences: false).map { $0.dropFirst(8) }
        let block = lines.joined(separator: "\n")
        #expect(readme.contains(block), "README.md's Swift example differs from ReadmeTests.swift")
    }
}
