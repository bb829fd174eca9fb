// Values crossing the host boundary <-> the 64-bit slots Wasm code keeps them in.

extension StoreCore {
    @usableFromInline
    func slot(from value: Value, type: ValueType) throws(WasmError) -> UInt64 {
        guard value.type == type else { throw WasmError(.usage, "expected a value of type \(type), got \(value.type)") }
        switch value {
        case .i32(let v): return UInt64(UInt32(bitPattern: v))
        case .i64(let v): return UInt64(bitPattern: v)
        case .f32(let v): return UInt64(v.bitPattern)
        case .f64(let v): return v.bitPattern
        case .funcRef(let f):
            guard let f else { return 0 }
            try check(f.storeID)
            return UInt64(UInt(bitPattern: f.record))
        case .externRef(let r):
            guard let r else { return 0 }
            try check(r.storeID)
            return r.index + 1
        }
    }

    @usableFromInline
    func value(fromSlot bits: UInt64, type: ValueType) -> Value {
        switch type {
        case .i32: .i32(Int32(truncatingIfNeeded: bits))
        case .i64: .i64(Int64(bitPattern: bits))
        case .f32: .f32(Float(bitPattern: UInt32(truncatingIfNeeded: bits)))
        case .f64: .f64(Double(bitPattern: bits))
        case .funcRef: .funcRef(UnsafeMutablePointer<FuncRecord>(bitPattern: UInt(bits)).map { Func(storeID: id, record: $0) })
        case .externRef: .externRef(bits == 0 ? nil : ExternRef(storeID: id, index: bits - 1))
        }
    }
}
