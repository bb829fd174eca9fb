// WasmKit's WASI functions reach guest memory through `GuestMemory`; this is that view of one of
// our linear memories, for the length of one WASI call.
import WasmTypes

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Set when a WASI function touched memory outside the guest's linear memory.
final class MemoryFault {
    var outOfBounds = false
}

/// The fault record of the WASI call in progress, shared with the context's own streams so that
/// they drop what a faulting call would write (the zeros of the scratch memory).
final class CurrentCall: @unchecked Sendable {
    // Why @unchecked: set and read on the thread running the store's WASI call.
    var fault: MemoryFault?

    var faulted: Bool { fault?.outOfBounds ?? false }
}

/// The bytes of a linear memory during one WASI call (WASI functions never call back into Wasm, so
/// the memory cannot grow or move meanwhile).
struct GuestMemoryView: GuestMemory, SendableMetatype {
    let bytes: UnsafeMutableRawBufferPointer
    let fault: MemoryFault

    func withUnsafeMutableBufferPointer<T>(
        offset: UInt, count: Int, _ body: (UnsafeMutableRawBufferPointer) throws -> T
    ) rethrows -> T {
        if count >= 0, offset <= UInt(bytes.count), UInt(count) <= UInt(bytes.count) - offset {
            return try body(UnsafeMutableRawBufferPointer(rebasing: bytes[Int(offset)..<(Int(offset) + count)]))
        }
        // A guest pointer out of bounds. The protocol cannot throw for it (WasmKit's own memory
        // stops the process here), so the function works on zeroed scratch memory that nothing
        // reads afterwards, and the call then traps (see `WASIFunctions`).
        fault.outOfBounds = true
        let size = max(count, 1)
        guard let scratch = mmap(nil, size, PROT_READ | PROT_WRITE, scratchMapFlags, -1, 0),
            scratch != MAP_FAILED
        else {
            return try body(UnsafeMutableRawBufferPointer(start: nil, count: 0))
        }
        defer { munmap(scratch, size) }
        return try body(UnsafeMutableRawBufferPointer(start: scratch, count: max(count, 0)))
    }
}

/// Private anonymous memory, reserved without swap where the system can (Linux's MAP_NORESERVE).
#if os(Linux)
    private let scratchMapFlags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE
#else
    private let scratchMapFlags = MAP_PRIVATE | MAP_ANON
#endif
