import "server-only";
import { QUANTITY_KIND } from "@waqai/ui";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/i18n/routing";
import type { Citation } from "./api";
import { namesOf } from "./data";

type Text = { ar: string; en?: string };
export interface Target {
  label: Text;
  href?: string;
}

/**
 * What each citation in a document supports, in words, with a link to the record: the names of exactly the
 * records cited (a figure by its words and its event, a position under its dispute's point). A target
 * the public may not see has no label.
 */
export async function citationTargets(citations: Citation[], locale: Locale): Promise<Map<string, Target>> {
  const href = (p: string) => localePath(locale, p);
  const names = await namesOf(citations.map((c) => c.target));
  const map = new Map<string, Target>();
  for (const [key, n] of names) {
    const label =
      n.kind === "quantity" && n.quantityKind
        ? { ar: `${QUANTITY_KIND[n.quantityKind].ar}: ${n.label.ar}`, en: `${QUANTITY_KIND[n.quantityKind].en}: ${n.label.en ?? n.label.ar}` }
        : n.label;
    const path =
      n.kind === "event"
        ? `/events/${n.id}`
        : n.kind === "quantity" || n.kind === "claim"
          ? n.eventId
            ? `/events/${n.eventId}`
            : undefined
          : n.kind === "actor"
            ? `/actors/${n.id}`
            : n.kind === "place"
              ? `/places/${n.id}`
              : n.kind === "dispute"
                ? `/disputes/${n.id}`
                : n.kind === "issue"
                  ? `/disputes/${n.disputeId}#issue-${n.id}`
                  : n.kind === "position"
                    ? `/disputes/${n.disputeId}#issue-${n.issueId}`
                    : n.kind === "conflict"
                      ? `/conflicts/${n.id}`
                      : n.kind === "document"
                        ? `/sources/${n.id}`
                        : undefined;
    map.set(key, { label, ...(path ? { href: href(path) } : {}) });
  }
  return map;
}
