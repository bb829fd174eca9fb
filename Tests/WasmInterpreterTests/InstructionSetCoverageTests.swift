import Foundation
import Synchronization
import Testing
import WastRunner

@testable import WasmInterpreter

/// Every opcode of the instruction table is produced by the translator and run by the executor:
/// the spec suite (with and without fuel metering) and `CoverageModule` (every Wasm operator in
/// each shape the translator fuses: immediates, accumulator operands, compare-and-branch, loop
/// tails, indexed and constant addresses, stored results) run with a recorder of executed
/// handlers (`Config.instructionObserver`, debug builds); an opcode whose handler never ran fails.
@Suite("Instruction set coverage")
struct InstructionSetCoverageTests {
    @Test("every opcode is translated from something and executed")
    func everyOpcodeRuns() throws {
        guard let root = SpecSuite.root else {
            #expect(!SpecSuite.isCI, "CI=true but the spec suite was not found")
            return
        }
        let executed = Mutex<Set<Opcode>>([])
        var plain = Config()
        plain.instructionObserver = { opcode in executed.withLock { _ = $0.insert(opcode) } }
        var metered = plain
        metered.consumeFuel = true
        for name in SpecSuite.core20Files {
            let source = try String(contentsOf: root.appendingPathComponent("core-2.0/\(name)"), encoding: .utf8)
            _ = try WastRunner(fileName: name, engine: Engine(config: plain)).run(source: source)
            _ = try WastRunner(fileName: name, engine: Engine(config: metered), fuel: 1 << 60).run(source: source)
        }
        try CoverageModule.run(Engine(config: metered))
        // Opcodes that share a handler (the same work, e.g. the truncations) are one: what ran
        // is a handler.
        let ran = Set(executed.withLock { $0 }.map(\.handlerAddress))
        let missing = Opcode.allCases.filter { !ran.contains($0.handlerAddress) }
        #expect(missing.isEmpty, "never executed: \(missing.map { "\($0)" }.joined(separator: ", "))")
    }
}

/// Wasm functions that put every operator in every shape the translator treats specially, run
/// once each with fuel (a loop that would run long stops on fuel; a trap is fine: the instruction
/// ran).
enum CoverageModule {
    static let integerBinary = [
        "add", "sub", "mul", "div_s", "div_u", "rem_s", "rem_u", "and", "or", "xor", "shl", "shr_s", "shr_u", "rotl", "rotr",
    ]
    static let integerCompare = ["eq", "ne", "lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s", "ge_u"]
    static let floatBinary = ["add", "sub", "mul", "div", "min", "max", "copysign"]
    static let floatCompare = ["eq", "ne", "lt", "gt", "le", "ge"]
    static let integerUnary = ["clz", "ctz", "popcnt", "eqz", "extend8_s", "extend16_s"]
    static let floatUnary = ["abs", "neg", "ceil", "floor", "trunc", "nearest", "sqrt"]
    /// (operator, input type, output type)
    static let conversions: [(String, String, String)] =
        [
            ("i32.wrap_i64", "i64", "i32"), ("i64.extend_i32_s", "i32", "i64"), ("i64.extend_i32_u", "i32", "i64"),
            ("i64.extend32_s", "i64", "i64"), ("f32.demote_f64", "f64", "f32"), ("f64.promote_f32", "f32", "f64"),
            ("i32.reinterpret_f32", "f32", "i32"), ("i64.reinterpret_f64", "f64", "i64"),
            ("f32.reinterpret_i32", "i32", "f32"), ("f64.reinterpret_i64", "i64", "f64"),
        ]
        + ["i32", "i64"].flatMap { int in
            ["f32", "f64"].flatMap { float in
                ["s", "u"].flatMap { sign in
                    [
                        ("\(int).trunc_\(float)_\(sign)", float, int), ("\(int).trunc_sat_\(float)_\(sign)", float, int),
                        ("\(float).convert_\(int)_\(sign)", int, float),
                    ]
                }
            }
        }
    /// (load, value type), (store, value type)
    static let loads =
        [("i32.load", "i32"), ("i64.load", "i64"), ("f32.load", "f32"), ("f64.load", "f64")]
        + ["8", "16"].flatMap { w in ["s", "u"].flatMap { s in [("i32.load\(w)_\(s)", "i32"), ("i64.load\(w)_\(s)", "i64")] } }
        + [("i64.load32_s", "i64"), ("i64.load32_u", "i64")]
    static let stores = [
        ("i32.store", "i32"), ("i64.store", "i64"), ("f32.store", "f32"), ("f64.store", "f64"),
        ("i32.store8", "i32"), ("i32.store16", "i32"), ("i64.store8", "i64"), ("i64.store16", "i64"), ("i64.store32", "i64"),
    ]

    /// The functions, each `(func (export "fN") ...)` over parameters of one type.
    static var functions: [String] {
        var bodies: [(params: String, result: String, body: String)] = []
        for t in ["i32", "i64"] {
            for op in integerBinary + integerCompare {
                bodies += binaryShapes("\(t).\(op)", t, result: integerCompare.contains(op) ? "i32" : t)
            }
            for op in integerUnary + (t == "i64" ? ["extend32_s"] : []) where !(t == "i32" && op == "extend32_s") {
                bodies += unaryShapes("\(t).\(op)", t, result: op == "eqz" ? "i32" : t)
            }
        }
        for t in ["f32", "f64"] {
            for op in floatBinary + floatCompare {
                bodies += binaryShapes("\(t).\(op)", t, result: floatCompare.contains(op) ? "i32" : t)
            }
            for op in floatUnary { bodies += unaryShapes("\(t).\(op)", t, result: t) }
        }
        for (op, input, output) in conversions { bodies += unaryShapes(op, input, result: output) }
        for (op, t) in loads { bodies += loadShapes(op, t) }
        for (op, t) in stores { bodies += storeShapes(op, t) }
        bodies += loopTails()
        bodies += indexedAccumulatorShapes()
        bodies += shiftThenCombineShapes()
        bodies += productShapes()
        return bodies.enumerated().map { k, f in
            "(func (export \"f\(k)\") (param \(f.params)) (result \(f.result)) (local $n i32) \(f.body))"
        }
    }

    static func constant(_ t: String) -> String { "(\(t).const 3)" }
    /// An instruction whose result the next one can take from a register.
    static func computed(_ t: String, _ a: String, _ b: String) -> String { "(\(t).add \(a) \(b))" }

    static func binaryShapes(_ op: String, _ t: String, result: String) -> [(String, String, String)] {
        let (a, b, k) = ("(local.get 0)", "(local.get 1)", constant(t))
        let operands = [
            (a, b), (a, k), (k, a), (computed(t, a, b), b), (b, computed(t, a, b)), (computed(t, a, b), k), (k, computed(t, a, b)),
        ]
        var shapes = operands.map { ("\(t) \(t)", result, "(\(op) \($0) \($1))") }
        if result == "i32" && (t == "i32" || t == "i64") || op.hasSuffix(".eq") {
            // Compare-and-branch, in each operand shape.
            shapes += operands.map { ("\(t) \(t)", "i32", "(block (br_if 0 (\(op) \($0) \($1))) (return (i32.const 1))) (i32.const 0)") }
        }
        return shapes
    }

    static func unaryShapes(_ op: String, _ t: String, result: String) -> [(String, String, String)] {
        [("\(t) \(t)", result, "(\(op) (local.get 0))"), ("\(t) \(t)", result, "(\(op) \(computed(t, "(local.get 0)", "(local.get 1)")))")]
            + (result == "i32"
                ? [("\(t) \(t)", "i32", "(block (br_if 0 (\(op) (local.get 0))) (return (i32.const 1))) (i32.const 0)")] : [])
    }

    static func loadShapes(_ op: String, _ t: String) -> [(String, String, String)] {
        ["(local.get 0)", "(i32.add (local.get 0) (i32.const 8))", "(i32.add (local.get 0) (local.get 1))", "(i32.const 16)"].flatMap {
            address in
            [
                ("i32 i32", t, "(\(op) \(address))"), ("i32 i32", t, "(\(op) offset=4 \(address))"),
                ("i32 i32", t, "(\(t).add (\(op) \(address)) \(constant(t)))"),
            ]
        }
    }

    static func storeShapes(_ op: String, _ t: String) -> [(String, String, String)] {
        let addresses = [
            "(local.get 0)", "(i32.add (local.get 0) (i32.const 8))", "(i32.add (local.get 0) (local.get 0))", "(i32.const 16)",
        ]
        let values = [
            "(local.get 1)", constant(t), computed(t, "(local.get 1)", "(local.get 1)"),
            "(\(t).sub \(computed(t, "(local.get 1)", "(local.get 1)")) (local.get 1))",
            "(\(t).sub (local.get 1) \(computed(t, "(local.get 1)", "(local.get 1)")))",
            "(\(t).mul \(computed(t, "(local.get 1)", "(local.get 1)")) (local.get 1))",
            "(\(t).add (\(t).mul (local.get 1) (local.get 1)) (local.get 1))",
            "(\(t).add (\(t).sub (local.get 1) (local.get 1)) (local.get 1))",
        ]
        return addresses.flatMap { address in
            values.flatMap { value in
                [
                    ("i32 \(t)", "i32", "(\(op) \(address) \(value)) (i32.const 0)"),
                    ("i32 \(t)", "i32", "(\(op) offset=4 \(address) \(value)) (i32.const 0)"),
                ]
            }
        }
    }

    /// `n += k` then a test of `n`: the loop-tail forms (fuel ends the long ones).
    static func loopTails() -> [(String, String, String)] {
        let tee = "(local.tee $n (i32.add (local.get $n) (i32.const 1)))"
        let tests =
            integerCompare.flatMap { op in
                ["(i32.\(op) \(tee) (local.get 0))", "(i32.\(op) (local.get 0) \(tee))", "(i32.\(op) \(tee) (i32.const 5))"]
            } + ["(i32.eqz \(tee))", tee]
        // Entered after an instruction that leaves n in the accumulator (as the loop's back edge
        // does: the forms reading n from the register) and after one that leaves another slot.
        let counted = "(local.set $n (i32.and (local.get 1) (i32.const 3)))"
        let other = "(local.set 0 (i32.add (local.get 0) (i32.const 0)))"
        // Two independent steps in a row (the pair of immediate adds).
        let steps = "(local.set 1 (i32.add (local.get 1) (i32.const 4))) (local.set 0 (i32.add (local.get 0) (i32.const 1)))"
        return tests.flatMap { test in
            [counted, other].map { entry in ("i32 i32", "i32", "\(entry) (loop $l (br_if $l \(test))) (local.get $n)") }
        } + [("i32 i32", "i32", "(loop $l \(steps) (br_if $l (i32.lt_u (local.get 0) (i32.const 9)))) (local.get 1)")]
    }

    /// Indexed loads and stores (`base + k` addresses) whose base or value the instruction before
    /// left in the accumulator.
    static func indexedAccumulatorShapes() -> [(String, String, String)] {
        let base = "(local.set 0 (i32.and (local.get 0) (i32.const 4095)))"
        let address = "(i32.add (local.get 0) (i32.const 8))"
        return loads.map { op, t in ("i32 i32", t, "\(base) (\(op) offset=4 \(address))") }
            + stores.flatMap { op, t in
                [
                    ("i32 \(t)", "i32", "\(base) (\(op) \(address) (local.get 1)) (i32.const 0)"),
                    ("i32 \(t)", "i32", "\(base) (\(op) \(address) \(constant(t))) (i32.const 0)"),
                    (
                        "i32 \(t)", "i32",
                        "(local.set 1 \(computed(t, "(local.get 1)", "(local.get 1)"))) (\(op) \(address) (local.get 1)) (i32.const 0)"
                    ),
                ]
            }
    }

    /// `(x shift k) op y` with x or y computed by the instruction before (the accumulator forms).
    static func shiftThenCombineShapes() -> [(String, String, String)] {
        let (x, y) = ("(local.get 0)", "(local.get 1)")
        return ["xor", "or", "add"].flatMap { op in
            ["shl", "shr_u", "rotl", "rotr"].flatMap { shift in
                [
                    "(i32.\(op) (i32.\(shift) \(x) (i32.const 3)) \(y))",
                    "(i32.\(op) (i32.\(shift) \(computed("i32", x, y)) (i32.const 3)) \(y))",
                    "(i32.\(op) \(computed("i32", x, y)) (i32.\(shift) \(x) (i32.const 3)))",
                ].map { ("i32 i32", "i32", $0) }
            }
        }
    }

    /// `(x * y) op z` in f64, with x or z computed by the instruction before.
    static func productShapes() -> [(String, String, String)] {
        let (x, y, z) = ("(local.get 0)", "(local.get 1)", "(local.get 0)")
        return ["mul", "add"].flatMap { op in
            [
                "(f64.\(op) (f64.mul \(x) \(y)) \(z))",
                "(f64.\(op) (f64.mul \(computed("f64", x, y)) \(y)) \(z))",
                "(f64.\(op) \(computed("f64", x, y)) (f64.mul \(x) \(y)))",
            ].map { ("f64 f64", "f64", $0) }
        }
    }

    /// Runs every function in a store of `engine` (which meters fuel).
    static func run(_ engine: Engine) throws {
        let module = try Module(engine: engine, wat: "(module (memory 1)\n" + functions.joined(separator: "\n") + ")")
        let store = Store(engine: engine, data: ())
        let instance = try Linker<Void>(engine: engine).instantiate(store, module)
        for (name, extern) in try instance.exports(store) {
            guard case .function(let function) = extern else { continue }
            let arguments = try function.type(store).params.map { type -> Value in
                switch type {
                case .i32: return .i32(5)
                case .i64: return .i64(6)
                case .f32: return .f32(2.5)
                case .f64: return .f64(1.5)
                case .funcRef, .externRef:
                    Issue.record("\(name): unexpected reference parameter")
                    return .i32(0)
                }
            }
            try store.setFuel(2_000)
            _ = try? function.call(store, arguments)
        }
    }
}
