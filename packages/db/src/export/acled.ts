import { EVENT_TAXONOMY, type BilingualText } from "@waqai/schema";
import type { Db } from "../client";
import type { ExportEvent, ExportPlace } from "./events";
import { exportEventPages } from "./events";
import type { EventExportFilter, ExportLang } from "./filters";
import type { StreamOptions } from "./pages";

/** ACLED `time_precision`: 1 day, 2 week, 3 month. Year and unknown have no ACLED code and stay empty. */
const TIME_PRECISION: Record<string, number> = { day: 1, week: 2, month: 3 };
/** ACLED `geo_precision`: 1 the town itself, 2 near it or part of a region, 3 a larger region. */
const GEO_PRECISION: Record<string, number> = { exact: 1, near: 2, region: 3, country: 3 };
/** Which of our place features fill ACLED's admin levels. */
const ADMIN_LEVEL: Record<string, "admin1" | "admin2" | "admin3"> = { governorate: "admin1", district: "admin2", region: "admin3" };

/**
 * ACLED-like columns, in this order. ACLED's own names where ACLED has the field; ours (date_words,
 * attributions, PLOVER/CAMEO codes, grading, citations) where it has none. `event_id_cnty` is our
 * stable id; `timestamp` is the last change (Unix seconds), for incremental sync with `updatedSince`.
 */
export const ACLED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "date_precision",
  "date_words",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "waqai_event_type",
  "cameo_code",
  "plover_category",
  "plover_mode",
  "plover_context",
  "actor1",
  "actor1_kind",
  "actor1_attribution",
  "assoc_actor_1",
  "actor2",
  "actor2_kind",
  "actor2_attribution",
  "assoc_actor_2",
  "other_actors",
  "civilian_targeting",
  "country_code",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "location_precision",
  "source",
  "notes",
  "fatalities",
  "fatalities_words",
  "grading",
  "weapons",
  "tags",
  "citations",
  "timestamp",
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];
export type AcledRow = Record<AcledColumn, string | number | null>;

const SEP = "; ";

function countryOf(place: ExportPlace | null, name: (t: BilingualText) => string): { code: string | null; name: string | null } {
  if (!place) return { code: null, name: null };
  const level = [place, ...place.ancestors].find((p) => p.feature === "country");
  return { code: place.country ?? null, name: level ? name(level.name) : null };
}

/**
 * The ACLED-like row of one event. Names in Arabic, or English where translated (`lang: "en"`).
 * fatalities is ACLED's convention, the lowest reported figure (`low`, else `best`) of the first
 * "killed" figure; a vague word with no number leaves it empty and the words in fatalities_words.
 */
export function acledRow(x: ExportEvent, lang: ExportLang = "ar"): AcledRow {
  const e = x.event;
  const info = EVENT_TAXONOMY[e.type];
  const name = (t: BilingualText) => (lang === "en" ? (t.en ?? t.ar) : t.ar);
  const actorName = (id: string) => {
    const a = x.actors.get(id);
    return a ? name(a.name) : id;
  };
  const initiators = e.participants.filter((p) => p.role === "initiator");
  const targets = e.participants.filter((p) => p.role === "target" || p.role === "victim");
  const others = e.participants.filter((p) => p.role !== "initiator" && p.role !== "target" && p.role !== "victim");
  const first1 = initiators[0];
  const first2 = targets[0];
  const killed = e.quantities.find((q) => q.kind === "killed");
  const place = x.place;
  const admin: Record<string, string | null> = { admin1: null, admin2: null, admin3: null };
  for (const level of place ? [place, ...place.ancestors].slice(1) : []) {
    const col = ADMIN_LEVEL[level.feature];
    if (col && admin[col] === null) admin[col] = name(level.name);
  }
  const country = countryOf(place, name);
  const outlets: string[] = [];
  for (const c of x.citations) {
    const o = x.documents.get(c.documentId)?.outlet;
    if (o && !outlets.includes(name(o.name))) outlets.push(name(o.name));
  }
  const dated = e.time.start ?? e.time.end;
  return {
    event_id_cnty: e.id,
    event_date: dated ?? null,
    year: dated ? Number(dated.slice(0, 4)) : null,
    time_precision: TIME_PRECISION[e.time.precision] ?? null,
    date_precision: e.time.precision,
    date_words: e.time.expression ?? null,
    disorder_type: info.acled?.disorderType ?? null,
    event_type: info.acled?.eventType ?? null,
    sub_event_type: info.acled?.subEventType ?? null,
    waqai_event_type: e.type,
    cameo_code: info.cameo?.code ?? null,
    plover_category: info.plover?.category ?? null,
    plover_mode: info.plover?.mode ?? null,
    plover_context: info.plover?.context ?? null,
    actor1: first1 ? actorName(first1.actorId) : null,
    actor1_kind: first1 ? (x.actors.get(first1.actorId)?.kind ?? null) : null,
    actor1_attribution: first1?.attribution ?? null,
    assoc_actor_1:
      initiators
        .slice(1)
        .map((p) => actorName(p.actorId))
        .join(SEP) || null,
    actor2: first2 ? actorName(first2.actorId) : null,
    actor2_kind: first2 ? (x.actors.get(first2.actorId)?.kind ?? null) : null,
    actor2_attribution: first2?.attribution ?? null,
    assoc_actor_2:
      targets
        .slice(1)
        .map((p) => actorName(p.actorId))
        .join(SEP) || null,
    other_actors: others.map((p) => `${actorName(p.actorId)} (${p.role})`).join(SEP) || null,
    civilian_targeting: e.civilianTargeting === "yes" ? "Civilian targeting" : null,
    country_code: country.code,
    country: country.name,
    admin1: admin.admin1 ?? null,
    admin2: admin.admin2 ?? null,
    admin3: admin.admin3 ?? null,
    location: place ? name(place.name) : null,
    latitude: place?.point?.lat ?? null,
    longitude: place?.point?.lon ?? null,
    geo_precision: GEO_PRECISION[e.locationPrecision] ?? null,
    location_precision: e.locationPrecision,
    source: outlets.join(SEP) || null,
    notes: e.summary ? name(e.summary) : name(e.title),
    fatalities: killed ? (killed.low ?? killed.best ?? null) : null,
    fatalities_words: killed?.words ?? null,
    grading: e.assessment.grading,
    weapons: e.weapons.join(SEP) || null,
    tags: e.tags.join(SEP) || null,
    citations: x.citations.map((c) => c.id).join(SEP) || null,
    timestamp: Math.floor(Date.parse(e.updatedAt) / 1000),
  };
}

/**
 * One RFC 4180 field: quoted when it holds a comma, a double quote, CR or LF (quotes doubled). A text
 * starting with = + - @ (or a tab or CR) gets a leading apostrophe so spreadsheets do not run it as a
 * formula; numbers are written as they are.
 */
export function csvField(v: string | number | null): string {
  if (v === null) return "";
  if (typeof v === "number") return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (fields: (string | number | null)[]) => `${fields.map(csvField).join(",")}\r\n`;

export interface CsvOptions extends StreamOptions {
  lang?: ExportLang;
  /** Start with a UTF-8 byte order mark, so Excel reads the Arabic as UTF-8. */
  bom?: boolean;
}

/** events.csv: a header line, then one CRLF-terminated record per event, one chunk per page. */
export async function* eventsCsv(db: Db, filter: EventExportFilter = {}, opts: CsvOptions = {}): AsyncGenerator<string> {
  yield `${opts.bom ? "\uFEFF" : ""}${csvLine([...ACLED_COLUMNS])}`;
  for await (const page of exportEventPages(db, filter, opts)) {
    yield page
      .map((x) => {
        const row = acledRow(x, opts.lang);
        return csvLine(ACLED_COLUMNS.map((c) => row[c]));
      })
      .join("");
  }
}

/**
 * events.geojson: an RFC 7946 FeatureCollection written feature by feature. Each feature's properties are
 * the ACLED-like row plus both titles; an event whose place has no point has `"geometry": null` (an
 * unlocated feature, which RFC 7946 allows) rather than being dropped.
 */
export async function* eventsGeoJson(db: Db, filter: EventExportFilter = {}, opts: CsvOptions = {}): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const page of exportEventPages(db, filter, opts)) {
    let chunk = "";
    for (const x of page) {
      const point = x.place?.point;
      const feature = {
        type: "Feature",
        id: x.event.id,
        geometry: point ? { type: "Point", coordinates: [point.lon, point.lat] } : null,
        properties: { ...acledRow(x, opts.lang), title_ar: x.event.title.ar, title_en: x.event.title.en ?? null },
      };
      chunk += `${first ? "\n" : ",\n"}${JSON.stringify(feature)}`;
      first = false;
    }
    yield chunk;
  }
  yield "\n]}\n";
}
