import { allActors, allEvents, allPlaces } from "@/lib/data";
import { toCsv, toGeoJson } from "@/lib/exports";
import { parseFilter } from "@/lib/filters";
import { siteUrl } from "@/lib/site";

const TYPES = {
  "events.csv": "text/csv; charset=utf-8",
  "events.json": "application/json; charset=utf-8",
  "events.geojson": "application/geo+json; charset=utf-8",
} as const;

/** The home page's current filter, downloaded: /export/events.csv?type=air_strike&from=2017-04 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!(file in TYPES)) return new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  const filter = parseFilter(Object.fromEntries(url.searchParams));
  const [events, actors, places] = await Promise.all([allEvents(JSON.stringify(filter), 10_000), allActors(), allPlaces()]);
  const actorName = new Map(actors.map((a) => [a.id, a.name.ar]));
  const placeById = new Map(places.map((p) => [p.id, p]));
  const names = { actor: (id: string) => actorName.get(id) ?? id, place: (id: string) => placeById.get(id) };
  const origin = siteUrl();
  const body =
    file === "events.csv"
      ? toCsv(events.items, names, origin)
      : JSON.stringify(file === "events.json" ? { filter, truncated: events.capped, events: events.items } : toGeoJson(events.items, names, origin));
  return new Response(body, {
    headers: {
      "content-type": TYPES[file as keyof typeof TYPES],
      "content-disposition": `attachment; filename="waqai-${file}"`,
      "cache-control": "public, max-age=60",
    },
  });
}
