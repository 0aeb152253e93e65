import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { API_TOKEN_SCOPES, type ApiTokenScope, type Role } from "@waqai/schema";
import { withTx, type Db } from "../client";
import { apiTokens, auditLog, users } from "../tables";
import { newId } from "./registry";
export { API_TOKEN_SCOPES, type ApiTokenScope };
export type ApiTokenStatus = "active" | "expired" | "revoked";

/** Every secret starts with this, so a leaked one is recognisable (and scanners can look for it). */
export const TOKEN_PREFIX = "wq_";
/** Characters of the secret kept in clear for lists: `wq_` and six more. */
const SHOWN = TOKEN_PREFIX.length + 6;
/** Expiry limits, in days. */
export const TOKEN_EXPIRY = { defaultDays: 90, maxDays: 365 };
/** last_used_at is refreshed at most this often. */
const TOUCH_EVERY_MS = 60_000;

export const hashToken = (secret: string) => createHash("sha256").update(secret, "utf8").digest("hex");

/** `write` implies `read`: stored as the full set, in a fixed order. */
export function normaliseScopes(scopes: readonly ApiTokenScope[]): ApiTokenScope[] {
  const set = new Set(scopes);
  if (set.has("write")) set.add("read");
  return API_TOKEN_SCOPES.filter((s) => set.has(s));
}

export function tokenStatus(t: { expiresAt: Date; revokedAt: Date | null }, now = new Date()): ApiTokenStatus {
  if (t.revokedAt) return "revoked";
  return t.expiresAt <= now ? "expired" : "active";
}

export class TokenUserNotFoundError extends Error {
  constructor(readonly userId: string) {
    super(`No user with id "${userId}"`);
    this.name = "TokenUserNotFoundError";
  }
}

export interface TokenAdmin {
  id: string;
  email?: string;
  ip?: string;
  userAgent?: string;
}

export interface NewApiToken {
  name: string;
  /** The user the token acts as. */
  userId: string;
  scopes: readonly ApiTokenScope[];
  expiresAt: Date;
  /** The admin making it (audited). */
  by: TokenAdmin;
}

/** The audit line of a change to a token, naming the admin who made it (in the same transaction as the change). */
async function auditToken(tx: Db, action: "token_created" | "token_revoked", by: TokenAdmin, tokenId: string, detail: string) {
  await tx.insert(auditLog).values({
    action,
    actorUserId: by.id,
    actorEmail: by.email,
    ip: by.ip,
    userAgent: by.userAgent,
    targetKind: "api_token",
    targetId: tokenId,
    detail,
  });
}

/** Makes a token; the secret is returned here once and only its hash is stored. Audited as token_created. */
export async function createApiToken(db: Db, { by, ...t }: NewApiToken) {
  const secret = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const id = newId("tok");
  const prefix = secret.slice(0, SHOWN);
  const scopes = normaliseScopes(t.scopes);
  await withTx(db, async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, t.userId));
    if (!user) throw new TokenUserNotFoundError(t.userId);
    await tx
      .insert(apiTokens)
      .values({ id, name: t.name, userId: t.userId, scopes, tokenHash: hashToken(secret), prefix, createdBy: by.id, expiresAt: t.expiresAt });
    await auditToken(tx, "token_created", by, id, `${prefix}… "${t.name}" as ${user.email}; ${scopes.join("+")}; expires ${t.expiresAt.toISOString()}`);
  });
  return { id, token: secret, prefix, scopes, expiresAt: t.expiresAt.toISOString() };
}

export interface TokenRevocation {
  id: string;
  /** The admin revoking it (audited). */
  by: TokenAdmin;
}

/** Revokes a token (at once, for good); null when there is no such token. Revoking twice changes nothing. */
export async function revokeApiToken(db: Db, { id, by }: TokenRevocation) {
  return withTx(db, async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: sql`now()`, revokedBy: by.id })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .returning();
    if (row) {
      await auditToken(tx, "token_revoked", by, id, `${row.prefix}… "${row.name}"`);
      return { id, revokedAt: row.revokedAt!.toISOString() };
    }
    const [already] = await tx.select({ revokedAt: apiTokens.revokedAt }).from(apiTokens).where(eq(apiTokens.id, id));
    return already?.revokedAt ? { id, revokedAt: already.revokedAt.toISOString() } : null;
  });
}

/** Every token, newest first, without secrets or hashes. */
export async function listApiTokens(db: Db, now = new Date()) {
  const creator = alias(users, "creator");
  const rows = await db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      scopes: apiTokens.scopes,
      userId: apiTokens.userId,
      userEmail: users.email,
      userRole: users.role,
      createdBy: apiTokens.createdBy,
      createdByEmail: creator.email,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .leftJoin(creator, eq(creator.id, apiTokens.createdBy))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return rows.map((r) => ({
    ...r,
    scopes: r.scopes as ApiTokenScope[],
    userRole: r.userRole as Role,
    createdByEmail: r.createdByEmail ?? null,
    status: tokenStatus({ expiresAt: new Date(r.expiresAt), revokedAt: r.revokedAt }, now),
    createdAt: new Date(r.createdAt).toISOString(),
    expiresAt: new Date(r.expiresAt).toISOString(),
    lastUsedAt: iso(r.lastUsedAt),
    revokedAt: iso(r.revokedAt),
  }));
}

export type TokenResolution =
  | { ok: true; token: { id: string; scopes: ApiTokenScope[] }; user: { id: string; email: string; role: Role } }
  | { ok: false; reason: "unknown" | "expired" | "revoked" };

/** A bearer secret presented with a request. */
export interface TokenUse {
  secret: string;
  /** The clock (tests pass their own); default now. */
  now?: Date;
}

/**
 * The token a bearer secret names, if it may be used now: looked up by hash (the secret is never
 * compared or stored in clear), refused when revoked or expired. Records the use at most once a minute.
 */
export async function resolveApiToken(db: Db, { secret, now = new Date() }: TokenUse): Promise<TokenResolution> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return { ok: false, reason: "unknown" };
  const [row] = await db
    .select({
      id: apiTokens.id,
      scopes: apiTokens.scopes,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
      userId: users.id,
      email: users.email,
      role: users.role,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, hashToken(secret)));
  if (!row) return { ok: false, reason: "unknown" };
  const status = tokenStatus({ expiresAt: new Date(row.expiresAt), revokedAt: row.revokedAt }, now);
  if (status !== "active") return { ok: false, reason: status };
  if (!row.lastUsedAt || now.getTime() - new Date(row.lastUsedAt).getTime() >= TOUCH_EVERY_MS) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  const role: Role = row.role === "admin" || row.role === "reviewer" ? row.role : "editor";
  return { ok: true, token: { id: row.id, scopes: normaliseScopes(row.scopes as ApiTokenScope[]) }, user: { id: row.userId, email: row.email, role } };
}

/**
 * The id of the live (not revoked, not expired) token a secret names, or null; no side effects.
 * For callers that only need to tell tokens apart (the rate limiter's per-token buckets).
 */
export async function liveApiTokenId(db: Db, secret: string, now = new Date()): Promise<string | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const [row] = await db
    .select({ id: apiTokens.id, expiresAt: apiTokens.expiresAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, hashToken(secret)));
  return row && tokenStatus({ expiresAt: new Date(row.expiresAt), revokedAt: row.revokedAt }, now) === "active" ? row.id : null;
}
