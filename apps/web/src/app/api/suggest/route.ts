import { SuggestInput } from "@waqai/schema";
import { api, errorCode } from "@/lib/api";

/**
 * GET /api/suggest?kind=actor&q=…: the filter boxes' suggestions, from the API's bounded suggest
 * (same origin, so the reader's policy allows it; cached per query like every API read).
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const input = SuggestInput.safeParse({ kind: url.searchParams.get("kind"), q: url.searchParams.get("q") ?? "", limit: 8 });
  if (!input.success) return Response.json({ items: [] }, { status: 400 });
  try {
    const found = await api().records.suggest.query(input.data);
    return Response.json(found, { headers: { "cache-control": "public, max-age=60" } });
  } catch (err) {
    return Response.json({ items: [], error: errorCode(err) ?? "unavailable" }, { status: 502 });
  }
}
