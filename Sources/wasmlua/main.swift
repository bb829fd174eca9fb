import LuaWasm
import WasmInterpreter
import WasmLuaCommands
import WastRunner

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let usage = """
    usage: wasmlua [options] [script [args]]   run Lua with the `wasm` module, as `lua` does
           wasmlua wast FILE.wast...
           wasmlua run [OPTIONS] FILE.wasm|FILE.wat [ARGS...]   run a WASI program (wasmlua run -h)
           wasmlua dump [--fuel] FILE.wasm|FILE.wat [INDEX]   print the interpreter IR of the defined functions
    With no script, wasmlua shows a prompt on a terminal and runs standard input otherwise.
    \(LuaHost.usage.split(separator: "\n").dropFirst().joined(separator: "\n"))
    """

/// Prints a one-line error to stderr and exits with status 1.
func fail(_ message: String) -> Never {
    writeStandardError("wasmlua: \(message)\n")
    exit(1)
}

func readFile(_ path: String) -> [UInt8] {
    do {
        return try readFile(atPath: path)
    } catch {
        fail(error.message)
    }
}

func runWast(_ paths: [String]) -> Int32 {
    guard !paths.isEmpty else { fail("wast: no files given\n\(usage)") }
    var passed = 0
    var failed = 0
    var skipped = 0
    var assertions = 0
    var mismatches = 0
    let verbose = paths.first == "--messages"
    let paths = verbose ? Array(paths.dropFirst()) : paths
    for path in paths {
        let source = String(decoding: readFile(path), as: UTF8.self)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let report: WastReport
        do {
            report = try WastRunner(fileName: name).run(source: source)
        } catch {
            fail("\(path): \(error)")
        }
        for failure in report.failures { print("FAIL \(failure)") }
        for skip in report.skipped { print("SKIP \(name): \(skip)") }
        if verbose { for mismatch in report.messageMismatches { print("MESSAGE \(name): \(mismatch)") } }
        mismatches += report.messageMismatches.count
        passed += report.passed
        failed += report.failed
        skipped += report.skipped.count
        assertions += report.assertions
        if paths.count > 1 { print("\(name): \(report.passed) passed, \(report.failed) failed") }
    }
    if skipped > 0 { print("\(skipped) skipped (listed above with their reasons)") }
    print("\(assertions) assertions")
    if mismatches > 0 { print("\(mismatches) expected errors occurred with other wording (--messages lists them)") }
    print("\(passed) passed, \(failed) failed")
    return failed == 0 ? 0 : 1
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "wast": exit(runWast(Array(arguments.dropFirst())))
case "run": exit(runCommand(Array(arguments.dropFirst())))
case "fuzz-serve":
    // Developer aid: the WasmLua side of differential fuzzing (scripts/fuzz diff).
    exit(runDifferentialServer())
case "-h", "--help": print(usage)
case "dump":
    // Developer aid: `wasmlua dump FILE [INDEX]` prints the IR of every defined function (or of
    // defined function INDEX); `--fuel` compiles with fuel metering.
    var arguments = arguments
    var config = Config()
    if arguments.count > 1, arguments[1] == "--fuel" {
        config.consumeFuel = true
        arguments.remove(at: 1)
    }
    guard arguments.count == 2 || arguments.count == 3 else { fail("usage: wasmlua dump [--fuel] FILE.wasm|FILE.wat [INDEX]") }
    let bytes = readFile(arguments[1])
    do {
        let module = try Module(engine: Engine(config: config), binaryOrText: bytes)
        var indices = 0..<module.definedFunctionCount
        if arguments.count == 3 {
            guard let k = Int(arguments[2]), indices.contains(k) else {
                fail("dump: no defined function \(arguments[2]) (the module defines \(module.definedFunctionCount))")
            }
            indices = k..<(k + 1)
        }
        for k in indices { print("func \(k)\n" + module.disassemble(function: k)) }
    } catch { fail("\(error)") }
default: exit(LuaHost.run(arguments))
}
