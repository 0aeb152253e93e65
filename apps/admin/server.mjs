// The admin panel's HTTP server: Next's own handler behind one step that `next start` cannot do. The panel
// passes its browsers' calls on to the API (src/lib/proxy.ts), and the API throttles sign-ins by address;
// Next keeps whatever X-Forwarded-For a browser sends, so a browser could name any address it liked.
// Here the address is taken from the socket (or from a proxy listed in WAQAI_TRUSTED_PROXIES) and put in a
// header of our own, replacing any a browser sent.
//   node server.mjs [--dev]   (PORT/ADMIN_PORT, HOST)
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

const app = next({ dev, dir: path.dirname(fileURLToPath(import.meta.url)), hostname, port });
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
