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
