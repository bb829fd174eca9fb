/// Non-variadic forms of `Linker.funcWrap` for the common shapes (up to 3 parameters, 0 or 1
/// result, with or without `Caller`). Why: Swift specializes ordinary generics in the caller's
/// module (these are `@inlinable`) but not parameter packs, and an unspecialized pack looks up
/// generic metadata on every call (measured: 65 ns per typed host call with the variadic form,
/// 32 ns with these). Overload resolution prefers them wherever they fit; anything else uses the
/// variadic form. Generated shapes; keep them in step with each other.
extension Linker {
    /// `funcWrap` for a host function of 0 parameters and one result.
    @inlinable
    public func funcWrap<R: WasmValue>(
        module: String, name: String, _ body: @escaping () throws -> R
    ) throws(WasmError) {
        let type = FuncType(params: [], results: [R.valueType])
        try defineHost(module: module, name: name, type: type) { store in
            // Unretained captures: the store owns this host function, so it outlives every call.
            store.core.makeHostFunction(type: type) { [unowned(unsafe) core = store.core] slots, _ in
                var cursor = SlotCursor(core: core, slots: slots)
                let result = try body()
                cursor.index = 0
                try cursor.write(result)
            }
        }
    }

    /// `funcWrap` for a host function of 1 parameter and no result.
    @inlinable
    public func funcWrap<P0: WasmValue>(
        module: String, name: String, _ body: @escaping (P0) throws -> Void
    ) throws(WasmError) {
        let type = FuncType(params: [P0.valueType], results: [])
        try defineHost(module: module, name: name, type: type) { store in
            // Unretained captures: the store owns this host function, so it outlives every call.
            store.core.makeHostFunction(type: type) { [unowned(unsafe) core = store.core] slots, _ in
                var cursor = SlotCursor(core: core, slots: slots)
                try body(cursor.read(P0.self))
            }
        }
    }

    /// `funcWrap` for a host function of 1 parameter and one result.
    @inlinable
    public func funcWrap<P0: WasmValue, R: WasmValue>(
        module: String, name: String, _ body: @escaping (P0) throws -> R
    ) throws(WasmError) {
        let type = FuncType(params: [P0.valueType], results: [R.valueType])
        try defineHost(module: module, name: name, type: type) { store in
            // Unretained captures: the store owns this host function, so it outlives every call.
            store.core.makeHostFunction(type: type) { [unowned(unsafe) core = store.core] slots, _ in
                var cursor = SlotCursor(core: core, slots: slots)
                let result = try body(cursor.read(P0.self))
                cursor.index = 0
                try cursor.write(result)
            }
        }
    }

    /// `funcWrap` for a host function of 2 parameters and no result.
    @inlinable
    public func funcWrap<P0: WasmValue, P1: WasmValue>(
        module: String, name: String, _ body: @escaping (P0, P1) throws -> Void
    ) throws(WasmError) {
        let type = FuncType(params: [P0.valueType, P1.valueType], results: [])
        try defineHost(module: module, name: name, type: type) { store in
            // Unretained captures: the store owns this host function, so it outlives every call.
            store.core.makeHostFunction(type: type) { [unowned(unsafe) core = store.core] slots, _ in
                var cursor = SlotCursor(core: core, slots: slots)
                try body(cursor.read(P0.self), cursor.read(P1.self))
            }
        }
    }

    /// `funcWrap` for a host function of 2 parameters and one result.
    @inlinable
    public func funcWrap<P0: WasmValue, P1: WasmValue, R: WasmValue>(
        module: String, name: String, _ body: @escaping (P0, P1) throws -> R
    ) throws(WasmError) {
        let type = FuncType(params: [P0.valueType, P1.valueType], results: [R.valueType])
        try defineHost(module: module, name: name, type: type) { store in
            // Unretained captures: the store owns this host function, so it outlives every call.
            store.core.makeHostFunction(type: type) { [unowned(unsafe) core = store.core] slots, _ in
                var cursor = SlotCursor(core: core, slots: slots)
                let result = try body(cursor.read(P0.self), cursor.read(P1.self))
                cursor.index = 0
                try cursor.write(result)
            }
        }
    }

    /// `funcWrap` for a host function of 3 parameters and no result.
    @inlinable
    public func funcWrap<P0: WasmValue, P1: WasmValue, P2: WasmValue>(
        module: String, name: String, _ body: @escaping (P0, P1, P2) throws -> Void
    ) throws(WasmError) {
        let type = FuncType(params: [P0.valueType, P1.valueType, P2.valueType], results: [])
        try defineHost(module: module, name: name, type: type) { store in
            // Unretained captures: the store owns this host function, so it outlives every call.
            store.core.makeHostFunction(type: type) { [unowned(unsafe) core = store.core] slots, _ in
                var cursor = SlotCursor(core: core, slots: slots)
                try body(cursor.read(P0.self), cursor.read(P1.self), cursor.read(P2.self))
            }
        }
    }

    /// `funcWrap` for a host function of 3 parameters and one result.
    @inlinable
    public func funcWrap<P0: WasmValue, P1: WasmValue, P2: WasmValue, R: WasmValue>(
        module: String, name: String, _ body: @escaping (P0, P1, P2) throws -> R
    ) throws(WasmError) {
        let type = FuncType(params: [P0.valueType, P1.valueType, P2.valueType], results: [R.valueType])
        try defineHost(module: module, name: name, type: type) { store in
            // Unretained captures: the store owns this host function, so it outlives every call.
            store.core.makeHostFunction(type: type) { [unowned(unsafe) core = store.core] slots, _ in
                var cursor = SlotCursor(core: core, slots: slots)
                let result = try body(cursor.read(P0.self), cursor.read(P1.self), cursor.read(P2.self))
                cursor.index = 0
                try cursor.write(result)
            }
        }
    }

    /// `funcWrap` for a host function of 0 parameters and one result, with the `Caller`.
    @inlinable
    public func funcWrap<R: WasmValue>(
        module: String, name: String, _ body: @escaping (Caller<T>) throws -> R
    ) throws(WasmError) {
        let type = FuncType(params: [], results: [R.valueType])
        try defineHost(module: module, name: name, type: type) { store in
            store.core.makeHostFunction(type: type) {
                // Unretained captures: the store owns this host function, so it outlives every call.
                [unowned(unsafe) core = store.core, store = Unmanaged.passUnretained(store)] slots, instance in
                var cursor = SlotCursor(core: core, slots: slots)
                let result = try body(Caller(store: store, instance: instance))
                cursor.index = 0
                try cursor.write(result)
            }
        }
    }

    /// `funcWrap` for a host function of 1 parameter and no result, with the `Caller`.
    @inlinable
    public func funcWrap<P0: WasmValue>(
        module: String, name: String, _ body: @escaping (Caller<T>, P0) throws -> Void
    ) throws(WasmError) {
        let type = FuncType(params: [P0.valueType], results: [])
        try defineHost(module: module, name: name, type: type) { store in
            store.core.makeHostFunction(type: type) {
                // Unretained captures: the store owns this host function, so it outlives every call.
                [unowned(unsafe) core = store.core, store = Unmanaged.passUnretained(store)] slots, instance in
                var cursor = SlotCursor(core: core, slots: slots)
                try body(Caller(store: store, instance: instance), cursor.read(P0.self))
            }
        }
    }

    /// `funcWrap` for a host function of 1 parameter and one result, with the `Caller`.
    @inlinable
    public func funcWrap<P0: WasmValue, R: WasmValue>(
        module: String, name: String, _ body: @escaping (Caller<T>, P0) throws -> R
    ) throws(WasmError) {
        let type = FuncType(params: [P0.valueType], results: [R.valueType])
        try defineHost(module: module, name: name, type: type) { store in
            store.core.makeHostFunction(type: type) {
                // Unretained captures: the store owns this host function, so it outlives every call.
                [unowned(unsafe) core = store.core, store = Unmanaged.passUnretained(store)] slots, instance in
                var cursor = SlotCursor(core: core, slots: slots)
                let result = try body(Caller(store: store, instance: instance), cursor.read(P0.self))
                cursor.index = 0
                try cursor.write(result)
            }
        }
    }

    /// `funcWrap` for a host function of 2 parameters and no result, with the `Caller`.
    @inlinable
    public func funcWrap<P0: WasmValue, P1: WasmValue>(
        module: String, name: String, _ body: @escaping (Caller<T>, P0, P1) throws -> Void
    ) throws(WasmError) {
        let type = FuncType(params: [P0.valueType, P1.valueType], results: [])
        try defineHost(module: module, name: name, type: type) { store in
            store.core.makeHostFunction(type: type) {
                // Unretained captures: the store owns this host function, so it outlives every call.
                [unowned(unsafe) core = store.core, store = Unmanaged.passUnretained(store)] slots, instance in
                var cursor = SlotCursor(core: core, slots: slots)
                try body(Caller(store: store, instance: instance), cursor.read(P0.self), cursor.read(P1.self))
            }
        }
    }

    /// `funcWrap` for a host function of 2 parameters and one result, with the `Caller`.
    @inlinable
    public func funcWrap<P0: WasmValue, P1: WasmValue, R: WasmValue>(
        module: String, name: String, _ body: @escaping (Caller<T>, P0, P1) throws -> R
    ) throws(WasmError) {
        let type = FuncType(params: [P0.valueType, P1.valueType], results: [R.valueType])
        try defineHost(module: module, name: name, type: type) { store in
            store.core.makeHostFunction(type: type) {
                // Unretained captures: the store owns this host function, so it outlives every call.
                [unowned(unsafe) core = store.core, store = Unmanaged.passUnretained(store)] slots, instance in
                var cursor = SlotCursor(core: core, slots: slots)
                let result = try body(Caller(store: store, instance: instance), cursor.read(P0.self), cursor.read(P1.self))
                cursor.index = 0
                try cursor.write(result)
            }
        }
    }

    /// `funcWrap` for a host function of 3 parameters and no result, with the `Caller`.
    @inlinable
    public func funcWrap<P0: WasmValue, P1: WasmValue, P2: WasmValue>(
        module: String, name: String, _ body: @escaping (Caller<T>, P0, P1, P2) throws -> Void
    ) throws(WasmError) {
        let type = FuncType(params: [P0.valueType, P1.valueType, P2.valueType], results: [])
        try defineHost(module: module, name: name, type: type) { store in
            store.core.makeHostFunction(type: type) {
                // Unretained captures: the store owns this host function, so it outlives every call.
                [unowned(unsafe) core = store.core, store = Unmanaged.passUnretained(store)] slots, instance in
                var cursor = SlotCursor(core: core, slots: slots)
                try body(Caller(store: store, instance: instance), cursor.read(P0.self), cursor.read(P1.self), cursor.read(P2.self))
            }
        }
    }

    /// `funcWrap` for a host function of 3 parameters and one result, with the `Caller`.
    @inlinable
    public func funcWrap<P0: WasmValue, P1: WasmValue, P2: WasmValue, R: WasmValue>(
        module: String, name: String, _ body: @escaping (Caller<T>, P0, P1, P2) throws -> R
    ) throws(WasmError) {
        let type = FuncType(params: [P0.valueType, P1.valueType, P2.valueType], results: [R.valueType])
        try defineHost(module: module, name: name, type: type) { store in
            store.core.makeHostFunction(type: type) {
                // Unretained captures: the store owns this host function, so it outlives every call.
                [unowned(unsafe) core = store.core, store = Unmanaged.passUnretained(store)] slots, instance in
                var cursor = SlotCursor(core: core, slots: slots)
                let result = try body(
                    Caller(store: store, instance: instance), cursor.read(P0.self), cursor.read(P1.self), cursor.read(P2.self))
                cursor.index = 0
                try cursor.write(result)
            }
        }
    }
}
