import { EVENT_TAXONOMY } from "@waqai/schema";
import type { Db } from "../client";
import type { ExportEvent } from "./events";
import { exportEventPages } from "./events";
import type { EventExportFilter } from "./filters";
import type { StreamOptions } from "./pages";

const SOURCE_ROLES = new Set(["initiator"]);
const RECIPIENT_ROLES = new Set(["target", "victim"]);

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/**
 * One event as a PLOVER-like JSON object: PLOVER's category/mode/context and actor/recipient split, with
 * what PLOVER lacks kept explicit — the date as precise as the text and the words it came from, figures
 * as low/best/high with their words, every participant's attribution, and the cited spans (`cite_info`).
 * Keys are always present (null when unknown) so every line has the same shape.
 */
export function ploverRecord(x: ExportEvent) {
  const e = x.event;
  const info = EVENT_TAXONOMY[e.type];
  const actor = (p: (typeof e.participants)[number]) => {
    const a = x.actors.get(p.actorId);
    return { actor_id: p.actorId, name: a?.name ?? null, kind: a?.kind ?? null, role: p.role, attribution: p.attribution, note: orNull(p.note) };
  };
  const killed = e.quantities.find((q) => q.kind === "killed");
  const place = x.place;
  return {
    event_id: e.id,
    event_type: info.plover?.category ?? null,
    mode: info.plover?.mode ?? null,
    context: info.plover?.context ?? null,
    waqai_type: e.type,
    waqai_label: info.label,
    codes: { plover: info.plover, cameo: info.cameo, acled: info.acled },
    title: e.title,
    summary: orNull(e.summary),
    event_date: orNull(e.time.start),
    event_date_end: orNull(e.time.end),
    date_precision: e.time.precision,
    date_basis: e.time.basis,
    date_words: orNull(e.time.expression),
    date_anchor: orNull(e.time.anchor),
    date_note: orNull(e.time.note),
    date_earliest: orNull(e.time.earliest),
    date_latest: orNull(e.time.latest),
    date_window_basis: orNull(e.time.windowBasis),
    conflict_id: orNull(e.conflictId),
    dyad_id: orNull(e.dyadId),
    actor: e.participants.filter((p) => SOURCE_ROLES.has(p.role)).map(actor),
    recipient: e.participants.filter((p) => RECIPIENT_ROLES.has(p.role)).map(actor),
    other_participants: e.participants.filter((p) => !SOURCE_ROLES.has(p.role) && !RECIPIENT_ROLES.has(p.role)).map(actor),
    location: place
      ? {
          place_id: place.id,
          name: place.name,
          feature: place.feature,
          country: place.country ?? null,
          admin: place.ancestors.map((a) => ({ place_id: a.id, name: a.name, feature: a.feature })),
          lat: place.point?.lat ?? null,
          lon: place.point?.lon ?? null,
          point_is_centroid: place.pointIsCentroid,
        }
      : null,
    other_locations: x.otherPlaces.map((p) => ({
      place_id: p.id,
      role: p.role,
      name: p.name,
      feature: p.feature,
      country: p.country ?? null,
      lat: p.point?.lat ?? null,
      lon: p.point?.lon ?? null,
      point_is_centroid: p.pointIsCentroid,
    })),
    location_precision: e.locationPrecision,
    location_note: orNull(e.locationNote),
    figures: e.quantities.map((q) => ({
      figure_id: q.id,
      kind: q.kind,
      subject: orNull(q.subject),
      low: orNull(q.low),
      best: orNull(q.best),
      high: orNull(q.high),
      words: q.words,
      vague: q.vague,
      convention: orNull(q.convention),
    })),
    fatalities: killed
      ? {
          low: orNull(killed.low),
          best: orNull(killed.best),
          high: orNull(killed.high),
          words: killed.words,
          vague: killed.vague,
          convention: orNull(killed.convention),
        }
      : null,
    weapons: e.weapons,
    civilian_targeting: e.civilianTargeting,
    assessment: { grading: e.assessment.grading, clarity: e.assessment.clarity, confidence: orNull(e.assessment.confidence), note: orNull(e.assessment.note) },
    relations: e.relations.map((r) => ({ type: r.type, event_id: r.eventId })),
    claims: x.claims.map((c) => ({
      claim_id: c.id,
      claimant: { actor_id: c.claimantId, name: x.actors.get(c.claimantId)?.name ?? null },
      outlet_id: orNull(c.outletId),
      document_id: c.documentId,
      modality: c.modality,
      confidence: c.confidence,
      statement: c.statement,
      figure_id: orNull(c.quantityId),
    })),
    cite_info: x.citations.map((c) => {
      const d = x.documents.get(c.documentId);
      return {
        citation_id: c.id,
        document_id: c.documentId,
        document_hash: c.documentHash,
        outlet: d?.outlet ? { outlet_id: d.outlet.id, name: d.outlet.name } : null,
        url: d?.url ?? null,
        published: d?.publishedDate ?? null,
        role: c.role,
        supports: { kind: c.target.kind, id: c.target.id },
        start: c.start,
        end: c.end,
        offset_unit: c.unit,
        quote: c.exact,
        prefix: c.prefix,
        suffix: c.suffix,
      };
    }),
    tags: e.tags,
    version: e.version,
    updated_at: e.updatedAt,
  };
}

/** events.jsonl: one PLOVER-like object per line (LF), one chunk per page. */
export async function* eventsJsonl(db: Db, filter: EventExportFilter = {}, opts: StreamOptions = {}): AsyncGenerator<string> {
  for await (const page of exportEventPages(db, filter, opts)) {
    yield page.map((x) => `${JSON.stringify(ploverRecord(x))}\n`).join("");
  }
}
