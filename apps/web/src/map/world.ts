import "server-only";
import { createHash } from "node:crypto";
import { feature } from "topojson-client";
import world from "world-atlas/countries-110m.json";
import basemap from "./basemap.json";

const round = (n: number) => Math.round(n * 100) / 100;
type Coords = number[] | Coords[];
const rounded = (c: Coords): Coords => (typeof c[0] === "number" ? (c as number[]).map(round) : (c as Coords[]).map(rounded));

/**
 * The interactive map's base (no tile server, works offline): the world's countries from world-atlas
 * (Natural Earth 1:110m, public domain), with Syria and its neighbours at 1:50m from basemap.json, as one
 * GeoJSON file served at /basemap.geojson. `focus` marks Syria, drawn apart.
 */
function buildWorld() {
  const topo = world as unknown as Parameters<typeof feature>[0] & { objects: { countries: Parameters<typeof feature>[1] } };
  const detailed = new Set(basemap.features.map((f) => String(f.id)));
  const coarse = (
    feature(topo, topo.objects.countries) as unknown as { features: { id?: string | number; geometry: { type: string; coordinates: Coords } }[] }
  ).features.filter((f) => !detailed.has(String(f.id)));
  const features = [
    ...coarse.map((f) => ({ type: "Feature", properties: { focus: false }, geometry: { ...f.geometry, coordinates: rounded(f.geometry.coordinates) } })),
    ...basemap.features.map((f) => ({ type: "Feature", properties: { focus: String(f.id) === "760" }, geometry: f.geometry })),
  ];
  return JSON.stringify({ type: "FeatureCollection", features });
}

export const WORLD_GEOJSON = buildWorld();
/** The file's URL, versioned by its content so it can be cached for good. */
export const WORLD_URL = `/basemap.geojson?v=${createHash("sha256").update(WORLD_GEOJSON).digest("hex").slice(0, 10)}`;
