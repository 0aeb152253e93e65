import basemap from "./basemap.json";

type Ring = number[][];
interface BaseFeature {
  id: string;
  properties: { name: { ar: string; en: string } };
  geometry: { coordinates: Ring[][] };
}

const [WEST, SOUTH, EAST, NORTH] = basemap.bbox as [number, number, number, number];
// Equirectangular, with longitudes shrunk by cos(mid-latitude) so shapes are not stretched at 35°N.
const K = Math.cos((((SOUTH + NORTH) / 2) * Math.PI) / 180);
export const WIDTH = 1000;
export const HEIGHT = Math.round((WIDTH * (NORTH - SOUTH)) / ((EAST - WEST) * K));

export function project(lon: number, lat: number): [number, number] {
  const x = ((lon - WEST) / (EAST - WEST)) * WIDTH;
  const y = ((NORTH - lat) / (NORTH - SOUTH)) * HEIGHT;
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

export function inFrame(lon: number, lat: number): boolean {
  return lon >= WEST && lon <= EAST && lat >= SOUTH && lat <= NORTH;
}

function ringPath(ring: Ring): string {
  return ring.map(([lon, lat], i) => `${i ? "L" : "M"}${project(lon!, lat!).join(",")}`).join("") + "Z";
}

/** Country outlines as SVG path data, computed once per server process. */
export const COUNTRY_PATHS = (basemap.features as BaseFeature[]).map((f) => ({
  id: f.id,
  name: f.properties.name,
  d: f.geometry.coordinates.map((poly) => poly.map(ringPath).join("")).join(""),
}));

/** Where to write each country's name (hand-placed: centroids of clipped shapes land in odd spots). */
export const COUNTRY_LABELS: Record<string, [number, number]> = {
  "760": [38.9, 35.0],
  "792": [37.0, 37.6],
  "422": [35.75, 33.95],
  "400": [37.2, 31.6],
  "368": [42.2, 33.6],
  "196": [34.6, 35.15],
};
