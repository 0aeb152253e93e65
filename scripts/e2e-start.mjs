#!/usr/bin/env node
// For Playwright only: creates the test accounts in the fresh e2e database with the user:create
// command (while no API owns the folder yet), then starts everything as scripts/start.mjs does.
// Normal runs never get known credentials: their first admin's password is generated and shown once.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const users = JSON.parse(process.env.WAQAI_E2E_USERS ?? "[]");
for (const u of users) {
  const r = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["src/cli/user-create.ts", "--email", u.email, "--role", u.role], {
    cwd: path.join(root, "apps", "api"),
    env: { ...process.env, WAQAI_USER_PASSWORD: u.password },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (r.status !== 0) {
    console.error(`[e2e-start] could not create ${u.email}`);
    process.exit(1);
  }
}
await import("./start.mjs");
