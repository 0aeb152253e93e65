import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { CitationTargetKind, QuantityKind, RecordName, RecordNamesInput, TimePrecision } from "@waqai/schema";
import type { Db } from "../client";
import { actors, claims, conflicts, disputeIssues, disputes, documents, eventQuantities, events, outlets, places, positions } from "../tables";
import { bi, compact, opt, optBi, PUBLIC_SCOPE, visible, type ReadScope } from "./util";

type Name = z.infer<typeof RecordName>;
type Ref = z.input<typeof RecordNamesInput>["refs"][number];

/**
 * The names of the records a page refers to by id (a source's citation targets, an event's documents and
 * claimants, a dispute's actors), one query per kind over at most a page of ids: a page that names 200
 * records costs 200 index lookups, whatever the archive holds. Records the caller may not see are absent.
 */
export async function recordNames(db: Db, refs: Ref[], scope: ReadScope = PUBLIC_SCOPE): Promise<{ items: Name[] }> {
  const ids = (kind: CitationTargetKind) => [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id))];
  const run = async <T>(kind: CitationTargetKind, q: (list: string[]) => Promise<T[]>): Promise<T[]> => {
    const list = ids(kind);
    return list.length ? q(list) : [];
  };
  const [ev, qt, cl, pos, dsp, iss, act, pl, doc, cf] = await Promise.all([
    run("event", (l) =>
      db
        .select({ id: events.id, ar: events.titleAr, en: events.titleEn })
        .from(events)
        .where(and(inArray(events.id, l), visible(events.status, scope))),
    ),
    run("quantity", (l) =>
      db
        .select({
          id: eventQuantities.id,
          kind: eventQuantities.kind,
          words: eventQuantities.words,
          eventId: events.id,
          ar: events.titleAr,
          en: events.titleEn,
        })
        .from(eventQuantities)
        .innerJoin(events, eq(events.id, eventQuantities.eventId))
        .where(and(inArray(eventQuantities.id, l), visible(events.status, scope))),
    ),
    run("claim", (l) =>
      db
        .select({ id: claims.id, ar: claims.statementAr, en: claims.statementEn, eventId: claims.eventId })
        .from(claims)
        .where(and(inArray(claims.id, l), visible(claims.status, scope))),
    ),
    run("position", (l) =>
      db
        .select({ id: positions.id, ar: positions.statementAr, en: positions.statementEn, issueId: positions.issueId, disputeId: disputeIssues.disputeId })
        .from(positions)
        .innerJoin(disputeIssues, eq(disputeIssues.id, positions.issueId))
        .where(and(inArray(positions.id, l), visible(positions.status, scope))),
    ),
    run("dispute", (l) =>
      db
        .select({ id: disputes.id, ar: disputes.titleAr, en: disputes.titleEn })
        .from(disputes)
        .where(and(inArray(disputes.id, l), visible(disputes.status, scope))),
    ),
    run("issue", (l) =>
      db
        .select({ id: disputeIssues.id, ar: disputeIssues.titleAr, en: disputeIssues.titleEn, disputeId: disputeIssues.disputeId })
        .from(disputeIssues)
        .where(and(inArray(disputeIssues.id, l), visible(disputeIssues.status, scope))),
    ),
    run("actor", (l) =>
      db
        .select({ id: actors.id, ar: actors.nameAr, en: actors.nameEn })
        .from(actors)
        .where(and(inArray(actors.id, l), visible(actors.status, scope))),
    ),
    run("place", (l) =>
      db
        .select({ id: places.id, ar: places.nameAr, en: places.nameEn })
        .from(places)
        .where(and(inArray(places.id, l), visible(places.status, scope))),
    ),
    run("document", (l) =>
      db
        .select({
          id: documents.id,
          ar: documents.titleAr,
          en: documents.titleEn,
          titleBasis: documents.titleBasis,
          date: documents.publishedDate,
          precision: documents.publishedPrecision,
          basis: documents.publishedBasis,
          earliest: documents.publishedEarliest,
          latest: documents.publishedLatest,
          outletAr: outlets.nameAr,
          outletEn: outlets.nameEn,
        })
        .from(documents)
        .leftJoin(outlets, eq(outlets.id, documents.outletId))
        .where(and(inArray(documents.id, l), visible(documents.status, scope))),
    ),
    run("conflict", (l) =>
      db
        .select({ id: conflicts.id, ar: conflicts.titleAr, en: conflicts.titleEn })
        .from(conflicts)
        .where(and(inArray(conflicts.id, l), visible(conflicts.status, scope))),
    ),
  ]);
  const items: Name[] = [
    ...ev.map((r) => ({ kind: "event" as const, id: r.id, label: bi(r.ar, r.en) })),
    // A figure is named by its words and its event's title; the page adds what it counts in its own language.
    ...qt.map((r) => ({
      kind: "quantity" as const,
      id: r.id,
      label: { ar: `«${r.words}» — ${r.ar}`, en: `«${r.words}» — ${r.en ?? r.ar}` },
      eventId: r.eventId,
      quantityKind: r.kind as QuantityKind,
    })),
    ...cl.map((r) => compact({ kind: "claim" as const, id: r.id, label: bi(r.ar, r.en), eventId: opt(r.eventId) })),
    ...pos.map((r) => ({ kind: "position" as const, id: r.id, label: bi(r.ar, r.en), issueId: r.issueId, disputeId: r.disputeId })),
    ...dsp.map((r) => ({ kind: "dispute" as const, id: r.id, label: bi(r.ar, r.en) })),
    ...iss.map((r) => ({ kind: "issue" as const, id: r.id, label: bi(r.ar, r.en), disputeId: r.disputeId })),
    ...act.map((r) => ({ kind: "actor" as const, id: r.id, label: bi(r.ar, r.en) })),
    ...pl.map((r) => ({ kind: "place" as const, id: r.id, label: bi(r.ar, r.en) })),
    ...doc.map((r) => ({
      kind: "document" as const,
      id: r.id,
      label: r.ar ? bi(r.ar, r.en) : { ar: r.id },
      document: compact({
        titleInferred: r.titleBasis === "inferred",
        outlet: optBi(r.outletAr, r.outletEn),
        published: r.date
          ? compact({
              date: r.date,
              precision: r.precision as TimePrecision,
              inferred: r.basis === "inferred",
              earliest: opt(r.earliest),
              latest: opt(r.latest),
            })
          : undefined,
      }),
    })),
    ...cf.map((r) => ({ kind: "conflict" as const, id: r.id, label: bi(r.ar, r.en) })),
  ];
  return { items };
}
