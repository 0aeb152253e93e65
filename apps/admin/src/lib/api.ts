import "server-only";
import { env } from "@/env";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { TRPC_BATCH_MAX } from "@waqai/schema";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@waqai/api";

export type Outputs = inferRouterOutputs<AppRouter>;
export type Me = NonNullable<Outputs["account"]["me"]>;

/** Read when the server starts, never baked into the build: the same build runs against any API. */
export function apiUrl(): string {
  return env.API_URL.replace(/\/+$/, "");
}

/** A client per request, speaking as the signed-in user (their cookie); the API decides what they may do. */
export async function api() {
  const cookie = (await cookies()).toString();
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${apiUrl()}/trpc`, maxItems: TRPC_BATCH_MAX, headers: () => (cookie ? { cookie } : {}) })],
  });
}

/** Who is signed in, asked once per request (null when nobody, or when the API cannot say). */
export const currentUser = cache(async (): Promise<Me | null> => (await api()).account.me.query().catch(() => null));

/** The signed-in user's interface language; Arabic for everyone else. */
export async function currentLocale(): Promise<"ar" | "en"> {
  return (await currentUser())?.locale ?? "ar";
}

/** The signed-in user, or a trip to the sign-in page. */
export async function requireUser(): Promise<Me> {
  const me = await (await api()).account.me.query();
  if (!me) redirect("/sign-in");
  return me;
}

/** The tRPC error code ("NOT_FOUND", "BAD_REQUEST"...) of a failed call, if the API sent one. */
export function errorCode(err: unknown): string | undefined {
  return err instanceof TRPCClientError ? (err.data as { code?: string } | null | undefined)?.code : undefined;
}
