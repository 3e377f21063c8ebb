#ifndef CALLOCATOR_H
#define CALLOCATOR_H
/// Fixes glibc's mmap and trim thresholds (see ProcessTuning.swift for why).
void circ_keep_large_blocks_in_heap(int bytes);
#endif
