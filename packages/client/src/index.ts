import { createTRPCClient, httpBatchLink, TRPCClientError, type TRPCClient } from "@trpc/client";
import { TRPC_BATCH_MAX } from "@waqai/schema/limits";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
// Types only: the client never loads the server, its database or its dependencies at run time.
import type { AppRouter } from "@waqai/api";

export type { AppRouter };
export { TRPCClientError };

/** Every procedure's input, by path: `RouterInputs["events"]["list"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** Every procedure's output, by path: `RouterOutputs["events"]["byId"]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type WaqaiClient = TRPCClient<AppRouter>;

export interface WaqaiClientOptions {
  /** The API's base URL, e.g. `http://127.0.0.1:4000` (the client calls `${url}/trpc`). */
  url: string;
  /** An API token, sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** A fetch implementation (defaults to the global one). */
  fetch?: typeof fetch;
  /** Extra headers on every request, e.g. `{ "accept-language": "en" }` for English error messages. */
  headers?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);
}

/** A typed client for the Waqai API: `await client.events.list.query({ limit: 50 })`. */
export function createWaqaiClient({ url, token, fetch: fetchImpl, headers }: WaqaiClientOptions): WaqaiClient {
  const base = url.replace(/\/+$/, "");
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${base}/trpc`,
        maxURLLength: 4000,
        maxItems: TRPC_BATCH_MAX,
        ...(fetchImpl ? { fetch: fetchImpl } : {}),
        async headers() {
          const extra = typeof headers === "function" ? await headers() : (headers ?? {});
          return token ? { ...extra, authorization: `Bearer ${token}` } : extra;
        },
      }),
    ],
  });
}

/** A page of a keyset-paginated list, as every `*.list` procedure and `search.query` return it. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Walks every page of a list, yielding items in the list's stable order:
 * `for await (const ev of paginate((i) => client.events.list.query(i), { limit: 100 }))`.
 * The items have the list's item type (here the event), and the input is checked against the procedure's
 * (`const` keeps `type: "air_strike"` a literal). The cursor is opaque; pass the input without one (a given
 * cursor starts from there).
 */
export async function* paginate<const I extends object, P extends Page<unknown>>(
  listFn: (input: I & { cursor?: string }) => Promise<P>,
  input: I,
): AsyncGenerator<P["items"][number], void, undefined> {
  let cursor = (input as { cursor?: string }).cursor;
  for (;;) {
    const page = await listFn(cursor === undefined ? input : { ...input, cursor });
    yield* page.items as P["items"][number][];
    if (page.nextCursor === null) return;
    if (page.nextCursor === cursor) throw new Error("paginate: the API returned the same cursor twice");
    cursor = page.nextCursor;
  }
}
