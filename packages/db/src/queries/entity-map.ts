import type { z } from "zod";
import type { Actor, Claim, Document, DocumentSummary, Outlet, Place } from "@waqai/schema";
import { OFFSET_UNIT } from "@waqai/schema";
import type { actors, claims, documents, outlets, places } from "../tables";
import { bi, compact, editorial, opt, optBi } from "./util";

export function outletOut(o: typeof outlets.$inferSelect): Outlet {
  return compact({ id: o.id, name: bi(o.nameAr, o.nameEn), kind: o.kind as Outlet["kind"], url: opt(o.url), country: opt(o.country) });
}

function published(d: typeof documents.$inferSelect): Document["published"] {
  return compact({
    date: opt(d.publishedDate),
    precision: d.publishedPrecision as Document["published"]["precision"],
    basis: d.publishedBasis as Document["published"]["basis"],
    confidence: opt(d.publishedConfidence) as Document["published"]["confidence"],
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
      id: a.id,
      name: bi(a.nameAr, a.nameEn),
      variants: a.variants,
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
      id: p.id,
      name: bi(p.nameAr, p.nameEn),
      variants: p.variants,
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
      confidence: c.confidence as Claim["confidence"],
      statement: bi(c.statementAr, c.statementEn),
      eventId: opt(c.eventId),
      quantityId: opt(c.quantityId),
      positionId: opt(c.positionId),
    }),
    ...editorial(c),
  };
}
