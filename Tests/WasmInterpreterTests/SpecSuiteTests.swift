import Foundation
import Testing
import WasmInterpreter
import WastRunner

/// The WebAssembly spec suite (core 2.0 without SIMD), read from `WASM_SPEC_TESTSUITE` or
/// `../shared/spec`. Without it the suite is reported missing and skipped, except in CI.
enum SpecSuite {
    static let root: URL? = {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [URL] = []
        if let path = environment["WASM_SPEC_TESTSUITE"] { candidates.append(URL(fileURLWithPath: path)) }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(packageRoot.deletingLastPathComponent().appendingPathComponent("shared/spec"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("core-2.0").path) }
    }()

    /// Every non-SIMD `.wast` file of core-2.0, sorted.
    static let core20Files: [String] = {
        guard let root else { return [] }
        let folder = root.appendingPathComponent("core-2.0")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".wast") && !$0.hasPrefix("simd_") }.sorted()
    }()

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
}

@Suite("Spec suite: core-2.0 without SIMD")
struct SpecSuiteTests {
    @Test("the spec suite is present (required in CI)")
    func suiteIsPresent() {
        if SpecSuite.root == nil {
            print("spec suite not found (set WASM_SPEC_TESTSUITE or place it at ../shared/spec); spec tests skipped")
            #expect(!SpecSuite.isCI, "CI=true but the spec suite was not found")
        } else {
            #expect(SpecSuite.core20Files.count == 90, "expected the 90 non-SIMD files of core-2.0")
        }
    }

    @Test("every assertion passes", arguments: SpecSuite.core20Files)
    func file(_ name: String) throws {
        let url = SpecSuite.root!.appendingPathComponent("core-2.0").appendingPathComponent(name)
        let source = try String(contentsOf: url, encoding: .utf8)
        let report = try WastRunner(fileName: name).run(source: source)
        #expect(report.failures.isEmpty, "\(report.failures.prefix(20).joined(separator: "\n"))")
        // Nothing is dropped silently: every assertion passed or is listed as a known limitation.
        #expect(report.passed + report.skippedAssertions == report.assertions)
        #expect(report.skipped.count == (KnownLimitations.skippedDirectives[name]?.count ?? 0))
    }

    @Test("every assertion passes with fuel metering on and ample fuel", arguments: SpecSuite.core20Files)
    func fileWithFuel(_ name: String) throws {
        let url = SpecSuite.root!.appendingPathComponent("core-2.0").appendingPathComponent(name)
        let source = try String(contentsOf: url, encoding: .utf8)
        var config = Config()
        config.consumeFuel = true
        let report = try WastRunner(fileName: name, engine: Engine(config: config), fuel: 1 << 60).run(source: source)
        #expect(report.failures.isEmpty, "\(report.failures.prefix(20).joined(separator: "\n"))")
        #expect(report.passed + report.skippedAssertions == report.assertions)
    }
}

@Suite("Wast runner messages")
struct WastRunnerMessageTests {
    /// A failed assertion reads as the script writes values, with the file and line.
    @Test("failures say file:line: expected X, got Y")
    func failureText() throws {
        let source = """
            (module
              (func (export "f") (result i32) (i32.const 3))
              (func (export "g") (result f32 i64) (f32.const 1.5) (i64.const -2)))
            (assert_return (invoke "f") (i32.const 4))
            (assert_return (invoke "g") (f32.const nan:canonical) (i64.const -2))
            (assert_return (invoke "f") (i32.const 3))
            """
        let report = try WastRunner(fileName: "t.wast").run(source: source)
        #expect(report.passed == 1)
        #expect(report.failures == ["t.wast:4: expected 4, got 3", "t.wast:5: expected (nan:canonical, -2), got (1.5, -2)"])
    }

    /// Validation errors keep the spec's wording first, then the function and byte offset.
    @Test("validation errors name the function and the byte offset")
    func validationText() throws {
        let wat = #"(module (func) (func $g (param i32) (result i32) (local.get 0) (i32.add)))"#
        let error = #expect(throws: WasmError.self) { try Module(engine: Engine(), binaryOrText: Array(wat.utf8)) }
        #expect(error?.description == #"invalid module: type mismatch in function 1 "g" at byte offset 0x23"#)
    }
}
