import CSystem

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Zero-filled memory straight from the operating system, committed page by page as it is first
/// touched: a store's value stack and every linear memory live in these, so an idle store or an
/// untouched memory page costs address space, not resident memory.
///
/// Why not `calloc`: glibc serves big blocks with `mmap` only until the first one is freed; it then
/// raises its threshold and `calloc` clears heap memory by writing every byte (for an 8 MiB stack,
/// milliseconds and 8 MiB resident per store).
enum LazyRegion {
    /// Bytes in a page of the OS (regions are rounded up to it).
    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    static func rounded(_ bytes: Int) -> Int { max((bytes + pageSize - 1) / pageSize * pageSize, pageSize) }

    /// A zeroed region of at least `bytes` (at least one page), or nil if the OS refuses.
    static func allocate(_ bytes: Int) -> UnsafeMutableRawPointer? {
        let size = rounded(bytes)
        #if os(Linux)
            let flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE
        #else
            let flags = MAP_PRIVATE | MAP_ANON
        #endif
        let base = mmap(nil, size, PROT_READ | PROT_WRITE, flags, -1, 0)
        guard let base, base != MAP_FAILED else { return nil }
        return base
    }

    /// Resizes a region from `oldBytes` to `newBytes` (contents kept, new bytes zero); the region
    /// may move. Nil (the old region untouched) if the OS refuses.
    static func resize(_ base: UnsafeMutableRawPointer, from oldBytes: Int, to newBytes: Int) -> UnsafeMutableRawPointer? {
        let (oldSize, newSize) = (rounded(oldBytes), rounded(newBytes))
        if oldSize == newSize { return base }
        // Linux moves the pages without copying them; elsewhere, a new region and a copy.
        if let moved = wasmlua_remap(base, oldSize, newSize) { return moved }
        guard let moved = allocate(newSize) else { return nil }
        moved.copyMemory(from: base, byteCount: min(oldSize, newSize))
        free(base, oldBytes)
        return moved
    }

    /// Returns a region to the OS.
    static func free(_ base: UnsafeMutableRawPointer, _ bytes: Int) {
        munmap(base, rounded(bytes))
    }
}
