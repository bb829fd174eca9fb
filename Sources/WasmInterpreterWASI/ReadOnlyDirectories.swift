// Read-only preopens. WasmKit's WASI has no such option and its host file system cannot be
// wrapped (it is internal), so the adapter enforces it around the functions that could modify
// something through a directory descriptor: they fail with ENOTCAPABLE (what Wasmtime answers
// for an operation a descriptor has no right to) before WasmKit runs them.
import Synchronization

/// The directory descriptors that lead only to read-only trees: the read-only preopens and every
/// directory opened from one.
final class ReadOnlyDirectories: Sendable {
    private let descriptors: Mutex<Set<UInt32>>

    /// The preopens are descriptors 3, 4, ... in configuration order.
    init(_ preopens: [WASIPreopen]) {
        var set = Set<UInt32>()
        for (k, preopen) in preopens.enumerated() where preopen.readOnly { set.insert(UInt32(3 + k)) }
        descriptors = Mutex(set)
    }

    var isEmpty: Bool { descriptors.withLock { $0.isEmpty } }

    func contains(_ fd: UInt32) -> Bool { descriptors.withLock { $0.contains(fd) } }

    // WASI errno values (preview 1).
    static let notCapable: UInt32 = 76

    // Rights, open flags and descriptor flags that write (preview 1 bit positions).
    static let writeRights: UInt64 = (1 << 6) | (1 << 8) | (1 << 22)  // FD_WRITE, FD_ALLOCATE, FD_FILESTAT_SET_SIZE
    static let writeOpenFlags: UInt32 = (1 << 0) | (1 << 3)  // CREAT, TRUNC
    static let appendFlag: UInt32 = 1 << 0  // APPEND

    /// The errno to answer instead of running `name` with `args` (i32 and i64 argument bits), or
    /// nil to run it.
    func refusal(_ name: String, _ args: [UInt64]) -> UInt32? {
        func readOnly(_ k: Int) -> Bool { k < args.count && contains(UInt32(truncatingIfNeeded: args[k])) }
        switch name {
        case "path_create_directory", "path_remove_directory", "path_unlink_file", "path_filestat_set_times",
            "fd_filestat_set_times", "fd_filestat_set_size", "fd_allocate":
            return readOnly(0) ? Self.notCapable : nil
        case "path_rename":
            return readOnly(0) || readOnly(3) ? Self.notCapable : nil
        case "path_link":
            return readOnly(4) ? Self.notCapable : nil
        case "path_symlink":
            return readOnly(2) ? Self.notCapable : nil
        case "path_open":
            // (fd, dirflags, path, len, oflags, rights_base, rights_inheriting, fdflags, out)
            guard readOnly(0), args.count >= 8 else { return nil }
            let writes =
                UInt32(truncatingIfNeeded: args[4]) & Self.writeOpenFlags != 0
                || args[5] & Self.writeRights != 0
                || UInt32(truncatingIfNeeded: args[7]) & Self.appendFlag != 0
            return writes ? Self.notCapable : nil
        default:
            return nil
        }
    }

    /// Keeps the set in step after `name` succeeded: a directory opened from a read-only one is
    /// read-only; a closed descriptor leaves; a renumbered one moves. `openedFd` is what
    /// `path_open` wrote to its result pointer.
    func update(after name: String, _ args: [UInt64], openedFd: UInt32?) {
        descriptors.withLock { set in
            switch name {
            case "path_open":
                if let openedFd {
                    if set.contains(UInt32(truncatingIfNeeded: args[0])) { set.insert(openedFd) } else { set.remove(openedFd) }
                }
            case "fd_close":
                set.remove(UInt32(truncatingIfNeeded: args[0]))
            case "fd_renumber":
                let (from, to) = (UInt32(truncatingIfNeeded: args[0]), UInt32(truncatingIfNeeded: args[1]))
                if set.remove(from) != nil { set.insert(to) } else { set.remove(to) }
            default:
                break
            }
        }
    }
}
