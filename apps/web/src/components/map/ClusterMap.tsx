"use client";

import { useEffect, useRef } from "react";
import type { GeoJSONSourceSpecification, Map as MapLibreMap, Marker, StyleSpecification } from "maplibre-gl";

interface Cluster {
  lon: number;
  lat: number;
  count: number;
  places: number;
  place?: { id: string; name: { ar: string; en?: string } };
  event?: { id: string; title: { ar: string; en?: string } };
}

export interface ClusterMapText {
  /** Plural forms of "N events", "#" standing for the number (Intl.PluralRules categories). */
  events: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  /** "{events} at {places} places: zoom in" and "{events} at {place}". */
  zoomIn: string;
  atPlace: string;
  placePage: string;
  failed: string;
  capped: string;
  zoomInButton: string;
  zoomOutButton: string;
  /** The canvas's accessible name, and the popup's close button. */
  mapTitle: string;
  close: string;
}

export interface ClusterMapProps {
  locale: "ar" | "en";
  /** The timeline's filters as a query string ("type=air_strike&from=2017"), passed to each clusters request. */
  filterQuery: string;
  /** The view first shown: [west, south, east, north]. */
  initialBounds: [number, number, number, number];
  worldUrl: string;
  workerUrl: string;
  cssUrl: string;
  /** Country names written on the map (HTML, so no glyph server is needed). */
  labels: { name: string; lon: number; lat: number }[];
  text: ClusterMapText;
}

const localized = (t: { ar: string; en?: string }, locale: "ar" | "en") => (locale === "en" && t.en ? t.en : t.ar);
/** A cell's side in degrees at a zoom, as the API computes it (clusterCellSize in @waqai/schema). */
const cellAt = (zoom: number) => 45 / 2 ** Math.floor(zoom);

/**
 * The map of events (issue 12): MapLibre GL over a bundled basemap (no tile server), with the clusters
 * for the view fetched from /api/map-clusters on every move. A cluster is a button: one of several places
 * zooms in, one place (or one event) opens a popup linking to its page. The server-rendered list of places
 * below the map carries the same content for keyboards, screen readers and browsers without JavaScript.
 */
export function ClusterMap(props: ClusterMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const propsRef = useRef(props);
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const { locale, filterQuery, initialBounds, worldUrl, workerUrl, cssUrl, labels, text } = propsRef.current;
    let map: MapLibreMap | undefined;
    let markers: Marker[] = [];
    let cancelled = false;
    let inflight: AbortController | undefined;
    const plural = new Intl.PluralRules(locale);
    const number = new Intl.NumberFormat(locale);
    const eventsText = (n: number) => (text.events[plural.select(n)] ?? text.events.other).replace("#", number.format(n));
    const say = (s: string) => {
      if (status.current) status.current.textContent = s;
    };

    if (!document.querySelector(`link[data-maplibre]`)) {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = cssUrl;
      link.dataset.maplibre = "";
      document.head.appendChild(link);
    }

    void import("maplibre-gl").then((maplibregl) => {
      if (cancelled) return;
      maplibregl.setWorkerUrl(workerUrl);
      const style: StyleSpecification = {
        version: 8,
        sources: { world: { type: "geojson", data: worldUrl } satisfies GeoJSONSourceSpecification },
        layers: [
          { id: "sea", type: "background", paint: { "background-color": "#dfe9ee" } },
          { id: "land", type: "fill", source: "world", paint: { "fill-color": ["case", ["get", "focus"], "#fffdf7", "#f1eee6"] } },
          { id: "borders", type: "line", source: "world", paint: { "line-color": "#a59f92", "line-width": 0.7 } },
          { id: "focus", type: "line", source: "world", filter: ["get", "focus"], paint: { "line-color": "#55514a", "line-width": 1.6 } },
        ],
      };
      map = new maplibregl.Map({
        container: el,
        style,
        bounds: initialBounds,
        maxZoom: 16,
        renderWorldCopies: false,
        attributionControl: false,
        locale: {
          "NavigationControl.ZoomIn": text.zoomInButton,
          "NavigationControl.ZoomOut": text.zoomOutButton,
          "Map.Title": text.mapTitle,
          "Popup.Close": text.close,
        },
      });
      map.addControl(new maplibregl.NavigationControl({ showCompass: false }), locale === "ar" ? "top-left" : "top-right");
      for (const l of labels) {
        const label = document.createElement("span");
        label.className = "map-label";
        label.textContent = l.name;
        label.setAttribute("aria-hidden", "true");
        new maplibregl.Marker({ element: label }).setLngLat([l.lon, l.lat]).addTo(map);
      }
      const popup = new maplibregl.Popup({ closeButton: true, maxWidth: "260px" });

      const show = (clusters: Cluster[]) => {
        for (const m of markers) m.remove();
        const biggest = Math.max(1, ...clusters.map((c) => c.count));
        markers = clusters.map((c) => {
          const button = document.createElement("button");
          button.type = "button";
          button.className = c.places === 1 ? "map-cluster map-cluster--place" : "map-cluster";
          const size = Math.round(22 + 30 * Math.sqrt(c.count / biggest));
          button.style.width = button.style.height = `${size}px`;
          button.textContent = number.format(c.count);
          button.dataset.testid = "map-cluster";
          button.dataset.count = String(c.count);
          const label = c.place
            ? text.atPlace.replace("{events}", eventsText(c.count)).replace("{place}", localized(c.place.name, locale))
            : text.zoomIn.replace("{events}", eventsText(c.count)).replace("{places}", number.format(c.places));
          button.setAttribute("aria-label", label);
          button.title = label;
          button.addEventListener("click", (e) => {
            e.stopPropagation();
            if (!map) return;
            if (!c.place) {
              map.easeTo({ center: [c.lon, c.lat], zoom: Math.min(map.getZoom() + 2, 16) });
              return;
            }
            const box = document.createElement("div");
            box.className = "map-popup";
            box.dir = locale === "ar" ? "rtl" : "ltr";
            const title = document.createElement("p");
            title.className = "map-popup__title";
            title.textContent = `${localized(c.place.name, locale)}: ${eventsText(c.count)}`;
            box.appendChild(title);
            const link = (href: string, words: string) => {
              const a = document.createElement("a");
              a.href = href;
              a.textContent = words;
              a.dataset.testid = "map-popup-link";
              const p = document.createElement("p");
              p.appendChild(a);
              box.appendChild(p);
            };
            const prefix = locale === "ar" ? "" : "/en";
            if (c.event) link(`${prefix}/events/${c.event.id}`, localized(c.event.title, locale));
            link(`${prefix}/places/${c.place.id}`, text.placePage);
            popup.setLngLat([c.lon, c.lat]).setDOMContent(box).addTo(map);
            box.querySelector("a")?.focus();
          });
          return new maplibregl.Marker({ element: button }).setLngLat([c.lon, c.lat]).addTo(map!);
        });
      };

      const load = async () => {
        if (!map) return;
        const zoom = Math.floor(map.getZoom());
        const cell = cellAt(zoom);
        const b = map.getBounds();
        // Rounded out to whole cells: the same view asks the same URL (cached a minute by the browser).
        const snap = (v: number, up: boolean) => (up ? Math.ceil(v / cell) : Math.floor(v / cell)) * cell;
        const clamp = (v: number, lim: number) => Math.max(-lim, Math.min(lim, v));
        let west = clamp(snap(b.getWest(), false), 180);
        let east = clamp(snap(b.getEast(), true), 180);
        if (east - west >= 360 || west > east) [west, east] = [-180, 180];
        const south = clamp(snap(b.getSouth(), false), 90);
        const north = clamp(snap(b.getNorth(), true), 90);
        inflight?.abort();
        const controller = new AbortController();
        inflight = controller;
        el.setAttribute("aria-busy", "true");
        try {
          const q = `bbox=${[west, south, east, north].join(",")}&zoom=${zoom}${filterQuery ? `&${filterQuery}` : ""}`;
          const res = await fetch(`/api/map-clusters?${q}`, { signal: controller.signal });
          if (!res.ok) throw new Error(String(res.status));
          const body = (await res.json()) as { clusters: Cluster[]; total: number; capped: boolean };
          if (controller.signal.aborted) return;
          show(body.clusters);
          el.dataset.loaded = String(body.clusters.length);
          el.dataset.zoom = String(zoom);
          say(body.capped ? text.capped : "");
        } catch (err) {
          if (!controller.signal.aborted) say(`${text.failed} (${String(err)})`);
        } finally {
          if (inflight === controller && map) {
            const m = map;
            el.setAttribute("aria-busy", "false");
            m.once("idle", () => {
              if (!m.isMoving() && inflight === controller) el.dataset.idle = "true";
            });
            m.triggerRepaint();
          }
        }
      };
      map.on("load", () => void load());
      map.on("moveend", () => void load());
      // Drawn and settled with its clusters in (for tests and screenshots): cleared when the view moves again.
      map.on("movestart", () => delete el.dataset.idle);
    });

    return () => {
      cancelled = true;
      inflight?.abort();
      map?.remove();
    };
  }, []);

  return (
    <>
      <div ref={container} className="cluster-map" data-testid="cluster-map" />
      <p ref={status} className="muted cluster-map__status" role="status" />
    </>
  );
}
