import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@waqai/api";
import type { VersionConflictDetail } from "@waqai/schema";

/**
 * The browser's client: same-origin /trpc (proxied to the API), so the session cookie goes along. It asks
 * for the panel's language (the user's choice, on <html lang>), not the browser's, so the API's messages
 * match the screen.
 */
export const trpc = createTRPCClient<AppRouter>({
  links: [httpLink({ url: "/trpc", headers: () => ({ "accept-language": typeof document === "undefined" ? "ar" : document.documentElement.lang || "ar" }) })],
});

export interface Dependency {
  kind: string;
  id: string;
  label: string;
  status: string;
  via: string;
}

export interface ApiFailure {
  code: string;
  message: string;
  fieldErrors: Record<string, string> | null;
  conflict: VersionConflictDetail | null;
  dependencies: Dependency[] | null;
}

export function failureOf(err: unknown): ApiFailure {
  if (err instanceof TRPCClientError) {
    const data = (err.data ?? {}) as Partial<ApiFailure> & { code?: string };
    return {
      code: data.code ?? "ERROR",
      message: err.message,
      fieldErrors: data.fieldErrors ?? null,
      conflict: data.conflict ?? null,
      dependencies: data.dependencies ?? null,
    };
  }
  return { code: "ERROR", message: err instanceof Error ? err.message : String(err), fieldErrors: null, conflict: null, dependencies: null };
}
