import { NextResponse, type NextRequest } from "next/server";

/**
 * A strict content security policy for the panel: scripts run only with this response's nonce (Next puts
 * it on its own scripts when it reads the policy from the request), nothing is framed, nothing is sent
 * elsewhere. Every page of the panel is rendered per request, so a nonce costs no caching.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const dev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React's style attributes (the workspace's underline bands) need inline styles; no script can come of them.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

// Pages only: the API pass-throughs and Next's static files carry no scripts of ours.
export const config = { matcher: [{ source: "/((?!api/|trpc/|_next/static|_next/image|favicon.ico).*)" }] };
