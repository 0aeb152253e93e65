// The public reads: lists with keyset cursors, records by id, citations, the sync feed. See docs/api.md.
export * from "./util";
export * from "./events";
export * from "./entities";
export * from "./disputes";
export * from "./conflicts";
export * from "./names";
export * from "./archive";
export * from "./sitemap";
export * from "./citations";
export * from "./sync";
export * from "./clusters";
export * from "./reference";
export * from "./pages-showing";
