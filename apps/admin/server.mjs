// The admin panel's HTTP server: Next's own handler behind one step that `next start` cannot do. The panel
// passes its browsers' calls on to the API (src/lib/proxy.ts), and the API throttles sign-ins by address;
// Next keeps whatever X-Forwarded-For a browser sends, so a browser could name any address it liked.
// Here the address is taken from the socket (or from a proxy listed in WAQAI_TRUSTED_PROXIES) and put in a
// header of our own, replacing any a browser sent.
//   node server.mjs [--dev]   (PORT/ADMIN_PORT, HOST)
// `pnpm build` also bundles this file into the standalone server folder (scripts/standalone.mjs), where start scripts run it.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import proxyaddr from "proxy-addr";

export const CLIENT_ADDRESS_HEADER = "x-waqai-client-address";

const dev = process.argv.includes("--dev");
const port = Number(process.env.ADMIN_PORT ?? process.env.PORT ?? 3001);
const hostname = process.env.HOST ?? "127.0.0.1";
const trusted = (process.env.WAQAI_TRUSTED_PROXIES ?? "")
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean);
const trust = proxyaddr.compile(trusted);

const dir = path.dirname(fileURLToPath(import.meta.url));
// The standalone folder has no next.config.ts: Next's own standalone server hands it the config resolved at build
// time, kept in required-server-files.json, and so does this one.
const buildFiles = path.join(dir, ".next", "required-server-files.json");
if (!dev && !existsSync(path.join(dir, "next.config.ts")) && existsSync(buildFiles)) {
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(JSON.parse(readFileSync(buildFiles, "utf8")).config);
  process.chdir(dir);
}
const app = next({ dev, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers[CLIENT_ADDRESS_HEADER] = proxyaddr(req, trust);
  handle(req, res);
});
server.listen(port, hostname, () => console.log(`admin ready on http://${hostname}:${port}${dev ? " (dev)" : ""}`));

const stop = () => {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
