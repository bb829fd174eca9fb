/// A WebAssembly value crossing the host boundary.
///
/// Floats keep their exact bit patterns (NaN payloads included).
public enum Value: Sendable, Equatable {
    case i32(Int32)
    case i64(Int64)
    case f32(Float)
    case f64(Double)
    /// A function reference, or null.
    case funcRef(Func?)
    /// A host reference, or null.
    case externRef(ExternRef?)

    /// The value's type.
    public var type: ValueType {
        switch self {
        case .i32: .i32
        case .i64: .i64
        case .f32: .f32
        case .f64: .f64
        case .funcRef: .funcRef
        case .externRef: .externRef
        }
    }

    /// The zero value of `type` (what locals start with).
    public static func zero(_ type: ValueType) -> Value {
        switch type {
        case .i32: .i32(0)
        case .i64: .i64(0)
        case .f32: .f32(0)
        case .f64: .f64(0)
        case .funcRef: .funcRef(nil)
        case .externRef: .externRef(nil)
        }
    }
}

/// An opaque reference to a host value, created by `Store.externRef(_:)`.
public struct ExternRef: Sendable, Hashable {
    let storeID: Int
    /// Index into the store's table of host values.
    let index: UInt64
}
