import { EVENT_TAXONOMY } from "@waqai/schema";
import type { EventListItem, Place } from "./api";

type Names = { actor: (id: string) => string; place: (id: string) => Place | undefined };

const TIME_PRECISION = { day: "1", week: "2", month: "3" } as Record<string, string>;
const GEO_PRECISION = { exact: "1", near: "2", region: "3", country: "3" } as Record<string, string>;

/** ACLED-like columns; ours where ACLED has none (precision words, grading, the permalink). */
export const CSV_COLUMNS = [
  "event_id",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "cameo_code",
  "actor1",
  "assoc_actor_1",
  "actor2",
  "civilian_targeting",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "fatalities",
  "fatalities_words",
  "grading",
  "notes",
  "url",
] as const;

const csvCell = (v: string | number | undefined) => {
  const s = v === undefined ? "" : String(v);
  // Quote when needed; a text starting with =,+,-,@ is neutralised so spreadsheets do not run it as a
  // formula. Numbers are data (a western longitude is negative) and stay as they are.
  const safe = typeof v === "string" && /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function eventRow(e: EventListItem, names: Names, origin: string): Record<(typeof CSV_COLUMNS)[number], string | number | undefined> {
  const info = EVENT_TAXONOMY[e.type];
  const initiators = e.participants.filter((p) => p.role === "initiator").map((p) => names.actor(p.actorId));
  const targets = e.participants.filter((p) => p.role === "target" || p.role === "victim").map((p) => names.actor(p.actorId));
  const others = e.participants.filter((p) => !["initiator", "target", "victim"].includes(p.role)).map((p) => names.actor(p.actorId));
  // ACLED records the lowest reported figure; we leave it empty rather than invent one.
  const killed = e.quantities.find((q) => q.kind === "killed");
  const place = e.placeId ? names.place(e.placeId) : undefined;
  return {
    event_id: e.id,
    event_date: e.time.start ?? "",
    year: e.time.start?.slice(0, 4),
    time_precision: TIME_PRECISION[e.time.precision] ?? "",
    disorder_type: info.acled?.disorderType,
    event_type: info.acled?.eventType,
    sub_event_type: info.acled?.subEventType,
    cameo_code: info.cameo?.code,
    actor1: initiators[0],
    assoc_actor_1: [...initiators.slice(1), ...others].join("; "),
    actor2: targets.join("; "),
    civilian_targeting: e.civilianTargeting === "yes" ? "Civilian targeting" : "",
    location: e.place?.name.ar,
    latitude: place?.point?.lat,
    longitude: place?.point?.lon,
    geo_precision: GEO_PRECISION[e.locationPrecision] ?? "",
    fatalities: killed?.low ?? killed?.best,
    fatalities_words: killed?.words,
    grading: e.assessment.grading,
    notes: e.summary?.ar ?? e.title.ar,
    url: `${origin}/events/${e.id}`,
  };
}

export function toCsv(events: EventListItem[], names: Names, origin: string): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const e of events) {
    const row = eventRow(e, names, origin);
    lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(","));
  }
  // A BOM so spreadsheet programs read the Arabic as UTF-8.
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export function toGeoJson(events: EventListItem[], names: Names, origin: string) {
  return {
    type: "FeatureCollection" as const,
    features: events.flatMap((e) => {
      const point = e.placeId ? names.place(e.placeId)?.point : undefined;
      if (!point) return [];
      return [
        {
          type: "Feature" as const,
          id: e.id,
          geometry: { type: "Point" as const, coordinates: [point.lon, point.lat] },
          properties: { ...eventRow(e, names, origin), title_ar: e.title.ar, title_en: e.title.en ?? null },
        },
      ];
    }),
  };
}
