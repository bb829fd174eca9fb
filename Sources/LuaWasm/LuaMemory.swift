// wasm.Memory: memory objects and their methods (the functions bound to Lua methods end in
// `Method`; `memoryConstructor` is `wasm.Memory(...)`).
import CLua
import CLuaShims
import WasmInterpreter

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

func checkNonNegative(_ L: LState, _ index: Int32, _ function: String) throws -> UInt64 {
    let value = try checkInteger(L, index, function)
    guard value >= 0 else { throw LuaError("bad argument #\(index) to '\(function)' (must not be negative)") }
    return UInt64(value)
}

/// Runs `body` on the `count` bytes at `offset` of the memory at argument 1, after a bounds
/// check (`function` names the method in errors). `body` must not call Lua functions or Wasm
/// (either could grow the memory and move it); pushing a copy of the bytes (`lua_pushlstring`)
/// is fine. The bytes are untyped guest memory: `body` reads them as `CChar` to copy them.
func withMemoryBytes<R>(
    _ box: MemoryBox, _ function: String, offset: UInt64, count: UInt64, _ body: (UnsafeMutableRawPointer) throws -> R
) throws -> R {
    let store = try box.storeBox.open(function)
    return try box.handle.withUnsafeMutableBytes(store) { bytes in
        let size = UInt64(bytes.count)
        guard offset <= size, count <= size - offset else {
            throw LuaError("\(function): out of bounds memory access (\(count) bytes at \(offset), memory size \(size))")
        }
        return try body(bytes.baseAddress! + Int(offset))
    }
}

/// The bytes of the string argument at `index` (a Lua string: numbers are not converted), valid
/// while it stays on the stack.
func checkStringBytes(_ L: LState, _ index: Int32, _ function: String) throws -> (start: UnsafePointer<CChar>, count: Int) {
    guard lua_type(L, index) == LUA_TSTRING else { throw argError(L, index, function, "string") }
    var length = 0
    return (lua_tolstring(L, index, &length)!, length)
}

/// memory:read(offset, count) -> string
func memoryReadMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .memory, "read", as: MemoryBox.self)
        let offset = try checkNonNegative(L, 2, "read")
        let count = try checkNonNegative(L, 3, "read")
        try withMemoryBytes(box, "read", offset: offset, count: count) { bytes in
            _ = lua_pushlstring(L, bytes.assumingMemoryBound(to: CChar.self), Int(count))
        }
        return 1
    }
}

/// memory:write(offset, string)
func memoryWriteMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .memory, "write", as: MemoryBox.self)
        let offset = try checkNonNegative(L, 2, "write")
        let (source, length) = try checkStringBytes(L, 3, "write")
        try withMemoryBytes(box, "write", offset: offset, count: UInt64(length)) { bytes in
            bytes.copyMemory(from: source, byteCount: length)
        }
        return 0
    }
}

/// memory:read_cstring(offset [, max]) -> the bytes up to the first zero (at most `max` of them).
func memoryReadCStringMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .memory, "read_cstring", as: MemoryBox.self)
        let offset = try checkNonNegative(L, 2, "read_cstring")
        let limit = swl_isnoneornil(L, 3) != 0 ? nil : try checkNonNegative(L, 3, "read_cstring")
        let store = try box.storeBox.open("read_cstring")
        try box.handle.withUnsafeMutableBytes(store) { bytes in
            guard offset <= UInt64(bytes.count) else {
                throw LuaError("read_cstring: out of bounds memory access (offset \(offset), memory size \(bytes.count))")
            }
            let available = bytes.count - Int(offset)
            let span = limit.map { Int(clamping: min($0, UInt64(available))) } ?? available
            let start = bytes.baseAddress! + Int(offset)
            guard let zero = memchr(start, 0, span) else {
                // Without a limit, a string running to the end of memory is a wild pointer, not a string.
                guard limit != nil else { throw LuaError("read_cstring: no terminating zero before the end of memory") }
                _ = lua_pushlstring(L, start.assumingMemoryBound(to: CChar.self), span)
                return
            }
            _ = lua_pushlstring(L, start.assumingMemoryBound(to: CChar.self), zero - UnsafeMutableRawPointer(start))
        }
        return 1
    }
}

/// memory:write_cstring(offset, s) -> bytes written (with the terminating zero)
func memoryWriteCStringMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .memory, "write_cstring", as: MemoryBox.self)
        let offset = try checkNonNegative(L, 2, "write_cstring")
        let (source, length) = try checkStringBytes(L, 3, "write_cstring")
        guard memchr(source, 0, length) == nil else {
            throw LuaError("bad argument #\(swl_argnumber(L, 3)) to 'write_cstring' (the string contains a zero byte)")
        }
        try withMemoryBytes(box, "write_cstring", offset: offset, count: UInt64(length) + 1) { bytes in
            bytes.copyMemory(from: source, byteCount: length)
            bytes.storeBytes(of: 0, toByteOffset: length, as: UInt8.self)
        }
        lua_pushinteger(L, lua_Integer(length + 1))
        return 1
    }
}

/// memory:fill(offset, length, byte)
func memoryFillMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .memory, "fill", as: MemoryBox.self)
        let offset = try checkNonNegative(L, 2, "fill")
        let length = try checkNonNegative(L, 3, "fill")
        let byte = try checkInteger(L, 4, "fill")
        guard (-128...255).contains(byte) else {
            throw LuaError("bad argument #\(swl_argnumber(L, 4)) to 'fill' (byte value \(byte) out of range)")
        }
        try withMemoryBytes(box, "fill", offset: offset, count: length) { bytes in
            _ = memset(bytes, Int32(UInt8(truncatingIfNeeded: byte)), Int(length))
        }
        return 0
    }
}

func memorySizeMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .memory, "size", as: MemoryBox.self)
        lua_pushinteger(L, lua_Integer(try box.handle.size(try box.storeBox.open("size"))))
        return 1
    }
}

func memoryDataSizeMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .memory, "data_size", as: MemoryBox.self)
        lua_pushinteger(L, lua_Integer(try box.handle.size(try box.storeBox.open("data_size")) * Memory.pageSize))
        return 1
    }
}

func memoryGrowMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .memory, "grow", as: MemoryBox.self)
        let delta = try checkNonNegative(L, 2, "grow")
        lua_pushinteger(L, lua_Integer(try box.handle.grow(try box.storeBox.open("grow"), by: delta)))
        return 1
    }
}

/// The scalar types of memory:load / memory:store.
enum MemoryScalar: String {
    case i8, u8, i16, u16, i32, u32, i64, u64, f32, f64

    var width: Int {
        switch self {
        case .i8, .u8: 1
        case .i16, .u16: 2
        case .i32, .u32, .f32: 4
        case .i64, .u64, .f64: 8
        }
    }

    /// The integers a store accepts: either reading of the width (as i32 takes both signed and
    /// unsigned values), any integer for 64 bits.
    var integerRange: ClosedRange<lua_Integer>? {
        switch self {
        case .i8, .u8: -0x80...0xFF
        case .i16, .u16: -0x8000...0xFFFF
        case .i32, .u32: -0x8000_0000...0xFFFF_FFFF
        case .i64, .u64: lua_Integer.min...lua_Integer.max
        case .f32, .f64: nil
        }
    }
}

func checkScalar(_ L: LState, _ index: Int32, _ function: String) throws -> MemoryScalar {
    let name = try checkString(L, index, function)
    guard let scalar = MemoryScalar(rawValue: name) else {
        throw LuaError("\(function): unknown type \"\(name)\" (i8, u8, i16, u16, i32, u32, i64, u64, f32 or f64)")
    }
    return scalar
}

/// memory:load(type, offset) -> number
func memoryLoadMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .memory, "load", as: MemoryBox.self)
        let scalar = try checkScalar(L, 2, "load")
        let offset = try checkNonNegative(L, 3, "load")
        let bits = try withMemoryBytes(box, "load", offset: offset, count: UInt64(scalar.width)) { bytes in
            (0..<scalar.width).reduce(UInt64(0)) { $0 | UInt64(bytes.load(fromByteOffset: $1, as: UInt8.self)) << (8 * UInt64($1)) }
        }
        switch scalar {
        case .i8: lua_pushinteger(L, lua_Integer(Int8(truncatingIfNeeded: bits)))
        case .i16: lua_pushinteger(L, lua_Integer(Int16(truncatingIfNeeded: bits)))
        case .i32: lua_pushinteger(L, lua_Integer(Int32(truncatingIfNeeded: bits)))
        case .u8, .u16, .u32: lua_pushinteger(L, lua_Integer(bits))
        case .i64, .u64: lua_pushinteger(L, lua_Integer(bitPattern: bits))
        case .f32: lua_pushnumber(L, Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits))))
        case .f64: lua_pushnumber(L, Double(bitPattern: bits))
        }
        return 1
    }
}

/// memory:store(type, offset, value)
func memoryStoreMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .memory, "store", as: MemoryBox.self)
        let scalar = try checkScalar(L, 2, "store")
        let offset = try checkNonNegative(L, 3, "store")
        let bits: UInt64
        if let range = scalar.integerRange {
            let value = try checkInteger(L, 4, "store")
            guard range.contains(value) else {
                throw LuaError("bad argument #\(swl_argnumber(L, 4)) to 'store' (\(value) is out of range for \(scalar))")
            }
            bits = UInt64(bitPattern: value)
        } else {
            guard lua_type(L, 4) == LUA_TNUMBER else { throw argError(L, 4, "store", "number") }
            let value = swl_tonumber(L, 4, nil)
            bits = scalar == .f32 ? UInt64(Float(value).bitPattern) : value.bitPattern
        }
        try withMemoryBytes(box, "store", offset: offset, count: UInt64(scalar.width)) { bytes in
            for k in 0..<scalar.width {
                bytes.storeBytes(of: UInt8(truncatingIfNeeded: bits >> (8 * UInt64(k))), toByteOffset: k, as: UInt8.self)
            }
        }
        return 0
    }
}

/// memory:type() -> {kind = "memory", min =, max =}
func memoryTypeMethod(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let box = try checkObject(L, 1, .memory, "type", as: MemoryBox.self)
        pushExternType(L, .memory(try box.handle.type(try box.storeBox.open("type"))))
        return 1
    }
}

/// wasm.Memory(store, {min = n, max = m})
func memoryConstructor(_ L: LState?) -> Int32 {
    guarded(L) { L in
        let storeBox = try checkObject(L, 1, .store, "Memory", as: StoreBox.self)
        guard lua_type(L, 2) == LUA_TTABLE else { throw argError(L, 2, "Memory", "table {min=, max=}") }
        try checkOptionKeys(L, 2, "Memory", ["min", "max"])
        guard let min = try countOption(L, 2, "min", "Memory") else { throw LuaError("Memory: min is required (pages)") }
        let max = try countOption(L, 2, "max", "Memory")
        let memory = try storeBox.open("Memory").memory(type: MemoryType(limits: Limits(min: min, max: max)))
        lua_settop(L, 1)
        pushObject(L, MemoryBox(memory, storeBox: storeBox), .memory)
        setOwner(L, object: -1, owner: 1)
        return 1
    }
}

func registerMemoryClass(_ L: LState) {
    registerClass(
        L, .memory,
        methods: [
            ("read", memoryReadMethod), ("write", memoryWriteMethod), ("size", memorySizeMethod), ("grow", memoryGrowMethod),
            ("data_size", memoryDataSizeMethod), ("load", memoryLoadMethod), ("store", memoryStoreMethod),
            ("read_cstring", memoryReadCStringMethod), ("write_cstring", memoryWriteCStringMethod), ("fill", memoryFillMethod),
            ("type", memoryTypeMethod),
        ])
}
