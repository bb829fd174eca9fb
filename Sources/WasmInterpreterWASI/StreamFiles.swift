import Synchronization
// Standard streams that are not host file descriptors: input from bytes, output to a buffer or a
// closure. They plug into WasmKit's WASI file table through its `WASIFile` interface.
@_spi(WASIPlatform) import WASI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What our standard streams have in common: not seekable, no times, no size, nothing to sync.
protocol StandardStream: WASIFile {}

extension StandardStream {
    func setTimes(atim: WASIAbi.Timestamp, mtim: WASIAbi.Timestamp, fstFlags: WASIAbi.FstFlags) throws {
        throw WASIAbi.Errno.EBADF
    }
    func advise(offset: WASIAbi.FileSize, length: WASIAbi.FileSize, advice: WASIAbi.Advice) throws {}
    func close() throws {}
    func status() throws -> WASIAbi.Fdflags { [] }
    func setFdStatFlags(_ flags: WASIAbi.Fdflags) throws {}
    func setFilestatSize(_ size: WASIAbi.FileSize) throws { throw WASIAbi.Errno.EINVAL }
    func sync() throws {}
    func datasync() throws {}
    func tell() throws -> WASIAbi.FileSize { throw WASIAbi.Errno.ESPIPE }
    func seek(offset: WASIAbi.FileDelta, whence: WASIAbi.Whence) throws -> WASIAbi.FileSize {
        throw WASIAbi.Errno.ESPIPE
    }
    func pwrite(vectored buffers: GuestBuffers, offset: WASIAbi.FileSize) throws -> WASIAbi.Size {
        throw WASIAbi.Errno.ESPIPE
    }
    func pread(into buffers: GuestBuffers, offset: WASIAbi.FileSize) throws -> WASIAbi.Size {
        throw WASIAbi.Errno.ESPIPE
    }
}

/// A character-device-like stream: reads come from `input`, writes go to `sink`. Not seekable.
final class StreamFile: StandardStream, @unchecked Sendable {
    // Why @unchecked: the mutable state is behind `state`'s lock.
    private let state: Mutex<[UInt8]>
    private let readable: Bool
    private let sink: (@Sendable ([UInt8]) throws -> Void)?
    private let call: CurrentCall

    /// An input stream that yields `bytes`, then end of file.
    init(input bytes: [UInt8], call: CurrentCall) {
        state = Mutex(bytes)
        readable = true
        sink = nil
        self.call = call
    }

    /// An output stream that passes every write to `sink`.
    init(output sink: @escaping @Sendable ([UInt8]) throws -> Void, call: CurrentCall) {
        state = Mutex([])
        readable = false
        self.sink = sink
        self.call = call
    }

    // Not closed by WASI: the embedder owns the stream.
    var isBorrowed: Bool { true }

    /// What `poll_oneoff` waits on: WasmKit polls host descriptors only, and a buffer or a
    /// closure is always ready, as `/dev/null` is for reading (end of file) and writing.
    private let pollDescriptor = open("/dev/null", O_RDWR | O_CLOEXEC)
    var hostFileDescriptor: CInt? { pollDescriptor >= 0 ? pollDescriptor : nil }

    deinit { if pollDescriptor >= 0 { systemClose(pollDescriptor) } }

    func attributes() throws -> WASIAbi.Filestat {
        WASIAbi.Filestat(dev: 0, ino: 0, filetype: .CHARACTER_DEVICE, nlink: 0, size: 0, atim: 0, mtim: 0, ctim: 0)
    }
    func fileType() throws -> WASIAbi.FileType { .CHARACTER_DEVICE }

    func fdStat() throws -> WASIAbi.FdStat {
        WASIAbi.FdStat(
            fsFileType: .CHARACTER_DEVICE, fsFlags: [], fsRightsBase: readable ? .FD_READ : .FD_WRITE,
            fsRightsInheriting: [])
    }

    func write(vectored buffers: GuestBuffers) throws -> WASIAbi.Size {
        guard let sink else { throw WASIAbi.Errno.EBADF }
        var chunk: [UInt8] = []
        for index in 0..<buffers.count {
            try buffers.withHostBuffer(at: index) { buffer in
                chunk.append(contentsOf: buffer)
                return buffer.count
            }
        }
        // A buffer outside guest memory: nothing is written (the call traps after this).
        guard !call.faulted else { throw WASIAbi.Errno.EFAULT }
        if !chunk.isEmpty { try sink(chunk) }
        return WASIAbi.Size(chunk.count)
    }

    func read(into buffers: GuestBuffers) throws -> WASIAbi.Size {
        guard readable else { throw WASIAbi.Errno.EBADF }
        return try state.withLock { remaining in
            var total = 0
            for index in 0..<buffers.count where !remaining.isEmpty {
                total += try buffers.withHostBuffer(at: index) { buffer in
                    let count = min(buffer.count, remaining.count)
                    remaining.withUnsafeBytes { buffer.baseAddress?.copyMemory(from: $0.baseAddress!, byteCount: count) }
                    remaining.removeFirst(count)
                    return count
                }
            }
            return WASIAbi.Size(total)
        }
    }

}

/// Bytes written by a program, collected for the embedder.
final class CaptureBuffer: Sendable {
    private let bytes = Mutex<[UInt8]>([])

    /// Appends a chunk.
    func append(_ chunk: [UInt8]) { bytes.withLock { $0.append(contentsOf: chunk) } }

    /// Everything written so far.
    var contents: [UInt8] { bytes.withLock { $0 } }
}

/// A standard stream on a host file descriptor (inherited stdio, or a file the configuration
/// named). `owned` descriptors are closed with the context; inherited ones never are.
final class DescriptorFile: StandardStream, @unchecked Sendable {
    // Why @unchecked: immutable after init; the descriptor's own state is the kernel's.
    let fd: CInt
    let readable: Bool
    let owned: Bool
    private let call: CurrentCall

    init(fd: CInt, readable: Bool, owned: Bool, call: CurrentCall) {
        self.fd = fd
        self.readable = readable
        self.owned = owned
        self.call = call
    }

    deinit { if owned { systemClose(fd) } }

    var isBorrowed: Bool { true }
    var hostFileDescriptor: CInt? { fd }

    func attributes() throws -> WASIAbi.Filestat {
        WASIAbi.Filestat(dev: 0, ino: 0, filetype: try fileType(), nlink: 0, size: 0, atim: 0, mtim: 0, ctim: 0)
    }
    func fileType() throws -> WASIAbi.FileType {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw WASIAbi.Errno.EBADF }
        return (info.st_mode & S_IFMT) == S_IFREG ? .REGULAR_FILE : .CHARACTER_DEVICE
    }

    func fdStat() throws -> WASIAbi.FdStat {
        WASIAbi.FdStat(
            fsFileType: try fileType(), fsFlags: [], fsRightsBase: readable ? .FD_READ : .FD_WRITE,
            fsRightsInheriting: [])
    }

    func write(vectored buffers: GuestBuffers) throws -> WASIAbi.Size {
        guard !readable else { throw WASIAbi.Errno.EBADF }
        var total = 0
        for index in 0..<buffers.count {
            total += try buffers.withHostBuffer(at: index) { buffer in
                // A buffer outside guest memory: nothing is written (the call traps after this).
                guard !call.faulted else { throw WASIAbi.Errno.EFAULT }
                var done = 0
                while done < buffer.count {
                    let n = systemWrite(fd, buffer.baseAddress! + done, buffer.count - done)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw WASIAbi.Errno.EIO
                    }
                    done += n
                }
                return done
            }
        }
        return WASIAbi.Size(total)
    }

    func read(into buffers: GuestBuffers) throws -> WASIAbi.Size {
        guard readable else { throw WASIAbi.Errno.EBADF }
        var total = 0
        var short = false
        for index in 0..<buffers.count where !short {
            total += try buffers.withHostBuffer(at: index) { buffer in
                guard buffer.count > 0 else { return 0 }
                while true {
                    let n = systemRead(fd, buffer.baseAddress!, buffer.count)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw WASIAbi.Errno.EIO
                    }
                    // A short read (a terminal line, the end of a pipe): return what is there.
                    short = n < buffer.count
                    return n
                }
            }
        }
        return WASIAbi.Size(total)
    }
}

// The C library's calls under names of their own: the methods of these types are called `close`,
// `write` and `read` too, and a bare name would resolve to them.
private func systemClose(_ fd: Int32) { _ = close(fd) }
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(fd, bytes, count) }
private func systemRead(_ fd: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, bytes, count) }
