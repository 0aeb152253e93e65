import { sql } from "drizzle-orm";
import { bigserial, boolean, check, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { API_TOKEN_SCOPES, AUDIT_ACTIONS, Language, ROLES } from "@waqai/schema";
import { oneOf } from "./columns";

/**
 * better-auth's four tables (user, session, account, verification) as its drizzle adapter expects
 * them, plus `role`. Passwords live in accounts.password as better-auth's scrypt hash (memory-hard).
 */
export const users = pgTable(
  "users",
  {
    id: text().primaryKey(),
    name: text().notNull(),
    email: text().notNull().unique(),
    emailVerified: boolean().notNull().default(false),
    image: text(),
    role: text().notNull().default("editor"),
    /** The admin panel's interface language: Arabic (right to left) unless the user chose English. */
    locale: text().notNull().default("ar"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("users_role_check", oneOf(t.role, ROLES)), check("users_locale_check", oneOf(t.locale, Language.options))],
);

export const sessions = pgTable(
  "sessions",
  {
    id: text().primaryKey(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    token: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ipAddress: text(),
    userAgent: text(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const accounts = pgTable(
  "accounts",
  {
    id: text().primaryKey(),
    accountId: text().notNull(),
    providerId: text().notNull(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text(),
    refreshToken: text(),
    idToken: text(),
    accessTokenExpiresAt: timestamp({ withTimezone: true }),
    refreshTokenExpiresAt: timestamp({ withTimezone: true }),
    scope: text(),
    password: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("accounts_user_idx").on(t.userId)],
);

export const verifications = pgTable("verifications", {
  id: text().primaryKey(),
  identifier: text().notNull(),
  value: text().notNull(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * API tokens for programs: each acts as one user, with scopes and an expiry. Only the SHA-256 of the
 * secret is kept (the secret is shown once, at creation); `prefix` is its first characters, for
 * recognising a token in lists. Tokens are revoked, never deleted, so revisions and the audit log
 * can always name the token a write came through.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: text().primaryKey(),
    /** What the token is for ("nightly import", "newsroom bot"). */
    name: text().notNull(),
    /** The user the token acts as: its role decides what the token may do, within its scopes. */
    userId: text()
      .notNull()
      .references(() => users.id),
    scopes: text().array().notNull(),
    tokenHash: text().notNull().unique(),
    prefix: text().notNull(),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** Refreshed at most once a minute, so a busy token does not write on every request. */
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    revokedBy: text(),
  },
  (t) => [
    check(
      "api_tokens_scopes_check",
      sql`cardinality(${t.scopes}) > 0 and ${t.scopes} <@ array[${sql.raw(API_TOKEN_SCOPES.map((s) => `'${s}'`).join(", "))}]::text[]`,
    ),
    check("api_tokens_expiry_check", sql`${t.expiresAt} > ${t.createdAt}`),
    index("api_tokens_user_idx").on(t.userId),
  ],
);

/** Security events, kept apart from content history (revisions). Append-only. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    action: text().notNull(),
    actorUserId: text(),
    actorEmail: text(),
    ip: text(),
    userAgent: text(),
    targetKind: text(),
    targetId: text(),
    detail: text(),
    /** The API token the action came through (null for the admin panel's cookie sessions). */
    tokenId: text(),
  },
  (t) => [
    check("audit_log_action_check", oneOf(t.action, AUDIT_ACTIONS)),
    index("audit_log_at_idx").on(t.at),
    index("audit_log_action_idx").on(t.action, t.at),
  ],
);

/**
 * Failed sign-ins per account and per address, counted in a window; `lockedUntil` set once the limit is
 * reached. Per address, so an attacker elsewhere slows only themselves and never locks the owner out.
 */
export const signInLockouts = pgTable(
  "sign_in_lockouts",
  {
    email: text().notNull(),
    address: text().notNull().default(""),
    failures: integer().notNull().default(0),
    windowStart: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.email, t.address] })],
);
