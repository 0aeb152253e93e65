/** Node flags for a reader process: an old generation of `heapMb` MB (192 unless named). */
export declare function readerHeapFlags(heapMb?: number | string): string[];
