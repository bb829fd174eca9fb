// libFuzzer target: any bytes as WebAssembly text. Parsing (WasmKit's WAT, on a stack sized for
// the text's nesting), encoding, validation and translation accept or reject; never a crash.
import FuzzDriver
import WasmInterpreter

private let engine = Engine()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? Module(engine: engine, wat: text)
    return 0
}

// The process's entry point (see FuzzDriver).
@_cdecl("fuzz_wat_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzzText)
}
