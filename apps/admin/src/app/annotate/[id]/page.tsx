import Link from "next/link";
import { notFound } from "next/navigation";
import { api, currentLocale, errorCode, requireUser } from "@/lib/api";
import { m } from "@/lib/messages";
import { Workspace } from "@/components/workspace/Workspace";
import { labelOf } from "@/lib/fields";

export const dynamic = "force-dynamic";

/** The annotation workspace for one article; `?at=` opens it at a cited offset, `?event=` with that current event. */
export default async function AnnotatePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ at?: string; event?: string }>;
}) {
  await requireUser();
  const locale = await currentLocale();
  const { id } = await params;
  const sp = await searchParams;
  const client = await api();
  const doc = await client.annotate.document.query({ id }).catch((e: unknown) => {
    if (errorCode(e) === "NOT_FOUND" || errorCode(e) === "BAD_REQUEST") notFound();
    throw e;
  });
  const suggestions = await client.annotate.suggestions.query({ id });
  // The current event: the one asked for, else the last event this article's citations serve.
  const eventId = sp.event ?? [...doc.spans].reverse().find((s) => s.eventId)?.eventId ?? null;
  const event = eventId ? await client.edit.event.get.query({ id: eventId }).catch(() => null) : null;
  const at = sp.at !== undefined && Number.isInteger(Number(sp.at)) ? Math.max(0, Math.min(doc.text.length - 1, Number(sp.at))) : null;
  return (
    <div className="panel panel--wide">
      <h1>
        {m.annotate[locale]} · <bdi>{doc.title ?? doc.id}</bdi>
      </h1>
      <p className="record-links">
        <Link href={`/records/document/${doc.id}`}>{locale === "ar" ? "بيانات المقال" : "The article's details"}</Link>
        <span dir="ltr" className="id">
          sha256 {doc.textHash.slice(0, 12)}…
        </span>
      </p>
      <Workspace
        doc={doc}
        suggestions={suggestions.items}
        initialEvent={event ? { id: event.id, label: labelOf(event.fields, ["titleAr"], event.id), version: event.version } : null}
        initialAt={at}
      />
    </div>
  );
}
