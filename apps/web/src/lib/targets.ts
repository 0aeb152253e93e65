import "server-only";
import { QUANTITY_KIND } from "@waqai/ui";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/i18n/routing";
import { api, type Citation } from "./api";
import { allActors, allDisputes, allEvents, allPlaces, pageThrough, settled } from "./data";

type Text = { ar: string; en?: string };
export interface Target {
  label: Text;
  href?: string;
}

/**
 * What each citation in a document supports, in words, with a link to the record: built from the
 * published lists (the API has no "resolve these targets" call), so a target that is not published
 * simply has no label.
 */
export async function citationTargets(documentId: string, citations: Citation[], locale: Locale): Promise<Map<string, Target>> {
  const href = (p: string) => localePath(locale, p);
  const kinds = new Set(citations.map((c) => c.target.kind));
  const [events, actors, places, disputes, claims] = await Promise.all([
    kinds.has("event") || kinds.has("quantity") ? allEvents("{}", 5000) : { items: [] },
    kinds.has("actor") ? allActors() : [],
    kinds.has("place") ? allPlaces() : [],
    kinds.has("dispute") || kinds.has("issue") || kinds.has("position") ? allDisputes() : [],
    kinds.has("claim") ? pageThrough((cursor) => api().claims.list.query({ documentId, limit: 100, cursor })).then((r) => r.items) : [],
  ]);
  const details = kinds.has("issue") || kinds.has("position") ? await settled(disputes.map((d) => api().disputes.byId.query({ id: d.id }))) : [];
  const issues = details.flatMap((d) => d.issues);
  const positions = kinds.has("position") ? await settled(issues.map((i) => api().issues.byId.query({ id: i.id }))) : [];

  const map = new Map<string, Target>();
  for (const e of events.items) {
    map.set(`event:${e.id}`, { label: e.title, href: href(`/events/${e.id}`) });
    for (const q of e.quantities) {
      map.set(`quantity:${q.id}`, {
        label: {
          ar: `${QUANTITY_KIND[q.kind].ar}: «${q.words}» — ${e.title.ar}`,
          en: `${QUANTITY_KIND[q.kind].en}: «${q.words}» — ${e.title.en ?? e.title.ar}`,
        },
        href: href(`/events/${e.id}`),
      });
    }
  }
  for (const a of actors) map.set(`actor:${a.id}`, { label: a.name, href: href(`/actors/${a.id}`) });
  for (const p of places) map.set(`place:${p.id}`, { label: p.name, href: href(`/places/${p.id}`) });
  for (const d of disputes) map.set(`dispute:${d.id}`, { label: d.title, href: href(`/disputes/${d.id}`) });
  for (const i of issues) map.set(`issue:${i.id}`, { label: i.title, href: href(`/disputes/${i.disputeId}#issue-${i.id}`) });
  for (const i of positions) {
    for (const p of i.positions) map.set(`position:${p.id}`, { label: p.statement, href: href(`/disputes/${i.disputeId}#issue-${i.id}`) });
  }
  for (const c of claims) map.set(`claim:${c.id}`, { label: c.statement, href: c.eventId ? href(`/events/${c.eventId}`) : undefined });
  return map;
}
