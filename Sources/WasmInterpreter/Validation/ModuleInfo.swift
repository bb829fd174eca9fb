import WasmParser

/// Kinds of external values (imports and exports).
enum ExternKind: Sendable {
    case function, table, memory, global
}

/// A decoded and validated module, with every function body translated.
struct ModuleInfo: Sendable {
    struct Import: Sendable {
        var module: String
        var name: String
        var type: ExternType
    }
    struct Export: Sendable {
        var name: String
        var kind: ExternKind
        var index: UInt32
    }
    enum ElementMode: Sendable {
        case active(table: UInt32, offset: ConstantExpression)
        case passive
        case declarative

        /// Whether the segment is passive (kept for `table.init` until `elem.drop`).
        var isPassive: Bool {
            if case .passive = self { return true }
            return false
        }
    }
    struct Element: Sendable {
        var type: ValueType
        var mode: ElementMode
        var items: [ElementItem]
    }
    /// One reference of an element segment. Why not a `ConstantExpression`: this takes 8 bytes
    /// instead of 16, and a module's function table can list thousands of functions.
    enum ElementItem: Sendable {
        case null
        case function(UInt32)
        case global(UInt32)

        /// The item a validated reference-typed constant expression gives.
        init(_ expression: ConstantExpression) {
            switch expression {
            case .value(let bits):
                // A reference-typed constant is `ref.null` (bits 0), `ref.func` or `global.get`.
                precondition(bits == 0, "a reference constant other than null")
                self = .null
            case .globalGet(let index): self = .global(index)
            case .refFunc(let index): self = .function(index)
            }
        }

        /// The constant expression the item stands for (what instantiation evaluates).
        var expression: ConstantExpression {
            switch self {
            case .null: .value(0)
            case .global(let index): .globalGet(index)
            case .function(let index): .refFunc(index)
            }
        }
    }
    struct Data: Sendable {
        var bytes: [UInt8]
        /// The offset of an active segment (memory 0); nil for a passive one.
        var offset: ConstantExpression?
    }

    /// The WebAssembly features the decoder accepts: 2.0 without SIMD.
    static let features: WasmFeatureSet = [.referenceTypes]

    var types: [FuncType] = []
    var imports: [Import] = []
    var functionTypeIndices: [UInt32] = []
    var importedFunctionCount = 0
    var tables: [TableType] = []
    var importedTableCount = 0
    var memories: [MemoryType] = []
    var importedMemoryCount = 0
    var globals: [GlobalType] = []
    var importedGlobalCount = 0
    var globalInitializers: [ConstantExpression] = []
    var exports: [Export] = []
    var start: UInt32?
    var elements: [Element] = []
    var data: [Data] = []
    var functions: [CompiledFunction] = []
    /// Where `functions`' code lives.
    let codeArena = CodeArena()
    /// The `name` custom section's bytes, when present: parsed only when a name is wanted (a
    /// backtrace, an error message), since most modules never need one (`Module.functionName`).
    var nameSection: [UInt8]?

    func externType(of kind: ExternKind, _ index: UInt32) -> ExternType {
        switch kind {
        case .function: .function(types[Int(functionTypeIndices[Int(index)])])
        case .table: .table(tables[Int(index)])
        case .memory: .memory(memories[Int(index)])
        case .global: .global(globals[Int(index)])
        }
    }

    init(bytes: [UInt8], fuel: Bool) throws(WasmError) {
        var parser = WasmParser.Parser(bytes: bytes, features: Self.features)
        var codes: [Code] = []
        var dataCount: UInt32?
        var rawGlobals: [WasmParser.Global] = []
        var rawElements: [ElementSegment] = []
        var rawData: [DataSegment] = []
        var rawExports: [WasmParser.Export] = []
        var sawCode = false
        do {
            while let payload = try parser.parseNext() {
                switch payload {
                case .header, .tagSection: break
                case .customSection(let section):
                    if section.name == "name" { nameSection = Array(section.bytes) }
                case .typeSection(let groups):
                    for group in groups {
                        for sub in group.types {
                            guard case .function(let f) = sub.body else { throw WasmError(.invalid, "unsupported type") }
                            types.append(
                                FuncType(
                                    params: try f.parameters.map { (t) throws(WasmError) in try ValueType(parsed: t) },
                                    results: try f.results.map { (t) throws(WasmError) in try ValueType(parsed: t) }))
                        }
                    }
                case .importSection(let list):
                    for entry in list { try addImport(entry) }
                case .functionSection(let indices):
                    for index in indices {
                        guard Int(index) < types.count else { throw WasmError(.invalid, "unknown type \(index)") }
                        functionTypeIndices.append(index)
                    }
                case .tableSection(let list):
                    for table in list {
                        guard table.initializer == nil else { throw WasmError(.invalid, "unsupported table initializer") }
                        tables.append(try Self.tableType(table.type))
                    }
                case .memorySection(let list):
                    for memory in list { memories.append(try Self.memoryType(memory.type)) }
                case .globalSection(let list):
                    for global in list {
                        globals.append(
                            GlobalType(
                                valueType: try ValueType(parsed: global.type.valueType),
                                isMutable: global.type.mutability == .variable))
                        rawGlobals.append(global)
                    }
                case .exportSection(let list): rawExports = list
                case .startSection(let index): start = index
                case .elementSection(let list): rawElements = list
                case .codeSection(let list):
                    codes = list
                    sawCode = true
                case .dataSection(let list): rawData = list
                case .dataCount(let count): dataCount = count
                }
            }
        } catch let error as WasmError {
            throw error
        } catch {
            throw WasmError(.malformed, DecodingErrors.message(for: error))
        }

        let definedFunctions = functionTypeIndices.count - importedFunctionCount
        guard codes.count == definedFunctions, sawCode || definedFunctions == 0 else {
            throw WasmError(.malformed, "function and code section have inconsistent lengths")
        }
        if let dataCount, dataCount != rawData.count {
            throw WasmError(.malformed, "data count and data section have inconsistent lengths")
        }
        guard memories.count <= 1 else { throw WasmError(.invalid, "multiple memories") }

        // Globals: initializers may read imported globals only.
        for (k, global) in rawGlobals.enumerated() {
            globalInitializers.append(try constant(global.initializer, globals[importedGlobalCount + k].valueType))
        }

        // Functions referenced outside function bodies may be used with ref.func.
        var declared = Set<UInt32>()
        for initializer in globalInitializers { if case .refFunc(let f) = initializer { declared.insert(f) } }

        // Why bytes: Swift compares Strings by Unicode canonical equivalence; Wasm names by bytes.
        var exportNames = Set<[UInt8]>()
        for export in rawExports {
            guard exportNames.insert(Array(export.name.utf8)).inserted else { throw WasmError(.invalid, "duplicate export name") }
            let (kind, index, count): (ExternKind, UInt32, Int)
            switch export.descriptor {
            case .function(let i):
                (kind, index, count) = (.function, i, functionTypeIndices.count)
                declared.insert(i)
            case .table(let i): (kind, index, count) = (.table, i, tables.count)
            case .memory(let i): (kind, index, count) = (.memory, i, memories.count)
            case .global(let i): (kind, index, count) = (.global, i, globals.count)
            case .tag: throw WasmError(.invalid, "unsupported export kind")
            }
            guard Int(index) < count else { throw WasmError(.invalid, "unknown \(kind) \(index)") }
            exports.append(Export(name: export.name, kind: kind, index: index))
        }

        if let start {
            guard Int(start) < functionTypeIndices.count else { throw WasmError(.invalid, "unknown function \(start)") }
            let type = types[Int(functionTypeIndices[Int(start)])]
            guard type.params.isEmpty, type.results.isEmpty else { throw WasmError(.invalid, "start function") }
        }

        for segment in rawElements {
            let type = try ValueType(parsed: .ref(segment.type))
            let items = try segment.initializer.map { (expr) throws(WasmError) in ElementItem(try constant(expr, type)) }
            for item in items { if case .function(let f) = item { declared.insert(f) } }
            let mode: ElementMode
            switch segment.mode {
            case .active(let table, let offset):
                guard Int(table) < tables.count else { throw WasmError(.invalid, "unknown table \(table)") }
                guard tables[Int(table)].element == type else { throw WasmError(.invalid, "type mismatch") }
                mode = .active(table: table, offset: try constant(offset, .i32))
            case .passive: mode = .passive
            case .declarative: mode = .declarative
            }
            elements.append(Element(type: type, mode: mode, items: items))
        }
        // Why released here: the parsed form is not needed any more, and the peak of a compile is
        // at its end, when every function's code is held.
        rawElements = []

        for segment in rawData {
            switch segment {
            case .passive(let bytes): data.append(Data(bytes: Array(bytes), offset: nil))
            case .active(let active):
                guard Int(active.index) < memories.count else { throw WasmError(.invalid, "unknown memory \(active.index)") }
                data.append(Data(bytes: Array(active.initializer), offset: try constant(active.offset, .i32)))
            }
        }

        let context = ValidationContext(
            types: types, functionTypeIndices: functionTypeIndices, tables: tables, memoryCount: memories.count,
            globals: globals, elementTypes: elements.map(\.type), dataCount: dataCount, declaredFunctions: declared,
            fuel: fuel)
        // Each parsed body (its locals list) is released once translated: reversed, then popped.
        codes.reverse()
        functions.reserveCapacity(codes.count)
        codeArena.reserveCapacity(codes.count)
        var index = importedFunctionCount
        var scratch = TranslatorScratch()
        while let body = codes.popLast() {
            let type = types[Int(functionTypeIndices[index])]
            functions.append(
                try Self.translate(
                    body, type: type, context: context, index: index, nameSection: nameSection, into: codeArena,
                    scratch: &scratch))
            index += 1
            // Why: the list's buffer (64 bytes a body) would otherwise last until every function's
            // code is written, the compile's peak; halving it as it empties frees most of it.
            if codes.count >= 256 && codes.count * 2 <= codes.capacity { codes = Self.compacted(codes) }
        }
    }

    /// `list` in a buffer of its size (`Array(list)` would share the larger one).
    private static func compacted(_ list: [Code]) -> [Code] {
        var copy: [Code] = []
        copy.reserveCapacity(list.count)
        copy.append(contentsOf: list)
        return copy
    }

    private func constant(_ expression: ConstExpression, _ type: ValueType) throws(WasmError) -> ConstantExpression {
        try ConstantExpression(
            expression, expected: type, globals: globals, importedGlobals: importedGlobalCount,
            functionCount: functionTypeIndices.count)
    }

    private mutating func addImport(_ entry: WasmParser.Import) throws(WasmError) {
        let type: ExternType
        switch entry.descriptor {
        case .function(let index):
            guard Int(index) < types.count else { throw WasmError(.invalid, "unknown type \(index)") }
            functionTypeIndices.append(index)
            importedFunctionCount += 1
            type = .function(types[Int(index)])
        case .table(let t):
            let table = try Self.tableType(t)
            tables.append(table)
            importedTableCount += 1
            type = .table(table)
        case .memory(let m):
            let memory = try Self.memoryType(m)
            memories.append(memory)
            importedMemoryCount += 1
            type = .memory(memory)
        case .global(let g):
            let global = GlobalType(valueType: try ValueType(parsed: g.valueType), isMutable: g.mutability == .variable)
            globals.append(global)
            importedGlobalCount += 1
            type = .global(global)
        case .tag: throw WasmError(.invalid, "unsupported import kind")
        }
        imports.append(Import(module: entry.module, name: entry.name, type: type))
    }

    static func tableType(_ t: WasmParser.TableType) throws(WasmError) -> TableType {
        let element = try ValueType(parsed: .ref(t.elementType))
        if let max = t.limits.max, t.limits.min > max {
            throw WasmError(.invalid, "size minimum must not be greater than maximum")
        }
        guard t.limits.min <= UInt64(UInt32.max), (t.limits.max ?? 0) <= UInt64(UInt32.max) else {
            throw WasmError(.invalid, "table size must be at most 2^32-1")
        }
        return TableType(element: element, limits: Limits(min: t.limits.min, max: t.limits.max))
    }

    static func memoryType(_ m: WasmParser.MemoryType) throws(WasmError) -> MemoryType {
        guard !m.isMemory64, !m.shared else { throw WasmError(.invalid, "unsupported memory type") }
        guard m.min <= Memory.maxPages, (m.max ?? 0) <= Memory.maxPages else {
            throw WasmError(.invalid, "memory size must be at most 65536 pages (4GiB)")
        }
        if let max = m.max, m.min > max { throw WasmError(.invalid, "size minimum must not be greater than maximum") }
        return MemoryType(limits: Limits(min: m.min, max: m.max))
    }

    /// Validates and translates function `index` (its code into `arena`); an error says which function (with its name
    /// from `nameSection`, if the module names it), and the byte offset in the module where it was
    /// found.
    static func translate(
        _ body: Code, type: FuncType, context: ValidationContext, index: Int, nameSection: [UInt8]?, into arena: CodeArena,
        scratch: inout TranslatorScratch
    ) throws(WasmError) -> CompiledFunction {
        let locals = try body.locals.map { (t) throws(WasmError) in try ValueType(parsed: t) }
        var translator = FunctionTranslator(
            context: context, type: type, locals: locals, bodySize: body.expression.count, scratch: &scratch)
        defer { translator.returnScratch(to: &scratch) }
        var parser = ExpressionParser(code: body)
        // The spec's wording stays first (what its test suite matches), the place after it.
        func located(_ error: WasmError) -> WasmError {
            let name = nameSection.flatMap { functionNames(in: $0[...])[UInt32(index)] }
            let function = name.map { "function \(index) \"\($0)\"" } ?? "function \(index)"
            let offset = "0x" + String(parser.offset, radix: 16)
            return WasmError(error.kind, "\(error.message) in \(function) at byte offset \(offset)")
        }
        do {
            while let visit = try parser.parse() {
                try visit(visitor: &translator)
            }
            return try translator.finish(into: arena)
        } catch let error as WasmError {
            throw located(error)
        } catch {
            throw located(WasmError(.malformed, DecodingErrors.message(for: error)))
        }
    }

    /// Function names from a `name` custom section; malformed name sections are ignored, as the
    /// spec requires.
    static func functionNames(in bytes: ArraySlice<UInt8>) -> [UInt32: String] {
        var parser = NameSectionParser(stream: StaticByteStreamSource(bytes: bytes))
        guard let names = try? parser.parseAll() else { return [:] }
        for case .functions(let map) in names { return map }
        return [:]
    }
}
