import { createHash } from "node:crypto";
import type { Db } from "../client";
import * as t from "../tables";
import { sortKeyOf, windowColumns } from "../mapping/events";
import { rng, synthActors, synthDate, synthFigure, synthPlaces, synthSentence, TYPE_WEIGHTS } from "./generate";

export interface SynthOptions {
  events: number;
  seed?: number;
  /** Events per transaction; each also writes its documents, participants, figures and citations. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

const EVENTS_PER_DOCUMENT = 10;
const VIOLENT = new Set(["air_strike", "shelling", "armed_clash", "ground_attack", "chemical_attack", "missile_strike", "bombing", "suicide_bombing"]);

/** Writes a deterministic synthetic dataset (ids prefixed "syn-") for benchmarks; re-running skips what exists. */
export async function synthesize(db: Db, opts: SynthOptions) {
  const r = rng(opts.seed ?? 20170404);
  const batchSize = opts.batchSize ?? 2000;
  const places = synthPlaces(r, Math.min(20_000, Math.max(200, Math.round(opts.events / 50))));
  const actors = synthActors(r, Math.min(5_000, Math.max(50, Math.round(opts.events / 200))));
  const towns = places.filter((p) => p.feature !== "region");
  const regionName = new Map(places.filter((p) => p.feature === "region").map((p) => [p.id, p.nameAr]));

  await db.transaction(async (tx) => {
    for (let i = 0; i < places.length; i += 1000)
      await tx
        .insert(t.places)
        .values(places.slice(i, i + 1000))
        .onConflictDoNothing();
    for (let i = 0; i < actors.length; i += 1000)
      await tx
        .insert(t.actors)
        .values(actors.slice(i, i + 1000))
        .onConflictDoNothing();
  });

  for (let from = 0; from < opts.events; from += batchSize) {
    const to = Math.min(opts.events, from + batchSize);
    const docs: (typeof t.documents.$inferInsert)[] = [];
    const evs: (typeof t.events.$inferInsert)[] = [];
    const parts: (typeof t.eventParticipants.$inferInsert)[] = [];
    const quants: (typeof t.eventQuantities.$inferInsert)[] = [];
    const cits: (typeof t.citations.$inferInsert)[] = [];
    for (let d = from; d < to; d += EVENTS_PER_DOCUMENT) {
      const docId = `syn-doc-${d / EVENTS_PER_DOCUMENT}`;
      const spans: { eventId: string; start: number; end: number; fig?: { id: string; words: string } }[] = [];
      let text = "";
      for (let i = d; i < Math.min(to, d + EVENTS_PER_DOCUMENT); i++) {
        const id = `syn-ev-${i}`;
        const type = r.weighted(TYPE_WEIGHTS);
        const place = r.pick(towns);
        const date = synthDate(r);
        const fig = VIOLENT.has(type) && r.next() < 0.6 ? synthFigure(r) : undefined;
        const sentence = synthSentence(r, type, place.nameAr, regionName.get(place.parentId!) ?? "", fig);
        const start = text.length;
        text += (text ? " " : "") + sentence;
        const sStart = start + (start ? 1 : 0);
        spans.push({ eventId: id, start: sStart, end: text.length, fig: fig ? { id: `syn-q-${i}`, words: fig.words } : undefined });
        evs.push({
          id,
          type,
          titleAr: sentence.slice(0, 80),
          dateStart: date.start,
          timePrecision: date.precision,
          timeBasis: "stated",
          sortKey: sortKeyOf(date.start),
          ...windowColumns({ start: date.start, windowBasis: "date" }),
          placeId: place.id,
          locationPrecision: r.next() < 0.85 ? "exact" : "near",
          grading: r.weighted([
            ["fair", 5],
            ["weak", 3],
            ["confirmed", 2],
          ] as const),
          clarity: "high",
          status: "published",
        });
        const a1 = r.pick(actors).id;
        parts.push({ eventId: id, actorId: a1, role: "initiator", attribution: r.next() < 0.7 ? "declared" : "alleged", ordinal: 1 });
        const a2 = r.pick(actors).id;
        if (a2 !== a1 && r.next() < 0.5) parts.push({ eventId: id, actorId: a2, role: "target", attribution: "declared", ordinal: 2 });
        if (fig) {
          quants.push({
            id: `syn-q-${i}`,
            eventId: id,
            ordinal: 1,
            kind: "killed_or_injured",
            low: fig.low,
            best: fig.best,
            high: fig.high,
            words: fig.words,
            vague: fig.vague,
            convention: fig.convention,
          });
        }
      }
      const hash = createHash("sha256").update(text).digest("hex");
      docs.push({
        id: docId,
        language: "ar",
        text,
        textHash: hash,
        length: text.length,
        publishedPrecision: "unknown",
        publishedBasis: "unknown",
        status: "published",
      });
      for (const s of spans) {
        const base = { documentId: docId, documentHash: hash, prefix: text.slice(Math.max(0, s.start - 32), s.start), role: "evidence" };
        cits.push({
          ...base,
          id: `syn-cit-${s.eventId.slice(7)}`,
          startOffset: s.start,
          endOffset: s.end,
          exact: text.slice(s.start, s.end),
          suffix: text.slice(s.end, s.end + 32),
          targetKind: "event",
          eventId: s.eventId,
        });
        if (s.fig) {
          const at = text.indexOf(s.fig.words, s.start);
          const end = at + s.fig.words.length;
          cits.push({
            ...base,
            id: `syn-cit-q${s.eventId.slice(7)}`,
            role: "number",
            prefix: text.slice(Math.max(0, at - 32), at),
            startOffset: at,
            endOffset: end,
            exact: s.fig.words,
            suffix: text.slice(end, end + 32),
            targetKind: "quantity",
            quantityId: s.fig.id,
          });
        }
      }
    }
    await db.transaction(async (tx) => {
      const chunks = <T>(rows: T[], n: number) => Array.from({ length: Math.ceil(rows.length / n) }, (_, k) => rows.slice(k * n, (k + 1) * n));
      // Parameter lists stay under PostgreSQL's 65,535 bind limit: ~30 columns x 1000 rows.
      for (const c of chunks(docs, 500)) await tx.insert(t.documents).values(c).onConflictDoNothing();
      for (const c of chunks(evs, 1000)) await tx.insert(t.events).values(c).onConflictDoNothing();
      for (const c of chunks(parts, 2000)) await tx.insert(t.eventParticipants).values(c).onConflictDoNothing();
      for (const c of chunks(quants, 2000)) await tx.insert(t.eventQuantities).values(c).onConflictDoNothing();
      for (const c of chunks(cits, 1000)) await tx.insert(t.citations).values(c).onConflictDoNothing();
    });
    opts.onProgress?.(to, opts.events);
  }
  return { places: places.length, actors: actors.length, events: opts.events, documents: Math.ceil(opts.events / EVENTS_PER_DOCUMENT) };
}
