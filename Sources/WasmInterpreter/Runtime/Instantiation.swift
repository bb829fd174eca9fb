/// Creating an instance: checking imports, allocating entities, running segment
/// initialization and the start function, in the order the spec prescribes.
extension StoreCore {
    /// Instantiates `module` with `imports` (one per import, in order), in the spec's order:
    /// check the imports, allocate the instance, define its entities, export them, run the active
    /// segments, then the start function.
    func instantiate(_ module: Module, imports: [Extern]) throws -> Instance {
        try checkInstantiation(module, imports)
        let (data, storage) = allocateInstance(module)
        resolveImports(imports, data)
        try defineEntities(module, data)
        exportEntities(module, data, storage)
        try runActiveSegments(module, data)
        if let start = module.info.start {
            _ = try invoke(data.pointee.funcs[Int(start)], [])
        }
        return Instance(storeID: id, storage: storage)
    }

    /// The engine, the imports' count and types, and the limiter's instance count.
    private func checkInstantiation(_ module: Module, _ imports: [Extern]) throws {
        let info = module.info
        guard module.engine === engine else { throw WasmError(.usage, "module belongs to a different engine") }
        guard imports.count == info.imports.count else {
            throw WasmError(.link, "expected \(info.imports.count) imports, got \(imports.count)")
        }
        for (k, value) in imports.enumerated() { try checkImport(value, info.imports[k]) }
        if let limiter, instances.count >= limiter.instances {
            throw WasmError(.instantiation, "too many instances in the store")
        }
    }

    /// The instance's records, empty but for its type IDs, kept by the store from now on.
    private func allocateInstance(_ module: Module) -> (UnsafeMutablePointer<InstanceData>, InstanceStorage) {
        let info = module.info
        let data = UnsafeMutablePointer<InstanceData>.allocate(capacity: 1)
        let funcs = UnsafeMutablePointer<UnsafeMutablePointer<FuncRecord>>.allocate(capacity: max(info.functionTypeIndices.count, 1))
        let globalCells = UnsafeMutablePointer<UnsafeMutablePointer<UInt64>>.allocate(capacity: max(info.globals.count, 1))
        let tableList = UnsafeMutablePointer<UnsafeMutablePointer<TableData>>.allocate(capacity: max(info.tables.count, 1))
        let typeIDs = UnsafeMutablePointer<Int32>.allocate(capacity: max(module.typeIDs.count, 1))
        let dataSegments = UnsafeMutablePointer<DataSegmentData>.allocate(capacity: max(info.data.count, 1))
        let elementSegments = UnsafeMutablePointer<ElementSegmentData>.allocate(capacity: max(info.elements.count, 1))
        elementSegments.initialize(repeating: ElementSegmentData(refs: nil, count: 0), count: max(info.elements.count, 1))
        typeIDs.initialize(from: module.typeIDs, count: module.typeIDs.count)
        data.initialize(
            to: InstanceData(
                funcs: funcs, globals: globalCells, tables: tableList, memory: emptyMemory, typeIDs: typeIDs,
                dataSegments: dataSegments, elementSegments: elementSegments, storage: nil))
        let storage = InstanceStorage(module: module, data: data)
        // Unretained: `instances` below keeps the storage for the store's lifetime, which bounds the data's.
        data.pointee.storage = Unmanaged.passUnretained(storage).toOpaque()
        instances.append(storage)
        return (data, storage)
    }

    /// Imports take the first indices of each kind, in order.
    private func resolveImports(_ imports: [Extern], _ data: UnsafeMutablePointer<InstanceData>) {
        let (funcs, globalCells, tableList) = (data.pointee.funcs, data.pointee.globals, data.pointee.tables)
        var (f, t, m, g) = (0, 0, 0, 0)
        for value in imports {
            switch value {
            case .function(let fn):
                funcs[f] = fn.record
                f += 1
            case .table(let tb):
                tableList[t] = tb.data
                t += 1
            case .memory(let mem):
                data.pointee.memory = mem.data
                m += 1
            case .global(let gl):
                globalCells[g] = gl.cell
                g += 1
            }
        }
    }

    /// The module's own functions, globals, tables and memory, and its passive segments' contents.
    private func defineEntities(_ module: Module, _ data: UnsafeMutablePointer<InstanceData>) throws {
        let info = module.info
        let (funcs, globalCells, tableList) = (data.pointee.funcs, data.pointee.globals, data.pointee.tables)
        let dataSegments = data.pointee.dataSegments
        // One block for all of them: a heap block each cost 8 bytes of header and padding more,
        // and the store one pointer more, per function (6,000 in large.wasm).
        let definedCount = info.functionTypeIndices.count - info.importedFunctionCount
        if definedCount > 0 {
            let records = UnsafeMutablePointer<FuncRecord>.allocate(capacity: definedCount)
            funcRecords.append(records)
            for k in info.importedFunctionCount..<info.functionTypeIndices.count {
                let compiled = info.functions[k - info.importedFunctionCount]
                let typeIndex = Int(info.functionTypeIndices[k])
                let type = info.types[typeIndex]
                let record = records + (k - info.importedFunctionCount)
                record.initialize(
                    to: FuncRecord(
                        typeID: module.typeIDs[typeIndex], functionIndex: UInt32(k), signature: module.signatures[typeIndex],
                        numParams: UInt32(type.params.count), numResults: UInt32(type.results.count),
                        numLocals: compiled.numLocals, frameSize: compiled.frameSize,
                        code: UnsafePointer(module.code[k - info.importedFunctionCount].baseAddress!), instance: data,
                        host: nil))
                funcs[k] = record
            }
        }
        for k in info.importedGlobalCount..<info.globals.count {
            globalCells[k] = makeGlobal(evaluate(info.globalInitializers[k - info.importedGlobalCount], data))
        }
        for k in info.importedTableCount..<info.tables.count {
            tableList[k] = try makeTable(info.tables[k], initial: 0)
        }
        if info.memories.count > info.importedMemoryCount {
            data.pointee.memory = try makeMemory(info.memories[info.importedMemoryCount])
        }
        // Only passive segments get the instance's copy: active ones are written into the memory
        // or table from the module by `runActiveSegments`, declarative ones are dropped, and all
        // of them are empty after (unless that fails: see there).
        for k in info.data.indices {
            if info.data[k].offset == nil {
                keepDataSegment(k, module, data)
            } else {
                dataSegments[k] = DataSegmentData(bytes: nil, count: 0)
            }
        }
        for (k, segment) in info.elements.enumerated() where segment.mode.isPassive {
            keepElementSegment(k, module, data)
        }
    }

    /// Gives the instance its copy of data segment `k` (for `memory.init`).
    private func keepDataSegment(_ k: Int, _ module: Module, _ data: UnsafeMutablePointer<InstanceData>) {
        data.pointee.dataSegments[k] = module.info.data[k].bytes.withUnsafeBufferPointer { buffer in
            let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: max(buffer.count, 1))
            if buffer.count > 0 { copy.initialize(from: buffer.baseAddress!, count: buffer.count) }
            dataBuffers.append(copy)
            return DataSegmentData(bytes: UnsafePointer(copy), count: buffer.count)
        }
    }

    /// Gives the instance element segment `k`'s references (for `table.init`).
    private func keepElementSegment(_ k: Int, _ module: Module, _ data: UnsafeMutablePointer<InstanceData>) {
        let items = module.info.elements[k].items
        let refs = UnsafeMutablePointer<UInt64>.allocate(capacity: max(items.count, 1))
        for (j, item) in items.enumerated() { refs[j] = evaluate(item.expression, data) }
        data.pointee.elementSegments[k] = ElementSegmentData(refs: refs, count: items.count)
    }

    /// The instance's exports, by name and in order.
    private func exportEntities(_ module: Module, _ data: UnsafeMutablePointer<InstanceData>, _ storage: InstanceStorage) {
        let info = module.info
        let (funcs, globalCells, tableList) = (data.pointee.funcs, data.pointee.globals, data.pointee.tables)
        for export in info.exports {
            let value: Extern
            switch export.kind {
            case .function: value = .function(Func(storeID: id, record: funcs[Int(export.index)]))
            case .table: value = .table(Table(storeID: id, data: tableList[Int(export.index)]))
            case .memory: value = .memory(Memory(storeID: id, data: data.pointee.memory))
            case .global:
                value = .global(Global(storeID: id, cell: globalCells[Int(export.index)], type: info.globals[Int(export.index)]))
            }
            storage.exports[Array(export.name.utf8)] = value
            storage.exportOrder.append(export.name)
        }
    }

    /// Active element and data segments, in order; a failure leaves earlier writes in place (as
    /// the spec says). Each applied segment is dropped, and declarative ones after every active
    /// element segment is applied: so when one fails, it and the segments the spec has not
    /// dropped yet get their contents back (the instance stays in the store, and its functions
    /// may be reachable through a table that an earlier segment wrote to).
    private func runActiveSegments(_ module: Module, _ data: UnsafeMutablePointer<InstanceData>) throws {
        let info = module.info
        let tableList = data.pointee.tables
        for (k, segment) in info.elements.enumerated() {
            guard case .active(let tableIndex, let offsetExpression) = segment.mode else { continue }
            let table = tableList[Int(tableIndex)]
            let offset = evaluate(offsetExpression, data) & 0xFFFF_FFFF
            let count = UInt64(segment.items.count)
            guard offset + count <= UInt64(table.pointee.count) else {
                for j in k..<info.elements.count where !info.elements[j].mode.isPassive { keepElementSegment(j, module, data) }
                for j in info.data.indices where info.data[j].offset != nil { keepDataSegment(j, module, data) }
                throw Trap(.tableOutOfBounds)
            }
            let elements = table.pointee.elements + Int(offset)
            for (j, item) in segment.items.enumerated() { elements[j] = evaluate(item.expression, data) }
        }
        for (k, segment) in info.data.enumerated() {
            guard let offsetExpression = segment.offset else { continue }
            let memory = data.pointee.memory
            let offset = evaluate(offsetExpression, data) & 0xFFFF_FFFF
            let count = UInt64(segment.bytes.count)
            guard offset + count <= memory.pointee.byteCount else {
                for j in k..<info.data.count where info.data[j].offset != nil { keepDataSegment(j, module, data) }
                throw Trap(.memoryOutOfBounds)
            }
            guard count > 0 else { continue }
            segment.bytes.withUnsafeBytes { (memory.pointee.base + Int(offset)).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        }
    }

    func evaluate(_ expression: ConstantExpression, _ instance: UnsafeMutablePointer<InstanceData>) -> UInt64 {
        switch expression {
        case .value(let bits): bits
        case .globalGet(let index): instance.pointee.globals[Int(index)].pointee
        case .refFunc(let index): UInt64(UInt(bitPattern: instance.pointee.funcs[Int(index)]))
        }
    }

    private func checkImport(_ value: Extern, _ expected: ModuleInfo.Import) throws {
        let actual: ExternType
        let compatible: Bool
        switch (value, expected.type) {
        case (.function(let f), .function(let type)):
            try check(f.storeID)
            let t = funcType(of: f.record)
            actual = .function(t)
            compatible = t == type
        case (.table(let tb), .table(let type)):
            try check(tb.storeID)
            let current = TableType(
                element: tb.data.pointee.elementType,
                limits: Limits(
                    min: UInt64(tb.data.pointee.count),
                    max: tb.data.pointee.max == UInt32.max ? nil : UInt64(tb.data.pointee.max)))
            actual = .table(current)
            compatible = current.element == type.element && Self.limitsMatch(current.limits, type.limits)
        case (.memory(let mem), .memory(let type)):
            try check(mem.storeID)
            let current = Limits(
                min: mem.data.pointee.byteCount / Memory.pageSize,
                max: mem.data.pointee.hasMax ? mem.data.pointee.maxPages : nil)
            actual = .memory(MemoryType(limits: current))
            compatible = Self.limitsMatch(current, type.limits)
        case (.global(let gl), .global(let type)):
            try check(gl.storeID)
            actual = .global(gl.type)
            compatible = gl.type == type
        case (.function(let f), _):
            actual = .function(funcType(of: f.record))
            compatible = false
        case (.table(let tb), _):
            actual = .table(TableType(element: tb.data.pointee.elementType, limits: Limits(min: UInt64(tb.data.pointee.count))))
            compatible = false
        case (.memory(let mem), _):
            actual = .memory(MemoryType(limits: Limits(min: mem.data.pointee.byteCount / Memory.pageSize)))
            compatible = false
        case (.global(let gl), _):
            actual = .global(gl.type)
            compatible = false
        }
        guard compatible else {
            throw WasmError(
                .link, "incompatible import type for \(expected.module)::\(expected.name): expected \(expected.type), found \(actual)")
        }
    }

    static func limitsMatch(_ actual: Limits, _ expected: Limits) -> Bool {
        guard actual.min >= expected.min else { return false }
        guard let expectedMax = expected.max else { return true }
        guard let actualMax = actual.max else { return false }
        return actualMax <= expectedMax
    }
}
