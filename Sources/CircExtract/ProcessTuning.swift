import CAllocator

/// Allocator settings for a process that reads document after document (ingest, benches).
public enum ProcessTuning {
    /// glibc serves blocks above a sliding threshold (128 KB at start) with mmap and gives
    /// them back to the kernel when freed, so every document's text and token arrays were
    /// page-faulted in anew: 15% of the tokenizer's time, measured with `perf`. Fixed 32 MB
    /// thresholds keep such blocks in the heap for the next document. A one-document run is
    /// better without: a growing mmapped array is moved by `mremap`, without a second copy,
    /// and its peak is lower (27× → 18× on 100,000 footnote calls).
    public static func keepLargeBlocksInHeap() {
        circ_keep_large_blocks_in_heap(32 << 20)  // glibc's ceiling for the mmap threshold on 64-bit
    }
}
