import "server-only";
import { env } from "@/env";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { TRPC_BATCH_MAX } from "@waqai/schema";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@waqai/api";
import { tagsForTrpcUrl } from "./tags";

export type Outputs = inferRouterOutputs<AppRouter>;
export type EventListItem = Outputs["events"]["list"]["items"][number];
export type EventDetail = Outputs["events"]["byId"];
export type IssueDetail = Outputs["issues"]["byId"];
export type Place = Outputs["places"]["byId"];
export type Citation = Outputs["citations"]["byId"];

/** Read when the server starts, never baked into the build: the same build runs against any API. */
export function apiUrl(): string {
  return env.API_URL.replace(/\/+$/, "");
}

/** How long a cached API answer may live if no publish ever revalidates it (seconds). */
export const CACHE_SECONDS = 300;

/**
 * Every API read goes through Next's data cache, tagged per record (`event:<id>`) and per collection
 * (`events`), so POST /api/revalidate can refresh exactly what a publish touched (docs/reader.md).
 */
const cachedFetch: typeof fetch = (input, init) => {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  return fetch(input, { ...init, cache: "force-cache", next: { revalidate: CACHE_SECONDS, tags: tagsForTrpcUrl(url) } });
};

export function api() {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${apiUrl()}/trpc`, maxItems: TRPC_BATCH_MAX, fetch: cachedFetch, maxURLLength: 4000 })],
  });
}

/** The tRPC error code ("NOT_FOUND", "BAD_REQUEST"...) of a failed call, if the API sent one. */
export function errorCode(err: unknown): string | undefined {
  return err instanceof TRPCClientError ? (err.data as { code?: string } | null | undefined)?.code : undefined;
}
