// Bulk exports (streamed, keyset-paged) and the dataset import. See docs/api.md, "Bulk exports".
export * from "./filters";
export * from "./scope";
export { DEFAULT_PAGE_SIZE, type StreamOptions } from "./pages";
export * from "./events";
export * from "./plover";
export * from "./acled";
export * from "./annotations";
export * from "./dataset";
export * from "./import";
export * from "./releases";
