import { createHash } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Actor, Citation, Claim, Conflict, Document, Event, Outlet, Place } from "@waqai/schema";
import type { AcledRow, ploverRecord } from "../src/export";
import * as t from "../src/tables";
import { loadSeeds } from "../src/seed/load";
import {
  ACLED_COLUMNS,
  citationsJsonLd,
  datasetJsonl,
  DatasetImportError,
  eventsCsv,
  eventsGeoJson,
  eventsJsonl,
  importDataset,
  readLines,
} from "../src/export";
import { makeActor, makeDocument, makeEvent, makePlace } from "./factories";
import { openTestDb, SEEDS_DIR, type TestDb } from "./test-db";

// On PGlite by default, on a fresh PostgreSQL database when TEST_DATABASE_URL is set.
let source: TestDb;
let target: TestDb;
const BASE = "https://waqai.example/api/v1";

async function collect(gen: AsyncIterable<string>): Promise<string> {
  let s = "";
  for await (const c of gen) s += c;
  return s;
}
/** The items, pulled one at a time through an async iterator, as a stream hands them over. */
function streamOf<T>(items: T[]): AsyncIterable<T> {
  const it = items.values();
  return { [Symbol.asyncIterator]: () => ({ next: () => Promise.resolve(it.next()) }) };
}
/** The lines of a text, as importDataset reads a file. */
const linesOf = (text: string) => streamOf(text.split("\n"));

/** One line of events.jsonl: the PLOVER-like record. */
type PloverLine = ReturnType<typeof ploverRecord>;

/** events.geojson, as far as the tests read it: each feature's properties are the ACLED-like row and both titles. */
interface GeoJsonFeature {
  type: string;
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] } | { type: "MultiPoint"; coordinates: [number, number][] } | null;
  properties: AcledRow & { title_ar: string; title_en: string | null };
}
interface GeoJsonCollection {
  type: string;
  features: GeoJsonFeature[];
}

/** citations.jsonld, as far as the tests read it: Web Annotations as citationAnnotation writes them. */
interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix?: string;
  suffix?: string;
}
interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}
interface Annotation {
  "@context": string;
  id: string;
  type: string;
  motivation: string;
  body: [{ type: string; source: string; purpose: string }, { type: string; value: string; purpose: string }, ...unknown[]];
  target: { source: { id: string }; selector: [TextQuoteSelector, TextPositionSelector] };
}
interface AnnotationCollection {
  "@context": string;
  type: string;
  total: number;
  first: { type: string; items: Annotation[] };
}

/** dataset.jsonl's lines after the header: records (in the domain schemas' shapes, which a test checks), then the end line. */
interface DatasetRecordLine {
  kind: string;
  record: { id?: string; status?: string } & Record<string, unknown>;
}
interface DatasetEndLine {
  kind: string;
  counts: Record<string, number>;
}

/** Every format, as bytes would go over the wire. */
async function exportAll(db: TestDb["db"]) {
  return {
    jsonl: await collect(eventsJsonl(db)),
    csv: await collect(eventsCsv(db, {}, { bom: true })),
    csvEn: await collect(eventsCsv(db, {}, { lang: "en" })),
    geojson: await collect(eventsGeoJson(db)),
    jsonld: await collect(citationsJsonLd(db, {}, { baseUrl: BASE })),
    dataset: await collect(datasetJsonl(db)),
  };
}

/** RFC 4180 reader (quoted fields with "", commas, CR/LF inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  expect(field, "the file ends with CRLF").toBe("");
  return rows;
}

// Fixtures beside the seed: the awkward cases every format must survive, and records that must not be exported.
const TRICKY_TITLE = 'قصف "عنيف"، على حي, الشيخ مقصود\nسطر ثان';
const ASTRAL_TEXT = "قال مصدر 😀 إن غارة أصابت المشفى، وقتلت «عشرات» المدنيين.";
let fx: {
  published: string;
  draftEvent: string;
  retractedEvent: string;
  draftActor: string;
  liveActor: string;
  draftParentPlace: string;
  place: string;
  draftClaimant: string;
  hiddenClaim: string;
  astralDoc: string;
  astralCitation: string;
  draftCitation: string;
};

beforeAll(async () => {
  source = await openTestDb();
  target = await openTestDb();
  await loadSeeds(source.db, SEEDS_DIR);
  const db = source.db;
  const doc = await makeDocument(db, { text: ASTRAL_TEXT, textHash: createHash("sha256").update(ASTRAL_TEXT).digest("hex"), length: ASTRAL_TEXT.length });
  const draftParent = await makePlace(db, { nameAr: "ريف مسودة", feature: "region", status: "draft", lat: null, lon: null });
  const place = await makePlace(db, { parentId: draftParent.id, country: "SY" });
  const liveActor = await makeActor(db, { nameAr: 'جيش "النظام"، السوري', nameEn: "Syrian army, regime" });
  const draftActor = await makeActor(db, { nameAr: "فصيل لم يُنشر", status: "draft" });
  const published = await makeEvent(db, {
    titleAr: TRICKY_TITLE,
    summaryAr: '=HYPERLINK("x") ملخص',
    dateStart: "2017-04-05",
    placeId: place.id,
    tags: ["a,b", 'c"d'],
  });
  await db.insert(t.eventParticipants).values([
    { eventId: published.id, actorId: liveActor.id, role: "initiator", attribution: "alleged", ordinal: 1 },
    { eventId: published.id, actorId: draftActor.id, role: "target", attribution: "declared", ordinal: 2 },
  ]);
  await db.insert(t.eventQuantities).values({
    id: `q-${published.id}`,
    eventId: published.id,
    ordinal: 1,
    kind: "killed",
    words: "عشرات",
    vague: true,
    low: 12,
    convention: "ACLED: dozens = 12",
  });
  const draftEvent = await makeEvent(db, { titleAr: "حدث مسودة", status: "draft", dateStart: "2017-04-06" });
  const retractedEvent = await makeEvent(db, { titleAr: "حدث مسحوب", status: "retracted", dateStart: "2017-04-07" });
  const start = ASTRAL_TEXT.indexOf("غارة");
  const cite = (id: string, over: Partial<typeof t.citations.$inferInsert>) => ({
    id,
    documentId: doc.id,
    documentHash: doc.textHash,
    startOffset: start,
    endOffset: start + 4,
    exact: "غارة",
    prefix: ASTRAL_TEXT.slice(Math.max(0, start - 32), start),
    suffix: ASTRAL_TEXT.slice(start + 4, start + 36),
    role: "evidence",
    targetKind: "event",
    ...over,
  });
  const draftClaimant = await makeActor(db, { nameAr: "مصدر مسودة", kind: "unnamed_source", status: "draft" });
  const hiddenClaim = `cl-hidden-${published.id}`;
  await db.insert(t.claims).values({
    id: hiddenClaim,
    documentId: doc.id,
    claimantId: draftClaimant.id,
    modality: "alleged",
    confidence: "low",
    statementAr: "ادعاء لا يُصدَّر",
    eventId: published.id,
    status: "published",
  });
  await db
    .insert(t.citations)
    .values([
      cite(`cit-astral-${published.id}`, { eventId: published.id }),
      cite(`cit-draft-${draftEvent.id}`, { eventId: draftEvent.id }),
      cite(`cit-retracted-${retractedEvent.id}`, { eventId: retractedEvent.id }),
      cite(`cit-hidden-${published.id}`, { targetKind: "claim", claimId: hiddenClaim, role: "attribution" }),
    ]);
  fx = {
    published: published.id,
    draftEvent: draftEvent.id,
    retractedEvent: retractedEvent.id,
    draftActor: draftActor.id,
    liveActor: liveActor.id,
    draftParentPlace: draftParent.id,
    place: place.id,
    draftClaimant: draftClaimant.id,
    hiddenClaim,
    astralDoc: doc.id,
    astralCitation: `cit-astral-${published.id}`,
    draftCitation: `cit-draft-${draftEvent.id}`,
  };
});

afterAll(async () => {
  await source?.dispose();
  await target?.dispose();
});

let first: Awaited<ReturnType<typeof exportAll>>;

describe("bulk exports of the seeded database", () => {
  it("exports every format", async () => {
    first = await exportAll(source.db);
    for (const [k, v] of Object.entries(first)) expect(v.length, k).toBeGreaterThan(100);
  });

  it("events.jsonl: one PLOVER-like object per line, published events only, unpublished references left out", async () => {
    const lines = first.jsonl.split("\n");
    expect(lines.pop()).toBe("");
    const recs = lines.map((l) => JSON.parse(l) as PloverLine);
    const [{ n }] = (await source.db.select({ n: count() }).from(t.events).where(eq(t.events.status, "published"))) as [{ n: number }];
    expect(recs.length).toBe(n);
    const ids = recs.map((r) => r.event_id);
    expect(ids).not.toContain(fx.draftEvent);
    expect(ids).not.toContain(fx.retractedEvent);
    // Same keys on every line.
    const keys = Object.keys(recs[0]!).join();
    for (const r of recs) expect(Object.keys(r).join()).toBe(keys);

    const chem = recs.find((r) => r.event_id === "ev-khan-shaykhun-chemical-attack")!;
    expect(chem).toMatchObject({
      event_type: "ASSAULT",
      mode: "cbrn",
      waqai_type: "chemical_attack",
      event_date: "2017-04-04",
      date_precision: "day",
      date_basis: "relative",
    });
    expect(chem.codes.cameo!.code).toBe("2041");
    expect(chem.codes.acled!.subEventType).toBe("Chemical weapon");
    expect(chem.location!.admin.map((a: { feature: string }) => a.feature)).toEqual(["governorate", "country"]);
    expect(chem.cite_info.length).toBeGreaterThan(0);
    for (const c of chem.cite_info) expect(c.quote.length).toBe(c.end - c.start);

    const mine = recs.find((r) => r.event_id === fx.published)!;
    expect(mine.title.ar).toBe(TRICKY_TITLE);
    expect(mine.actor).toEqual([expect.objectContaining({ actor_id: fx.liveActor, role: "initiator", attribution: "alleged" })]);
    expect(mine.recipient).toEqual([]); // the draft target is not exported
    expect(mine.location!.admin).toEqual([]); // its draft parent neither
    expect(mine.fatalities).toEqual({ low: 12, best: null, high: null, words: "عشرات", vague: true, convention: "ACLED: dozens = 12" });
    expect(mine.claims).toEqual([]); // the claimant is a draft
    expect(mine.cite_info.map((c: { citation_id: string }) => c.citation_id)).toEqual([fx.astralCitation]);
    expect(first.jsonl).not.toContain(fx.draftActor);
    expect(first.jsonl).not.toContain(fx.hiddenClaim);
  });

  it("events.csv: RFC 4180 with ACLED-like columns, Arabic intact, quoting of commas, quotes and newlines", () => {
    expect(first.csv.startsWith("\uFEFF")).toBe(true);
    expect(first.csvEn.startsWith("\uFEFF")).toBe(false);
    const rows = parseCsv(first.csv.slice(1));
    expect(rows[0]).toEqual([...ACLED_COLUMNS]);
    for (const r of rows) expect(r.length).toBe(ACLED_COLUMNS.length);
    const col = (name: string) => ACLED_COLUMNS.indexOf(name as never);
    const jsonlIds = first.jsonl
      .trim()
      .split("\n")
      .map((l) => (JSON.parse(l) as PloverLine).event_id);
    expect(rows.slice(1).map((r) => r[col("event_id_cnty")])).toEqual(jsonlIds);
    const mine = rows.find((r) => r[col("event_id_cnty")] === fx.published)!;
    expect(mine[col("notes")]).toBe('\'=HYPERLINK("x") ملخص'); // not a formula
    expect(mine[col("actor1")]).toBe('جيش "النظام"، السوري');
    expect(mine[col("actor2")]).toBe("");
    expect(mine[col("fatalities")]).toBe("12");
    expect(mine[col("fatalities_words")]).toBe("عشرات");
    expect(mine[col("tags")]).toBe('a,b; c"d');
    expect(mine[col("time_precision")]).toBe("1");
    expect(mine[col("year")]).toBe("2017");
    expect(first.csv).toContain('"جيش ""النظام""، السوري"');
    const chem = rows.find((r) => r[col("event_id_cnty")] === "ev-khan-shaykhun-chemical-attack")!;
    expect(chem[col("sub_event_type")]).toBe("Chemical weapon");
    expect(chem[col("location")]).toBe("خان شيخون");
    expect(chem[col("admin1")]).toBe("محافظة إدلب");
    expect(chem[col("country")]).toBe("سورية");
    expect(Number(chem[col("latitude")])).toBeCloseTo(35.44, 1);
    const en = parseCsv(first.csvEn);
    expect(en.find((r) => r[col("event_id_cnty")] === "ev-khan-shaykhun-chemical-attack")![col("location")]).toBe("Khan Shaykhun");
    // The title with a newline is in the GeoJSON; the CSV notes of that event carry the summary.
    expect(first.csv).not.toContain(fx.draftEvent);
  });

  it("events.geojson: a valid FeatureCollection, one feature per event, [lon, lat]", () => {
    const fc = JSON.parse(first.geojson) as GeoJsonCollection;
    expect(fc.type).toBe("FeatureCollection");
    const ids = fc.features.map((f: { id: string }) => f.id);
    expect(ids).toEqual(
      first.jsonl
        .trim()
        .split("\n")
        .map((l) => (JSON.parse(l) as PloverLine).event_id),
    );
    for (const f of fc.features) {
      expect(f.type).toBe("Feature");
      expect(Object.keys(f.properties)).toEqual([...ACLED_COLUMNS, "title_ar", "title_en"]);
      if (f.geometry === null) continue;
      // An event at several places with no single site is a MultiPoint of them; otherwise its site's Point.
      const points = f.geometry.type === "Point" ? [f.geometry.coordinates] : f.geometry.coordinates;
      if (f.geometry.type === "MultiPoint") expect(points.length).toBeGreaterThan(1);
      for (const [lon, lat] of points) {
        expect(lon).toBeGreaterThanOrEqual(-180);
        expect(lon).toBeLessThanOrEqual(180);
        expect(lat).toBeGreaterThanOrEqual(-90);
        expect(lat).toBeLessThanOrEqual(90);
      }
      expect(f.properties.longitude).toBe(points[0]![0]);
      expect(f.properties.latitude).toBe(points[0]![1]);
    }
    const mine = fc.features.find((f: { id: string }) => f.id === fx.published)!;
    expect(mine.properties.title_ar).toBe(TRICKY_TITLE);
    expect(mine.geometry!.coordinates).toEqual([36.8519, 36.2828]);
  });

  it("citations.jsonld: Web Annotations whose selectors match the document text exactly", async () => {
    const coll = JSON.parse(first.jsonld) as AnnotationCollection;
    expect(coll["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(coll.type).toBe("AnnotationCollection");
    expect(coll.first.type).toBe("AnnotationPage");
    const items = coll.first.items;
    expect(items.length).toBe(coll.total);
    const ids = items.map((a) => a.id.split("/").pop());
    expect(ids).toContain(fx.astralCitation);
    expect(ids).not.toContain(fx.draftCitation);
    expect(ids).not.toContain(`cit-retracted-${fx.retractedEvent}`);
    expect(ids).not.toContain(`cit-hidden-${fx.published}`);
    const texts = new Map<string, string>();
    for (const d of await source.db.select({ id: t.documents.id, text: t.documents.text }).from(t.documents)) texts.set(d.id, d.text);
    for (const a of items) {
      expect(a["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
      expect(a.type).toBe("Annotation");
      expect(["describing", "identifying"]).toContain(a.motivation);
      expect(a.body[0]).toMatchObject({ type: "SpecificResource", purpose: a.motivation });
      expect(a.body[0].source).toMatch(new RegExp(`^${BASE}/(events|claims|positions|disputes|issues|actors|places|documents|conflicts)/`));
      expect(a.body[1]).toMatchObject({ type: "TextualBody", purpose: "tagging" });
      // The target is the document's plain text (GET .../documents/<id>/text answers text/plain).
      expect(a.target.source.id).toMatch(new RegExp(`^${BASE}/documents/[^/]+/text$`));
      const docId = a.target.source.id.split("/").at(-2)!;
      const text = texts.get(docId)!;
      const quote = a.target.selector.find((s): s is TextQuoteSelector => s.type === "TextQuoteSelector")!;
      const pos = a.target.selector.find((s): s is TextPositionSelector => s.type === "TextPositionSelector")!;
      // TextPositionSelector counts code points.
      const cps = [...text];
      expect(cps.slice(pos.start, pos.end).join("")).toBe(quote.exact);
      if (quote.prefix) expect(cps.slice(0, pos.start).join("").endsWith(quote.prefix)).toBe(true);
      if (quote.suffix) expect(cps.slice(pos.end).join("").startsWith(quote.suffix)).toBe(true);
    }
    // After the emoji, code points and UTF-16 units differ by one.
    const astral = items.find((a) => a.id.endsWith(fx.astralCitation))!;
    const pos = astral.target.selector[1];
    expect(pos.start).toBe(ASTRAL_TEXT.indexOf("غارة") - 1);
  });

  it("dataset.jsonl: every exported record in the domain schemas, sorted by id within each kind, unpublished ones absent", () => {
    const lines = first.dataset
      .trim()
      .split("\n")
      .map((l): unknown => JSON.parse(l));
    expect(lines[0]).toEqual({ format: "waqai-dataset", version: 2, scope: ["published"] });
    const end = lines.at(-1) as DatasetEndLine;
    expect(end.kind).toBe("end");
    const recs = lines.slice(1, -1) as DatasetRecordLine[];
    const kinds = [...new Set(recs.map((r) => r.kind))];
    expect(kinds).toEqual(["outlet", "document", "place", "actor", "conflict", "event", "dispute", "issue", "position", "claim", "eventIssueLink", "citation"]);
    for (const k of kinds) expect(end.counts[k]).toBe(recs.filter((r) => r.kind === k).length);
    const schemas: Record<string, { safeParse(v: unknown): { success: boolean } }> = {
      outlet: Outlet,
      document: Document,
      place: Place,
      actor: Actor,
      conflict: Conflict,
      event: Event,
      claim: Claim,
      citation: Citation,
    };
    for (const r of recs) {
      if (schemas[r.kind]) expect(schemas[r.kind]!.safeParse(r.record).success, `${r.kind} ${r.record.id}`).toBe(true);
      if (r.record.status) expect(r.record.status).toBe("published");
    }
    const ids = recs.map((r) => r.record.id).filter(Boolean);
    for (const id of [fx.draftEvent, fx.retractedEvent, fx.draftActor, fx.draftParentPlace, fx.draftClaimant, fx.hiddenClaim, fx.draftCitation])
      expect(ids).not.toContain(id);
    const place = recs.find((r) => r.record.id === fx.place)!.record;
    expect(place.parentId).toBeUndefined();
    const ev = recs.find((r) => r.record.id === fx.published)!.record as Event;
    expect(ev.participants.map((p: { actorId: string }) => p.actorId)).toEqual([fx.liveActor]);
    const doc = recs.find((r) => r.record.id === fx.astralDoc)!.record;
    expect(doc.text).toBe(ASTRAL_TEXT);
  });
});

describe("round trip: export -> import into an empty database -> export", () => {
  it("imports the dataset and exports byte-identical files in every format", async () => {
    const progress: number[] = [];
    const result = await importDataset(target.db, {
      lines: linesOf(first.dataset),
      source: "test",
      progressEvery: 50,
      onProgress: (p) => progress.push(p.line),
    });
    expect(result.counts.event).toBeGreaterThan(10);
    expect(progress.length).toBeGreaterThan(2);
    const second = await exportAll(target.db);
    for (const k of Object.keys(first) as (keyof typeof first)[]) expect(second[k] === first[k], `${k} is byte-identical`).toBe(true);
    // The imported records keep their versions and timestamps, and start a revision history.
    const [rev] = await target.db.select({ n: count() }).from(t.revisions).where(eq(t.revisions.author, "import"));
    expect(rev?.n).toBeGreaterThan(result.counts.event);
    // And the search index was rebuilt for them.
    const [idx] = await target.db.select({ n: count() }).from(t.searchEntries);
    expect(idx?.n).toBeGreaterThan(0);
  });

  it("refuses a database that is not empty, writing nothing", async () => {
    const before = await target.db.select({ n: count() }).from(t.events);
    await expect(importDataset(target.db, { lines: linesOf(first.dataset) })).rejects.toThrow(/not empty/);
    expect(await target.db.select({ n: count() }).from(t.events)).toEqual(before);
  });

  it("names the line, the record and the field of bad input, and leaves the database empty", async () => {
    const empty = await openTestDb();
    try {
      const lines = first.dataset.trim().split("\n");
      const at = lines.findIndex((l) => l.includes(`"id":"${fx.published}"`) && l.startsWith('{"kind":"event"'));
      // The event's record as raw JSON, so a test can write into it what no Event may hold.
      type RawEvent = { type: string; participants: { actorId: string }[] };
      const bad = (mutate: (rec: RawEvent) => void) => {
        const copy = [...lines];
        const obj = JSON.parse(copy[at]!) as { record: RawEvent };
        mutate(obj.record);
        copy[at] = JSON.stringify(obj);
        return copy.join("\n");
      };
      const attempt = async (text: string) => {
        const err = await importDataset(empty.db, { lines: linesOf(text) }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(DatasetImportError);
        const [n] = await empty.db.select({ n: count() }).from(t.documents);
        expect(n?.n, "nothing half-written").toBe(0);
        return err as DatasetImportError;
      };
      const wrongType = await attempt(bad((r) => (r.type = "picnic")));
      expect(wrongType.line).toBe(at + 1);
      expect(wrongType.message).toContain(`event ${fx.published}`);
      expect(wrongType.field).toBe("type");

      const danglingActor = await attempt(bad((r) => (r.participants[0]!.actorId = "act-nobody")));
      expect(danglingActor.message).toMatch(new RegExp(`line ${at + 1} \\(event ${fx.published}\\), field participants: .*cannot be stored`));

      const citLine = lines.findIndex((l) => l.includes(`"id":"${fx.astralCitation}"`));
      const copy = [...lines];
      copy[citLine] = copy[citLine]!.replace('"exact":"غارة"', '"exact":"غارا"');
      const quote = await attempt(copy.join("\n"));
      expect(quote.message).toContain(`line ${citLine + 1} (citation ${fx.astralCitation}), field exact`);

      const truncated = await attempt(lines.slice(0, -1).join("\n"));
      expect(truncated.message).toMatch(/truncated/);
    } finally {
      await empty.dispose();
    }
  });
});

describe("filters", () => {
  it("type, place, actor, dates and updatedSince narrow the events", async () => {
    const ids = async (f: Parameters<typeof eventsJsonl>[1]) =>
      (await collect(eventsJsonl(source.db, f)))
        .trim()
        .split("\n")
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as PloverLine).event_id);
    expect(await ids({ type: "chemical_attack" })).toEqual(["ev-khan-shaykhun-chemical-attack"]);
    expect(await ids({ placeId: fx.place })).toEqual([fx.published]);
    expect(await ids({ actorId: fx.liveActor })).toEqual([fx.published]);
    expect(await ids({ actorId: fx.draftActor })).toEqual([fx.published]); // the filter matches; the draft stays out of the record
    const april5 = await ids({ from: "2017-04-05", to: "2017-04-05" });
    expect(april5).toContain(fx.published);
    expect(await ids({ updatedSince: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
    await source.db
      .update(t.events)
      .set({ updatedAt: new Date(Date.now() + 120_000) })
      .where(eq(t.events.id, fx.published));
    expect(await ids({ updatedSince: new Date(Date.now() + 60_000).toISOString() })).toEqual([fx.published]);
    const cites = JSON.parse(
      await collect(citationsJsonLd(source.db, { updatedSince: new Date(Date.now() + 60_000).toISOString() }, { baseUrl: BASE })),
    ) as AnnotationCollection;
    expect(cites.first.items.map((a: { id: string }) => a.id.split("/").pop())).toEqual([fx.astralCitation]);
  });
});

describe("readLines", () => {
  it("splits a byte stream into lines across chunk boundaries, inside multi-byte letters too", async () => {
    const bytes = Buffer.from('{"a":"حلب"}\r\n{"b":"إدلب"}\n\nlast', "utf8");
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 3) chunks.push(bytes.subarray(i, i + 3));
    const out: string[] = [];
    for await (const l of readLines(streamOf(chunks))) out.push(l);
    expect(out).toEqual(['{"a":"حلب"}\r', '{"b":"إدلب"}', "", "last"]);
  });
});
