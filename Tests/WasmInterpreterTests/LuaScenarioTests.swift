import Foundation
import LuaWasm
import Testing

/// Runs every `Tests/lua/*.lua` scenario through the embedded Lua host (as `wasmlua FILE` would);
/// the scripts assert their own expectations, so a failed assert is a failing test.
@Suite("Lua scenarios")
struct LuaScenarioTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lua")

    static let scripts: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".lua") }.sorted()
    }()

    @Test("the scenario scripts are there")
    func present() {
        #expect(Self.scripts.count >= 1)
    }

    static let examplesFolder = folder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    static let examples: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examplesFolder.path)) ?? []
        return names.filter { $0.hasSuffix(".lua") }.sorted()
    }()

    /// Examples run here for their exit status; `scripts/test` also compares their output with
    /// `examples/NAME.expected`.
    @Test("example runs", arguments: examples)
    func example(_ name: String) {
        #expect(Self.examples.count >= 6)
        #expect(LuaHost.run([Self.examplesFolder.appendingPathComponent(name).path]) == 0, "\(name) failed")
    }

    @Test("scenario passes", arguments: scripts)
    func scenario(_ name: String) {
        #expect(LuaHost.run([Self.folder.appendingPathComponent(name).path]) == 0, "\(name) failed (see stderr)")
    }
}

/// Scenarios that need a `wasmlua` process of their own (`Tests/lua/own-process`): `wasmlua` as a
/// drop-in `lua` (options, environment, standard input, exit codes, uncaught errors). They run
/// the `wasmlua` built next to this test bundle (`swift build` builds it; scripts/test does).
@Suite("Lua scenarios in their own process")
struct OwnProcessScenarioTests {
    static let folder = LuaScenarioTests.folder.appendingPathComponent("own-process")

    /// The `wasmlua` executable of the same build as the tests.
    static var wasmlua: URL? {
        let bundle = Bundle.main.bundleURL
        for candidate in [bundle.deletingLastPathComponent(), bundle] {
            let url = candidate.appendingPathComponent("wasmlua")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    @Test("wasmlua behaves as lua (drop_in.lua)")
    func dropIn() throws {
        let wasmlua = try #require(Self.wasmlua, "wasmlua is not built next to the tests: run `swift build` first")
        let process = Process()
        process.executableURL = wasmlua
        process.arguments = [Self.folder.appendingPathComponent("drop_in.lua").path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "drop_in.lua failed (see stderr)")
        #expect(text == "drop-in: ok\n")
    }
}
