// The reader's heap budget, as Node flags, for every place that starts a reader (scripts/start.mjs, scripts/cluster.mjs,
// the e2e archive servers, bench:scale). Unbounded, V8 lets a reader's garbage grow well past what it keeps: under
// ten minutes of mixed load (bench:cluster-soak) a replica went from 263 to 386 MB; with this budget it stays near
// 200 MB and serves as fast (docs/deploy.md, "Measured").

/** The old generation's budget in MB unless a caller names another (WAQAI_READER_HEAP_MB). */
const READER_HEAP_MB = 192;

/** @param {number | string | undefined} heapMb the budget in MB; a string as an environment variable gives it */
export function readerHeapFlags(heapMb = READER_HEAP_MB) {
  return [`--max-old-space-size=${Number(heapMb)}`];
}
