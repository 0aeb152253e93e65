import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generatePassword, hashUserPassword } from "@waqai/api";
import { type Db } from "@waqai/db";
import { countAdmins, insertUser } from "@waqai/db/editorial";

/** The cookie-signing secret: from the environment, else one generated once and kept beside the data (mode 600). */
export function authSecret(fromEnv: string | undefined, dataDir: string): string {
  if (fromEnv) return fromEnv;
  const dir = dataDir === ":memory:" ? path.resolve(".data") : dataDir;
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
