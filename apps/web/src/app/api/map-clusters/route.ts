import { EventClustersInput } from "@waqai/schema";
import { apiUrl } from "@/lib/api";
import { parseFilter } from "@/lib/filters";

/**
 * The map's clusters for a view, for the map in the browser: /api/map-clusters?bbox=w,s,e,n&zoom=6 plus
 * the timeline's filters as the home page reads them (type, actor, place, from, to…). Passed to the API's
 * events.clusters REST route; the browser keeps an answer a minute (the map rounds views to whole cells,
 * so a pan back asks the same URL).
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const bbox = (url.searchParams.get("bbox") ?? "").split(",").map(Number);
  const zoom = Number(url.searchParams.get("zoom"));
  const view = EventClustersInput.pick({ bbox: true, zoom: true }).safeParse({ bbox, zoom });
  if (!view.success) return Response.json({ message: "bbox=west,south,east,north and zoom are required" }, { status: 400 });
  const filter = parseFilter(Object.fromEntries(url.searchParams));
  const query = new URLSearchParams();
  for (const b of view.data.bbox) query.append("bbox", String(b));
  query.set("zoom", String(view.data.zoom));
  for (const [key, value] of Object.entries(filter)) if (value) query.set(key, String(value));
  const upstream = await fetch(`${apiUrl()}/api/v1/event-clusters?${query}`, { cache: "no-store" });
  return new Response(upstream.body, {
    status: upstream.status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": upstream.ok ? "public, max-age=60" : "no-store" },
  });
}
