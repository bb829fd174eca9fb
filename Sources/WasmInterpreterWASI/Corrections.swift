// Where WasmKit 0.4.2's WASI gets a function wrong, the adapter answers for it (the WASI test
// suite's programs show each case; WASITestsuiteTests.swift lists what is still open).
import WasmInterpreter

enum Corrections {
    static let errnoPerm: UInt32 = 63

    /// The errno to answer instead of running `name`, or nil to run WasmKit's implementation.
    static func refusal<T>(_ name: String, _ args: [UInt64], memory: Memory, store: Store<T>) throws -> UInt32? {
        switch name {
        case "path_symlink":
            // (old_path, old_len, fd, new_path, new_len). A link whose target is an absolute path
            // would point outside every preopen once followed on the host: refused, as Wasmtime
            // does (WasmKit creates it). Test: rust/symlink_create.wasm of the WASI suite.
            // A target outside memory: WasmKit's run traps for it.
            guard args.count == 5, args[1] > 0, let first = try? memory.read(store, offset: args[0], count: 1) else {
                return nil
            }
            return first == [UInt8(ascii: "/")] ? errnoPerm : nil
        default:
            return nil
        }
    }

    static let errnoBadf: UInt32 = 8
    static let errnoNotsup: UInt32 = 58

    /// The errno to answer instead of the one WasmKit's `name` returned (`args` as in `refusal`).
    static func replacement(for errno: UInt32, of name: String, _ args: [UInt64], _ wasi: WASIContext) -> UInt32 {
        switch name {
        case "fd_allocate":
            // NOTSUP is right for a file (rust/file_allocate.wasm accepts it) but not for a
            // directory, where the suite expects BADF (rust/dir_fd_op_failures.wasm).
            guard errno == errnoNotsup, let fd = args.first, wasi.fileType(of: UInt32(truncatingIfNeeded: fd)) == 3 else {
                return errno
            }
            return errnoBadf
        case "fd_read", "fd_write", "fd_pread", "fd_pwrite", "fd_seek", "fd_tell":
            // Data operations on a directory descriptor: WasmKit answers NOTSUP; POSIX and the
            // suite expect BADF (the descriptor is not one this operation works on). Test:
            // rust/dir_fd_op_failures.wasm of the WASI suite. (Not fd_allocate: NOTSUP is a
            // legitimate answer for files there, which rust/file_allocate.wasm accepts.)
            return errno == errnoNotsup ? errnoBadf : errno
        default:
            return errno
        }
    }
}
