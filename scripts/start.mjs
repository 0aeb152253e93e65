#!/usr/bin/env node
// Starts the API (the one process that opens the database), then the reader and the admin panel
// against it, prints the three URLs, and stops all three together on SIGINT/SIGTERM.
// Env: API_PORT (4000), WEB_PORT (3000), ADMIN_PORT (3001), DATABASE_URL (unset = PGlite),
// WAQAI_DATA_DIR (PGlite folder, default .data/), WAQAI_AUTH_SECRET (with PostgreSQL: unset = one per start).
// Expects `pnpm build` to have run for web/admin.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { apiHeapFlags } from "../apps/api/scripts/heap.mjs";
import { readerHeapFlags } from "../apps/web/scripts/heap.mjs";
import { supervisor } from "./processes.mjs";
import { standaloneServer } from "./standalone-paths.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const apiPort = Number(process.env.API_PORT ?? 4000);
const webPort = Number(process.env.WEB_PORT ?? 3000);
const adminPort = Number(process.env.ADMIN_PORT ?? 3001);
const host = process.env.HOST ?? "127.0.0.1";
const apiUrl = `http://${host}:${apiPort}`;
const { run, waitFor } = supervisor(root, "start");

// The reader and the admin run as production does: their standalone servers (`output: "standalone"`).
const servers = {};
for (const app of ["web", "admin"]) {
  servers[app] = standaloneServer(path.join(root, "apps", app));
  if (!servers[app]) {
    console.error(`[start] apps/${app} is not built: run \`pnpm build\` first (or \`pnpm start\`, which builds then starts).`);
    process.exit(1);
  }
}

// The admin reaches the API through its own origin (a same-origin proxy), so that origin is the one trusted to write.
const trustedOrigins = process.env.WAQAI_TRUSTED_ORIGINS ?? `http://${host}:${adminPort},http://localhost:${adminPort}`;
// The API tells the reader what to re-render after a publish; a fresh secret per start unless one is given.
const revalidateSecret = process.env.REVALIDATE_SECRET ?? randomBytes(24).toString("base64url");
// The admin panel's proof to the API that the browser address it names is real; a fresh one per start unless given.
const forwarderSecret = process.env.WAQAI_FORWARDER_SECRET ?? randomBytes(32).toString("base64url");
// On PostgreSQL the API requires the session-cookie secret (replicas must share it); this start runs one API
// process, so a fresh one per start serves, at the price of signing everyone out when it stops. PGlite needs
// none: the API keeps a generated one in its data folder. (The pattern is createDb's test for a server URL.)
const onPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");
let authSecret = process.env.WAQAI_AUTH_SECRET;
if (onPostgres && !authSecret) {
  authSecret = randomBytes(48).toString("base64");
  console.log(
    "[start] WAQAI_AUTH_SECRET is unset: signing sessions with a secret made for this start (sign-ins end when it stops). Set one (`openssl rand -base64 48`) to keep them.",
  );
}
// Node runs the API's build (apps/api/dist/main.mjs, made by `pnpm build`: no TypeScript loader in the server, ~80 MB
// less memory); without a build, its source through tsx as a loader. Never the tsx CLI: it stands between the process
// and its signals, and kills a child that is too busy to answer within 30 ms (a SIGTERM under load became a SIGKILL).
const apiBuilt = existsSync(path.join(root, "apps/api/dist/main.mjs"));
if (!apiBuilt) console.log("[start] apps/api/dist/main.mjs is missing (run `pnpm build`): running the API from its TypeScript source");
// The API's heap budget (apps/api/scripts/heap.mjs says why); WAQAI_API_HEAP_MB raises it for a host with memory to spare.
const heapFlags = apiHeapFlags(process.env.WAQAI_API_HEAP_MB);
run("api", "apps/api", process.execPath, [...heapFlags, ...(apiBuilt ? ["--enable-source-maps", "dist/main.mjs"] : ["--import", "tsx", "src/main.ts"])], {
  PORT: String(apiPort),
  HOST: host,
  WAQAI_TRUSTED_ORIGINS: trustedOrigins,
  READER_URL: `http://${host}:${webPort}`,
  REVALIDATE_SECRET: revalidateSecret,
  WAQAI_FORWARDER_SECRET: forwarderSecret,
  ...(authSecret ? { WAQAI_AUTH_SECRET: authSecret } : {}),
});
if (await waitFor(`${apiUrl}/health`, "api")) {
  const env = { API_URL: apiUrl, NODE_ENV: "production" };
  run("web", "apps/web", process.execPath, [...readerHeapFlags(process.env.WAQAI_READER_HEAP_MB), servers.web], {
    ...env,
    PORT: String(webPort),
    HOSTNAME: host,
    REVALIDATE_SECRET: revalidateSecret,
  });
  // The admin links a published record to its page for readers.
  // server.mjs: Next behind a step that names each browser's own address to the API (with the forwarder secret).
  run("admin", "apps/admin", process.execPath, [servers.admin], {
    ...env,
    ADMIN_PORT: String(adminPort),
    HOST: host,
    WAQAI_FORWARDER_SECRET: forwarderSecret,
    READER_URL: process.env.READER_PUBLIC_URL ?? `http://${host}:${webPort}`,
  });
  const ok = (await waitFor(`http://${host}:${webPort}/`, "web")) && (await waitFor(`http://${host}:${adminPort}/`, "admin"));
  if (ok) {
    console.log(
      `\nWaqai is up:\n  API    ${apiUrl}  (tRPC at ${apiUrl}/trpc, health at ${apiUrl}/health)\n  Reader http://${host}:${webPort}\n  Admin  http://${host}:${adminPort}\nPress Ctrl+C to stop.\n`,
    );
  }
}
