import { asc, eq, inArray } from "drizzle-orm";
import { quoteOf, snapSpan, type CitationTargetKind, type SnapUnit } from "@waqai/schema";
import type { Db } from "../client";
import { actors, citations, claims, conflicts, disputeIssues, disputes, documents, eventQuantities, events, places, positions, revisions } from "../tables";
import { TARGET_KEY } from "../mapping/citations";
import { newId } from "./registry";
import { RecordNotFoundError, WorkflowError } from "./errors";
import type { EditorActor } from "./write";

const TARGETS = {
  event: { column: "eventId", kind: "event", role: "evidence" },
  date: { column: "eventId", kind: "event", role: "date" },
  claim: { column: "claimId", kind: "claim", role: "attribution" },
  quantity: { column: "quantityId", kind: "quantity", role: "number" },
  place: { column: "placeId", kind: "place", role: "place" },
  actor: { column: "actorId", kind: "actor", role: "actor" },
} as const;

export interface CiteSpan {
  documentId: string;
  start: number;
  end: number;
  snap: SnapUnit;
  target: { kind: keyof typeof TARGETS; id: string };
  role?: string;
  actor: EditorActor;
}

type CitationRow = typeof citations.$inferSelect;

function spanOut(c: CitationRow) {
  // The target column of the citation's kind (one per kind; a check keeps exactly that one set).
  const column = TARGET_KEY[c.targetKind as CitationTargetKind];
  return {
    id: c.id,
    documentId: c.documentId,
    start: c.startOffset,
    end: c.endOffset,
    exact: c.exact,
    prefix: c.prefix,
    suffix: c.suffix,
    documentHash: c.documentHash,
    role: c.role as "evidence",
    targetKind: c.targetKind,
    targetId: column ? String(c[column]) : "",
  };
}

/**
 * Turns a selection into a citation: the span is snapped to whole letters or words here (not only
 * in the browser), and exact/prefix/suffix and the document hash come from the stored text.
 */
export async function citeSpan(db: Db, { actor, ...input }: CiteSpan) {
  const [doc] = await db.select({ text: documents.text, textHash: documents.textHash }).from(documents).where(eq(documents.id, input.documentId));
  if (!doc) throw new RecordNotFoundError("document", input.documentId);
  await requireTarget(db, input.target.kind, input.target.id);
  const { start, end } = snapSpan(doc.text, input.start, input.end, input.snap);
  const target = TARGETS[input.target.kind];
  const row = {
    id: newId("cit"),
    documentId: input.documentId,
    documentHash: doc.textHash,
    startOffset: start,
    endOffset: end,
    ...quoteOf(doc.text, start, end),
    role: input.role ?? target.role,
    targetKind: target.kind,
    [target.column]: input.target.id,
  };
  return db.transaction(async (tx) => {
    const [saved] = await tx
      .insert(citations)
      .values(row as typeof citations.$inferInsert)
      .returning();
    await tx.insert(revisions).values({
      entityKind: "citation",
      entityId: row.id,
      version: 1,
      snapshot: saved!,
      author: actor.id,
      action: "create",
      summary: `Cited ${start}–${end}`,
      tokenId: actor.tokenId ?? null,
    });
    return spanOut(saved!);
  });
}

const TARGET_TABLES = { event: events, date: events, claim: claims, quantity: eventQuantities, place: places, actor: actors } as const;

/** A citation names a record that exists (a figure still pending review beside a published event does not, yet). */
async function requireTarget(db: Db, kind: keyof typeof TARGETS, id: string) {
  const table = TARGET_TABLES[kind];
  const [found] = await db.select({ id: table.id }).from(table).where(eq(table.id, id));
  if (found) return;
  if (kind === "quantity") {
    throw new WorkflowError("PRECONDITION_FAILED", {
      ar: "هذا الرقم غير محفوظ بعد (ينتظر المراجعة مع تغييرات الحدث)؛ استشهد به بعد قبوله.",
      en: "This figure is not stored yet (it waits for review with the event's changes); cite it once accepted.",
    });
  }
  throw new RecordNotFoundError(kind === "date" ? "event" : kind, id);
}

/** The document as an editor sees it, with the spans already used, in reading order. */
/** Names of the records the spans support (a figure by its words and its event), one query per kind. */
async function targetLabels(db: Db, spans: ReturnType<typeof spanOut>[]) {
  const labels = new Map<string, { label: string; eventId?: string }>();
  const ids = (kind: string) => [...new Set(spans.filter((s) => s.targetKind === kind).map((s) => s.targetId))];
  const put = async (kind: string, run: (ids: string[]) => Promise<{ id: string; label: string | null; eventId?: string }[]>) => {
    const list = ids(kind);
    if (list.length) for (const r of await run(list)) labels.set(`${kind}:${r.id}`, { label: r.label ?? r.id, eventId: r.eventId });
  };
  await Promise.all([
    put("event", (l) => db.select({ id: events.id, label: events.titleAr }).from(events).where(inArray(events.id, l))),
    put("quantity", (l) =>
      db
        .select({ id: eventQuantities.id, label: eventQuantities.words, eventId: eventQuantities.eventId })
        .from(eventQuantities)
        .where(inArray(eventQuantities.id, l)),
    ),
    put("claim", (l) => db.select({ id: claims.id, label: claims.statementAr }).from(claims).where(inArray(claims.id, l))),
    put("position", (l) => db.select({ id: positions.id, label: positions.statementAr }).from(positions).where(inArray(positions.id, l))),
    put("dispute", (l) => db.select({ id: disputes.id, label: disputes.titleAr }).from(disputes).where(inArray(disputes.id, l))),
    put("issue", (l) => db.select({ id: disputeIssues.id, label: disputeIssues.titleAr }).from(disputeIssues).where(inArray(disputeIssues.id, l))),
    put("actor", (l) => db.select({ id: actors.id, label: actors.nameAr }).from(actors).where(inArray(actors.id, l))),
    put("place", (l) => db.select({ id: places.id, label: places.nameAr }).from(places).where(inArray(places.id, l))),
    put("document", (l) => db.select({ id: documents.id, label: documents.titleAr }).from(documents).where(inArray(documents.id, l))),
    put("conflict", (l) => db.select({ id: conflicts.id, label: conflicts.titleAr }).from(conflicts).where(inArray(conflicts.id, l))),
  ]);
  return labels;
}

/** The document as an editor sees it, with the spans already used (and what each supports, by name), in reading order. */
export async function editorDocument(db: Db, id: string) {
  const [doc] = await db.select().from(documents).where(eq(documents.id, id));
  if (!doc) throw new RecordNotFoundError("document", id);
  const spans = (await db.select().from(citations).where(eq(citations.documentId, id)).orderBy(asc(citations.startOffset))).map(spanOut);
  const labels = await targetLabels(db, spans);
  return {
    id: doc.id,
    title: doc.titleAr,
    text: doc.text,
    textHash: doc.textHash,
    status: doc.status,
    version: doc.version,
    publishedDate: doc.publishedDate,
    spans: spans.map((s) => ({
      ...s,
      targetLabel: labels.get(`${s.targetKind}:${s.targetId}`)?.label ?? null,
      eventId: s.targetKind === "event" ? s.targetId : (labels.get(`${s.targetKind}:${s.targetId}`)?.eventId ?? null),
    })),
  };
}

/** A document's text and publication date, the anchor the extraction assistant resolves relative dates against. */
export async function documentForExtraction(db: Db, id: string) {
  const [doc] = await db
    .select({ text: documents.text, date: documents.publishedDate, precision: documents.publishedPrecision })
    .from(documents)
    .where(eq(documents.id, id));
  if (!doc) throw new RecordNotFoundError("document", id);
  return doc;
}
