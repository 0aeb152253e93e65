import { eq } from "drizzle-orm";
import { withTx, type Db } from "../client";
import { actors, places } from "../tables";
import { RecordNotFoundError } from "./errors";
import { lexiconRecordFields } from "./lookup";
import { markAccepted, richSuggestions } from "./reading";
import { citeSpan } from "./spans";
import { addFigure, setParticipants } from "./event-parts";
import { createRecord, type EditorActor } from "./write";

export interface LexiconAdoption {
  kind: "place" | "actor";
  /** The gazetteer place's or lexicon actor's id, which the record keeps. */
  lexiconId: string;
  actor: EditorActor;
}

/** A gazetteer place or lexicon actor as a draft record under the entry's own id; the record if it exists already. */
export async function adoptLexicon(db: Db, { kind, lexiconId, actor }: LexiconAdoption) {
  const table = kind === "place" ? places : actors;
  const [existing] = await db.select({ id: table.id, version: table.version }).from(table).where(eq(table.id, lexiconId));
  if (existing) return { id: existing.id, version: existing.version, created: false };
  const fields = await lexiconRecordFields(db, kind, lexiconId);
  if (!fields) throw new RecordNotFoundError(kind === "place" ? "gazetteer place" : "lexicon actor", lexiconId);
  const made = await createRecord(db, { kind, fields, actor, summary: `Created from the ${kind === "place" ? "gazetteer" : "actor lexicon"}`, id: lexiconId });
  return { ...made, created: true };
}

export interface SuggestionAcceptance {
  documentId: string;
  /** The suggestion's key, as richSuggestions lists it. */
  key: string;
  actor: EditorActor;
}

/**
 * Accepting a suggestion makes what it proposes, in one transaction: the event (its type, its words as
 * the title, the date read from the text), its place and actors (records, or drafts adopted from the
 * gazetteer and lexicon), its figures, and a citation at the words of each piece. The decision is kept,
 * so the suggestion does not come back.
 */
export async function acceptSuggestion(db: Db, { documentId, key, actor }: SuggestionAcceptance) {
  const { items } = await richSuggestions(db, documentId);
  const s = items.find((i) => i.key === key);
  if (!s) throw new RecordNotFoundError("suggestion", key);
  return withTx(db, async (tx) => {
    const created: { kind: string; id: string }[] = [];
    let citations = 0;
    const cite = async (start: number, end: number, target: { kind: "event" | "date" | "place" | "actor" | "quantity"; id: string }) => {
      await citeSpan(tx, { documentId, start, end, snap: "word", target, actor });
      citations++;
    };
    const adopt = async (kind: "place" | "actor", lexiconId: string) => {
      const r = await adoptLexicon(tx, { kind, lexiconId, actor });
      if (r.created) created.push({ kind, id: r.id });
      return r.id;
    };
    const placeId = s.place ? await adopt("place", s.place.lexiconId) : null;
    const date = s.date && !s.date.pending ? s.date : null;
    const ev = await createRecord(tx, {
      kind: "event",
      fields: {
        type: s.kind,
        titleAr: s.text,
        placeId,
        ...(date
          ? {
              dateStart: date.dateStart,
              dateEnd: date.dateEnd,
              timePrecision: date.timePrecision,
              timeBasis: date.timeBasis,
              timeExpression: date.timeExpression,
              timeAnchor: date.timeAnchor,
            }
          : { timePrecision: "unknown", timeBasis: "unknown" }),
        locationPrecision: "unknown",
        grading: "unassessed",
        clarity: "low",
      },
      actor,
      summary: "Created from an extraction suggestion",
    });
    created.unshift({ kind: "event", id: ev.id });
    let version = ev.version;
    await cite(s.start, s.end, { kind: "event", id: ev.id });
    if (date) await cite(date.start, date.end, { kind: "date", id: ev.id });
    if (s.place && placeId) await cite(s.place.start, s.place.end, { kind: "place", id: placeId });
    const people: { actorId: string; role: (typeof s.actors)[number]["role"]; attribution: "likely" }[] = [];
    for (const a of s.actors) {
      const id = await adopt("actor", a.lexiconId);
      if (!people.some((p) => p.actorId === id && p.role === a.role)) people.push({ actorId: id, role: a.role, attribution: "likely" });
      await cite(a.start, a.end, { kind: "actor", id });
    }
    if (people.length) version = (await setParticipants(tx, { eventId: ev.id, baseVersion: version, participants: people, actor })).version;
    for (const f of s.figures) {
      const added = await addFigure(tx, {
        eventId: ev.id,
        baseVersion: version,
        figure: { kind: f.kind, words: f.words, vague: f.vague, low: f.low, best: f.best, high: f.high, convention: f.convention, subjectAr: f.subjectAr },
        actor,
      });
      version = added.version;
      await cite(f.start, f.end, { kind: "quantity", id: added.figureId });
    }
    await markAccepted(tx, { documentId, key, eventId: ev.id, actorId: actor.id });
    return { eventId: ev.id, version, created, citations };
  });
}
