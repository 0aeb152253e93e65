export { reindexSearch, ALL_SEARCH_KINDS } from "./reindex";
export { searchRecords, snippetOf, bestEntriesSql } from "./query";
export { indexKeys, queryTerms, toTsQuery } from "./keys";
