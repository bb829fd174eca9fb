// `wasmlua fuzz-serve`: the WasmLua side of differential fuzzing (scripts/fuzz diff). One process
// serves many modules in turn through the Swift API, reading requests from standard input and
// answering on standard output, one line each:
//
//   module FUEL PATH             -> ok | invalid MESSAGE | fail KIND       (a new store each time,
//                                   whose memories may grow to 16 MiB and tables to 100,000 elements,
//                                   as the driver limits Wasmtime's)
//   call FUEL NAME VALUE...      -> ok VALUE... | trap CODE | error MESSAGE
//   state                        -> memory NAME CRC32 BYTES / global NAME VALUE lines, then end
//
// VALUE is `i32:N` / `i64:N` (unsigned decimal), `f32:HEX` / `f64:HEX` (bit patterns), or for
// references `ref:null` (an argument) and `ref:null` / `ref:func` / `ref:extern` (a result).
// KIND is a trap code or `link` / `instantiation`. NAME is `n` and the export name percent-encoded
// (`n%20` for a space; `n` alone for the empty name).
import WasmInterpreter

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Serves differential-fuzzing requests until standard input ends; returns the exit status.
public func runDifferentialServer() -> Int32 {
    let session = DifferentialSession()
    while let line = readLine(strippingNewline: true) {
        for answer in session.respond(to: line) { print(answer) }
        fflush(nil)
    }
    return 0
}

/// One module at a time, driven by the requests above (the tests replay saved reproducers
/// through it in-process).
public final class DifferentialSession {
    private let engine: Engine
    private var store: Store<Void>
    private var instance: Instance?

    /// A session with a fuel-counting engine and no module yet.
    public init() {
        var config = Config()
        config.consumeFuel = true
        engine = Engine(config: config)
        store = Store(engine: engine)
    }

    /// The answer lines to one request line.
    public func respond(to line: String) -> [String] {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let command = words.first else { return [] }
        switch command {
        case "module" where words.count == 3:
            store = Store(engine: engine)
            store.setLimiter(StoreLimits(memorySize: 16 << 20, tableElements: 100_000))
            instance = nil
            do {
                try store.setFuel(UInt64(words[1]) ?? 0)
                let module = try Module(engine: engine, path: words[2])
                instance = try Linker<Void>(engine: engine).instantiate(store, module)
                return ["ok"]
            } catch let error as WasmError where error.kind == .malformed || error.kind == .invalid {
                return ["invalid \(error.description)"]
            } catch let error as WasmError {
                return ["fail \(error.kind == .link ? "link" : "instantiation")"]
            } catch let trap as Trap {
                return ["fail \(trap.code.snakeCaseName)"]
            } catch {
                return ["fail other"]
            }
        case "call" where words.count >= 3:
            guard let instance else { return ["error no instance"] }
            do {
                try store.setFuel(UInt64(words[1]) ?? 0)
                guard let function = try instance.getFunc(store, percentDecoded(words[2])) else {
                    return ["error no function \(words[2])"]
                }
                let type = try function.type(store)
                let arguments = try zip(words.dropFirst(3), type.params).map { try decodeValue($0, $1) }
                guard arguments.count == type.params.count else { return ["error expected \(type.params.count) arguments"] }
                let results = try function.call(store, arguments)
                return [(["ok"] + results.map(encodeValue)).joined(separator: " ")]
            } catch let trap as Trap {
                return ["trap \(trap.code.snakeCaseName)"]
            } catch {
                return ["error " + "\(error)".split(separator: "\n").joined(separator: " ")]
            }
        case "state":
            var lines: [String] = []
            if let instance, let exports = try? instance.exports(store) {
                for (name, value) in exports {
                    switch value {
                    case .memory(let memory):
                        let (crc, count) = (try? memory.withUnsafeMutableBytes(store) { (crc32($0), $0.count) }) ?? (0, 0)
                        lines.append("memory \(percentEncoded(name)) \(String(crc, radix: 16)) \(count)")
                    case .global(let global):
                        if let value = try? global.get(store) { lines.append("global \(percentEncoded(name)) \(encodeValue(value))") }
                    case .function, .table: break
                    }
                }
            }
            return lines + ["end"]
        default:
            return ["error unknown request \(command)"]
        }
    }
}

private struct BadValue: Error {}

private func decodeValue(_ text: String, _ type: ValueType) throws -> Value {
    let parts = text.split(separator: ":", maxSplits: 1)
    guard parts.count == 2 else { throw BadValue() }
    let payload = String(parts[1])
    switch type {
    case .i32: return .i32(Int32(bitPattern: UInt32(payload) ?? 0))
    case .i64: return .i64(Int64(bitPattern: UInt64(payload) ?? 0))
    case .f32: return .f32(Float(bitPattern: UInt32(payload, radix: 16) ?? 0))
    case .f64: return .f64(Double(bitPattern: UInt64(payload, radix: 16) ?? 0))
    case .funcRef: return .funcRef(nil)
    case .externRef: return .externRef(nil)
    }
}

private func encodeValue(_ value: Value) -> String {
    switch value {
    case .i32(let v): "i32:\(UInt32(bitPattern: v))"
    case .i64(let v): "i64:\(UInt64(bitPattern: v))"
    case .f32(let v): "f32:" + String(v.bitPattern, radix: 16)
    case .f64(let v): "f64:" + String(v.bitPattern, radix: 16)
    case .funcRef(let f): f == nil ? "ref:null" : "ref:func"
    case .externRef(let r): r == nil ? "ref:null" : "ref:extern"
    }
}

private func percentDecoded(_ text: String) -> String {
    var bytes: [UInt8] = []
    var iterator = Array(text.utf8.dropFirst()).makeIterator()
    while let byte = iterator.next() {
        if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
            let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
        {
            bytes.append(value)
        } else {
            bytes.append(byte)
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}

private func percentEncoded(_ text: String) -> String {
    var out = "n"
    for byte in text.utf8 {
        if byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "%") {
            out.unicodeScalars.append(Unicode.Scalar(byte))
        } else {
            out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }
    }
    return out
}

/// CRC-32 (IEEE, as Python's zlib.crc32) of `bytes`.
private func crc32(_ bytes: UnsafeMutableRawBufferPointer) -> UInt32 {
    var table = [UInt32](repeating: 0, count: 256)
    for n in 0..<256 {
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        table[n] = c
    }
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    return crc ^ 0xFFFF_FFFF
}
