import { and, eq, inArray } from "drizzle-orm";
import { resolveDateExpressions } from "@waqai/arabic";
import { firstDayOf, lastDayOf, windowOfDates } from "@waqai/schema";
import type { Db } from "../client";
import { citations, documents, events } from "../tables";
import { updateRecord, type EditorActor } from "../editorial/write";
import { loadHead } from "../editorial/head";

export interface Reresolved {
  eventId: string;
  words: string;
  from: { start: string | null; end: string | null; precision: string };
  to: { start: string | null; end: string | null; precision: string };
}

export interface DocumentDatesReresolve {
  /** The document whose publication date was set or corrected. */
  documentId: string;
  actor: EditorActor;
}

/**
 * Re-resolves the relative dates of the events citing a document's date expressions against the
 * document's current publication date (after an editor sets or corrects it). Each changed event gets
 * a compare-and-set edit with a revision saying what was re-resolved; an event whose date was not
 * derived from this document's words is left alone. Returns what changed.
 */
export async function reresolveDocumentDates(db: Db, { documentId, actor }: DocumentDatesReresolve): Promise<Reresolved[]> {
  const [doc] = await db.select().from(documents).where(eq(documents.id, documentId));
  if (!doc) return [];
  const found = resolveDateExpressions(doc.text, { date: doc.publishedDate ?? undefined, precision: doc.publishedPrecision });
  // The publication's own window (an inferred date of 22 or 23 April): each relative date inherits its width.
  const atEdge = (day: string | null) => (day ? resolveDateExpressions(doc.text, { date: day, precision: "day" }) : undefined);
  const [fromEarliest, fromLatest] = [atEdge(doc.publishedEarliest), atEdge(doc.publishedLatest)];
  const cited = await db
    .select({ eventId: citations.eventId, start: citations.startOffset, end: citations.endOffset })
    .from(citations)
    .where(and(eq(citations.documentId, documentId), eq(citations.role, "date"), eq(citations.targetKind, "event")));
  const ids = [...new Set(cited.map((c) => c.eventId).filter((x): x is string => !!x))];
  if (!ids.length) return [];
  const rows = await db
    .select()
    .from(events)
    .where(and(inArray(events.id, ids), eq(events.timeBasis, "relative")));
  const changed: Reresolved[] = [];
  for (const ev of rows) {
    const spans = cited.filter((c) => c.eventId === ev.id);
    const expr = found.find((x) => spans.some((s) => x.start < s.end && s.start < x.end) && x.basis === "relative");
    if (!expr || expr.pending || !expr.value || !doc.publishedDate) continue;
    // Keep the side the event was dated by: an event known only by its end («انتهى أول من أمس») stays end-only.
    const endOnly = !ev.dateStart && !!ev.dateEnd;
    const start = endOnly ? null : (expr.value.start ?? null);
    const end = endOnly ? (expr.value.end ?? expr.value.start ?? null) : ev.dateEnd ? (expr.value.end ?? expr.value.start ?? null) : null;
    const same = (x: { start: number; end: number }) => x.start === expr.start && x.end === expr.end;
    const lo = fromEarliest?.find(same)?.value;
    const hi = fromLatest?.find(same)?.value;
    const stated = windowOfDates(start ?? undefined, end ?? undefined);
    // An end-only event's window stays open at its start, as the text leaves it.
    const earliest = endOnly ? null : ((lo?.start ? firstDayOf(lo.start) : stated.earliest) ?? null);
    const hiDay = hi?.end ?? hi?.start;
    const latest = (hiDay ? lastDayOf(hiDay) : stated.latest) ?? null;
    if (
      start === ev.dateStart &&
      end === ev.dateEnd &&
      expr.precision === ev.timePrecision &&
      ev.timeAnchor === doc.publishedDate &&
      earliest === ev.dateEarliest &&
      latest === ev.dateLatest
    )
      continue;
    // Under compare-and-set on the head (pending changes of a published event count).
    const head = await loadHead(db, "event", ev.id);
    if (!head) continue;
    await updateRecord(db, {
      kind: "event",
      id: ev.id,
      baseVersion: head.version,
      patch: {
        dateStart: start,
        dateEnd: end,
        timePrecision: expr.precision,
        timeAnchor: doc.publishedDate,
        timeExpression: ev.timeExpression ?? expr.words,
        dateEarliest: earliest,
        dateLatest: latest,
        windowBasis: "relative",
      },
      actor,
      summary: `Re-resolved «${expr.words}» against the publication date ${doc.publishedDate}`,
      action: "edit",
      derived: true,
    });
    changed.push({
      eventId: ev.id,
      words: expr.words,
      from: { start: ev.dateStart, end: ev.dateEnd, precision: ev.timePrecision },
      to: { start, end, precision: expr.precision },
    });
  }
  return changed;
}
