import WasmParser

/// A validated constant expression (global initializers, segment offsets and elements).
enum ConstantExpression: Sendable {
    /// A constant's bits, as stored in a slot.
    case value(UInt64)
    /// The value of a (imported) global.
    case globalGet(UInt32)
    /// A reference to a function of the module.
    case refFunc(UInt32)

    /// Validates `instructions` (ending with `end`) as a constant expression of type `expected`.
    /// WebAssembly 2.0 allows one constant instruction, or `global.get` of an imported global.
    init(
        _ instructions: [WasmParser.Instruction], expected: ValueType, globals: [GlobalType], importedGlobals: Int,
        functionCount: Int
    ) throws(WasmError) {
        var body = instructions
        // Function-index element segments come without the closing `end`.
        if body.last == .end { body.removeLast() }
        var result: (ConstantExpression, ValueType)?
        var count = 0
        for instruction in body {
            count += 1
            switch instruction {
            case .i32Const(let v): result = (.value(UInt64(UInt32(bitPattern: v))), .i32)
            case .i64Const(let v): result = (.value(UInt64(bitPattern: v)), .i64)
            case .f32Const(let v): result = (.value(UInt64(v.bitPattern)), .f32)
            case .f64Const(let v): result = (.value(v.bitPattern), .f64)
            case .refNull(.abstract(.funcRef)): result = (.value(0), .funcRef)
            case .refNull(.abstract(.externRef)): result = (.value(0), .externRef)
            case .refFunc(let index):
                guard Int(index) < functionCount else { throw WasmError(.invalid, "unknown function \(index)") }
                result = (.refFunc(index), .funcRef)
            case .globalGet(let index):
                guard Int(index) < importedGlobals, Int(index) < globals.count else {
                    throw WasmError(.invalid, "unknown global \(index)")
                }
                guard !globals[Int(index)].isMutable else { throw WasmError(.invalid, "constant expression required") }
                result = (.globalGet(index), globals[Int(index)].valueType)
            default:
                throw WasmError(.invalid, "constant expression required")
            }
        }
        guard count == 1, let (expression, type) = result, type == expected else {
            throw WasmError(.invalid, "type mismatch")
        }
        self = expression
    }
}
