import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeeds } from "../src/seed/load";
import { reindexSearch, searchRecords } from "../src/search";
import * as t from "../src/tables";
import { makeEvent } from "./factories";
import { openTestDb, SEEDS_DIR, type TestDb } from "./test-db";

let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
  await loadSeeds(tdb.db, SEEDS_DIR);
  await makeEvent(tdb.db, { id: "ev-draft-secret", titleAr: "غارة سرية على دارة عزة لم تنشر", status: "draft" });
  await reindexSearch(tdb.db);
});
afterAll(async () => tdb?.dispose());

const ids = async (q: string, kinds?: ("event" | "place" | "actor" | "document" | "issue" | "dispute")[]) =>
  (await searchRecords(tdb.db, { q, kinds, limit: 50 })).items.map((h) => `${h.kind}:${h.id}`);

// Each row: a variant class, a query written the way a reader might, and a record it must find.
const FINDS: [string, string, string][] = [
  ["hamza on alef (إ written as ا)", "اجلاء المدنيين", "event:ev-four-towns-evacuation"],
  ["ta marbuta written as ha", "غاره جويه", "event:ev-darat-izza-strikes"],
  ["alef maqsura written as ya", "ادني مستوي", "document:doc-000-068320e3f5882409"],
  ["diacritics in the query", "شَكَّلَتْ غِطَاءً", "document:doc-000-068320e3f5882409"],
  ["tatweel", "حلـــب", "place:pl-aleppo"],
  ["clitics و + ب + ال", "وبالغارات الروسية", "event:ev-darat-izza-strikes"],
  ["clitic ل + ال", "للمعارضة", "actor:act-sy-opposition"],
  ["Arabic-Indic digits", "١١ غارة", "event:ev-darat-izza-strikes"],
  ["Persian digits", "۴۸ ساعة", "event:ev-four-towns-evacuation"],
  ["spelling variant الكيميائية / الكيماوية", "الأسلحة الكيميائية", "actor:act-opcw"],
  ["spelling variant الأمريكية / الأميركية", "الخارجية الأمريكية", "actor:act-us-state-dept"],
  ["singular for plural", "معتقل", "event:ev-detainee-agreement"],
  // Sound plurals only: a light stemmer cannot join broken plurals («هجمات» / «هجوم»).
  ["plural for singular", "الغارات الجوية", "event:ev-darat-izza-strikes"],
  ["transliterated place", "Khan Sheikhoun", "event:ev-khan-shaykhun-chemical-attack"],
  ["transliterated place variant", "Foua", "place:pl-fuah"],
  ["English person name", "Lavrov", "event:ev-tillerson-lavrov-call"],
  ["English words", "air strikes Darat Izza", "event:ev-darat-izza-strikes"],
  ["a sidebar issue", "توسع الناتو", "issue:iss-nato-expansion"],
];

describe("search finds seed records across spelling variation", () => {
  it.each(FINDS)("%s: «%s» finds %s", async (_cls, q, expected) => {
    const found = await ids(q);
    expect(found).toContain(expected);
  });
});

describe("search stays precise", () => {
  it.each([["كرة القدم"], ["برشلونة"], ["football"], ["قنبلة نووية في طوكيو"]])("«%s» finds nothing", async (q) => {
    expect(await ids(q)).toEqual([]);
  });

  it("never returns a draft to the public", async () => {
    expect(await ids("غارة سرية")).toEqual([]);
    const editor = await searchRecords(tdb.db, { q: "غارة سرية" }, { statuses: ["draft", "published"] });
    expect(editor.items.map((h) => h.id)).toEqual(["ev-draft-secret"]);
  });

  it("ranks a title match above a passing mention and filters by kind", async () => {
    const hits = await ids("خان شيخون");
    // Records named by the words (the town, the attack, the dispute over its investigation) before passing mentions.
    expect(hits[0]).toMatch(/^(place:pl-khan-shaykhun|event:ev-khan-shaykhun-chemical-attack|dispute:dsp-khan-shaykhun-investigation)$/);
    expect(await ids("خان شيخون", ["place"])).toEqual(["place:pl-khan-shaykhun"]);
  });
});

describe("snippets", () => {
  it("highlight the matched words and map to the document's canonical offsets", async () => {
    const [doc] = await tdb.db.select().from(t.documents);
    const { items } = await searchRecords(tdb.db, { q: "الصواريخ الفراغية", kinds: ["document"] });
    const hit = items[0]!;
    expect(hit.documentId).toBe(doc!.id);
    expect(hit.snippet.highlights.length).toBeGreaterThanOrEqual(2);
    for (const h of hit.snippet.highlights) {
      const inSnippet = hit.snippet.text.slice(h.start, h.end);
      const inDocument = doc!.text.slice(hit.snippet.offset + h.start, hit.snippet.offset + h.end);
      expect(inDocument).toBe(inSnippet);
    }
    const marked = hit.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end));
    expect(marked).toEqual(expect.arrayContaining(["الصواريخ", "الفراغية"]));
  });

  it("pages with a cursor without repeats", async () => {
    const first = await searchRecords(tdb.db, { q: "غارة", limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await searchRecords(tdb.db, { q: "غارة", limit: 2, cursor: first.nextCursor! });
    const a = first.items.map((h) => h.id);
    for (const h of second.items) expect(a).not.toContain(h.id);
  });
});
