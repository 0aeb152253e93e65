import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@waqai/schema";
import { appRouter, createCallerFactory, createContext } from "../src";
import { openTestDb, type TestDb } from "../../db/test/test-db";
import { trpcError } from "./trpc-error";

let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
});
afterAll(async () => tdb?.dispose());

const as = (role: Role) =>
  createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind, locale: "en", user: { id: `u-${role}`, email: `${role}@example.org`, role } }));
const editor = () => as("editor");
const ARTICLE = "شنت الطائرات الروسية أمس عشرات الغارات الجوية على مدينة دارة عزة في ريف حلب الغربي، وقتل سبعة مدنيين بحسب مصادر محلية.";

describe("pickers", () => {
  it("find records by Arabic-normalized name, variant or prefix, drafts included; and gazetteer places not yet records", async () => {
    const place = await editor().edit.place.create({ feature: "town", nameAr: "كفرنبودة", variants: ["كفر نبودة"] });
    const names = async (q: string) => (await editor().lookup.records({ kind: "place", q })).map((i) => [i.source, i.id]);
    expect(await names("كفرنبوده")).toContainEqual(["record", place.id]); // ه for ة
    expect(await names("كفر")).toContainEqual(["record", place.id]); // a prefix of the variant
    expect(await names(place.id)).toEqual([["record", place.id]]);
    // Aleppo is in the gazetteer and not a record here: offered to adopt.
    const aleppo = (await editor().lookup.records({ kind: "place", q: "حلب" })).find((i) => i.id === "pl-aleppo");
    expect(aleppo).toMatchObject({ source: "lexicon", label: "حلب", labelEn: "Aleppo" });
    const adopted = await editor().annotate.adoptLexicon({ kind: "place", lexiconId: "pl-aleppo" });
    expect(adopted).toMatchObject({ id: "pl-aleppo", created: true });
    expect((await editor().edit.place.get({ id: "pl-aleppo" })).fields).toMatchObject({ nameAr: "حلب", nameEn: "Aleppo", feature: "city" });
    expect(await editor().annotate.adoptLexicon({ kind: "place", lexiconId: "pl-aleppo" })).toMatchObject({ created: false });
    expect((await editor().lookup.records({ kind: "place", q: "حلب" })).find((i) => i.id === "pl-aleppo")?.source).toBe("record");
    const labels = await editor().lookup.labels({
      refs: [
        { kind: "place", id: place.id },
        { kind: "place", id: "pl-aleppo" },
      ],
    });
    expect(labels.map((l) => l.label).sort()).toEqual(["حلب", "كفرنبودة"]);
  });

  it("find actors by a metonym of the lexicon, and events by title", async () => {
    const actors = await editor().lookup.records({ kind: "actor", q: "موسكو" });
    expect(actors.map((a) => a.id)).toContain("act-ru");
    const ev = await editor().edit.event.create({ type: "phone_call", titleAr: "اتصال هاتفي بين تيلرسون ولافروف" });
    expect((await editor().lookup.records({ kind: "event", q: "اتصال هاتف" })).map((e) => e.id)).toContain(ev.id);
  });
});

describe("the text engine reads a selection", () => {
  it("date, figures, place, actor and event type, against the document's publication date", async () => {
    const doc = await editor().annotate.importDocument({ titleAr: "غارات", text: ARTICLE, publishedDate: "2017-04-23" });
    const at = (words: string) => ({ documentId: doc.id, start: ARTICLE.indexOf(words), end: ARTICLE.indexOf(words) + words.length });
    expect((await editor().annotate.readSpan(at("أمس"))).date).toMatchObject({
      dateStart: "2017-04-22",
      timePrecision: "day",
      timeBasis: "relative",
      timeExpression: "أمس",
      timeAnchor: "2017-04-23",
    });
    expect((await editor().annotate.readSpan(at("سبعة مدنيين"))).figures).toEqual([expect.objectContaining({ kind: "killed", best: 7, vague: false })]);
    expect((await editor().annotate.readSpan(at("دارة عزة"))).places).toEqual([expect.objectContaining({ lexiconId: "pl-darat-izza", recordId: null })]);
    expect((await editor().annotate.readSpan(at("الطائرات الروسية"))).actors.map((a) => a.lexiconId)).toEqual(["act-ru-air-force"]);
    expect((await editor().annotate.readSpan(at("الغارات الجوية"))).eventType).toBe("air_strike");
  });
});

describe("suggestions", () => {
  it("accepting one makes the event with its place, date, actors and figures, each cited; a rejection persists", async () => {
    const doc = await editor().annotate.importDocument({
      titleAr: "غارات ٢",
      text: `${ARTICLE} وأعلنت الأمم المتحدة أمس عقد جلسة طارئة.`,
      publishedDate: "2017-04-23",
    });
    const first = await editor().annotate.suggestions({ id: doc.id });
    const strike = first.items.find((s) => s.kind === "air_strike")!;
    expect(strike).toMatchObject({ place: { lexiconId: "pl-darat-izza" }, date: { dateStart: "2017-04-22" } });
    const done = await editor().annotate.acceptSuggestion({ documentId: doc.id, key: strike.key });
    const ev = await editor().edit.event.get({ id: done.eventId });
    expect(ev.fields).toMatchObject({ type: "air_strike", placeId: "pl-darat-izza", dateStart: "2017-04-22", timeBasis: "relative", timeExpression: "أمس" });
    const parts = await editor().edit.event.parts({ id: done.eventId });
    expect(parts.figures.map((f) => [f.kind, f.best])).toContainEqual(["killed", 7]);
    expect(parts.participants.map((p) => [p.actorId, p.role])).toContainEqual(["act-ru-air-force", "initiator"]);
    const cited = await editor().annotate.citationsOf({ kind: "event", id: done.eventId });
    expect(cited.items.map((c) => c.role).sort()).toEqual(expect.arrayContaining(["date", "evidence", "number"]));
    expect(done.citations).toBeGreaterThanOrEqual(4);
    expect(done.created.map((c) => c.kind)).toEqual(expect.arrayContaining(["event", "place", "actor"]));

    const others = (await editor().annotate.suggestions({ id: doc.id })).items;
    expect(others.map((s) => s.key)).not.toContain(strike.key);
    for (const s of others) await editor().annotate.rejectSuggestion({ documentId: doc.id, key: s.key });
    const after = await editor().annotate.suggestions({ id: doc.id });
    expect(after.items).toEqual([]);
    expect(after.decided).toBe(first.items.length);
  });
});

describe("citations", () => {
  it("a wrong citation is removed and its removal undone; the record lists its citations; a deleted one is in the removals feed", async () => {
    // The same text imports as the same document: each test has its own.
    const doc = await editor().annotate.importDocument({ titleAr: "مقال", text: `${ARTICLE} (١)`, publishedDate: "2017-04-23" });
    const ev = await editor().edit.event.create({ type: "air_strike", titleAr: "غارات" });
    const since = new Date(Date.now() - 1000).toISOString();
    const span = await editor().annotate.citeSpan({ documentId: doc.id, start: 0, end: 20, snap: "word", target: { kind: "event", id: ev.id } });
    expect((await editor().annotate.citationsOf({ kind: "event", id: ev.id })).items.map((c) => c.id)).toEqual([span.id]);
    await editor().annotate.removeCitation({ id: span.id });
    expect((await editor().annotate.citationsOf({ kind: "event", id: ev.id })).items).toEqual([]);
    expect((await editor().annotate.document({ id: doc.id })).spans.map((s) => s.id)).not.toContain(span.id);
    await editor().annotate.restoreCitation({ id: span.id });
    const back = (await editor().annotate.citationsOf({ kind: "event", id: ev.id })).items;
    expect(back).toEqual([expect.objectContaining({ id: span.id, start: span.start, end: span.end, exact: span.exact, documentTitle: "مقال" })]);
    expect((await trpcError(editor().annotate.restoreCitation({ id: span.id }))).code).toBe("PRECONDITION_FAILED");

    // The removals feed names a deleted citation of a published document.
    const d = await editor().edit.document.get({ id: doc.id });
    const sub = await editor().review.submit({ kind: "document", id: doc.id, baseVersion: d.version });
    await as("reviewer").review.accept({ kind: "document", id: doc.id, baseVersion: sub.records[0]!.version });
    await editor().annotate.removeCitation({ id: span.id });
    const anon = createCallerFactory(appRouter)(createContext({ db: tdb.db, dbKind: tdb.kind }));
    const removals = await anon.sync.removals({ since });
    // Both removals are named (the first while the document was a draft); applied in time order they leave it removed.
    const named = removals.items.filter((r) => r.kind === "citation");
    expect(named.map((r) => [r.id, r.reason])).toEqual([
      [span.id, "deleted"],
      [span.id, "deleted"],
    ]);
  });

  it("citing a figure that waits for review beside a published event is refused with what to do", async () => {
    const doc = await editor().annotate.importDocument({ titleAr: "مقال ٣", text: `${ARTICLE} (٣)`, publishedDate: "2017-04-23" });
    const err = await trpcError(
      editor().annotate.citeSpan({ documentId: doc.id, start: 0, end: 5, snap: "word", target: { kind: "quantity", id: "fig-notyet" } }),
    );
    expect(err.code).toBe("PRECONDITION_FAILED");
    expect(err.message).toMatch(/once accepted/);
  });
});
