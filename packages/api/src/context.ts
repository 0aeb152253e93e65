import type { Db, DbKind, ReadScope } from "@waqai/db";
import { PUBLIC_SCOPE } from "@waqai/db";
import type { Role } from "@waqai/schema";

export type Locale = "ar" | "en";

/** The signed-in user, read from the session cookie by the host (or given directly by tests and scripts). */
export interface SessionUser {
  id: string;
  email: string;
  role: Role;
}

export interface Context {
  db: Db;
  dbKind: DbKind;
  /** What the caller may read; anonymous callers see published records only. */
  scope: ReadScope;
  /** Language for error messages, from Accept-Language; Arabic first. */
  locale: Locale;
  user: SessionUser | null;
  ip?: string;
  userAgent?: string;
}

/** The inner context: what tests pass to createCaller, with no HTTP involved. */
export function createContext(opts: {
  db: Db;
  dbKind: DbKind;
  locale?: Locale;
  scope?: ReadScope;
  user?: SessionUser | null;
  ip?: string;
  userAgent?: string;
}): Context {
  return {
    db: opts.db,
    dbKind: opts.dbKind,
    scope: opts.scope ?? PUBLIC_SCOPE,
    locale: opts.locale ?? "ar",
    user: opts.user ?? null,
    ip: opts.ip,
    userAgent: opts.userAgent,
  };
}

/** Picks ar or en from an Accept-Language header (anything else falls back to Arabic). */
export function localeFrom(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return "ar";
  for (const part of acceptLanguage.split(",")) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === "ar" || tag === "en") return tag;
  }
  return "ar";
}
