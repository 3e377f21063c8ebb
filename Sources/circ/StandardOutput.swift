import Foundation

/// Standard output in 256 KB writes. What circ prints can be ten times the input (a token
/// or an obligation per few words, each with its spans): assembling it in memory first
/// made the output, not the work, the peak of a run.
final class StandardOutput {
    private var buffer: [UInt8] = []
    private let limit = 1 << 18

    init() { buffer.reserveCapacity(limit) }

    func write(_ s: String) {
        var s = s
        s.withUTF8 { append($0) }
    }

    func write(_ d: Data) {
        d.withUnsafeBytes { append($0.bindMemory(to: UInt8.self)) }
    }

    private func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= limit { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
