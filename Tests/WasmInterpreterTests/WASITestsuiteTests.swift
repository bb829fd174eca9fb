import Foundation
import Testing
import WasmInterpreterWASI
import WasmLuaCommands

/// The WASI preview 1 test suite (WebAssembly/wasi-testsuite, prebuilt), read from `WASI_TESTSUITE`
/// or `../shared/wasi-testsuite`, each test run through `wasmlua run` as Wasmtime's adapter runs
/// it: `--env K=V`, `--dir COPY::/` (a fresh copy of its directory), the file, the arguments.
/// Without the suite the tests are reported missing and skipped, except in CI.
enum WASITestsuite {
    static let root: URL? = {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [URL] = []
        if let path = environment["WASI_TESTSUITE"] { candidates.append(URL(fileURLWithPath: path)) }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(packageRoot.deletingLastPathComponent().appendingPathComponent("shared/wasi-testsuite"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("tests").path) }
    }()

    /// Every preview 1 test program, as `language/name.wasm` paths relative to `tests/`.
    static let programs: [String] = {
        guard let root else { return [] }
        var found: [String] = []
        for language in ["assemblyscript", "c", "rust"] {
            let folder = root.appendingPathComponent("tests/\(language)/testsuite/wasm32-wasip1")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            found += names.filter { $0.hasSuffix(".wasm") }.map { "\(language)/testsuite/wasm32-wasip1/\($0)" }
        }
        return found.sorted()
    }()

    /// What a test's `.json` asks for (the suite's legacy specification; defaults when absent).
    struct Specification: Decodable {
        var args: [String]?
        var env: [String: String]?
        var root: String?
        var exit_code: Int32?
        var stdout: String?
    }
}

@Suite("WASI test suite through wasmlua run")
struct WASITestsuiteTests {
    @Test("the WASI test suite is present (required in CI)")
    func suiteIsPresent() {
        if WASITestsuite.root == nil {
            print("WASI test suite not found (set WASI_TESTSUITE or place it at ../shared/wasi-testsuite); WASI tests skipped")
            #expect(ProcessInfo.processInfo.environment["CI"] != "true", "CI=true but the WASI test suite was not found")
        } else {
            #expect(WASITestsuite.programs.count == 72, "expected the suite's 72 preview 1 programs")
        }
    }

    @Test("the program exits with the expected code and output", arguments: WASITestsuite.programs)
    func program(_ path: String) throws {
        let file = WASITestsuite.root!.appendingPathComponent("tests").appendingPathComponent(path)
        let specURL = file.deletingPathExtension().appendingPathExtension("json")
        var spec = WASITestsuite.Specification()
        if let data = try? Data(contentsOf: specURL) {
            spec = try JSONDecoder().decode(WASITestsuite.Specification.self, from: data)
        }
        var arguments: [String] = []
        for (name, value) in (spec.env ?? [:]).sorted(by: { $0.key < $1.key }) { arguments += ["--env", "\(name)=\(value)"] }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("wasi-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        if let root = spec.root {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            let copy = scratch.appendingPathComponent(root)
            try FileManager.default.copyItem(at: file.deletingLastPathComponent().appendingPathComponent(root), to: copy)
            arguments += ["--dir", "\(copy.path)::/"]
        }
        arguments.append(file.path)
        arguments += spec.args ?? []

        let output = OutputCollector()
        var streams = RunStreams()
        streams.stdout = .callback { output.append($0) }
        streams.stderr = .callback { _ in }
        streams.error = { output.appendMessage($0) }
        let status = runCommand(arguments, streams: streams)
        #expect(status == (spec.exit_code ?? 0), "messages: \(output.messages)")
        if let expected = spec.stdout {
            #expect(String(decoding: output.bytes, as: UTF8.self) == expected)
        }
    }
}

/// Collects a program's output (written from the WASI implementation) and the tool's messages.
final class OutputCollector: @unchecked Sendable {
    // Why @unchecked: the test runs the program on its own thread; the lock guards the state.
    private let lock = NSLock()
    private var collected: [UInt8] = []
    private var lines: [String] = []

    func append(_ chunk: [UInt8]) { lock.withLock { collected += chunk } }
    func appendMessage(_ line: String) { lock.withLock { lines.append(line) } }
    var bytes: [UInt8] { lock.withLock { collected } }
    var messages: String { lock.withLock { lines.joined(separator: "\n") } }
}
