import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { formatPartialDate } from "@waqai/ui";
import { api, errorCode, type EventDetail } from "./api";

/** One fetch per request, shared by generateMetadata and the page. Unknown or malformed ids are a 404. */
export const getEvent = cache(async (id: string): Promise<EventDetail> => {
  try {
    return await api().events.byId.query({ id });
  } catch (err) {
    const code = errorCode(err);
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") notFound();
    throw err;
  }
});

export interface Names {
  actor(id: string): string;
  /** `published` is already in words, at the precision the record has. */
  document(id: string): { title: string; outlet?: string; published?: string } | undefined;
  dispute(id: string): string | undefined;
  issue(id: string): string | undefined;
}

const unique = (xs: string[]) => [...new Set(xs)];

async function settled<T>(calls: Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(calls);
  return results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
}

/**
 * Names the event detail refers to by id only: claimants who are not participants, source documents
 * (and their outlets), disputes. Calls made in the same tick go out as one batched request. A name
 * that cannot be fetched falls back to its id rather than failing the page.
 */
export async function loadNames(event: EventDetail): Promise<Names> {
  const client = api();
  const actorNames = new Map(event.actors.map((a) => [a.id, a.name.ar]));
  const missingActors = unique(event.claims.map((c) => c.claimantId)).filter((id) => !actorNames.has(id));
  const documentIds = unique(event.citations.map((c) => c.documentId));
  const disputeIds = unique(event.issueLinks.map((l) => l.disputeId));

  const [actors, documents, disputes] = await Promise.all([
    settled(missingActors.map((id) => client.actors.byId.query({ id }))),
    settled(documentIds.map((id) => client.documents.byId.query({ id }))),
    settled(disputeIds.map((id) => client.disputes.byId.query({ id }))),
  ]);
  const outletIds = unique(documents.flatMap((d) => (d.outletId ? [d.outletId] : [])));
  const outlets = await settled(outletIds.map((id) => client.outlets.byId.query({ id })));

  for (const a of actors) actorNames.set(a.id, a.name.ar);
  const outletNames = new Map(outlets.map((o) => [o.id, o.name.ar]));
  const docs = new Map(
    documents.map((d) => [
      d.id,
      {
        title: d.title?.ar ?? d.id,
        outlet: d.outletId ? outletNames.get(d.outletId) : undefined,
        published: d.published.date ? formatPartialDate(d.published.date, d.published.precision) : undefined,
      },
    ]),
  );
  const disputeTitles = new Map(disputes.map((d) => [d.id, d.title.ar]));
  const issueTitles = new Map(disputes.flatMap((d) => d.issues.map((i) => [i.id, i.title.ar] as const)));

  return {
    actor: (id) => actorNames.get(id) ?? id,
    document: (id) => docs.get(id),
    dispute: (id) => disputeTitles.get(id),
    issue: (id) => issueTitles.get(id),
  };
}
