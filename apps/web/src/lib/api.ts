import "server-only";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@waqai/api";

export type Outputs = inferRouterOutputs<AppRouter>;
export type EventListItem = Outputs["events"]["list"]["items"][number];
export type EventDetail = Outputs["events"]["byId"];

/** Read at request time, never at build time: the same build runs against any API. */
export function apiUrl(): string {
  return (process.env.API_URL ?? "http://127.0.0.1:4000").replace(/\/+$/, "");
}

/** A client per request: server components call this inside the render, after the env is known. */
export function api() {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${apiUrl()}/trpc` })],
  });
}

/** The tRPC error code ("NOT_FOUND", "BAD_REQUEST"...) of a failed call, if the API sent one. */
export function errorCode(err: unknown): string | undefined {
  return err instanceof TRPCClientError ? (err.data as { code?: string } | null | undefined)?.code : undefined;
}
