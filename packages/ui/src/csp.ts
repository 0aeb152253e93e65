/**
 * The content security policy both sites send: everything from this origin only, nothing framed, nothing
 * posted elsewhere. The sites differ only in how Next's own inline scripts are let through (`scripts`) and
 * in what images may come from (`images`); in development, React's debugging needs eval as well.
 */
export function contentSecurityPolicy({ scripts, images = "'self' data:" }: { scripts: string; images?: string }): string {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts}${dev ? " 'unsafe-eval'" : ""}`,
    // React's style attributes (the admin workspace's underline bands) need inline styles; no script can come of them.
    "style-src 'self' 'unsafe-inline'",
    `img-src ${images}`,
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}
