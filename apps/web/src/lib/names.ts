import "server-only";
import type { EventDetail } from "./api";
import { namesOf } from "./data";

type Text = { ar: string; en?: string };

export interface DocumentRef {
  title: Text;
  outlet?: Text;
  published?: { date: string; precision: EventDetail["time"]["precision"]; inferred: boolean; earliest?: string; latest?: string };
  /** The title is the archive's, not the text's. */
  titleInferred: boolean;
}

/** Names of records an event refers to by id only, each falling back to its id when it cannot be named. */
export interface Names {
  actor(id: string): Text;
  document(id: string): DocumentRef | undefined;
  dispute(id: string): Text | undefined;
  issue(id: string): Text | undefined;
  event(id: string): Text | undefined;
}

/**
 * Claimants who are not participants, source documents (title, outlet, publication, never their text),
 * disputes, issues and related events: one `records.names` call for all of them.
 */
export async function loadNames(event: EventDetail): Promise<Names> {
  const actorNames = new Map<string, Text>(event.actors.map((a) => [a.id, a.name]));
  const names = await namesOf([
    ...event.claims.filter((c) => !actorNames.has(c.claimantId)).map((c) => ({ kind: "actor" as const, id: c.claimantId })),
    ...[...event.citations.map((c) => c.documentId), ...event.claims.map((c) => c.documentId)].map((id) => ({ kind: "document" as const, id })),
    ...event.issueLinks.map((l) => ({ kind: "dispute" as const, id: l.disputeId })),
    ...event.issueLinks.flatMap((l) => (l.issueId ? [{ kind: "issue" as const, id: l.issueId }] : [])),
    ...event.relations.map((r) => ({ kind: "event" as const, id: r.eventId })),
  ]);
  const of = (kind: string, id: string) => names.get(`${kind}:${id}`);
  return {
    actor: (id) => actorNames.get(id) ?? of("actor", id)?.label ?? { ar: id },
    document: (id) => {
      const n = of("document", id);
      if (!n) return undefined;
      return {
        title: n.label,
        ...(n.document?.outlet ? { outlet: n.document.outlet } : {}),
        ...(n.document?.published ? { published: n.document.published } : {}),
        titleInferred: n.document?.titleInferred ?? false,
      };
    },
    dispute: (id) => of("dispute", id)?.label,
    issue: (id) => of("issue", id)?.label,
    event: (id) => of("event", id)?.label,
  };
}
