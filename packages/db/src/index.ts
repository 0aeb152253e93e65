// @waqai/db: opening a database (PGlite or PostgreSQL), its tables, the folder lock and the seed loader.
// The rest is by subpath, so an import says which part of the database layer it uses:
//   @waqai/db/queries    public reads (lists, records, citations, sync)
//   @waqai/db/editorial  writes, workflow, review, history, users, tokens, the workbench
//   @waqai/db/search     the search index and its queries
//   @waqai/db/export     bulk exports and the dataset import
export * from "./client";
export * from "./lock";
export * from "./pending-migrations";
export * from "./replica";
export { setDbLogger, type DbLogger } from "./log";
export * as tables from "./schema";
export * from "./seed/load";
