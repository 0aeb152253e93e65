import { eq, inArray } from "drizzle-orm";
import {
  ACTORS_BY_ID,
  extractEvents,
  findFigures,
  findTriggers,
  matchActors,
  matchGazetteer,
  PLACES_BY_ID,
  resolveDateExpressions,
  tokenize,
  type CandidateEvent,
  type DateExpression,
} from "@waqai/arabic";
import { EVENT_TYPES, type EventType } from "@waqai/schema";
import type { Db } from "../client";
import { actors, documents, places, suggestionDecisions } from "../tables";
import { RecordNotFoundError } from "./errors";

type Doc = { id: string; text: string; publishedDate: string | null; publishedPrecision: string };

export async function documentForReading(db: Db, id: string): Promise<Doc> {
  const [doc] = await db
    .select({ id: documents.id, text: documents.text, publishedDate: documents.publishedDate, publishedPrecision: documents.publishedPrecision })
    .from(documents)
    .where(eq(documents.id, id));
  if (!doc) throw new RecordNotFoundError("document", id);
  return doc;
}

const publicationOf = (doc: Doc) => ({ date: doc.publishedDate ?? undefined, precision: doc.publishedPrecision });
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const isEventType = (t: string): t is EventType => (EVENT_TYPES as readonly string[]).includes(t);

/** A resolved date expression as the event's time fields. */
export function dateReading(d: DateExpression) {
  return {
    start: d.start,
    end: d.end,
    words: d.words,
    dateStart: d.value?.start ?? null,
    dateEnd: d.value?.end && d.value.end !== d.value.start ? d.value.end : null,
    timePrecision: d.pending ? ("unknown" as const) : d.precision,
    timeBasis: d.pending ? ("unknown" as const) : d.basis,
    timeExpression: d.words,
    timeAnchor: d.basis === "relative" ? (d.anchor ?? null) : null,
    pending: !!d.pending,
  };
}

type FigureLike = {
  start: number;
  end: number;
  words: string;
  kind: string;
  low?: number;
  best?: number;
  high?: number;
  vague: boolean;
  convention?: string;
  subject?: string;
};
const figureReading = (f: FigureLike) => ({
  start: f.start,
  end: f.end,
  words: f.words,
  kind: f.kind as "other",
  low: f.low ?? null,
  best: f.best ?? null,
  high: f.high ?? null,
  vague: f.vague,
  convention: f.convention ?? null,
  subjectAr: f.subject ?? null,
});

/** Which lexicon ids are records already, and in which status. */
async function recordsOf(db: Db, kind: "place" | "actor", ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const table = kind === "place" ? places : actors;
  const rows = await db
    .select({ id: table.id, status: table.status })
    .from(table)
    .where(inArray(table.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.status as string]));
}

async function namedReadings<M extends { id: string; start: number; end: number; words: string }>(
  db: Db,
  kind: "place" | "actor",
  mentions: M[],
  names: Map<string, { name: { ar: string; en?: string } }>,
) {
  const known = await recordsOf(
    db,
    kind,
    mentions.map((m) => m.id),
  );
  return mentions
    .filter((m) => names.has(m.id))
    .map((m) => ({
      start: m.start,
      end: m.end,
      words: m.words,
      lexiconId: m.id,
      name: names.get(m.id)!.name,
      recordId: known.has(m.id) ? m.id : null,
      recordStatus: (known.get(m.id) ?? null) as "draft" | null,
    }));
}

/** What the text engine reads in a selection of a document: the prefill for the workspace's actions. */
export async function readSpan(db: Db, input: { documentId: string; start: number; end: number }) {
  const doc = await documentForReading(db, input.documentId);
  const span = { start: Math.max(0, input.start), end: Math.min(doc.text.length, input.end) };
  const tokens = tokenize(doc.text);
  const date = resolveDateExpressions(doc.text, publicationOf(doc), tokens).find((d) => overlaps(d, span)) ?? null;
  const figures = findFigures(doc.text, tokens).filter((f) => overlaps(f, span) && !f.subset);
  const placeMentions = matchGazetteer(doc.text, tokens).filter((m) => overlaps(m, span));
  const actorMentions = matchActors(doc.text, {}, tokens).filter((m) => overlaps(m, span));
  const inSpan = tokens.map((t, i) => ({ t, i })).filter(({ t }) => overlaps(t, span));
  const triggers = inSpan.length ? findTriggers(tokens, []).filter((tr) => tr.first <= inSpan[inSpan.length - 1]!.i && tr.last >= inSpan[0]!.i) : [];
  const type = triggers.map((tr) => tr.type as string).find(isEventType) ?? null;
  return {
    text: doc.text.slice(span.start, span.end),
    date: date ? dateReading(date) : null,
    figures: figures.map(figureReading),
    places: await namedReadings(db, "place", placeMentions, PLACES_BY_ID),
    actors: await namedReadings(db, "actor", actorMentions, ACTORS_BY_ID),
    eventType: type,
  };
}

export const suggestionKey = (c: { trigger: { start: number; end: number }; type: string }) => `${c.trigger.start}-${c.trigger.end}-${c.type}`;

/** The assistant's candidates for a document, each piece with its words; decided ones (accepted or rejected) stay away. */
export async function richSuggestions(db: Db, documentId: string) {
  const doc = await documentForReading(db, documentId);
  const candidates = extractEvents(doc.text, { publication: publicationOf(doc) });
  const decided = await db
    .select({ start: suggestionDecisions.start, end: suggestionDecisions.end, kind: suggestionDecisions.kind })
    .from(suggestionDecisions)
    .where(eq(suggestionDecisions.documentId, documentId));
  const done = new Set(decided.map((d) => `${d.start}-${d.end}-${d.kind}`));
  const open = candidates.filter((c) => !done.has(suggestionKey(c)));
  const placeIds = open.flatMap((c) => (c.place ? [c.place.id] : []));
  const actorIds = open.flatMap((c) => c.actors.map((a) => a.id));
  const [knownPlaces, knownActors] = await Promise.all([recordsOf(db, "place", placeIds), recordsOf(db, "actor", actorIds)]);
  const named = (
    m: { id: string; start: number; end: number; words: string },
    book: Map<string, { name: { ar: string; en?: string } }>,
    known: Map<string, string>,
  ) => ({
    start: m.start,
    end: m.end,
    words: m.words,
    lexiconId: m.id,
    name: book.get(m.id)?.name ?? { ar: m.words },
    recordId: known.has(m.id) ? m.id : null,
    recordStatus: (known.get(m.id) ?? null) as "draft" | null,
  });
  return {
    available: true,
    decided: candidates.length - open.length,
    items: open.map((c: CandidateEvent) => ({
      key: suggestionKey(c),
      kind: c.type,
      start: c.trigger.start,
      end: c.trigger.end,
      text: c.trigger.words,
      label: `${c.type} (${Math.round(c.confidence * 100)}%)`,
      confidence: c.confidence,
      modality: c.modality,
      date: c.date ? dateReading(c.date) : null,
      place: c.place && PLACES_BY_ID.has(c.place.id) ? named(c.place, PLACES_BY_ID, knownPlaces) : null,
      actors: c.actors.filter((a) => ACTORS_BY_ID.has(a.id)).map((a) => ({ ...named(a, ACTORS_BY_ID, knownActors), role: a.role })),
      figures: c.figures.filter((f) => !f.subset).map(figureReading),
    })),
  };
}

/** An editor's decision on one of a document's suggestions, by its key. */
export interface SuggestionDecision {
  documentId: string;
  key: string;
  /** The deciding user's id. */
  actorId: string;
}

/** Records that an editor rejected a suggestion, so it does not come back on reload. */
export async function rejectSuggestion(db: Db, { documentId, key, actorId }: SuggestionDecision) {
  const [start, end, kind] = parseKey(key);
  await db.insert(suggestionDecisions).values({ documentId, start, end, kind, decision: "rejected", decidedBy: actorId }).onConflictDoNothing();
  return { documentId, key };
}

export function parseKey(key: string): [number, number, string] {
  const m = /^(\d+)-(\d+)-([a-z_]+)$/.exec(key);
  if (!m) throw new RecordNotFoundError("suggestion", key);
  return [Number(m[1]), Number(m[2]), m[3]!];
}

export interface AcceptedSuggestion extends SuggestionDecision {
  /** The event made from it. */
  eventId: string;
}

export async function markAccepted(db: Db, { documentId, key, eventId, actorId }: AcceptedSuggestion) {
  const [start, end, kind] = parseKey(key);
  await db
    .insert(suggestionDecisions)
    .values({ documentId, start, end, kind, decision: "accepted", recordKind: "event", recordId: eventId, decidedBy: actorId })
    .onConflictDoUpdate({
      target: [suggestionDecisions.documentId, suggestionDecisions.start, suggestionDecisions.end, suggestionDecisions.kind],
      set: { decision: "accepted", recordKind: "event", recordId: eventId },
    });
}
