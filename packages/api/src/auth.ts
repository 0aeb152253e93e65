import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { hashPassword } from "better-auth/crypto";
import { tables, type Db } from "@waqai/db";

export interface AuthOptions {
  /** Where /api/auth is reached from the browser's point of view (the admin's origin through its rewrite works too). */
  baseURL: string;
  /** Signs session cookies; at least 32 random characters. */
  secret: string;
  /** Origins allowed to send state-changing requests with a session cookie (the admin panel). */
  trustedOrigins: string[];
  /** Sign-in attempts per address per minute (default 30): the throttle on password guessing. */
  signInsPerMinute?: number;
  /** Where the throttle counts (one store shared by every API process); unset = this process's memory. */
  throttleStorage?: AuthRateLimitStorage;
}

/** better-auth's rate-limit store: record one request against `key` in the rule's window and say whether it may pass. */
export interface AuthRateLimitStorage {
  consume(key: string, rule: { window: number; max: number }): Promise<{ allowed: boolean; retryAfter: number | null }>;
}

/**
 * better-auth on our database: email + password only (no self sign-up: accounts are made by an admin
 * or the CLI), scrypt hashes (memory-hard, better-auth's default), HttpOnly SameSite=Lax cookies,
 * its Origin check for cookie-bearing POSTs, and per-IP throttling of sign-in attempts.
 */
export function createAuth(db: Db, options: AuthOptions) {
  return betterAuth({
    baseURL: options.baseURL,
    basePath: "/api/auth",
    secret: options.secret,
    trustedOrigins: options.trustedOrigins,
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user: tables.users, session: tables.sessions, account: tables.accounts, verification: tables.verifications },
    }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 256 },
    user: { additionalFields: { role: { type: "string", required: false, input: false, defaultValue: "editor" } } },
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
    rateLimit: {
      enabled: true,
      storage: "memory",
      ...(options.throttleStorage ? { customStorage: options.throttleStorage } : {}),
      window: 60,
      max: 300,
      customRules: { "/sign-in/email": { window: 60, max: options.signInsPerMinute ?? 30 } },
    },
    advanced: { cookiePrefix: "waqai", defaultCookieAttributes: { httpOnly: true, sameSite: "lax" } },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** The same hash better-auth checks at sign-in; used by the CLI and the admin's "create user". */
export const hashUserPassword = (password: string) => hashPassword(password);
