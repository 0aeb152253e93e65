import { asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Citation, CitationTargetKind } from "@waqai/schema";
import type { Db } from "../client";
import { citations, documents, eventQuantities } from "../tables";
import { citationOut } from "../mapping/citations";
import { all, PUBLIC_SCOPE } from "../queries/util";
import type { CitationExportFilter } from "./filters";
import { citationUpdatedAt, exportedIds, exportScope } from "./scope";
import { DEFAULT_PAGE_SIZE, idsOf, keysetPages, type StreamOptions } from "./pages";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** Where each kind of record is served (REST, under the API base). Figures live inside their event. */
const RESOURCE: Record<Exclude<CitationTargetKind, "quantity">, string> = {
  event: "events",
  claim: "claims",
  position: "positions",
  dispute: "disputes",
  issue: "issues",
  actor: "actors",
  place: "places",
  document: "documents",
  conflict: "conflicts",
};

/**
 * The Web Annotation motivation of a span: naming an actor or a place identifies what the words refer
 * to; every other role (evidence, date, number, weapon, attribution, heading) describes the record.
 */
export function motivationOf(role: Citation["role"]): "identifying" | "describing" {
  return role === "actor" || role === "place" ? "identifying" : "describing";
}

/** UTF-16 offset -> Unicode code point offset (TextPositionSelector counts code points). */
export function codePointOffset(text: string, utf16: number): number {
  let n = 0;
  for (let i = 0; i < utf16 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A low surrogate after a high one is the second half of one code point.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    n++;
  }
  return n;
}

export interface AnnotationContext {
  /** The API base the ids point into, e.g. "https://waqai.example/api/v1". */
  baseUrl: string;
  /** The document's language and, when it holds characters outside the BMP, its text (to count code points). */
  document: { language: string; text?: string };
  /** For a figure: the event it belongs to. */
  quantityEventId?: string;
}

/**
 * A citation as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/): the target is the source
 * document narrowed by a TextQuoteSelector (exact/prefix/suffix) and a TextPositionSelector (start/end in
 * code points, per the model; our API's offsets are UTF-16 units, equal for Arabic); the body is the Waqai
 * record the words support (purpose = the motivation) and the span's role as a tag, plus its note.
 */
export function citationAnnotation(c: Citation, ctx: AnnotationContext) {
  const base = ctx.baseUrl.replace(/\/$/, "");
  const motivation = motivationOf(c.role);
  const record =
    c.target.kind === "quantity" ? `${base}/events/${ctx.quantityEventId ?? "unknown"}#${c.target.id}` : `${base}/${RESOURCE[c.target.kind]}/${c.target.id}`;
  const text = ctx.document.text;
  const start = text ? codePointOffset(text, c.start) : c.start;
  const end = text ? codePointOffset(text, c.end) : c.end;
  const notes = c.note
    ? [
        { type: "TextualBody", value: c.note.ar, language: "ar", format: "text/plain", purpose: "commenting" },
        ...(c.note.en ? [{ type: "TextualBody", value: c.note.en, language: "en", format: "text/plain", purpose: "commenting" }] : []),
      ]
    : [];
  return {
    "@context": ANNO_CONTEXT,
    id: `${base}/citations/${c.id}`,
    type: "Annotation",
    motivation,
    body: [{ type: "SpecificResource", source: record, purpose: motivation }, { type: "TextualBody", value: c.role, purpose: "tagging" }, ...notes],
    target: {
      source: { id: `${base}/documents/${c.documentId}/text`, type: "Text", format: "text/plain", language: ctx.document.language },
      selector: [
        { type: "TextQuoteSelector", exact: c.exact, ...(c.prefix ? { prefix: c.prefix } : {}), ...(c.suffix ? { suffix: c.suffix } : {}) },
        { type: "TextPositionSelector", start, end },
      ],
    },
  };
}

export interface AnnotationOptions extends StreamOptions {
  baseUrl: string;
}

/** The filters only: whether a citation is exported is asked per page (exportedIds), not of the whole table. */
function citationWhere(filter: CitationExportFilter) {
  return all(
    filter.documentId ? eq(citations.documentId, filter.documentId) : undefined,
    filter.targetKind ? eq(citations.targetKind, filter.targetKind) : undefined,
    filter.updatedSince ? sql`${citationUpdatedAt()} > ${new Date(filter.updatedSince).toISOString()}::timestamptz` : undefined,
  );
}

/**
 * citations.jsonld: one JSON-LD AnnotationCollection whose embedded first (and only) AnnotationPage lists
 * every exported citation as an Annotation, ordered by citation id, one line each; `total` follows the
 * items. Each annotation carries its own @context so a line can be lifted out on its own.
 */
export async function* citationsJsonLd(db: Db, filter: CitationExportFilter = {}, opts: AnnotationOptions): AsyncGenerator<string> {
  const size = opts.pageSize ?? DEFAULT_PAGE_SIZE;
  const xs = exportScope(opts.scope ?? PUBLIC_SCOPE);
  const base = opts.baseUrl.replace(/\/$/, "");
  const where = citationWhere(filter);
  const collection = `${base}/export/citations.jsonld`;
  // `total` is written after the items (JSON members are unordered), so nothing is counted up front.
  yield (
    `{"@context":${JSON.stringify(ANNO_CONTEXT)},"id":${JSON.stringify(collection)},"type":"AnnotationCollection","label":"Waqai citations",` +
    `"first":{"id":${JSON.stringify(`${collection}#page1`)},"type":"AnnotationPage","startIndex":0,"items":[`
  );
  let total = 0;
  // Texts of documents with characters outside the BMP, fetched once (only those need converting offsets).
  const texts = new Map<string, { language: string; text?: string }>();
  let first = true;
  const pages = keysetPages<typeof citations.$inferSelect>(
    (after) =>
      db
        .select()
        .from(citations)
        .where(all(where, after ? gt(citations.id, after.id) : undefined))
        .orderBy(asc(citations.id))
        .limit(size),
    size,
    (n) => opts.onPage?.("citation", n),
  );
  for await (const page of pages) {
    const keep = await exportedIds(
      db,
      xs,
      "citation",
      page.map((r) => r.id),
    );
    const rows = page.filter((r) => keep.has(r.id));
    if (rows.length === 0) continue;
    total += rows.length;
    if (texts.size > 1000) texts.clear(); // bounded: refetched if needed again
    const missing = idsOf(rows.map((r) => r.documentId)).filter((id) => !texts.has(id));
    if (missing.length) {
      const docs = await db
        .select({
          id: documents.id,
          language: documents.language,
          text: sql<string | null>`case when char_length(${documents.text}) <> ${documents.length} then ${documents.text} end`,
        })
        .from(documents)
        .where(inArray(documents.id, missing));
      for (const d of docs) texts.set(d.id, { language: d.language, ...(d.text ? { text: d.text } : {}) });
    }
    const qIds = idsOf(rows.map((r) => r.quantityId));
    const qEvents = qIds.length
      ? new Map(
          (await db.select({ id: eventQuantities.id, eventId: eventQuantities.eventId }).from(eventQuantities).where(inArray(eventQuantities.id, qIds))).map(
            (q) => [q.id, q.eventId],
          ),
        )
      : new Map<string, string>();
    let chunk = "";
    for (const row of rows) {
      const c = citationOut(row);
      const annotation = citationAnnotation(c, {
        baseUrl: base,
        document: texts.get(c.documentId) ?? { language: "ar" },
        ...(row.quantityId ? { quantityEventId: qEvents.get(row.quantityId) } : {}),
      });
      chunk += `${first ? "\n" : ",\n"}${JSON.stringify(annotation)}`;
      first = false;
    }
    yield chunk;
  }
  yield `\n]},"total":${total}}\n`;
}
