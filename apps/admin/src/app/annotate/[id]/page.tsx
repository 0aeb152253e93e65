import Link from "next/link";
import { notFound } from "next/navigation";
import { api, errorCode, requireUser } from "@/lib/api";
import { m } from "@/lib/messages";
import { Bi } from "../../Bi";
import { Workspace } from "../Workspace";

export const dynamic = "force-dynamic";

export default async function AnnotatePage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  const client = await api();
  const doc = await client.annotate.document.query({ id }).catch((e: unknown) => {
    if (errorCode(e) === "NOT_FOUND" || errorCode(e) === "BAD_REQUEST") notFound();
    throw e;
  });
  const list = { limit: 100, sort: "updated_desc" as const, offset: 0 };
  const [events, claims, places, actors, suggestions] = await Promise.all([
    client.edit.event.list.query(list),
    client.edit.claim.list.query(list),
    client.edit.place.list.query(list),
    client.edit.actor.list.query(list),
    client.annotate.suggestions.query({ id }),
  ]);
  const pick = (l: { items: { id: string; label: string }[] }) => l.items.map(({ id, label }) => ({ id, label }));
  return (
    <div className="panel panel--wide">
      <h1>
        <Bi text={m.annotate} /> · {doc.title ?? doc.id}
      </h1>
      <p className="record-links">
        <Link href={`/records/document/${doc.id}`}>
          <bdi dir="ltr">{doc.id}</bdi>
        </Link>
        <span dir="ltr" className="id">
          sha256 {doc.textHash.slice(0, 12)}…
        </span>
      </p>
      <Workspace doc={doc} targets={{ event: pick(events), claim: pick(claims), place: pick(places), actor: pick(actors) }} suggestions={suggestions} />
    </div>
  );
}
