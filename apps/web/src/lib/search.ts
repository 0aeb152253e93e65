import "server-only";
import type { SearchHit } from "@waqai/schema";
import { api, errorCode } from "./api";

export type SearchResult = { status: "ok"; items: SearchHit[]; nextCursor: string | null } | { status: "unavailable" };

/**
 * search.query (SearchInput -> SearchOutput). An API that does not have the procedure yet, or is
 * still building its index, makes the page say search is unavailable instead of failing.
 */
export async function searchQuery(q: string, cursor?: string): Promise<SearchResult> {
  try {
    const page = await api().search.query.query({ q, limit: 20, cursor });
    return { status: "ok", ...page };
  } catch (err) {
    const code = errorCode(err);
    if (code === "NOT_FOUND" || code === "METHOD_NOT_SUPPORTED") return { status: "unavailable" };
    if (code === "BAD_REQUEST" && cursor) return { status: "ok", items: [], nextCursor: null };
    throw err;
  }
}
