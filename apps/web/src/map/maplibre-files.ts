import "server-only";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * MapLibre's worker and stylesheet, served from this origin (the pages' Content-Security-Policy allows
 * scripts and styles from 'self' only: no blob: worker, nothing from a CDN) and read when the site is built.
 */
const dist = (file: string) => readFileSync(path.join(process.cwd(), "node_modules/maplibre-gl/dist", file), "utf8");

export const maplibreFile = (name: "maplibre-gl-worker.mjs" | "maplibre-gl.css") => {
  const body = dist(name);
  return { body, url: `/${name}?v=${createHash("sha256").update(body).digest("hex").slice(0, 10)}` };
};
