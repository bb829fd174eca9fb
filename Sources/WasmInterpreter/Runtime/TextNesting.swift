// Deeply nested WebAssembly text: WasmKit's WAT parser recurses once per nesting level (about
// 1.2 KB of native stack a level in release builds, 2.7 KB in debug), so text nested a few
// thousand levels deep (a `br_table` switch written with folded blocks, say) overflowed the stack
// of the calling thread and killed the process. Text deeper than a few levels is parsed on a
// thread whose stack fits its depth, and text past `maximumTextNesting` is refused.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The deepest nesting of parentheses WebAssembly text may have (a `br_table` of this many cases
/// written as folded blocks still loads).
package let maximumTextNesting = 50_000

/// The deepest parenthesis nesting of WebAssembly text, skipping strings and comments, and the
/// 1-based line where it is reached.
package func textNesting(_ text: some Collection<UInt8>) -> (depth: Int, line: Int) {
    var depth = 0
    var deepest = (depth: 0, line: 1)
    var line = 1
    var iterator = text.makeIterator()
    var pending: UInt8?
    func next() -> UInt8? {
        if let byte = pending {
            pending = nil
            return byte
        }
        return iterator.next()
    }
    while let byte = next() {
        switch byte {
        case UInt8(ascii: "\n"): line += 1
        case UInt8(ascii: "\""):
            // A string: up to the closing quote, a backslash escaping the next byte.
            while let c = next(), c != UInt8(ascii: "\"") {
                if c == UInt8(ascii: "\n") { line += 1 }
                if c == UInt8(ascii: "\\") { _ = next() }
            }
        case UInt8(ascii: ";"):
            // `;;` comments run to the end of the line.
            guard let c = next() else { break }
            if c == UInt8(ascii: ";") {
                while let d = next(), d != UInt8(ascii: "\n") {}
                line += 1
            } else {
                pending = c
            }
        case UInt8(ascii: "("):
            guard let c = next() else { break }
            if c == UInt8(ascii: ";") {
                // `(; ... ;)` block comments nest.
                var level = 1
                var previous: UInt8 = 0
                while level > 0, let d = next() {
                    if d == UInt8(ascii: "\n") { line += 1 }
                    if previous == UInt8(ascii: "(") && d == UInt8(ascii: ";") {
                        level += 1
                        previous = 0
                    } else if previous == UInt8(ascii: ";") && d == UInt8(ascii: ")") {
                        level -= 1
                        previous = 0
                    } else {
                        previous = d
                    }
                }
            } else {
                pending = c
                depth += 1
                if depth > deepest.depth { deepest = (depth, line) }
            }
        case UInt8(ascii: ")"): depth = max(depth - 1, 0)
        default: break
        }
    }
    return deepest
}

/// Runs `body`, which parses WebAssembly text nested `depth` levels deep, where its recursion fits:
/// on the calling thread for shallow text, on a thread with a stack sized for `depth` otherwise.
/// Text nested deeper than `maximumTextNesting` is an error.
package func withStackForText<R>(depth: Int, line: Int, _ body: () throws -> R) throws -> R {
    guard depth <= maximumTextNesting else {
        throw WasmError(
            .malformed,
            "the text nests \(depth) levels deep (the deepest at line \(line)); at most \(maximumTextNesting) levels are supported")
    }
    // Why 64: every thread has at least a few hundred KB of stack, and 64 levels take at most ~200 KB.
    if depth <= 64 { return try body() }
    // 8 KB a level leaves room over the 2.7 KB a level measured in debug builds.
    return try onThread(stackBytes: 16 << 20 + depth * (8 << 10), body)
}

/// The work handed to the thread `onThread` starts.
// Why unchecked: the caller waits for the thread to end, so only one side touches it at a time.
private final class ThreadJob: @unchecked Sendable {
    var run: () -> Void = {}
}

/// Runs `body` on a new thread with a stack of `stackBytes` and waits for it (the stack is
/// reserved, not committed: only the pages the recursion touches use memory).
private func onThread<R>(stackBytes: Int, _ body: () throws -> R) throws -> R {
    var result: Result<R, any Error>?
    return try withoutActuallyEscaping(body) { body in
        let job = ThreadJob()
        job.run = { result = Result { try body() } }
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        // A whole number of pages (16 KB on some systems), or the size is refused.
        let page = max(Int(sysconf(Int32(_SC_PAGESIZE))), 4096)
        guard pthread_attr_setstacksize(&attributes, (stackBytes + page - 1) / page * page) == 0 else {
            throw WasmError(.usage, "cannot make a stack of \(stackBytes) bytes to parse deeply nested text")
        }
        #if canImport(Glibc)
            var thread = pthread_t()
        #else
            var thread: pthread_t?
        #endif
        // Retained for the thread, which takes the retain back (`takeRetainedValue`); released here if it never starts.
        let context = Unmanaged.passRetained(job).toOpaque()
        let status = pthread_create(
            &thread, &attributes,
            { context in
                let job = Unmanaged<ThreadJob>.fromOpaque(context!).takeRetainedValue()
                job.run()
                return nil
            }, context)
        guard status == 0 else {
            Unmanaged<ThreadJob>.fromOpaque(context).release()
            throw WasmError(.usage, "cannot start a thread to parse deeply nested text (error \(status))")
        }
        #if canImport(Glibc)
            pthread_join(thread, nil)
        #else
            pthread_join(thread!, nil)
        #endif
        return try result!.get()
    }
}
