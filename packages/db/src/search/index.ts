export { reindexSearch, ALL_SEARCH_KINDS } from "./reindex";
export { searchRecords, snippetOf, blockSql, SEARCH_BLOCK } from "./query";
export { indexKeys, queryTerms, toTsQuery } from "./keys";
