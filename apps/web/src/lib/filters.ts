import { EventType, Id, PartialDate, TimePrecision } from "@waqai/schema";

/** The home page's filters, as the API's events.list takes them; they live in the URL (?type=...&from=...). */
export interface EventFilter {
  type?: EventType;
  actorId?: string;
  placeId?: string;
  disputeId?: string;
  conflictId?: string;
  from?: string;
  to?: string;
  precision?: TimePrecision;
}

export type SearchParams = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (typeof v === "string" && v.trim() ? v.trim() : undefined);
// What counts as an id, a date or an option is the schema's, so a URL the reader keeps is one the API takes.
const valid = <T>(schema: { safeParse(v: unknown): { data?: T } }, v: string | undefined): T | undefined =>
  v === undefined ? undefined : schema.safeParse(v).data;

/** Reads filters from a URL, dropping anything malformed instead of sending the API a bad request. */
export function parseFilter(sp: SearchParams): EventFilter {
  const f: EventFilter = {
    type: valid(EventType, one(sp.type)),
    actorId: valid(Id, one(sp.actor)),
    placeId: valid(Id, one(sp.place)),
    disputeId: valid(Id, one(sp.dispute)),
    conflictId: valid(Id, one(sp.conflict)),
    from: valid(PartialDate, one(sp.from)),
    to: valid(PartialDate, one(sp.to)),
    precision: valid(TimePrecision, one(sp.precision)),
  };
  // Only the filters given: the object is also compared and turned into a query.
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined));
}

/** The URL query for a filter (the inverse of parseFilter), for links, exports and the pager. */
export function filterQuery(f: EventFilter, extra: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  if (f.type) q.set("type", f.type);
  if (f.actorId) q.set("actor", f.actorId);
  if (f.placeId) q.set("place", f.placeId);
  if (f.disputeId) q.set("dispute", f.disputeId);
  if (f.conflictId) q.set("conflict", f.conflictId);
  if (f.from) q.set("from", f.from);
  if (f.to) q.set("to", f.to);
  if (f.precision) q.set("precision", f.precision);
  for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}
