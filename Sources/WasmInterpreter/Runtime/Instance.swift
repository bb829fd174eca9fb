/// The memory behind one instance: its `InstanceData` and the arrays it points to.
final class InstanceStorage {
    let module: Module
    let data: UnsafeMutablePointer<InstanceData>
    /// Keyed by UTF-8 bytes: Wasm names compare byte-wise, Swift Strings by canonical equivalence.
    var exports: [[UInt8]: Extern] = [:]
    var exportOrder: [String] = []

    init(module: Module, data: UnsafeMutablePointer<InstanceData>) {
        self.module = module
        self.data = data
    }

    /// Frees the arrays (not the entities they point to: the store owns those).
    func deallocate() {
        let d = data.pointee
        d.funcs.deallocate()
        d.globals.deallocate()
        d.tables.deallocate()
        d.typeIDs.deallocate()
        d.dataSegments.deallocate()
        for k in 0..<module.info.elements.count { d.elementSegments[k].refs?.deallocate() }
        d.elementSegments.deallocate()
        data.deallocate()
    }
}

// Why @unchecked: a handle (a store ID and a pointer into the store) that is only dereferenced
// through a `Store` passed in, after its ID check; the store is not Sendable, so no two threads do.
/// An instantiated module: its exports, valid with the store it was created in.
public struct Instance: @unchecked Sendable {
    let storeID: Int
    let storage: InstanceStorage

    /// The export called `name`, if any.
    public func export<T>(_ store: Store<T>, _ name: String) throws(WasmError) -> Extern? {
        try store.core.check(storeID)
        return storage.exports[Array(name.utf8)]
    }

    /// All exports, in the module's order.
    public func exports<T>(_ store: Store<T>) throws(WasmError) -> [(name: String, value: Extern)] {
        try store.core.check(storeID)
        return storage.exportOrder.map { ($0, storage.exports[Array($0.utf8)]!) }
    }

    /// The exported function called `name`, if any.
    public func getFunc<T>(_ store: Store<T>, _ name: String) throws(WasmError) -> Func? {
        if case .function(let f)? = try export(store, name) { return f }
        return nil
    }

    /// The exported memory called `name`, if any.
    public func getMemory<T>(_ store: Store<T>, _ name: String) throws(WasmError) -> Memory? {
        if case .memory(let m)? = try export(store, name) { return m }
        return nil
    }

    /// The exported table called `name`, if any.
    public func getTable<T>(_ store: Store<T>, _ name: String) throws(WasmError) -> Table? {
        if case .table(let t)? = try export(store, name) { return t }
        return nil
    }

    /// The exported global called `name`, if any.
    public func getGlobal<T>(_ store: Store<T>, _ name: String) throws(WasmError) -> Global? {
        if case .global(let g)? = try export(store, name) { return g }
        return nil
    }
}
