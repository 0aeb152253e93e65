import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@waqai/ui/csp";

/**
 * A strict content security policy for the panel: scripts run only with this response's nonce (Next puts
 * it on its own scripts when it reads the policy from the request), nothing is framed, nothing is sent
 * elsewhere. Every page of the panel is rendered per request, so a nonce costs no caching.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy({ scripts: `'nonce-${nonce}' 'strict-dynamic'`, images: "'self' data: blob:" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

// Pages only: the API pass-throughs and Next's static files carry no scripts of ours.
export const config = { matcher: [{ source: "/((?!api/|trpc/|_next/static|_next/image|favicon.ico).*)" }] };
