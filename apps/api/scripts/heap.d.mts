/** Node flags for the API process: an old generation of `heapMb` MB (160 unless named), semi-spaces of 4 MB. */
export declare function apiHeapFlags(heapMb?: number | string): string[];
