import { EVENT_TAXONOMY, type BilingualText, type Quantity } from "@waqai/schema";
import type { Db } from "../client";
import type { ExportActor, ExportEvent, ExportPlace } from "./events";
import { exportEventPages } from "./events";
import type { EventExportFilter, ExportLang } from "./filters";
import type { StreamOptions } from "./pages";

import countries from "i18n-iso-countries";
import { windowDays } from "@waqai/schema";

/** ACLED `time_precision`: 1 day, 2 week, 3 month. Year and unknown have no ACLED code and stay empty. */
const TIME_PRECISION: Record<string, number> = { day: 1, week: 2, month: 3 };
/** ACLED `geo_precision`: 1 the town itself, 2 near it or part of a region, 3 a larger region. */
const GEO_PRECISION: Record<string, number> = { exact: 1, near: 2, region: 3, country: 3 };
/** Which of our place features fill ACLED's admin levels. */
const ADMIN_LEVEL: Record<string, "admin1" | "admin2" | "admin3"> = { governorate: "admin1", district: "admin2", region: "admin3" };

/**
 * ACLED's actor types (the `inter1`/`inter2` codes of its codebook): 1 state forces, 2 rebel groups,
 * 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other
 * forces. A state's forces fighting outside their own country are "external" (Russia's air force in Syria).
 */
function interOf(a: ExportActor | undefined, eventCountry: string | null): number | null {
  if (!a) return null;
  const foreign = !!a.country && !!eventCountry && a.country.toUpperCase() !== eventCountry.toUpperCase();
  switch (a.kind) {
    case "state":
    case "government_body":
    case "armed_forces":
      return foreign ? 8 : 1;
    case "armed_group":
      return 2;
    case "militia":
    case "political_party":
      return 3;
    case "civilians":
      return 7;
    default:
      return 8;
  }
}

/** ACLED's regions by country (ISO alpha-2), for the countries this archive reports on and their neighbours. */
const REGION: Record<string, string> = Object.fromEntries(
  Object.entries({
    "Middle East": ["SY", "IQ", "LB", "JO", "PS", "IL", "YE", "SA", "AE", "QA", "BH", "KW", "OM", "IR", "TR"],
    "Northern Africa": ["LY", "EG", "TN", "DZ", "MA", "SD"],
    "Caucasus and Central Asia": ["AM", "AZ", "GE", "KZ", "KG", "TJ", "TM", "UZ"],
    Europe: ["RU", "UA", "BY", "GB", "FR", "DE", "IT", "ES", "PL", "NL", "BE"],
    "North America": ["US", "CA"],
    "South Asia": ["AF", "PK", "IN", "BD", "LK", "NP"],
  }).flatMap(([region, codes]) => codes.map((c) => [c, region])),
);

/**
 * ACLED's `source_scale` from the outlets of the event's sources: national when an outlet is of the
 * event's country, international when of another, both when both; "Other" when no outlet says where it is from.
 */
function sourceScale(x: ExportEvent, eventCountry: string | null): string | null {
  const scales = new Set<string>();
  for (const d of x.documents.values()) {
    const c = d.outlet?.country;
    if (!d.outlet) continue;
    scales.add(!c || !eventCountry ? "Other" : c.toUpperCase() === eventCountry.toUpperCase() ? "National" : "International");
  }
  if (scales.has("National") && scales.has("International")) return "National-International";
  return scales.has("National") ? "National" : scales.has("International") ? "International" : scales.size ? "Other" : null;
}

/**
 * ACLED-like columns, in ACLED's order where ACLED has the field (event_id_cnty … inter1 … interaction …
 * iso, region … source_scale … fatalities), with ours beside them where it has none: the date's words and
 * window, attributions, PLOVER/CAMEO codes, the event's other places, every figure, grading, the conflict
 * and dyad (UCDP's), citations. `event_id_cnty` is our stable id; `timestamp` the last change (Unix seconds).
 */
export const ACLED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "date_precision",
  "date_words",
  "date_earliest",
  "date_latest",
  "date_window_basis",
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
  "inter1",
  "actor2",
  "actor2_kind",
  "actor2_attribution",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "other_actors",
  "civilian_targeting",
  "iso",
  "region",
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
  "other_locations",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "fatalities_words",
  "fatalities_convention",
  "figures",
  "grading",
  "weapons",
  "conflict_id",
  "dyad_id",
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

/** A figure in words: "killed_or_injured ≥12 «عشرات» [ACLED: 'dozens' = 12 as the lowest figure]". */
function figureText(q: Quantity): string {
  const range =
    q.low !== undefined && q.high !== undefined && q.low !== q.high
      ? `${q.low}–${q.high}`
      : q.low !== undefined && q.high === undefined && q.best === undefined
        ? `≥${q.low}`
        : String(q.best ?? q.low ?? q.high ?? "");
  return [q.kind, range || null, `«${q.words}»`, q.convention ? `[${q.convention}]` : null].filter(Boolean).join(" ");
}

/**
 * Fatalities as ACLED counts them: the sum of the lowest reported number of each "killed" figure (its
 * `low`, else `best`). A vague word with no number adds nothing and is named; a figure that counts the
 * killed and the injured together is never read as deaths, and the convention column says so.
 */
function fatalities(quantities: Quantity[]): { value: number | null; words: string | null; convention: string | null } {
  const killed = quantities.filter((q) => q.kind === "killed");
  const counted = killed.filter((q) => q.low !== undefined || q.best !== undefined);
  const value = counted.length ? counted.reduce((n, q) => n + (q.low ?? q.best ?? 0), 0) : null;
  const notes: string[] = [];
  if (counted.length) notes.push("ACLED: sum of the lowest reported 'killed' figures");
  for (const q of counted) if (q.convention) notes.push(q.convention);
  const vague = killed.filter((q) => q.low === undefined && q.best === undefined);
  if (vague.length) notes.push(`no number for ${vague.map((q) => `«${q.words}»`).join(", ")}`);
  const mixed = quantities.filter((q) => q.kind === "killed_or_injured");
  if (mixed.length) notes.push(`killed and injured counted together (${mixed.map((q) => `«${q.words}»`).join(", ")}) not read as deaths; see figures`);
  return { value, words: killed.map((q) => q.words).join(SEP) || null, convention: notes.join(SEP) || null };
}

/** ACLED's time_precision from the date's own precision, else from the width of the window. */
function timePrecision(e: ExportEvent["event"]): number | null {
  if (e.time.start && TIME_PRECISION[e.time.precision]) return TIME_PRECISION[e.time.precision]!;
  if (!e.time.earliest || !e.time.latest) return null;
  const days = windowDays(e.time.earliest, e.time.latest);
  return days <= 1 ? 1 : days <= 7 ? 2 : days <= 31 ? 3 : null;
}

/**
 * The ACLED-like row of one event. Names in Arabic, or English where translated (`lang: "en"`). Every
 * participant is in a column: initiators are actor1 (and its associates), targets and victims actor2; an
 * event of parties only (an agreement, an evacuation) has its first two parties as actor1 and actor2.
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
  const parties = e.participants.filter((p) => p.role === "party");
  const side1 = initiators.length ? initiators : parties.slice(0, 1);
  const side2 = targets.length ? targets : initiators.length ? parties.slice(0, 1) : parties.slice(1, 2);
  const placed = new Set([...side1, ...side2]);
  const others = e.participants.filter((p) => !placed.has(p));
  const first1 = side1[0];
  const first2 = side2[0];
  const place = x.place ?? x.otherPlaces.find((p) => p.role === "site" || p.role === "origin") ?? null;
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
  const inter1 = first1 ? interOf(x.actors.get(first1.actorId), country.code) : null;
  const inter2 = first2 ? interOf(x.actors.get(first2.actorId), country.code) : null;
  const interaction = inter1 === null ? null : inter2 === null ? inter1 * 10 : Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
  const dead = fatalities(e.quantities);
  const dated = e.time.start ?? e.time.end;
  return {
    event_id_cnty: e.id,
    event_date: dated ?? null,
    // Without a date, the year only when the whole window lies in one.
    year: dated
      ? Number(dated.slice(0, 4))
      : e.time.earliest && e.time.earliest.slice(0, 4) === e.time.latest?.slice(0, 4)
        ? Number(e.time.earliest.slice(0, 4))
        : null,
    time_precision: timePrecision(e),
    date_precision: e.time.precision,
    date_words: e.time.expression ?? null,
    date_earliest: e.time.earliest ?? null,
    date_latest: e.time.latest ?? null,
    date_window_basis: e.time.windowBasis ?? null,
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
      side1
        .slice(1)
        .map((p) => actorName(p.actorId))
        .join(SEP) || null,
    inter1,
    actor2: first2 ? actorName(first2.actorId) : null,
    actor2_kind: first2 ? (x.actors.get(first2.actorId)?.kind ?? null) : null,
    actor2_attribution: first2?.attribution ?? null,
    assoc_actor_2:
      side2
        .slice(1)
        .map((p) => actorName(p.actorId))
        .join(SEP) || null,
    inter2,
    interaction,
    other_actors: others.map((p) => `${actorName(p.actorId)} (${p.role})`).join(SEP) || null,
    civilian_targeting: e.civilianTargeting === "yes" ? "Civilian targeting" : null,
    iso: country.code ? Number(countries.alpha2ToNumeric(country.code.toUpperCase())) || null : null,
    region: country.code ? (REGION[country.code.toUpperCase()] ?? null) : null,
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
    other_locations: x.otherPlaces.map((p) => `${name(p.name)} (${p.role})`).join(SEP) || null,
    source: outlets.join(SEP) || null,
    source_scale: sourceScale(x, country.code),
    notes: e.summary ? name(e.summary) : name(e.title),
    fatalities: dead.value,
    fatalities_words: dead.words,
    fatalities_convention: dead.convention,
    figures: e.quantities.map(figureText).join(SEP) || null,
    grading: e.assessment.grading,
    weapons: e.weapons.join(SEP) || null,
    conflict_id: e.conflictId ?? null,
    dyad_id: e.dyadId ?? null,
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
      // An event at several places (the four towns of an evacuation) is a MultiPoint of its sites and origins.
      const others = x.otherPlaces.filter((p) => p.role !== "subject" && p.point).map((p) => [p.point!.lon, p.point!.lat]);
      const geometry = point
        ? { type: "Point", coordinates: [point.lon, point.lat] }
        : others.length > 1
          ? { type: "MultiPoint", coordinates: others }
          : others.length === 1
            ? { type: "Point", coordinates: others[0] }
            : null;
      const feature = {
        type: "Feature",
        id: x.event.id,
        geometry,
        properties: { ...acledRow(x, opts.lang), title_ar: x.event.title.ar, title_en: x.event.title.en ?? null },
      };
      chunk += `${first ? "\n" : ",\n"}${JSON.stringify(feature)}`;
      first = false;
    }
    yield chunk;
  }
  yield "\n]}\n";
}
