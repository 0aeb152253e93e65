import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generatePassword, hashUserPassword } from "@waqai/api";
import { isPostgresUrl, type Db } from "@waqai/db";
import { countAdmins, insertUser } from "@waqai/db/editorial";
import type { ApiEnv } from "./env";

/** PostgreSQL without WAQAI_AUTH_SECRET: the API stops before opening the database (exit code 78, EX_CONFIG). */
export class MissingAuthSecretError extends Error {
  constructor() {
    super(
      "WAQAI_AUTH_SECRET is required when DATABASE_URL names a PostgreSQL server: every API process on the database must " +
        "sign session cookies with the same secret. Make one with `openssl rand -base64 48` and give the same value to each API process.",
    );
  }
}

/**
 * The cookie-signing secret: from the environment, else, on PGlite, one generated once and kept beside the data
 * (mode 600). Every API process on one database must share it or each refuses the others' sessions; PGlite has one
 * owning process, but PostgreSQL replicas share no folder to keep a generated one in, so there it must be given.
 */
export function authSecret(env: Pick<ApiEnv, "WAQAI_AUTH_SECRET" | "DATABASE_URL" | "dataDir">): string {
  if (env.WAQAI_AUTH_SECRET) return env.WAQAI_AUTH_SECRET;
  if (isPostgresUrl(env.DATABASE_URL)) throw new MissingAuthSecretError();
  const dir = env.dataDir === ":memory:" ? path.resolve(".data") : env.dataDir;
  const file = path.join(dir, "auth.secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

/**
 * First start: with no admin in the database, create one with a generated password and show it once
 * on the terminal (never a fixed default, never in the structured log).
 */
export async function ensureFirstAdmin(db: Db, email: string): Promise<boolean> {
  if ((await countAdmins(db)) > 0) return false;
  const password = generatePassword();
  await insertUser(db, { email, role: "admin", passwordHash: await hashUserPassword(password) });
  process.stderr.write(
    `\n=== Waqai first start: an admin account was created ===\n  email:    ${email}\n  password: ${password}\n` +
      `  This password is shown once. Sign in and change it (or create users with \`pnpm --filter @waqai/api-server user:create\`).\n\n`,
  );
  return true;
}
