import WAT
import WasmInterpreter
import WasmParser

/// Outcome of running one `.wast` script.
public struct WastReport: Sendable {
    /// Assertions (`assert_*` directives) seen in the script.
    public var assertions = 0
    /// Assertions that held.
    public var passed = 0
    /// Assertions among the skipped directives.
    public var skippedAssertions = 0
    /// Directives of any kind that failed, with location and reason.
    public var failures: [String] = []
    /// Directives deliberately not run, with the reason.
    public var skipped: [String] = []
    /// Assertions that held but whose error text differs from the spec's expected text.
    public var messageMismatches: [String] = []

    /// Number of failed directives.
    public var failed: Int { failures.count }
}

/// Runs WebAssembly spec scripts (`.wast`) against WasmInterpreter.
public final class WastRunner {
    let engine: Engine
    let store: Store<Void>
    let linker: Linker<Void>
    var current: Instance?
    var named: [String: Instance] = [:]
    /// `ref.extern N` values by N, so that the same N is the same reference.
    var externRefs: [UInt32: ExternRef] = [:]
    var report = WastReport()
    let fileName: String

    /// Creates a runner with a fresh store and the `spectest` host module defined.
    /// `fuel`: with an engine that meters fuel, how much the store starts with.
    public init(fileName: String, engine: Engine = Engine(), fuel: UInt64? = nil) throws {
        self.fileName = fileName
        self.engine = engine
        store = Store(engine: engine)
        if let fuel { try store.setFuel(fuel) }
        linker = Linker(engine: engine)
        try defineSpectest()
    }

    /// Runs every directive of `source` and returns the report.
    public func run(source: String) -> WastReport {
        // The text parser recurses per nesting level: deep scripts get a stack to match.
        let nesting = textNesting(source.utf8)
        do {
            return try withStackForText(depth: max(nesting.depth, 65), line: nesting.line) { runDirectives(source) }
        } catch {
            report.failures.append("\(fileName): \(plainText(error))")
            return report
        }
    }

    private func runDirectives(_ source: String) -> WastReport {
        var wast: WAST
        do {
            wast = try parseWAST(source, features: [.referenceTypes])
        } catch {
            report.failures.append("\(fileName): cannot parse: \(watErrorMessage(error))")
            return report
        }
        while let (result, location) = wast.nextDirectiveResult() {
            // Why lazily: computing a line number scans the script from its start.
            var at: String { "\(fileName):\(location.computeLineAndColumn().line)" }
            if let skips = KnownLimitations.skippedDirectives[fileName],
                let reason = skips[location.computeLineAndColumn().line]
            {
                if case .success(let directive) = result, directive.isAssertion {
                    report.assertions += 1
                    report.skippedAssertions += 1
                }
                report.skipped.append("\(at): \(reason)")
                continue
            }
            switch result {
            case .failure(let error):
                report.failures.append("\(at): directive does not parse: \(watErrorMessage(error.error))")
            case .success(let directive):
                if directive.isAssertion { report.assertions += 1 }
                do {
                    try execute(directive)
                } catch let failure as Failure {
                    report.failures.append("\(at): \(failure.message)")
                } catch {
                    report.failures.append("\(at): unexpected error: \(plainText(error))")
                }
            }
        }
        return report
    }

    struct Failure: Error {
        var message: String
    }

    // MARK: directives

    func execute(_ directive: WASTDirective) throws {
        switch directive {
        case .module(let module):
            let instance = try instantiate(try compile(module.source))
            current = instance
            if let id = module.id { named[id] = instance }
        case .register(let name, let id):
            guard let instance = try instance(id) else { throw Failure(message: "register: no module") }
            linker.allowShadowing = true
            try linker.defineInstance(store, module: name, instance)
        case .invoke(let invoke):
            _ = try call(invoke)
        case .assertReturn(let execute, let expected):
            let actual: [Value]
            switch execute {
            case .invoke(let invoke): actual = try call(invoke)
            case .get(let module, let name): actual = [try getGlobal(module, name)]
            case .wat(let wat):
                _ = try instantiate(try compileBytes(try wat.encode()))
                actual = []
            }
            guard actual.count == expected.count, zip(actual, expected).allSatisfy(matches) else {
                throw Failure(message: "expected \(list(expected.map(text(of:)))), got \(list(actual.map(text(of:))))")
            }
            report.passed += 1
        case .assertTrap(let execute, let message):
            do {
                switch execute {
                case .invoke(let invoke): _ = try call(invoke)
                case .get(let module, let name): _ = try getGlobal(module, name)
                case .wat(let wat): _ = try instantiateRaw(try compileBytes(try wat.encode()))
                }
            } catch let trap as Trap {
                noteMessage(expected: message, actual: trap.message)
                report.passed += 1
                return
            }
            throw Failure(message: "expected trap \"\(message)\", got none")
        case .assertExhaustion(let invoke, let message):
            do {
                _ = try call(invoke)
            } catch let trap as Trap where trap.code == .stackOverflow {
                report.passed += 1
                return
            }
            throw Failure(message: "expected \"\(message)\"")
        case .assertInvalid(let module, let message), .assertMalformed(let module, let message):
            do {
                _ = try compile(module.source)
            } catch let error as WasmError {
                noteMessage(expected: message, actual: error.message)
                report.passed += 1
                return
            } catch {
                // Rejected already by the text encoder (WAT): its wording is not ours to match.
                report.passed += 1
                return
            }
            throw Failure(message: "module should be rejected: \"\(message)\"")
        case .assertUnlinkable(let wat, let message):
            let module = try compileBytes(try wat.encode())
            do {
                _ = try linker.instantiate(store, module)
            } catch let error as WasmError where error.kind == .link {
                report.passed += 1
                return
            }
            throw Failure(message: "module should not link: \"\(message)\"")
        case .moduleInstance, .assertException, .assertFuel, .assertOutOfFuel:
            report.skipped.append("\(directive): not part of WebAssembly 2.0")
        }
    }

    /// Records an assertion whose error text does not start with the spec's expected text.
    func noteMessage(expected: String, actual: String) {
        if !actual.hasPrefix(expected) { report.messageMismatches.append("expected \"\(expected)\", got \"\(actual)\"") }
    }

    func compile(_ source: ModuleSource) throws -> Module {
        switch source {
        case .text(let wat): return try compileBytes(try wat.encode())
        case .binary(let bytes): return try compileBytes(bytes)
        case .quote(let text):
            let bytes: [UInt8]
            do {
                bytes = try wat2wasm(String(decoding: text, as: UTF8.self), features: [.referenceTypes])
            } catch {
                throw Failure(message: "quoted module does not parse: \(watErrorMessage(error))")
            }
            return try compileBytes(bytes)
        }
    }

    func compileBytes(_ bytes: [UInt8]) throws -> Module {
        try Module(engine: engine, bytes: bytes)
    }

    func instantiateRaw(_ module: Module) throws -> Instance {
        try linker.instantiate(store, module)
    }

    func instantiate(_ module: Module) throws -> Instance {
        do {
            return try linker.instantiate(store, module)
        } catch {
            throw Failure(message: "instantiation failed: \(plainText(error))")
        }
    }

    func instance(_ id: String?) throws -> Instance? {
        guard let id else { return current }
        guard let instance = named[id] else { throw Failure(message: "unknown module \(id)") }
        return instance
    }

    func call(_ invoke: WASTInvoke) throws -> [Value] {
        guard let instance = try instance(invoke.module) else { throw Failure(message: "no module") }
        guard let function = try instance.getFunc(store, invoke.name) else {
            throw Failure(message: "no function export \(invoke.name)")
        }
        return try function.call(store, invoke.args.map(value))
    }

    func getGlobal(_ module: String?, _ name: String) throws -> Value {
        guard let instance = try instance(module), let global = try instance.getGlobal(store, name) else {
            throw Failure(message: "no global export \(name)")
        }
        return try global.get(store)
    }

    // MARK: values

    /// `4`, or `(1, 2)` for several values, `()` for none.
    func list(_ items: [String]) -> String {
        items.count == 1 ? items[0] : "(" + items.joined(separator: ", ") + ")"
    }

    /// A result as the script writes values: `-3`, `1.5`, `nan:0x7fc00000`, `ref.null`.
    func text(of value: Value) -> String {
        switch value {
        case .i32(let v): "\(v)"
        case .i64(let v): "\(v)"
        case .f32(let v): v.isNaN ? "nan:0x" + String(v.bitPattern, radix: 16) : "\(v)"
        case .f64(let v): v.isNaN ? "nan:0x" + String(v.bitPattern, radix: 16) : "\(v)"
        case .funcRef(let f): f == nil ? "ref.null func" : "ref.func"
        case .externRef(let r):
            r.map { "ref.extern \((try? store.value(of: $0)).map { "\($0)" } ?? "?")" } ?? "ref.null extern"
        }
    }

    /// An expected result in the same notation.
    func text(of expected: WASTExpectValue) -> String {
        switch expected {
        case .i32(let v): "\(Int32(bitPattern: v))"
        case .i64(let v): "\(Int64(bitPattern: v))"
        case .f32(let bits): text(of: .f32(Float(bitPattern: bits)))
        case .f64(let bits): text(of: .f64(Double(bitPattern: bits)))
        case .f32CanonicalNaN, .f64CanonicalNaN: "nan:canonical"
        case .f32ArithmeticNaN, .f64ArithmeticNaN: "nan:arithmetic"
        case .refNull(let heap): heap == .externRef ? "ref.null extern" : heap == .funcRef ? "ref.null func" : "ref.null"
        case .refFunc: "ref.func"
        case .refExtern(let n): n.map { "ref.extern \($0)" } ?? "ref.extern"
        case .either(let options): options.map(text(of:)).joined(separator: " or ")
        default: "a value of a proposal after WebAssembly 2.0"
        }
    }

    /// An error's message without Swift type names (WasmError and Trap print plain text).
    func plainText(_ error: any Error) -> String {
        if let error = error as? WasmError { return error.description }
        if let trap = error as? Trap { return trap.description }
        return watErrorMessage(error)
    }

    func externRef(_ n: UInt32) -> ExternRef {
        if let ref = externRefs[n] { return ref }
        let ref = store.externRef(n)
        externRefs[n] = ref
        return ref
    }

    func value(_ constant: WASTConstValue) -> Value {
        switch constant {
        case .i32(let v): .i32(Int32(bitPattern: v))
        case .i64(let v): .i64(Int64(bitPattern: v))
        case .f32(let v): .f32(Float(bitPattern: v))
        case .f64(let v): .f64(Double(bitPattern: v))
        case .refNull(let heap): heap == .externRef ? .externRef(nil) : .funcRef(nil)
        case .refExtern(let n): .externRef(externRef(n))
        case .refFunc, .refHost, .v128: .i32(0)
        }
    }

    func matches(_ value: Value, _ expected: WASTExpectValue) -> Bool {
        switch (value, expected) {
        case (.i32(let v), .i32(let e)): return UInt32(bitPattern: v) == e
        case (.i64(let v), .i64(let e)): return UInt64(bitPattern: v) == e
        case (.f32(let v), .f32(let e)): return v.bitPattern == e
        case (.f64(let v), .f64(let e)): return v.bitPattern == e
        case (.f32(let v), .f32CanonicalNaN): return v.bitPattern & 0x7FFF_FFFF == 0x7FC0_0000
        case (.f32(let v), .f32ArithmeticNaN): return v.isNaN && v.bitPattern & 0x0040_0000 != 0
        case (.f64(let v), .f64CanonicalNaN): return v.bitPattern & 0x7FFF_FFFF_FFFF_FFFF == 0x7FF8_0000_0000_0000
        case (.f64(let v), .f64ArithmeticNaN): return v.isNaN && v.bitPattern & 0x0008_0000_0000_0000 != 0
        case (.funcRef(let f), .refNull(let heap)): return f == nil && (heap == nil || heap == .funcRef)
        case (.externRef(let r), .refNull(let heap)): return r == nil && (heap == nil || heap == .externRef)
        case (.funcRef(let f), .refFunc): return f != nil
        case (.externRef(let r), .refExtern(let n)):
            guard let r else { return false }
            guard let n else { return true }
            return (try? store.value(of: r)) as? UInt32 == n
        case (_, .either(let options)): return options.contains { matches(value, $0) }
        default: return false
        }
    }

    // MARK: spectest

    func defineSpectest() throws {
        let printTypes: [(String, [ValueType])] = [
            ("print", []), ("print_i32", [.i32]), ("print_i64", [.i64]), ("print_f32", [.f32]),
            ("print_f64", [.f64]), ("print_i32_f32", [.i32, .f32]), ("print_f64_f64", [.f64, .f64]),
        ]
        for (name, params) in printTypes {
            try linker.define(
                module: "spectest", name: name,
                .function(store.function(type: FuncType(params: params, results: [])) { _, _ in [] }))
        }
        let globals: [(String, ValueType, Value)] = [
            ("global_i32", .i32, .i32(666)), ("global_i64", .i64, .i64(666)),
            ("global_f32", .f32, .f32(666.6)), ("global_f64", .f64, .f64(666.6)),
        ]
        for (name, type, value) in globals {
            try linker.define(
                module: "spectest", name: name,
                .global(store.global(type: GlobalType(valueType: type, isMutable: false), value: value)))
        }
        try linker.define(
            module: "spectest", name: "table",
            .table(store.table(type: TableType(element: .funcRef, limits: Limits(min: 10, max: 20)), initial: .funcRef(nil))))
        try linker.define(
            module: "spectest", name: "memory", .memory(store.memory(type: MemoryType(limits: Limits(min: 1, max: 2)))))
    }
}

extension WASTDirective {
    /// Whether this is an `assert_*` directive.
    var isAssertion: Bool {
        switch self {
        case .module, .moduleInstance, .register, .invoke: false
        default: true
        }
    }
}
