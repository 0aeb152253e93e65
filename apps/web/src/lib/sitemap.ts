import "server-only";

/** A sitemap file's name: events by month and part, other kinds by the id they start after. */
export function sitemapFileName(f: { kind: string; month?: string; part?: number; after?: string | null }): string {
  if (f.kind === "event") return `events-${f.month}-${f.part ?? 0}.xml`;
  return f.after ? `${f.kind}-after-${f.after}.xml` : `${f.kind}-start.xml`;
}

/** The inverse of sitemapFileName, or null for a name that is not one. */
export function parseSitemapFile(name: string): { kind: string; month?: string; part?: number; after?: string } | null {
  const ev = /^events-(\d{4}-\d{2}|undated)-(\d+)\.xml$/.exec(name);
  if (ev) return { kind: "event", month: ev[1]!, part: Number(ev[2]) };
  const rec = /^(actor|place|dispute|conflict|document)-(?:start|after-([a-z][a-z0-9-]*))\.xml$/.exec(name);
  if (rec) return { kind: rec[1]!, ...(rec[2] ? { after: rec[2] } : {}) };
  return null;
}

export const PATH_OF: Record<string, string> = {
  event: "events",
  actor: "actors",
  place: "places",
  dispute: "disputes",
  conflict: "conflicts",
  document: "sources",
};
