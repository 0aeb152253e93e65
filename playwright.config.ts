import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { E2E_USERS } from "./e2e/users";

// E2E_PORT_OFFSET lets two runs share a machine (e.g. 10 -> 4110/3110/3111).
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const API_PORT = 4100 + offset;
const WEB_PORT = 3100 + offset;
const ADMIN_PORT = 3101 + offset;

// A fresh PGlite folder per run, so a test never depends on what another run left behind.
// Playwright loads this file in the runner and in each worker; the env var keeps one value for all.
// The runner loads this file first (env unset): it wipes the folder; workers inherit the env and skip.
if (!process.env.WAQAI_E2E_DATA_DIR) {
  process.env.WAQAI_E2E_DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), `.data-e2e-${API_PORT}`);
  rmSync(process.env.WAQAI_E2E_DATA_DIR, { recursive: true, force: true });
}

// One revalidation secret for the servers and the tests of the run (workers inherit it).
process.env.REVALIDATE_SECRET ??= `e2e-${randomBytes(18).toString("base64url")}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e-output",
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // .ci/run reads PLAYWRIGHT_JSON (outside test-results/, which Playwright empties) for its summary line.
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON ?? "test-results/e2e.json" }]],
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "ar",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "web", testMatch: /reader\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${WEB_PORT}` } },
    { name: "admin", testMatch: /admin\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${ADMIN_PORT}` } },
    // The journey and the XSS checks go through both apps; they run after the admin project's own tests.
    { name: "journey", testMatch: /(journey|xss)\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${ADMIN_PORT}` }, dependencies: ["web", "admin"] },
    // The reader on a 100k-event archive with servers of its own (e2e/archive.ts); skipped when WAQAI_QUICK=1.
    { name: "archive", testMatch: /archive\.spec\.ts$/ },
    // pnpm start:cluster (Varnish, two API and two reader replicas on PostgreSQL) under SIGKILLs; servers of its own.
    { name: "cluster", testMatch: /cluster\.spec\.ts$/ },
  ],
  webServer: {
    // Creates the test accounts in the fresh database, then runs scripts/start.mjs.
    command: "node scripts/e2e-start.mjs",
    url: `http://127.0.0.1:${WEB_PORT}`,
    // start.mjs prints this once the API, the reader and the admin panel all answer.
    wait: { stdout: /Waqai is up/ },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      API_PORT: String(API_PORT),
      WEB_PORT: String(WEB_PORT),
      ADMIN_PORT: String(ADMIN_PORT),
      WAQAI_DATA_DIR: process.env.WAQAI_E2E_DATA_DIR,
      LOG_LEVEL: "warn",
      WAQAI_E2E_USERS: JSON.stringify(E2E_USERS),
      REVALIDATE_SECRET: process.env.REVALIDATE_SECRET,
      // The suite signs in from one address dozens of times a minute; the throttle itself is proven in
      // apps/api/test/auth.test.ts, and the per-account lockout (which the suite does test) is apart from it.
      WAQAI_SIGN_INS_PER_MINUTE: "600",
    },
  },
});
