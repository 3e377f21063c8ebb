/// Builds a string from UTF-8 written into a scratch buffer (on the stack when small), then
/// copied once into a string of exactly its size. Why: growing a `String.UnicodeScalarView`
/// a scalar at a time was a fifth of the extraction on dense input, and writing straight
/// into `String(unsafeUninitializedCapacity:)` keeps the 4× worst-case capacity alive in
/// every quoted passage.
@inline(__always)
func utf8String(capacity: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buf in
        let n = fill(buf)
        return String(decoding: UnsafeBufferPointer(rebasing: buf[..<n]), as: UTF8.self)
    }
}
