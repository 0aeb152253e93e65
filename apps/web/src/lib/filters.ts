import { EVENT_TYPES, type EventType, type TimePrecision } from "@waqai/schema";

/** The home page's filters, as the API's events.list takes them; they live in the URL (?type=...&from=...). */
export interface EventFilter {
  type?: EventType;
  actorId?: string;
  placeId?: string;
  disputeId?: string;
  from?: string;
  to?: string;
  precision?: TimePrecision;
}

export type SearchParams = Record<string, string | string[] | undefined>;

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const PRECISIONS = ["day", "week", "month", "year", "unknown"] as const;

const one = (v: string | string[] | undefined) => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** Reads filters from a URL, dropping anything malformed instead of sending the API a bad request. */
export function parseFilter(sp: SearchParams): EventFilter {
  const f: EventFilter = {};
  const type = one(sp.type);
  if (type && (EVENT_TYPES as readonly string[]).includes(type)) f.type = type as EventType;
  for (const key of ["actorId", "placeId", "disputeId"] as const) {
    const v = one(sp[key === "actorId" ? "actor" : key === "placeId" ? "place" : "dispute"]);
    if (v && ID.test(v)) f[key] = v;
  }
  const from = one(sp.from);
  const to = one(sp.to);
  if (from && DATE.test(from)) f.from = from;
  if (to && DATE.test(to)) f.to = to;
  const precision = one(sp.precision);
  if (precision && (PRECISIONS as readonly string[]).includes(precision)) f.precision = precision as TimePrecision;
  return f;
}

/** The URL query for a filter (the inverse of parseFilter), for links, exports and the pager. */
export function filterQuery(f: EventFilter, extra: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  if (f.type) q.set("type", f.type);
  if (f.actorId) q.set("actor", f.actorId);
  if (f.placeId) q.set("place", f.placeId);
  if (f.disputeId) q.set("dispute", f.disputeId);
  if (f.from) q.set("from", f.from);
  if (f.to) q.set("to", f.to);
  if (f.precision) q.set("precision", f.precision);
  for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}

export const hasFilter = (f: EventFilter) => Object.values(f).some(Boolean);
