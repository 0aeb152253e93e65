import "server-only";
import { env } from "@/env";
import { apiUrl } from "./api";

/** Headers the API needs from the browser: its session cookie, the Origin it checks, the language. */
const FORWARDED = ["cookie", "origin", "content-type", "accept-language", "user-agent"];

/**
 * The browser's address as server.mjs took it from the socket (any such header a browser sends is replaced
 * there), vouched for with the secret the API shares with this panel. Without the secret the API counts
 * every call by this server's own address, which is safe, only coarser.
 */
function addressHeaders(req: Request): Record<string, string> {
  const address = req.headers.get("x-waqai-client-address");
  const secret = env.WAQAI_FORWARDER_SECRET;
  return address && secret ? { "x-waqai-client-address": address, "x-waqai-forwarder": secret } : {};
}

/**
 * Same-origin pass-through to the API for /api/auth/* and /trpc/*, so the session cookie is first-party
 * for the admin; the API still does every check. Done at request time (not a build-time rewrite) so
 * one build runs against any API_URL.
 */
export async function forward(req: Request, path: string): Promise<Response> {
  const url = new URL(req.url);
  const headers = new Headers();
  for (const h of FORWARDED) {
    const v = req.headers.get(h);
    if (v) headers.set(h, v);
  }
  for (const [k, v] of Object.entries(addressHeaders(req))) headers.set(k, v);
  const body = req.method === "GET" || req.method === "HEAD" ? undefined : await req.arrayBuffer();
  const res = await fetch(`${apiUrl()}${path}${url.search}`, { method: req.method, headers, body, redirect: "manual" });
  const out = new Headers();
  res.headers.forEach((v, k) => {
    if (!["set-cookie", "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"].includes(k)) out.set(k, v);
  });
  for (const c of res.headers.getSetCookie()) out.append("set-cookie", c);
  return new Response(await res.arrayBuffer(), { status: res.status, headers: out });
}
