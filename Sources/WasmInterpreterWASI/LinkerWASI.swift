// `wasi_snapshot_preview1` in a Linker: each function is defined once, store-independently, and at
// each call finds the store's `WASIContext` and the calling instance's memory.
@_spi(WASIPlatform) import WASI
import WasmInterpreter
import WasmTypes

/// The preview 1 functions WasmKit implements: names and types, fixed (they do not depend on any
/// configuration), read once from a throwaway implementation.
enum WASIFunctions {
    struct Entry {
        let name: String
        let type: WasmInterpreter.FuncType
    }

    static let all: [Entry] = {
        guard let template = try? WASIBridgeToHost(args: [], environment: [:], preopens: []) else { return [] }
        defer { try? template.close() }
        return template.hostFunctions(capabilities: WASICapability<GuestMemoryView>.all)
            .map { Entry(name: $0.key, type: funcType($0.value.type)) }
            .sorted { $0.name < $1.name }
    }()

    static func funcType(_ type: WasmTypes.FunctionType) -> WasmInterpreter.FuncType {
        WasmInterpreter.FuncType(params: type.parameters.map(valueType), results: type.results.map(valueType))
    }

    // WASI preview 1 signatures use only i32 and i64.
    static func valueType(_ type: WasmTypes.ValueType) -> WasmInterpreter.ValueType {
        switch type {
        case .i32: .i32
        case .i64: .i64
        case .f32: .f32
        case .f64: .f64
        case .v128, .ref: .externRef
        }
    }
}

extension Linker {
    /// Defines every `wasi_snapshot_preview1` function (as Wasmtime's `add_to_linker`): the
    /// definitions do not depend on a store; at each call, `context` finds the store's
    /// `WASIContext` in its data. A call in a store without one fails with a plain error, and a
    /// module without a `memory` export gets one too.
    public func defineWASI(_ context: @escaping (T) -> WASIContext?) throws(WasmError) {
        for (index, entry) in WASIFunctions.all.enumerated() {
            let name = entry.name
            try funcNew(module: "wasi_snapshot_preview1", name: name, type: entry.type) { caller, args, results in
                guard let wasi = context(caller.data) else {
                    throw WasmError(.usage, "WASI function \(name) called, but the store has no WASI context")
                }
                guard let memory = caller.getMemory("memory") else {
                    throw WasmError(.usage, "WASI function \(name) needs the module to export its memory as \"memory\"")
                }
                let bits: [UInt64] = args.map { value in
                    switch value {
                    case .i32(let v): UInt64(UInt32(bitPattern: v))
                    case .i64(let v): UInt64(bitPattern: v)
                    case .f32(let v): UInt64(v.bitPattern)
                    case .f64(let v): v.bitPattern
                    case .funcRef, .externRef: 0
                    }
                }
                let readOnly = wasi.readOnlyDirectories
                if !readOnly.isEmpty, let errno = readOnly.refusal(name, bits) {
                    try results.set(0, .i32(Int32(bitPattern: errno)))
                    return
                }
                if let errno = try Corrections.refusal(name, bits, memory: memory, store: caller.store) {
                    try results.set(0, .i32(Int32(bitPattern: errno)))
                    return
                }
                let values: [WasmTypes.Value] = args.map { value in
                    switch value {
                    case .i32(let v): .i32(UInt32(bitPattern: v))
                    case .i64(let v): .i64(UInt64(bitPattern: v))
                    case .f32(let v): .f32(v.bitPattern)
                    case .f64(let v): .f64(v.bitPattern)
                    case .funcRef, .externRef: .i32(0)
                    }
                }
                let fault = MemoryFault()
                let outer = wasi.currentCall.fault
                wasi.currentCall.fault = fault
                defer { wasi.currentCall.fault = outer }
                let output: [WasmTypes.Value]
                do {
                    output = try memory.withUnsafeMutableBytes(caller.store) { bytes in
                        try wasi.functions[index].implementation(GuestMemoryView(bytes: bytes, fault: fault), values)
                    }
                } catch let exit as WASIExitCode {
                    throw WASIExit(code: Int32(bitPattern: exit.code))
                }
                if fault.outOfBounds {
                    throw Trap(.memoryOutOfBounds, message: "WASI function \(name) was given memory outside the module's")
                }
                if !readOnly.isEmpty, case .i32(0)? = output.first {
                    var opened: UInt32?
                    if name == "path_open", bits.count == 9 {
                        opened = try memory.read(caller.store, offset: bits[8], count: 4).withUnsafeBytes {
                            $0.loadUnaligned(as: UInt32.self)
                        }
                    }
                    readOnly.update(after: name, bits, openedFd: opened)
                }
                for (k, value) in output.enumerated() {
                    switch value {
                    case .i32(let v) where k == 0:
                        try results.set(k, .i32(Int32(bitPattern: Corrections.replacement(for: v, of: name, bits, wasi))))
                    case .i32(let v): try results.set(k, .i32(Int32(bitPattern: v)))
                    case .i64(let v): try results.set(k, .i64(Int64(bitPattern: v)))
                    case .f32(let v): try results.set(k, .f32(Float(bitPattern: v)))
                    case .f64(let v): try results.set(k, .f64(Double(bitPattern: v)))
                    case .v128, .ref: throw WasmError(.usage, "WASI function \(name) returned a value of an unsupported type")
                    }
                }
            }
        }
    }
}
