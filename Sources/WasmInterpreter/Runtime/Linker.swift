/// Resolves a module's imports by name and instantiates it. Store-independent definitions
/// (host functions) are kept as factories; store objects (`Extern`) are checked at use.
///
/// ```swift
/// let linker = Linker<Int>(engine: engine)
/// try linker.funcWrap(module: "env", name: "add") { (a: Int32, b: Int32) -> Int32 in a &+ b }
/// let instance = try linker.instantiate(store, module)
/// ```
public final class Linker<T> {
    /// The engine modules must belong to.
    public let engine: Engine
    /// Whether `define` may replace an existing definition (otherwise it throws).
    public var allowShadowing = false
    private var definitions: [Key: Definition] = [:]

    /// Names compare byte-wise, as in Wasm (not by Swift's Unicode canonical equivalence).
    private struct Key: Hashable {
        var module: [UInt8]
        var name: [UInt8]
        init(module: String, name: String) {
            self.module = Array(module.utf8)
            self.name = Array(name.utf8)
        }
    }

    private enum Definition {
        case extern(Extern)
        /// Creates the host function in a given store.
        case host(FuncType, (Store<T>) -> Func)
    }

    /// Creates an empty linker.
    public init(engine: Engine) {
        self.engine = engine
    }

    private func insert(_ module: String, _ name: String, _ definition: Definition) throws(WasmError) {
        let key = Key(module: module, name: name)
        if !allowShadowing, definitions[key] != nil {
            throw WasmError(.link, "import \(module)::\(name) is already defined")
        }
        definitions[key] = definition
    }

    /// Defines `module::name` as `value`.
    public func define(module: String, name: String, _ value: Extern) throws(WasmError) {
        try insert(module, name, .extern(value))
    }

    /// Defines `module::name` as a host function working on `Value`s; it is created in each
    /// store that instantiates a module importing it.
    public func funcNew(
        module: String, name: String, type: FuncType, _ body: @escaping (Caller<T>, [Value]) throws -> [Value]
    ) throws(WasmError) {
        try insert(module, name, .host(type, { store in store.function(type: type, body) }))
    }

    /// Defines a host function given as a factory that creates it in a store.
    @usableFromInline
    func defineHost(module: String, name: String, type: FuncType, _ make: @escaping (Store<T>) -> Func) throws(WasmError) {
        try insert(module, name, .host(type, make))
    }

    /// Makes `module::name` also available as `asModule::asName`.
    public func alias(module: String, name: String, asModule: String, asName: String) throws(WasmError) {
        guard let definition = definitions[Key(module: module, name: name)] else {
            throw WasmError(.link, "alias: \(module)::\(name) is not defined")
        }
        try insert(asModule, asName, definition)
    }

    /// Defines every export of `instance` under the module name `module`.
    public func defineInstance(_ store: Store<T>, module: String, _ instance: Instance) throws(WasmError) {
        for (name, value) in try instance.exports(store) {
            try define(module: module, name: name, value)
        }
    }

    /// Instantiates `module` in `store`, resolving imports from this linker, and runs its start
    /// function. Throws `WasmError` for a missing or mistyped import (the message names it), and
    /// a start function's trap as `Trap`.
    ///
    /// ```swift
    /// let instance = try linker.instantiate(store, module)
    /// let answer = try instance.getFunc(store, "answer")!.call(store, [])  // [.i32(42)]
    /// ```
    public func instantiate(_ store: Store<T>, _ module: Module) throws -> Instance {
        var imports: [Extern] = []
        for entry in module.info.imports {
            guard let definition = definitions[Key(module: entry.module, name: entry.name)] else {
                throw WasmError(.link, "unknown import: \(entry.module)::\(entry.name) (\(entry.type))")
            }
            switch definition {
            case .extern(let value): imports.append(value)
            case .host(_, let make): imports.append(.function(make(store)))
            }
        }
        return try store.core.instantiate(module, imports: imports)
    }
}
