import "server-only";
import { api, type EventDetail } from "./api";
import { settled, unique } from "./data";

type Text = { ar: string; en?: string };

export interface DocumentRef {
  title: Text;
  outlet?: Text;
  published?: { date: string; precision: EventDetail["time"]["precision"]; inferred: boolean; earliest?: string; latest?: string };
  /** The title is the archive's, not the text's. */
  titleInferred: boolean;
}

/** Names of records an event refers to by id only, each falling back to its id when it cannot be fetched. */
export interface Names {
  actor(id: string): Text;
  document(id: string): DocumentRef | undefined;
  dispute(id: string): Text | undefined;
  issue(id: string): Text | undefined;
  event(id: string): Text | undefined;
}

/**
 * Claimants who are not participants, source documents and their outlets, disputes and related
 * events: calls made in the same tick go out as one batched (and cached) request.
 */
export async function loadNames(event: EventDetail): Promise<Names> {
  const client = api();
  const actorNames = new Map<string, Text>(event.actors.map((a) => [a.id, a.name]));
  const missingActors = unique(event.claims.map((c) => c.claimantId)).filter((id) => !actorNames.has(id));
  const documentIds = unique([...event.citations.map((c) => c.documentId), ...event.claims.map((c) => c.documentId)]);
  const disputeIds = unique(event.issueLinks.map((l) => l.disputeId));
  const relatedIds = unique(event.relations.map((r) => r.eventId));

  const [actors, documents, disputes, related] = await Promise.all([
    settled(missingActors.map((id) => client.actors.byId.query({ id }))),
    settled(documentIds.map((id) => client.documents.byId.query({ id }))),
    settled(disputeIds.map((id) => client.disputes.byId.query({ id }))),
    settled(relatedIds.map((id) => client.events.byId.query({ id }))),
  ]);
  const outletIds = unique(documents.flatMap((d) => (d.outletId ? [d.outletId] : [])));
  const outlets = await settled(outletIds.map((id) => client.outlets.byId.query({ id })));

  for (const a of actors) actorNames.set(a.id, a.name);
  const outletNames = new Map(outlets.map((o) => [o.id, o.name]));
  const docs = new Map<string, DocumentRef>(
    documents.map((d) => [
      d.id,
      {
        title: d.title ?? { ar: d.id },
        outlet: d.outletId ? outletNames.get(d.outletId) : undefined,
        published: d.published.date
          ? {
              date: d.published.date,
              precision: d.published.precision,
              inferred: d.published.basis === "inferred",
              earliest: d.published.earliest,
              latest: d.published.latest,
            }
          : undefined,
        titleInferred: d.titleBasis === "inferred",
      },
    ]),
  );
  const disputeTitles = new Map(disputes.map((d) => [d.id, d.title]));
  const issueTitles = new Map(disputes.flatMap((d) => d.issues.map((i) => [i.id, i.title] as const)));
  const eventTitles = new Map(related.map((e) => [e.id, e.title]));

  return {
    actor: (id) => actorNames.get(id) ?? { ar: id },
    document: (id) => docs.get(id),
    dispute: (id) => disputeTitles.get(id),
    issue: (id) => issueTitles.get(id),
    event: (id) => eventTitles.get(id),
  };
}
