import type { FastifyInstance, FastifyRequest } from "fastify";
import { localeFrom, passwordProblem, type Auth, type SessionUser, type TokenGrant, type TokenRefusal } from "@waqai/api";
import { FORWARDER_HEADER } from "./client-address";
import { type Db } from "@waqai/db";
import { clearSignInFailures, lockedUntil, recordAudit, recordSignInFailure, resolveApiToken, type AuditAction } from "@waqai/db/editorial";

/** Web Request for better-auth from a Fastify request (body re-serialised; auth bodies are JSON). */
function toRequest(req: FastifyRequest, baseURL: string): Request {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : String(v));
  // better-auth throttles per client IP and reads it from this header: always the address we established, never the caller's own.
  headers.set("x-forwarded-for", req.clientAddress);
  headers.delete(FORWARDER_HEADER);
  const hasBody = req.method !== "GET" && req.method !== "HEAD" && req.body !== undefined;
  return new Request(new URL(req.url, baseURL), { method: req.method, headers, body: hasBody ? JSON.stringify(req.body) : undefined });
}

const AUDITED: Record<string, AuditAction> = {
  "/api/auth/sign-out": "sign_out",
  "/api/auth/revoke-sessions": "sessions_revoked",
  "/api/auth/change-password": "password_changed",
};

export async function sessionUser(auth: Auth, headers: Record<string, string | string[] | undefined>): Promise<SessionUser | null> {
  if (!headers.cookie) return null;
  const h = new Headers();
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(", ") : v);
  const session = await auth.api.getSession({ headers: h });
  if (!session) return null;
  const role = (session.user as { role?: string }).role;
  return { id: session.user.id, email: session.user.email, role: role === "admin" || role === "reviewer" ? role : "editor" };
}

type Headers$ = Record<string, string | string[] | undefined>;

/** The secret of an `Authorization: Bearer <secret>` header, or null when the request has none. */
export function bearerSecret(headers: Headers$): string | null {
  const h = headers.authorization;
  const value = Array.isArray(h) ? h[0] : h;
  const m = value ? /^Bearer\s+(\S+)\s*$/i.exec(value) : null;
  return m ? m[1]! : null;
}

export interface Caller {
  user: SessionUser | null;
  token: TokenGrant | null;
  tokenRefused: TokenRefusal | null;
}

/**
 * Who is calling: an API token when the request carries `Authorization: Bearer` (programs; any cookie
 * is then ignored), else the session cookie (the admin panel). A token that is unknown, expired or
 * revoked is remembered as refused, so every call with it gets a 401 rather than anonymous access.
 */
export async function callerOf(auth: Auth, db: Db, headers: Headers$): Promise<Caller> {
  const secret = bearerSecret(headers);
  if (secret === null) return { user: await sessionUser(auth, headers), token: null, tokenRefused: null };
  const r = await resolveApiToken(db, { secret });
  return r.ok ? { user: r.user, token: r.token, tokenRefused: null } : { user: null, token: null, tokenRefused: r.reason };
}

/** The longest value each auth field may take (an email address is at most 254 characters by RFC 5321). */
const AUTH_FIELD_MAX: Record<string, number> = { email: 254, password: 1024, newPassword: 1024, currentPassword: 1024, name: 200, callbackURL: 2048 };

/** The first auth field longer than it may be, or holding a NUL (refused before any table or log sees it). */
function oversizedField(body: unknown): { field: string; message: string } | null {
  if (!body || typeof body !== "object") return null;
  for (const [field, value] of Object.entries(body as Record<string, unknown>)) {
    if (typeof value !== "string") continue;
    const max = AUTH_FIELD_MAX[field] ?? 2048;
    if (value.length > max) return { field, message: `at most ${max} characters` };
    if (value.includes("\u0000")) return { field, message: "holds a NUL character; remove it" };
  }
  return null;
}

/** A new password that is common or easy to guess (password-policy.ts), refused before better-auth stores it. */
function passwordChangeProblem(path: string, body: unknown, locale: "ar" | "en"): string | null {
  if (path !== "/api/auth/change-password" || !body || typeof body !== "object") return null;
  const next = (body as { newPassword?: unknown }).newPassword;
  if (typeof next !== "string") return null;
  return passwordProblem(next)?.[locale] ?? null;
}

/**
 * better-auth at /api/auth/*, wrapped with what it does not do itself: a lockout per account and address
 * after repeated failed sign-ins, with a wait that doubles on each further failure (security.ts), and a security audit entry for sign-ins, failures, lockouts, sign-outs,
 * session revocations and password changes.
 */
export function mountAuth(app: FastifyInstance, auth: Auth, db: Db, baseURL: string) {
  app.route({
    method: ["GET", "POST"],
    url: "/api/auth/*",
    // A sign-in or a password change is a few hundred bytes; nothing larger reaches better-auth.
    bodyLimit: 64 * 1024,
    async handler(req, reply) {
      const path = new URL(req.url, baseURL).pathname;
      const tooLong = oversizedField(req.body);
      if (tooLong)
        return reply
          .code(400)
          .send({ code: "BAD_REQUEST", message: `${tooLong.field}: ${tooLong.message}`, fieldErrors: { [tooLong.field]: tooLong.message } });
      const weak = passwordChangeProblem(path, req.body, localeFrom(req.headers["accept-language"], "ar"));
      if (weak) return reply.code(400).send({ code: "BAD_REQUEST", message: `newPassword: ${weak}`, fieldErrors: { newPassword: weak } });
      const who = { ip: req.clientAddress, userAgent: req.headers["user-agent"] ?? null };
      const email = path === "/api/auth/sign-in/email" ? emailOf(req.body) : "";
      if (email) {
        const until = await lockedUntil(db, email, req.clientAddress);
        if (until) {
          await recordAudit(db, { action: "sign_in_failed", actorEmail: email, ...who, detail: "account locked" });
          return reply.code(423).send({
            code: "ACCOUNT_LOCKED",
            message: `Too many failed sign-ins to this account from this address; try again after ${until.toISOString()} (each further failure doubles the wait), or ask an admin to reset the password.`,
            lockedUntil: until.toISOString(),
          });
        }
      }
      const before = AUDITED[path] && req.method === "POST" ? await sessionUser(auth, req.headers) : null;
      const res = await auth.handler(toRequest(req, baseURL));
      const text = await res.text();
      if (email) {
        if (res.ok) {
          const userId = (JSON.parse(text) as { user?: { id?: string } }).user?.id ?? null;
          await clearSignInFailures(db, { email, address: req.clientAddress });
          await recordAudit(db, { action: "sign_in", actorUserId: userId, actorEmail: email, ...who });
        } else {
          const lock = res.status === 401 ? await recordSignInFailure(db, { email, address: req.clientAddress }) : null;
          await recordAudit(db, { action: "sign_in_failed", actorEmail: email, ...who, detail: res.status === 429 ? "throttled" : `status ${res.status}` });
          if (lock) await recordAudit(db, { action: "lockout", actorEmail: email, ...who, detail: `locked until ${lock.toISOString()}` });
        }
      } else if (before && res.ok) {
        await recordAudit(db, { action: AUDITED[path]!, actorUserId: before.id, actorEmail: before.email, ...who });
      }
      reply.code(res.status);
      res.headers.forEach((v, k) => {
        if (k !== "set-cookie" && k !== "content-length" && k !== "content-encoding") reply.header(k, v);
      });
      const cookies = res.headers.getSetCookie();
      if (cookies.length) reply.header("set-cookie", cookies);
      return reply.send(text);
    },
  });
}

/**
 * Cross-site request forgery guard for every state-changing request: a POST that carries cookies
 * must come from a trusted origin, and any POST naming an untrusted Origin is refused.
 * A request authenticated by a bearer token alone (no cookies) is not forgeable that way (a browser
 * never attaches the header by itself), so programs may write with a token from anywhere; a request
 * with both a token and cookies is still checked.
 */
export function originCheck(app: FastifyInstance, trusted: Set<string>) {
  app.addHook("onRequest", async (req, reply) => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return;
    if (!req.headers.cookie && bearerSecret(req.headers) !== null) return;
    const origin = req.headers.origin;
    if (origin ? !trusted.has(origin) : !!req.headers.cookie) {
      return reply.code(403).send({ code: "FORBIDDEN_ORIGIN", message: `Origin ${origin ?? "(none)"} may not send state-changing requests here.` });
    }
  });
}

/** The email a sign-in request names, lower-cased; empty when the body has none (the sign-in itself then fails). */
function emailOf(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email.toLowerCase() : "";
}
