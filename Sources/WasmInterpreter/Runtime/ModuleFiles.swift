#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Module {
    /// Compiles `bytes` as a binary module if it starts with the Wasm magic number, else as
    /// WebAssembly text.
    public convenience init(engine: Engine, binaryOrText bytes: [UInt8]) throws(WasmError) {
        if bytes.starts(with: [0, 0x61, 0x73, 0x6D]) {
            try self.init(engine: engine, bytes: bytes)
        } else {
            try self.init(engine: engine, wat: String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Compiles the binary or text module in the file at `path`.
    public convenience init(engine: Engine, path: String) throws(WasmError) {
        try self.init(engine: engine, binaryOrText: try readFile(atPath: path))
    }
}

/// The bytes of the file at `path`; the error says `cannot open PATH: REASON`.
package func readFile(atPath path: String) throws(WasmError) -> [UInt8] {
    guard let file = fopen(path, "rb") else {
        throw WasmError(.usage, "cannot open \(path): \(String(cString: strerror(errno)))")
    }
    defer { fclose(file) }
    // A directory opens for reading on Linux and reads as nothing: say what it is instead.
    var info = stat()
    if fstat(fileno(file), &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
        throw WasmError(.usage, "cannot open \(path): it is a directory")
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = fread(&buffer, 1, buffer.count, file)
        if n <= 0 { break }
        bytes.append(contentsOf: buffer[0..<n])
    }
    return bytes
}
