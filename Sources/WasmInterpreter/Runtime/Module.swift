import WAT
import WasmParser

/// A compiled WebAssembly module: decoded, validated and translated, ready to instantiate in
/// any number of stores.
public final class Module: @unchecked Sendable {
    /// The engine the module was compiled for.
    public let engine: Engine
    let info: ModuleInfo
    /// Translated code of each defined function (owned by `info`'s `ExecutableCode`s).
    let code: [CodeBuffer]
    /// Engine type id of each entry of the type section.
    let typeIDs: [Int32]
    /// `FuncRecord.signature` of each type (owned by the engine).
    let signatures: [UnsafePointer<ValueType>]

    /// Decodes, validates and translates a binary module.
    public init(engine: Engine, bytes: [UInt8]) throws(WasmError) {
        self.engine = engine
        let info = try ModuleInfo(bytes: bytes, fuel: engine.config.consumeFuel)
        self.info = info
        let registered = info.types.map { engine.register($0) }
        self.typeIDs = registered.map(\.id)
        self.signatures = registered.map(\.signature)
        self.code = info.functions.map { $0.code.buffer }
    }

    /// Compiles a module from WebAssembly text format.
    public convenience init(engine: Engine, wat: String) throws(WasmError) {
        let bytes: [UInt8]
        do {
            bytes = try wat2wasm(wat, features: ModuleInfo.features, options: EncodeOptions(nameSection: true))
        } catch {
            throw WasmError(.malformed, "\(error)")
        }
        try self.init(engine: engine, bytes: bytes)
    }

    /// Checks that `bytes` is a valid module without keeping the result.
    public static func validate(engine: Engine, bytes: [UInt8]) throws(WasmError) {
        _ = try ModuleInfo(bytes: bytes, fuel: false)
    }

    /// What the module imports, in order.
    public var imports: [ImportType] { info.imports.map { ImportType(module: $0.module, name: $0.name, type: $0.type) } }

    /// What the module exports, in order.
    public var exports: [ExportType] {
        info.exports.map { ExportType(name: $0.name, type: info.externType(of: $0.kind, $0.index)) }
    }
}
