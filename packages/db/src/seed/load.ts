import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SeedAnnotation } from "@waqai/schema";
import { canonicalize } from "@waqai/arabic";
import type { Db } from "../client";
import * as t from "../tables";
import { sortKeyOf } from "../queries/event-map";

export const QUOTE_CONTEXT = 32;

export class SeedError extends Error {
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = "SeedError";
  }
}

export interface SeedFile {
  annotationFile: string;
  textFile: string;
}

/** Each `<name>.annotation.json` in seeds/ annotates `<name>.txt` (or its document.sourceFile). */
export function findSeedFiles(seedsDir: string): SeedFile[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith(".annotation.json"))
    .sort()
    .map((f) => {
      const annotationFile = path.join(seedsDir, f);
      const raw = JSON.parse(readFileSync(annotationFile, "utf8")) as { document?: { sourceFile?: string } };
      const textFile = path.join(seedsDir, raw.document?.sourceFile ?? f.replace(/\.annotation\.json$/, ".txt"));
      return { annotationFile, textFile };
    });
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Canonical text (@waqai/arabic canonicalize: NFC, invisible and bidi controls dropped, line endings
 * unified), once, before any offset exists. The file on disk stays byte for byte.
 */
export function canonicalText(raw: string): string {
  return canonicalize(raw).text;
}

/** Parent-first order so self-referencing foreign keys (actor.parentId, place.parentId) insert cleanly. */
function parentsFirst<T extends { id: string; parentId?: string }>(rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: T[] = [];
  const seen = new Set<string>();
  const visit = (r: T, trail: Set<string>) => {
    if (seen.has(r.id)) return;
    if (trail.has(r.id)) throw new Error(`parent cycle at ${r.id}`);
    trail.add(r.id);
    const parent = r.parentId ? byId.get(r.parentId) : undefined;
    if (parent) visit(parent, trail);
    seen.add(r.id);
    out.push(r);
  };
  for (const r of rows) visit(r, new Set());
  return out;
}

export interface SeedResult {
  file: string;
  documentId: string;
  counts: Record<string, number>;
}

/**
 * Loads one annotated article in a single transaction. Every row is insert-or-skip by primary key, so
 * loading twice equals loading once and an editor's later changes to seeded rows are never overwritten.
 */
export async function loadSeedFile(db: Db, file: SeedFile): Promise<SeedResult> {
  const name = path.basename(file.annotationFile);
  const parsed = SeedAnnotation.safeParse(JSON.parse(readFileSync(file.annotationFile, "utf8")));
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new SeedError(name, `does not match the schema: ${first.join("; ")}`);
  }
  const a = parsed.data;
  const text = canonicalText(readFileSync(file.textFile, "utf8"));
  const hash = sha256(text);
  for (const c of a.citations) {
    const found = text.slice(c.start, c.end);
    if (found !== c.exact) throw new SeedError(name, `citation ${c.id} quotes «${c.exact}» but the text at ${c.start}-${c.end} is «${found}»`);
  }
  const doc = a.document;
  const counts: Record<string, number> = {};
  const count = (k: string, n: number) => (counts[k] = (counts[k] ?? 0) + n);
  const now = new Date();

  await db.transaction(async (tx) => {
    const put = async <T>(table: Parameters<typeof tx.insert>[0], rows: T[], key: string) => {
      if (rows.length === 0) return;
      const res = await tx
        .insert(table)
        .values(rows as never)
        .onConflictDoNothing()
        .returning();
      count(key, res.length);
    };
    await put(
      t.outlets,
      a.outlets.map((o) => ({ id: o.id, nameAr: o.name.ar, nameEn: o.name.en, kind: o.kind, url: o.url, country: o.country })),
      "outlets",
    );
    await put(
      t.documents,
      [
        {
          id: doc.id,
          outletId: doc.outletId,
          titleAr: doc.title?.ar,
          titleEn: doc.title?.en,
          titleBasis: doc.titleBasis,
          url: doc.url,
          language: doc.language,
          sourceFile: path.basename(file.textFile),
          text,
          textHash: hash,
          length: text.length,
          publishedDate: doc.published.date,
          publishedPrecision: doc.published.precision,
          publishedBasis: doc.published.basis,
          publishedConfidence: doc.published.confidence,
          publishedNoteAr: doc.published.note?.ar,
          publishedNoteEn: doc.published.note?.en,
          notesAr: doc.notes?.ar,
          notesEn: doc.notes?.en,
          status: doc.status,
        },
      ],
      "documents",
    );
    await put(
      t.places,
      parentsFirst(a.places).map((p) => ({
        id: p.id,
        nameAr: p.name.ar,
        nameEn: p.name.en,
        variants: p.variants,
        feature: p.feature,
        lat: p.point?.lat,
        lon: p.point?.lon,
        pointIsCentroid: p.pointIsCentroid,
        parentId: p.parentId,
        country: p.country,
        status: p.status,
      })),
      "places",
    );
    await put(
      t.actors,
      parentsFirst(a.actors).map((x) => ({
        id: x.id,
        nameAr: x.name.ar,
        nameEn: x.name.en,
        variants: x.variants,
        kind: x.kind,
        parentId: x.parentId,
        country: x.country,
        offices: x.offices,
        descriptionAr: x.description?.ar,
        descriptionEn: x.description?.en,
        status: x.status,
      })),
      "actors",
    );
    await put(
      t.events,
      a.events.map((e) => ({
        id: e.id,
        type: e.type,
        titleAr: e.title.ar,
        titleEn: e.title.en,
        summaryAr: e.summary?.ar,
        summaryEn: e.summary?.en,
        dateStart: e.time.start,
        dateEnd: e.time.end,
        timePrecision: e.time.precision,
        timeBasis: e.time.basis,
        timeExpression: e.time.expression,
        timeAnchor: e.time.anchor,
        timeNoteAr: e.time.note?.ar,
        timeNoteEn: e.time.note?.en,
        sortKey: sortKeyOf(e.time.start ?? e.time.end),
        placeId: e.placeId,
        locationPrecision: e.locationPrecision,
        locationNoteAr: e.locationNote?.ar,
        locationNoteEn: e.locationNote?.en,
        weapons: e.weapons,
        civilianTargeting: e.civilianTargeting,
        grading: e.assessment.grading,
        clarity: e.assessment.clarity,
        assessmentConfidence: e.assessment.confidence,
        assessmentNoteAr: e.assessment.note?.ar,
        assessmentNoteEn: e.assessment.note?.en,
        tags: e.tags,
        status: e.status,
      })),
      "events",
    );
    await put(
      t.eventParticipants,
      a.events.flatMap((e) =>
        e.participants.map((p, i) => ({
          eventId: e.id,
          actorId: p.actorId,
          role: p.role,
          attribution: p.attribution,
          ordinal: i + 1,
          noteAr: p.note?.ar,
          noteEn: p.note?.en,
        })),
      ),
      "participants",
    );
    await put(
      t.eventQuantities,
      a.events.flatMap((e) =>
        e.quantities.map((q, i) => ({
          id: q.id,
          eventId: e.id,
          ordinal: i + 1,
          kind: q.kind,
          subjectAr: q.subject?.ar,
          subjectEn: q.subject?.en,
          low: q.low,
          best: q.best,
          high: q.high,
          words: q.words,
          vague: q.vague,
          convention: q.convention,
          noteAr: q.note?.ar,
          noteEn: q.note?.en,
        })),
      ),
      "quantities",
    );
    await put(
      t.eventRelations,
      a.events.flatMap((e) => e.relations.map((r) => ({ eventId: e.id, relatedEventId: r.eventId, relation: r.type }))),
      "eventRelations",
    );
    await put(
      t.disputes,
      a.disputes.map((d) => ({
        id: d.id,
        titleAr: d.title.ar,
        titleEn: d.title.en,
        summaryAr: d.summary?.ar,
        summaryEn: d.summary?.en,
        kind: d.kind,
        disputeStatus: d.disputeStatus,
        startDate: d.start,
        endDate: d.end,
        status: d.status,
      })),
      "disputes",
    );
    await put(
      t.disputeParties,
      a.disputes.flatMap((d) => d.parties.map((p, i) => ({ disputeId: d.id, actorId: p.actorId, side: p.side, ordinal: i + 1 }))),
      "disputeParties",
    );
    await put(
      t.disputeIssues,
      a.issues.map((i) => ({
        id: i.id,
        disputeId: i.disputeId,
        ordinal: i.ordinal,
        titleAr: i.title.ar,
        titleEn: i.title.en,
        issueType: i.issueType,
        issueStatus: i.issueStatus,
        status: i.status,
      })),
      "issues",
    );
    await put(
      t.positions,
      a.positions.map((p) => ({
        id: p.id,
        issueId: p.issueId,
        actorId: p.actorId,
        stance: p.stance,
        statementAr: p.statement.ar,
        statementEn: p.statement.en,
        basis: p.basis,
        framedByActorId: p.framedByActorId,
        framedByOutletId: p.framedByOutletId,
        statedDate: p.date,
        status: p.status,
      })),
      "positions",
    );
    await put(
      t.claims,
      a.claims.map((c) => ({
        id: c.id,
        documentId: c.documentId,
        claimantId: c.claimantId,
        outletId: c.outletId,
        modality: c.modality,
        confidence: c.confidence,
        statementAr: c.statement.ar,
        statementEn: c.statement.en,
        eventId: c.eventId,
        quantityId: c.quantityId,
        positionId: c.positionId,
        status: c.status,
      })),
      "claims",
    );
    await put(
      t.eventIssueLinks,
      a.eventIssueLinks.map((l) => ({
        eventId: l.eventId,
        disputeId: l.disputeId,
        issueId: l.issueId,
        relation: l.relation,
        noteAr: l.note?.ar,
        noteEn: l.note?.en,
      })),
      "eventIssueLinks",
    );
    await put(
      t.citations,
      a.citations.map((c) => {
        const kind = c.target.kind;
        return {
          id: c.id,
          documentId: doc.id,
          documentHash: hash,
          startOffset: c.start,
          endOffset: c.end,
          exact: c.exact,
          prefix: text.slice(Math.max(0, c.start - QUOTE_CONTEXT), c.start),
          suffix: text.slice(c.end, c.end + QUOTE_CONTEXT),
          role: c.role,
          targetKind: kind,
          [kind === "document" ? "targetDocumentId" : `${kind}Id`]: c.target.id,
          noteAr: c.note?.ar,
          noteEn: c.note?.en,
        };
      }),
      "citations",
    );
    // Version 1 of every curated record, so history starts at the seed rather than at the first edit.
    const snapshots: [string, { id: string }[]][] = [
      ["document", [{ ...doc, textHash: hash } as { id: string }]],
      ["actor", a.actors],
      ["place", a.places],
      ["event", a.events],
      ["claim", a.claims],
      ["dispute", a.disputes],
      ["issue", a.issues],
      ["position", a.positions],
    ];
    await put(
      t.revisions,
      snapshots.flatMap(([kind, rows]) =>
        rows.map((r) => ({ entityKind: kind, entityId: r.id, version: 1, snapshot: r, author: "seed", summary: `Loaded from seeds/${name}`, createdAt: now })),
      ),
      "revisions",
    );
  });
  return { file: name, documentId: doc.id, counts };
}

export async function loadSeeds(db: Db, seedsDir: string): Promise<SeedResult[]> {
  const results: SeedResult[] = [];
  for (const file of findSeedFiles(seedsDir)) results.push(await loadSeedFile(db, file));
  return results;
}
