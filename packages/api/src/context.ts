import type { Db, DbKind } from "@waqai/db";
import type { ApiTokenScope } from "@waqai/db/editorial";
import type { ReadScope } from "@waqai/db/queries";
import { PUBLIC_SCOPE } from "@waqai/db/queries";
import type { Role } from "@waqai/schema";

export type Locale = "ar" | "en";

/** The signed-in user, read from the session cookie by the host (or given directly by tests and scripts). */
export interface SessionUser {
  id: string;
  email: string;
  role: Role;
}

/** The API token a request came with (`Authorization: Bearer wq_…`): the user is then the token's user. */
export interface TokenGrant {
  id: string;
  scopes: readonly ApiTokenScope[];
}

/** Why a presented token was not accepted: every call made with it is refused (never treated as anonymous). */
export type TokenRefusal = "unknown" | "expired" | "revoked";

export interface Context {
  db: Db;
  dbKind: DbKind;
  /** What the caller may read; anonymous callers see published records only. */
  scope: ReadScope;
  /** Language for error messages, from Accept-Language; Arabic first. */
  locale: Locale;
  user: SessionUser | null;
  /** Set when the caller authenticated with an API token rather than a session cookie. */
  token: TokenGrant | null;
  /** Set when the caller presented a token that is unknown, expired or revoked. */
  tokenRefused: TokenRefusal | null;
  ip?: string;
  userAgent?: string;
  /** The host's id of this request, named in a 500's message and in the log line that explains it. */
  requestId?: string;
  /** The caller's Idempotency-Key header: a create retried with the same key answers the first one's result. */
  idempotencyKey?: string;
  /** Where dataset releases are written (releases.create); unset: this host makes none. */
  releasesDir?: string;
  /** The API's public URL (no trailing slash), for absolute links in answers (a release's citation). */
  publicUrl?: string;
}

/** What a caller must give; the rest defaults (public scope, Arabic, anonymous). */
type ContextOptions = Pick<Context, "db" | "dbKind"> & Partial<Omit<Context, "db" | "dbKind">>;

/** The inner context: what tests pass to createCaller, with no HTTP involved. */
export function createContext(opts: ContextOptions): Context {
  return {
    db: opts.db,
    dbKind: opts.dbKind,
    scope: opts.scope ?? PUBLIC_SCOPE,
    locale: opts.locale ?? "ar",
    user: opts.user ?? null,
    token: opts.token ?? null,
    tokenRefused: opts.tokenRefused ?? null,
    ip: opts.ip,
    userAgent: opts.userAgent,
    requestId: opts.requestId,
    idempotencyKey: opts.idempotencyKey,
    releasesDir: opts.releasesDir,
    publicUrl: opts.publicUrl?.replace(/\/+$/, ""),
  };
}

/**
 * Picks ar or en from an Accept-Language header. Without one (or with neither language in it), people
 * get Arabic, the panel's and reader's first language, and programs calling with an API token get
 * English, the lingua franca of API clients.
 */
export function localeFrom(acceptLanguage: string | undefined, fallback: Locale = "ar"): Locale {
  if (!acceptLanguage) return fallback;
  for (const part of acceptLanguage.split(",")) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === "ar" || tag === "en") return tag;
  }
  return fallback;
}
