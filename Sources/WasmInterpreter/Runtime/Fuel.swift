extension Store {
    /// Sets the fuel available to Wasm code in this store. Requires `Config.consumeFuel`.
    /// Each basic block costs its instruction count; bulk memory and table instructions also
    /// pay per 64 bytes or 16 elements. Running out traps with `TrapCode.outOfFuel`.
    public func setFuel(_ fuel: UInt64) throws(WasmError) {
        guard engine.config.consumeFuel else { throw WasmError(.usage, "fuel metering is not enabled in the engine's Config") }
        core.context.pointee.fuel = Int64(clamping: fuel)
    }

    /// The fuel left. Requires `Config.consumeFuel`.
    public func getFuel() throws(WasmError) -> UInt64 {
        guard engine.config.consumeFuel else { throw WasmError(.usage, "fuel metering is not enabled in the engine's Config") }
        return UInt64(max(core.context.pointee.fuel, 0))
    }
}

extension Caller {
    /// The store's fuel left (see `Store.getFuel`).
    public func getFuel() throws(WasmError) -> UInt64 { try store.getFuel() }

    /// Sets the store's fuel (see `Store.setFuel`).
    public func setFuel(_ fuel: UInt64) throws(WasmError) { try store.setFuel(fuel) }
}
