import Synchronization
import WAT
import WasmParser

// Why @unchecked: every stored property is a `let` set in `init`, and the code buffers they point
// to are written only before `init` returns; after that, any thread may read them.
/// A compiled WebAssembly module: decoded, validated and translated, ready to instantiate in
/// any number of stores. Made from binary (`init(engine:bytes:)`, `init(engine:path:)`) or
/// text (`init(engine:wat:)`); an invalid module throws `WasmError` with the spec's words.
///
/// ```swift
/// let module = try Module(
///     engine: engine,
///     wat: """
///         (module
///           (memory (export "memory") 1)
///           (func (export "answer") (result i32) (i32.const 42)))
///         """)
/// let names = module.exports.map(\.name)  // ["memory", "answer"]
/// ```
public final class Module: @unchecked Sendable {
    /// The engine the module was compiled for.
    public let engine: Engine
    let info: ModuleInfo
    /// Translated code of each defined function (owned by `info.codeArena`; the same array).
    let code: [CodeBuffer]
    /// Defined-function indices ordered by the address of their code: how a code address (a
    /// trap's, a suspended call's) finds its function in O(log n). Made on first use: most
    /// modules never trap.
    private let codeByAddress = Mutex<[Int]?>(nil)
    /// Engine type id of each entry of the type section.
    let typeIDs: [Int32]
    /// `FuncRecord.signature` of each type (owned by the engine).
    let signatures: [UnsafePointer<ValueType>]
    /// Function names from the name section, parsed on first use (`functionName`).
    private let functionNames = Mutex<[UInt32: String]?>(nil)

    /// Decodes, validates and translates a binary module.
    public init(engine: Engine, bytes: [UInt8]) throws(WasmError) {
        self.engine = engine
        let info = try ModuleInfo(bytes: bytes, fuel: engine.config.consumeFuel)
        self.info = info
        let registered = info.types.map { engine.register($0) }
        self.typeIDs = registered.map(\.id)
        self.signatures = registered.map(\.signature)
        self.code = info.codeArena.functions
    }

    private static func address(_ buffer: CodeBuffer) -> UInt { buffer.baseAddress.map { UInt(bitPattern: $0) } ?? 0 }

    /// The defined function whose translated code contains `pc`.
    func definedFunction(containing pc: CodePointer) -> Int? {
        let target = UInt(bitPattern: pc)
        let code = self.code
        let codeByAddress = self.codeByAddress.withLock { sorted in
            if let sorted { return sorted }
            let made = code.indices.sorted { Self.address(code[$0]) < Self.address(code[$1]) }
            sorted = made
            return made
        }
        // The last function whose code starts at or before `pc`.
        var low = 0
        var high = codeByAddress.count
        while low < high {
            let middle = (low + high) / 2
            if Self.address(code[codeByAddress[middle]]) <= target { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let k = codeByAddress[low - 1]
        let buffer = code[k]
        guard let base = buffer.baseAddress, pc < UnsafePointer(base + buffer.count) else { return nil }
        return k
    }

    /// Compiles a module from WebAssembly text format.
    public convenience init(engine: Engine, wat: String) throws(WasmError) {
        let bytes: [UInt8]
        // The parser recurses per nesting level: deep text gets a stack to match (TextNesting.swift).
        let nesting = textNesting(wat.utf8)
        do {
            bytes = try withStackForText(depth: nesting.depth, line: nesting.line) {
                try wat2wasm(wat, features: ModuleInfo.features, options: EncodeOptions(nameSection: true))
            }
        } catch let error as WasmError {
            throw error
        } catch {
            throw WasmError(.malformed, watErrorMessage(error))
        }
        try self.init(engine: engine, bytes: bytes)
    }

    /// Checks that `bytes` is a valid module without keeping the result.
    public static func validate(engine: Engine, bytes: [UInt8]) throws(WasmError) {
        // Translated as the engine would (with fuel metering if it meters), then dropped.
        _ = try ModuleInfo(bytes: bytes, fuel: engine.config.consumeFuel)
    }

    /// The name the module's name section gives function `index`, if any (the section is parsed
    /// the first time a name is asked for).
    func functionName(_ index: UInt32) -> String? {
        functionNames.withLock { names in
            if names == nil { names = info.nameSection.map { ModuleInfo.functionNames(in: $0[...]) } ?? [:] }
            return names![index]
        }
    }

    /// What the module imports, in order.
    public var imports: [ImportType] { info.imports.map { ImportType(module: $0.module, name: $0.name, type: $0.type) } }

    /// What the module exports, in order.
    public var exports: [ExportType] {
        info.exports.map { ExportType(name: $0.name, type: info.externType(of: $0.kind, $0.index)) }
    }
}

/// A WAT parse error as plain text, `line:column: message` (WasmKit's own text dumps its `Location`
/// and `Name` values).
package func watErrorMessage(_ error: any Error) -> String {
    guard let error = error as? WatParserError else { return "\(error)" }
    var text = error.description
    var prefix = ""
    if let location = error.location {
        let suffix = " at \(location)"
        if text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        let (line, column) = location.computeLineAndColumn()
        prefix = "\(line):\(column + 1): "
    }
    // `Name(value: "$x", location: Location(line: 1, column: 2))` -> `$x`.
    text = text.replacing(#/Name\(value: "([^"]*)", location: Location\(line: \d+, column: \d+\)\)/#) { String($0.1) }
    // `Unknown ResolvedLocalDecl $x` -> `unknown local $x` (and the other kinds alike).
    text = text.replacing(#/Unknown (?:Resolved)?(\w+?)(?:Decl)? /#) { "unknown \($0.1.lowercased()) " }
    text = text.replacing(#/Location\(line: (\d+), column: (\d+)\)/#) { "\($0.1):\(Int($0.2)! + 1)" }
    // `id(WAT.$label, 1:18)` -> `$label`.
    text = text.replacing(#/\w+\(WAT\.(\$[^,()]+), \d+:\d+\)/#) { String($0.1) }
    return prefix + text
}
