import { bigserial, boolean, check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { ROLES } from "@waqai/schema";
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
  (t) => [check("users_role_check", oneOf(t.role, ROLES)), check("users_locale_check", oneOf(t.locale, ["ar", "en"]))],
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

export const AUDIT_ACTIONS = [
  "sign_in",
  "sign_in_failed",
  "lockout",
  "sign_out",
  "sessions_revoked",
  "password_changed",
  "user_created",
  "role_changed",
  "publish",
  "retract",
  "merge",
  "export",
] as const;

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
  },
  (t) => [check("audit_log_action_check", oneOf(t.action, AUDIT_ACTIONS)), index("audit_log_at_idx").on(t.at), index("audit_log_action_idx").on(t.action, t.at)],
);

/** Failed sign-ins per email, counted in a window; `lockedUntil` set once the limit is reached. */
export const signInLockouts = pgTable("sign_in_lockouts", {
  email: text().primaryKey(),
  failures: integer().notNull().default(0),
  windowStart: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp({ withTimezone: true }),
});
