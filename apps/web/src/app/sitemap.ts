import type { MetadataRoute } from "next";
import { allActors, allDisputes, allEvents, allPlaces, pageThrough } from "@/lib/data";
import { api } from "@/lib/api";
import { siteUrl } from "@/lib/site";

// Built per request (the API is not up at build time); the API answers behind it are cached.
export const dynamic = "force-dynamic";

/** Every published page in both languages (Arabic unprefixed, English under /en). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteUrl();
  const [events, disputes, actors, places, documents] = await Promise.all([
    allEvents("{}", 20_000),
    allDisputes(),
    allActors(),
    allPlaces(),
    pageThrough((cursor) => api().documents.list.query({ limit: 100, cursor })).then((r) => r.items),
  ]);
  const paths = [
    "/",
    "/disputes",
    "/map",
    ...events.items.map((e) => `/events/${e.id}`),
    ...disputes.map((d) => `/disputes/${d.id}`),
    ...actors.map((a) => `/actors/${a.id}`),
    ...places.map((p) => `/places/${p.id}`),
    ...documents.map((d) => `/sources/${d.id}`),
  ];
  return paths.map((p) => ({
    url: `${origin}${p}`,
    alternates: { languages: { ar: `${origin}${p}`, en: `${origin}/en${p === "/" ? "" : p}` } },
  }));
}
