import Foundation
import Testing
import WasmInterpreter
import WastRunner

/// Inputs that once crashed the process or could: each loads, or fails with a clear error.
@Suite("Resource bounds")
struct ResourceBoundsTests {
    static func nestedBlocks(_ depth: Int) -> String {
        "(module (func " + String(repeating: "(block ", count: depth) + String(repeating: ")", count: depth) + "))"
    }

    /// Regression: 8,000 folded blocks overflowed the native stack inside the WAT parser (SIGSEGV).
    @Test("deeply nested text loads (8,000 and 30,000 levels)", arguments: [8_000, 30_000])
    func deepText(_ depth: Int) throws {
        _ = try Module(engine: Engine(), wat: Self.nestedBlocks(depth))
    }

    @Test("text nested past the bound is a clear error")
    func tooDeepText() {
        let error = #expect(throws: WasmError.self) { try Module(engine: Engine(), wat: Self.nestedBlocks(60_000)) }
        #expect(error?.description == "malformed module: the text nests 60002 levels deep (the deepest at line 1); at most 50000 levels are supported")
    }

    @Test("nesting is counted outside strings and comments")
    func nestingScan() {
        #expect(textNesting(Array("(a (b) (c (d)))".utf8)) == (3, 1))
        #expect(textNesting(Array(#"(a "((((\"((" ;; ((((("#.utf8)) == (1, 1))
        #expect(textNesting(Array("(a (; ( (; (( ;) ;) (b)\n(c\n(d)))".utf8)) == (3, 3))
    }

    /// The binary decoder and the translator keep their own stacks: 200,000 nested blocks load.
    @Test("deeply nested binary loads")
    func deepBinary() throws {
        let depth = 200_000
        func leb(_ value: Int) -> [UInt8] {
            var value = value
            var bytes: [UInt8] = []
            repeat {
                var byte = UInt8(value & 0x7F)
                value >>= 7
                if value != 0 { byte |= 0x80 }
                bytes.append(byte)
            } while value != 0
            return bytes
        }
        var body: [UInt8] = [0]
        for _ in 0..<depth { body += [0x02, 0x40] }
        body += [UInt8](repeating: 0x0B, count: depth + 1)
        let code = [1] + leb(body.count) + body
        let bytes: [UInt8] = [0, 0x61, 0x73, 0x6D, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0, 10] + leb(code.count) + code
        _ = try Module(engine: Engine(), bytes: bytes)
    }

    @Test("a wast script nested past the bound fails with the reason, without crashing")
    func deepWast() throws {
        let report = try WastRunner(fileName: "deep.wast").run(source: Self.nestedBlocks(60_000))
        #expect(report.failures.count == 1)
        #expect(report.failures.first?.hasPrefix("deep.wast: malformed module: the text nests 60002 levels deep") == true)
    }
}
