// libFuzzer target: any bytes as WebAssembly text. Parsing (WasmKit's WAT, on a stack sized for
// the text's nesting), encoding, validation and translation accept or reject; never a crash.
import WasmInterpreter

private let engine = Engine()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? Module(engine: engine, wat: text)
    return 0
}

// SwiftPM links an executable target with `main` defined as `fuzz_wat_main` (its entry point under
// `-parse-as-library`); libFuzzer's own `main` stays out, and this one runs libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("fuzz_wat_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, fuzzText)
}
