import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@waqai/api";
import type { ConflictDetail } from "@waqai/schema";

/** The browser's client: same-origin /trpc (proxied to the API), so the session cookie goes along. */
export const trpc = createTRPCClient<AppRouter>({ links: [httpLink({ url: "/trpc" })] });

export interface ApiFailure {
  code: string;
  message: string;
  fieldErrors: Record<string, string> | null;
  conflict: ConflictDetail | null;
}

export function failureOf(err: unknown): ApiFailure {
  if (err instanceof TRPCClientError) {
    const data = (err.data ?? {}) as Partial<ApiFailure> & { code?: string };
    return { code: data.code ?? "ERROR", message: err.message, fieldErrors: data.fieldErrors ?? null, conflict: data.conflict ?? null };
  }
  return { code: "ERROR", message: String(err), fieldErrors: null, conflict: null };
}
