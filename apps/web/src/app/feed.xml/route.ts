import { feedResponse } from "@/lib/feed";

// Built per request (the API is not up at build time); the API answers behind it are cached.
export const dynamic = "force-dynamic";

/** The Arabic Atom feed (the English one is /en/feed.xml). */
export function GET(request: Request) {
  return feedResponse(request, "ar");
}
