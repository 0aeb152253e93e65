import type { z } from "zod";
import type { Actor, ActorBase, Claim, ClaimBase, Document, DocumentBase, DocumentSummary, Outlet, Place, PlaceBase } from "@waqai/schema";
import { OFFSET_UNIT } from "@waqai/schema";
import type { actors, claims, documents, outlets, places } from "../tables";
import { arOf, bi, compact, editorial, editorialColumns, enOf, opt, optBi, type EditorialIn, type Row } from "./util";

// Each kind's mapping between the domain record (the wire and dataset shape) and its row, both ways, here
// only: the dataset import (and so the seed) writes with `…Row`, every read and export reads with `…Out`.

export function outletRow(o: Outlet): Row {
  return { id: o.id, nameAr: o.name.ar, nameEn: enOf(o.name), kind: o.kind, url: o.url, country: o.country };
}

/** A document as the dataset carries it: its metadata, its text and the text's hash and length. */
export type DocumentIn = z.input<typeof DocumentBase> & { text: string; textHash: string; length: number; offsetUnit?: string } & EditorialIn;

export function documentRow(d: DocumentIn): Row {
  return {
    id: d.id,
    outletId: d.outletId,
    titleAr: arOf(d.title),
    titleEn: enOf(d.title),
    titleBasis: d.titleBasis,
    url: d.url,
    language: d.language,
    sourceFile: d.sourceFile,
    text: d.text,
    textHash: d.textHash,
    length: d.length,
    offsetUnit: d.offsetUnit,
    publishedDate: d.published.date,
    publishedPrecision: d.published.precision,
    publishedBasis: d.published.basis,
    publishedConfidence: d.published.confidence,
    publishedEarliest: d.published.earliest,
    publishedLatest: d.published.latest,
    publishedNoteAr: arOf(d.published.note),
    publishedNoteEn: enOf(d.published.note),
    notesAr: arOf(d.notes),
    notesEn: enOf(d.notes),
    ...editorialColumns(d),
  };
}

// An actor and a place are named alike (see gazetteerNameColumns): id, bilingual name, other spellings.
type GazetteerName = { id: string; name: { ar: string; en?: string }; variants?: string[] };

function gazetteerNameRow(r: GazetteerName): Row {
  return { id: r.id, nameAr: r.name.ar, nameEn: enOf(r.name), variants: r.variants ?? [] };
}

function gazetteerNameOut(r: { id: string; nameAr: string; nameEn: string | null; variants: string[] }) {
  return { id: r.id, name: bi(r.nameAr, r.nameEn), variants: r.variants };
}

export function placeRow(p: z.input<typeof PlaceBase> & EditorialIn): Row {
  return {
    ...gazetteerNameRow(p),
    feature: p.feature,
    lat: p.point?.lat,
    lon: p.point?.lon,
    pointIsCentroid: p.pointIsCentroid ?? false,
    parentId: p.parentId,
    country: p.country,
    ...editorialColumns(p),
  };
}

export function actorRow(a: z.input<typeof ActorBase> & EditorialIn): Row {
  return {
    ...gazetteerNameRow(a),
    kind: a.kind,
    parentId: a.parentId,
    country: a.country,
    offices: a.offices ?? [],
    descriptionAr: arOf(a.description),
    descriptionEn: enOf(a.description),
    ...editorialColumns(a),
  };
}

export function claimRow(c: z.input<typeof ClaimBase> & EditorialIn): Row {
  return {
    id: c.id,
    documentId: c.documentId,
    claimantId: c.claimantId,
    outletId: c.outletId,
    modality: c.modality,
    voice: c.voice ?? "reported",
    confidence: c.confidence,
    statementAr: c.statement.ar,
    statementEn: enOf(c.statement),
    eventId: c.eventId,
    quantityId: c.quantityId,
    positionId: c.positionId,
    ...editorialColumns(c),
  };
}

export function outletOut(o: typeof outlets.$inferSelect): Outlet {
  return compact({ id: o.id, name: bi(o.nameAr, o.nameEn), kind: o.kind as Outlet["kind"], url: opt(o.url), country: opt(o.country) });
}

function published(d: typeof documents.$inferSelect): Document["published"] {
  return compact({
    date: opt(d.publishedDate),
    precision: d.publishedPrecision as Document["published"]["precision"],
    basis: d.publishedBasis as Document["published"]["basis"],
    confidence: opt(d.publishedConfidence) as Document["published"]["confidence"],
    earliest: opt(d.publishedEarliest),
    latest: opt(d.publishedLatest),
    note: optBi(d.publishedNoteAr, d.publishedNoteEn),
  });
}

export function documentSummaryOut(d: typeof documents.$inferSelect): z.infer<typeof DocumentSummary> {
  return compact({
    id: d.id,
    title: optBi(d.titleAr, d.titleEn),
    outletId: opt(d.outletId),
    published: published(d),
    length: d.length,
    textHash: d.textHash,
  });
}

export function documentOut(d: typeof documents.$inferSelect): Document {
  return {
    ...compact({
      id: d.id,
      outletId: opt(d.outletId),
      title: optBi(d.titleAr, d.titleEn),
      titleBasis: opt(d.titleBasis) as Document["titleBasis"],
      url: opt(d.url),
      language: d.language as "ar" | "en",
      sourceFile: opt(d.sourceFile),
      published: published(d),
      notes: optBi(d.notesAr, d.notesEn),
    }),
    text: d.text,
    textHash: d.textHash,
    offsetUnit: OFFSET_UNIT,
    length: d.length,
    ...editorial(d),
  };
}

export function actorOut(a: typeof actors.$inferSelect): Actor {
  return {
    ...compact({
      ...gazetteerNameOut(a),
      kind: a.kind as Actor["kind"],
      parentId: opt(a.parentId),
      country: opt(a.country),
      offices: a.offices.map((o) => compact({ ...o })),
      description: optBi(a.descriptionAr, a.descriptionEn),
    }),
    ...editorial(a),
  };
}

export function placeOut(p: typeof places.$inferSelect): Place {
  return {
    ...compact({
      ...gazetteerNameOut(p),
      feature: p.feature as Place["feature"],
      point: p.lat !== null && p.lon !== null ? { lat: p.lat, lon: p.lon } : undefined,
      pointIsCentroid: p.pointIsCentroid,
      parentId: opt(p.parentId),
      country: opt(p.country),
    }),
    ...editorial(p),
  };
}

export function claimOut(c: typeof claims.$inferSelect): Claim {
  return {
    ...compact({
      id: c.id,
      documentId: c.documentId,
      claimantId: c.claimantId,
      outletId: opt(c.outletId),
      modality: c.modality as Claim["modality"],
      voice: c.voice as Claim["voice"],
      confidence: c.confidence as Claim["confidence"],
      statement: bi(c.statementAr, c.statementEn),
      eventId: opt(c.eventId),
      quantityId: opt(c.quantityId),
      positionId: opt(c.positionId),
    }),
    ...editorial(c),
  };
}
