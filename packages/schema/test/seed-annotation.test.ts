/**
 * The curated annotation of the seed article is data; this proves it honest against the text on disk:
 * it parses, every quote equals the text at its offsets, every id it mentions exists, and every event,
 * figure and position cites at least one span. Pure: reads two files, no database.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SeedAnnotation } from "../src";
import type { CitationTargetKind } from "../src";

const NAME = "000_068320e3f5882409";
const text = readFileSync(new URL(`../../../seeds/${NAME}.txt`, import.meta.url), "utf8");
const raw: unknown = JSON.parse(readFileSync(new URL(`../../../seeds/${NAME}.annotation.json`, import.meta.url), "utf8"));
const a = SeedAnnotation.parse(raw);

const quantities = a.events.flatMap((e) => e.quantities.map((q) => ({ ...q, eventId: e.id })));

/** Every id by kind, as citations name them. */
const idsByKind: Record<CitationTargetKind, string[]> = {
  document: [a.document.id],
  event: a.events.map((e) => e.id),
  quantity: quantities.map((q) => q.id),
  claim: a.claims.map((c) => c.id),
  position: a.positions.map((p) => p.id),
  dispute: a.disputes.map((d) => d.id),
  issue: a.issues.map((i) => i.id),
  actor: a.actors.map((x) => x.id),
  place: a.places.map((x) => x.id),
  conflict: a.conflicts.map((x) => x.id),
};
const sets = Object.fromEntries(Object.entries(idsByKind).map(([k, ids]) => [k, new Set(ids)])) as Record<CitationTargetKind, Set<string>>;
const outletIds = new Set(a.outlets.map((o) => o.id));

function citationsOf(kind: CitationTargetKind, id: string) {
  return a.citations.filter((c) => c.target.kind === kind && c.target.id === id);
}
function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}
/** Collects "what: id" for every reference that does not resolve, so a failure names them all. */
function unresolved(refs: [string, string | undefined, Set<string>][]): string[] {
  return refs.filter(([, id, set]) => id !== undefined && !set.has(id)).map(([what, id]) => `${what}: ${id}`);
}

describe(`seed annotation ${NAME}`, () => {
  it("annotates the stored NFC text", () => {
    expect(text.length).toBe(2611);
    expect(text.normalize("NFC")).toBe(text);
    expect(a.document.sourceFile).toBe(`${NAME}.txt`);
  });

  it("parses with SeedAnnotation and every record is published", () => {
    expect(SeedAnnotation.safeParse(raw).success).toBe(true);
    const records = [a.document, ...a.actors, ...a.places, ...a.events, ...a.claims, ...a.disputes, ...a.issues, ...a.positions];
    expect(records.filter((r) => r.status !== "published").map((r) => r.id)).toEqual([]);
  });

  it("quotes the text exactly at every citation's offsets", () => {
    const wrong = a.citations
      .filter((c) => c.end > text.length || c.start >= c.end || text.slice(c.start, c.end) !== c.exact)
      .map((c) => `${c.id} [${c.start},${c.end}) «${c.exact}» ≠ «${text.slice(c.start, c.end)}»`);
    expect(wrong).toEqual([]);
  });

  it("cites whole words: trimmed spans that end at a word boundary and start at one or after a clitic", () => {
    const wordChar = /[\p{L}\p{M}\p{N}]/u;
    const bad = a.citations
      .filter((c) => {
        if (c.exact !== c.exact.trim()) return true;
        const after = text[c.end];
        if (after !== undefined && wordChar.test(after)) return true;
        let wordStart = c.start;
        while (wordStart > 0 && wordChar.test(text[wordStart - 1]!)) wordStart--;
        // «بسورية», «لموسكو», «وقتلت»: a span may start after one or two proclitic letters.
        return !/^[وبلفك]{0,2}$/u.test(text.slice(wordStart, c.start));
      })
      .map((c) => `${c.id} «${c.exact}»`);
    expect(bad).toEqual([]);
  });

  it("has unique ids per kind, unique citation ids, and no id shared between actors and outlets", () => {
    for (const [kind, ids] of Object.entries(idsByKind)) expect(duplicates(ids), kind).toEqual([]);
    expect(duplicates(a.citations.map((c) => c.id))).toEqual([]);
    expect(duplicates(a.outlets.map((o) => o.id))).toEqual([]);
    expect(a.actors.filter((x) => outletIds.has(x.id)).map((x) => x.id)).toEqual([]);
  });

  it("points every citation at a record that exists", () => {
    const dangling = a.citations.filter((c) => !sets[c.target.kind].has(c.target.id)).map((c) => `${c.id} -> ${c.target.kind}:${c.target.id}`);
    expect(dangling).toEqual([]);
  });

  it("resolves every referenced id", () => {
    const refs: [string, string | undefined, Set<string>][] = [
      ["document.outletId", a.document.outletId, outletIds],
      ...a.actors.map((x): [string, string | undefined, Set<string>] => [`actor ${x.id} parentId`, x.parentId, sets.actor]),
      ...a.actors.flatMap((x) =>
        x.offices.map((o): [string, string | undefined, Set<string>] => [`actor ${x.id} office organizationId`, o.organizationId, sets.actor]),
      ),
      ...a.places.map((x): [string, string | undefined, Set<string>] => [`place ${x.id} parentId`, x.parentId, sets.place]),
      ...a.events.flatMap((e): [string, string | undefined, Set<string>][] => [
        [`event ${e.id} placeId`, e.placeId, sets.place],
        ...e.participants.map((p): [string, string | undefined, Set<string>] => [`event ${e.id} participant`, p.actorId, sets.actor]),
        ...e.relations.map((r): [string, string | undefined, Set<string>] => [`event ${e.id} relation ${r.type}`, r.eventId, sets.event]),
      ]),
      ...a.claims.flatMap((c): [string, string | undefined, Set<string>][] => [
        [`claim ${c.id} documentId`, c.documentId, sets.document],
        [`claim ${c.id} claimantId`, c.claimantId, sets.actor],
        [`claim ${c.id} outletId`, c.outletId, outletIds],
        [`claim ${c.id} eventId`, c.eventId, sets.event],
        [`claim ${c.id} quantityId`, c.quantityId, sets.quantity],
        [`claim ${c.id} positionId`, c.positionId, sets.position],
      ]),
      ...a.disputes.flatMap((d) => d.parties.map((p): [string, string | undefined, Set<string>] => [`dispute ${d.id} party`, p.actorId, sets.actor])),
      ...a.issues.map((i): [string, string | undefined, Set<string>] => [`issue ${i.id} disputeId`, i.disputeId, sets.dispute]),
      ...a.positions.flatMap((p): [string, string | undefined, Set<string>][] => [
        [`position ${p.id} issueId`, p.issueId, sets.issue],
        [`position ${p.id} actorId`, p.actorId, sets.actor],
        [`position ${p.id} framedByActorId`, p.framedByActorId, sets.actor],
        [`position ${p.id} framedByOutletId`, p.framedByOutletId, outletIds],
      ]),
      ...a.eventIssueLinks.flatMap((l): [string, string | undefined, Set<string>][] => [
        [`link ${l.eventId} eventId`, l.eventId, sets.event],
        [`link ${l.eventId} disputeId`, l.disputeId, sets.dispute],
        [`link ${l.eventId} issueId`, l.issueId, sets.issue],
      ]),
    ];
    expect(unresolved(refs)).toEqual([]);
  });

  it("keeps references consistent beyond existence", () => {
    // A claim's figure belongs to the claim's event; a link's issue belongs to the link's dispute.
    const eventOfQuantity = new Map(quantities.map((q) => [q.id, q.eventId]));
    expect(a.claims.filter((c) => c.quantityId && c.eventId && eventOfQuantity.get(c.quantityId) !== c.eventId).map((c) => c.id)).toEqual([]);
    const disputeOfIssue = new Map(a.issues.map((i) => [i.id, i.disputeId]));
    expect(a.eventIssueLinks.filter((l) => l.issueId && disputeOfIssue.get(l.issueId) !== l.disputeId)).toEqual([]);
    // The claimant is never the outlet, and every claim is in this document.
    expect(a.claims.filter((c) => outletIds.has(c.claimantId) || c.documentId !== a.document.id).map((c) => c.id)).toEqual([]);
    // No event relates to itself; parent chains end (no cycles).
    expect(a.events.filter((e) => e.relations.some((r) => r.eventId === e.id)).map((e) => e.id)).toEqual([]);
    for (const list of [a.actors, a.places]) {
      const parent = new Map(list.map((x) => [x.id, x.parentId]));
      for (const x of list) {
        const seen = new Set<string>();
        for (let id: string | undefined = x.id; id !== undefined; id = parent.get(id)) {
          expect(seen.has(id), `parent cycle through ${id}`).toBe(false);
          seen.add(id);
        }
      }
    }
  });

  it("cites every event, figure and position at least once", () => {
    const uncited = [
      ...a.events.filter((e) => citationsOf("event", e.id).length === 0).map((e) => `event ${e.id}`),
      ...quantities.filter((q) => citationsOf("quantity", q.id).length === 0).map((q) => `quantity ${q.id}`),
      ...a.positions.filter((p) => citationsOf("position", p.id).length === 0).map((p) => `position ${p.id}`),
    ];
    expect(uncited).toEqual([]);
  });

  it("gives every event evidence, every figure its words, and every relative date its expression", () => {
    expect(a.events.filter((e) => !citationsOf("event", e.id).some((c) => c.role === "evidence")).map((e) => e.id)).toEqual([]);
    const wordsMissing = quantities
      .filter((q) => !citationsOf("quantity", q.id).some((c) => c.role === "number" && c.exact.includes(q.words)))
      .map((q) => `${q.id} «${q.words}»`);
    expect(wordsMissing).toEqual([]);
    const anchor = a.document.published.date;
    const badDates = a.events
      .filter((e) => e.time.expression !== undefined)
      .filter(
        (e) =>
          !citationsOf("event", e.id).some((c) => c.role === "date" && c.exact.includes(e.time.expression!)) ||
          (e.time.basis === "relative" && e.time.anchor !== anchor),
      )
      .map((e) => e.id);
    expect(badDates).toEqual([]);
  });

  it("cites every claim's attribution cue and content, and every issue, dispute and actor", () => {
    const claimsMissing = a.claims
      .filter((c) => !["attribution", "evidence"].every((role) => citationsOf("claim", c.id).some((x) => x.role === role)))
      .map((c) => c.id);
    expect(claimsMissing).toEqual([]);
    const uncited = [
      ...a.issues.filter((i) => citationsOf("issue", i.id).length === 0).map((i) => `issue ${i.id}`),
      ...a.disputes.filter((d) => citationsOf("dispute", d.id).length === 0).map((d) => `dispute ${d.id}`),
      ...a.actors.filter((x) => citationsOf("actor", x.id).length === 0).map((x) => `actor ${x.id}`),
    ];
    expect(uncited).toEqual([]);
  });

  it("cites every place, except gazetteer-only parents of cited places", () => {
    const cited = new Set(a.places.filter((x) => citationsOf("place", x.id).length > 0).map((x) => x.id));
    const parent = new Map(a.places.map((x) => [x.id, x.parentId]));
    const parentsOfCited = new Set<string>();
    for (const id of cited) for (let up = parent.get(id); up !== undefined && !parentsOfCited.has(up); up = parent.get(up)) parentsOfCited.add(up);
    const uncited = a.places.filter((x) => !cited.has(x.id) && !parentsOfCited.has(x.id)).map((x) => x.id);
    expect(uncited).toEqual([]);
    // Region-level places say their point is a centroid.
    expect(
      a.places.filter((x) => ["region", "governorate", "country", "continent"].includes(x.feature) && x.point && !x.pointIsCentroid).map((x) => x.id),
    ).toEqual([]);
  });

  it("orders each dispute's issues 1..n as the source lists them, each citing its evidence", () => {
    for (const d of a.disputes) {
      const issues = a.issues.filter((i) => i.disputeId === d.id).sort((x, y) => x.ordinal - y.ordinal);
      expect(issues.map((i) => i.ordinal)).toEqual(issues.map((_, i) => i + 1));
      // Each issue stands where the source lists it (its own words when quoted whole, else its first evidence).
      const starts = issues.map((i) => {
        const evidence = citationsOf("issue", i.id).filter((c) => c.role === "evidence");
        return evidence.find((c) => c.exact === i.title.ar)?.start ?? Math.min(...evidence.map((c) => c.start));
      });
      expect(starts.every(Number.isFinite), d.id).toBe(true);
      expect(starts, d.id).toEqual([...starts].sort((x, y) => x - y));
    }
    // The sidebar's points are quoted whole: an issue titled with the source's words cites exactly those words.
    for (const i of a.issues.filter((x) => text.includes(x.title.ar)))
      expect(
        citationsOf("issue", i.id).some((c) => c.exact === i.title.ar),
        i.id,
      ).toBe(true);
  });

  it("keeps a framed position's framer, and one in the actor's own words has none", () => {
    expect(a.positions.filter((p) => p.basis === "framed" && !p.framedByActorId && !p.framedByOutletId).map((p) => p.id)).toEqual([]);
    expect(a.positions.filter((p) => p.basis === "own_words" && (p.framedByActorId || p.framedByOutletId)).map((p) => p.id)).toEqual([]);
  });
});
