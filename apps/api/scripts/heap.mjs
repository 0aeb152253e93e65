// The API's heap budget, as Node flags, for every place that starts the API's process (scripts/start.mjs, the
// scale bench, the e2e archive servers). The live set under load is ~60–70 MB (a whole export streaming, the
// reader's pages), but with no limit V8 lets garbage grow to ~180 MB of heap before it collects
// (docs/reliability.md, "Memory"). package.json's `start` script cannot
// import this and repeats the flags.

/** The old generation's budget in MB unless a caller names another (WAQAI_API_HEAP_MB, in scripts/start.mjs). */
const API_HEAP_MB = 160;

/** @param {number | string | undefined} heapMb the budget in MB; a string as an environment variable gives it */
export function apiHeapFlags(heapMb = API_HEAP_MB) {
  return [`--max-old-space-size=${Number(heapMb)}`, "--max-semi-space-size=4"];
}
