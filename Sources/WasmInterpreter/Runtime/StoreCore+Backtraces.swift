// Wasm backtraces: the functions on the stack of a run that trapped, with names from the name
// section.

extension StoreCore {
    /// The functions on the Wasm stack of the current run, innermost first.
    func captureBacktrace() -> [TraceFrame] {
        var pcs: [CodePointer] = []
        if let pc = context.pointee.trapPC { pcs.append(pc) }
        var frame = context.pointee.framesTop
        while frame > context.pointee.framesBase, pcs.count < 64 {
            frame -= 1
            pcs.append(frame.pointee.pc - 1)  // the call instruction, not the return address
        }
        return pcs.compactMap(traceFrame(containing:))
    }

    /// The function whose code contains `pc`.
    func traceFrame(containing pc: CodePointer) -> TraceFrame? {
        guard let (module, k) = definedFunction(containing: pc) else { return nil }
        let index = UInt32(module.info.importedFunctionCount + k)
        return TraceFrame(functionIndex: index, name: module.functionName(index))
    }

    /// The module and defined-function index whose translated code contains `pc`.
    func definedFunction(containing pc: CodePointer) -> (Module, Int)? {
        var seen = Set<ObjectIdentifier>()
        for instance in instances where seen.insert(ObjectIdentifier(instance.module)).inserted {
            if let k = instance.module.definedFunction(containing: pc) { return (instance.module, k) }
        }
        return nil
    }
}
