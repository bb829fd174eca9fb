import Foundation
import Testing
import WasmLuaCommands

/// Replays what differential fuzzing saved (Tests/fuzz/reproducers): each transcript holds the
/// requests of `wasmlua fuzz-serve` and Wasmtime's answers, which WasmLua must now give too.
@Suite("Differential fuzzing reproducers")
struct ReproducerTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fuzz/reproducers")

    static let transcripts: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    @Test("WasmLua answers as Wasmtime did", arguments: transcripts)
    func replay(_ name: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        let module = Self.folder.appendingPathComponent(String(name.dropLast(4)) + ".wasm").path
        let session = DifferentialSession()
        for line in text.split(separator: "\n") where !line.hasPrefix(" ") {
            let parts = line.components(separatedBy: " -> ")
            try #require(parts.count == 2, "a transcript line is `request -> answer`: \(line)")
            var request = parts[0]
            if request.hasPrefix("module ") { request += " " + module }
            let answer = session.respond(to: request)
            if request == "state" {
                let ours = answer.dropLast().sorted().joined(separator: " | ")
                #expect(ours == parts[1], "\(name): state")
            } else {
                let ours = answer.first ?? ""
                #expect(Self.same(ours, parts[1]), "\(name): \(request) -> \(ours), Wasmtime: \(parts[1])")
            }
        }
    }

    /// The driver's equivalences: exact, both rejected, any NaN for any NaN, and the one trap the
    /// two engines name differently.
    static func same(_ ours: String, _ theirs: String) -> Bool {
        if ours == theirs { return true }
        if ours.hasPrefix("invalid") && theirs.hasPrefix("invalid") { return true }
        if ours == "trap undefined_element" && theirs == "trap table_out_of_bounds" { return true }
        let a = ours.split(separator: " ")
        let b = theirs.split(separator: " ")
        guard a.count == b.count, a.first == "ok" else { return false }
        return zip(a, b).allSatisfy { x, y in x == y || (isNaN(x) && isNaN(y)) }
    }

    static func isNaN(_ value: Substring) -> Bool {
        if value.hasPrefix("f32:"), let bits = UInt32(value.dropFirst(4), radix: 16) { return Float(bitPattern: bits).isNaN }
        if value.hasPrefix("f64:"), let bits = UInt64(value.dropFirst(4), radix: 16) { return Double(bitPattern: bits).isNaN }
        return false
    }
}
