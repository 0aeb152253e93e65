import { env } from "@/env";
import Link from "next/link";
import { notFound } from "next/navigation";
import { api, currentLocale, errorCode, requireUser } from "@/lib/api";
import { isKind, KIND_ONE } from "@/lib/kinds";
import { m, w } from "@/lib/messages";
import { RecordStateProvider } from "@/components/record/RecordState";
import { WorkflowBar } from "@/components/record/WorkflowBar";
import { RecordForm } from "@/components/record/RecordForm";
import { FiguresEditor } from "@/components/record/FiguresEditor";
import { ParticipantsEditor, PlacesEditor, RelationsEditor } from "@/components/record/PartsEditor";
import { CitationsList } from "@/components/record/CitationsList";
import { labelOf } from "@/lib/fields";

export const dynamic = "force-dynamic";

/** The reader's page of a published record, for the kinds that have one. */
const READER_PATH: Partial<Record<string, string>> = { event: "events", document: "sources", dispute: "disputes", actor: "actors", place: "places" };

export default async function RecordPage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  const me = await requireUser();
  const locale = await currentLocale();
  const { kind, id } = await params;
  if (!isKind(kind)) notFound();
  const client = await api();
  const rec = await client.edit[kind].get.query({ id }).catch((e: unknown) => {
    if (errorCode(e) === "NOT_FOUND" || errorCode(e) === "BAD_REQUEST") notFound();
    throw e;
  });
  const [parts, citations] = await Promise.all([
    kind === "event" ? client.edit.event.parts.query({ id }) : null,
    client.annotate.citationsOf.query({ kind, id, limit: 50 }),
  ]);
  const label = labelOf(rec.fields, ["titleAr", "nameAr", "statementAr"], id);
  const reader =
    env.READER_URL && READER_PATH[kind] && rec.status === "published"
      ? `${env.READER_URL.replace(/\/+$/, "")}${locale === "en" ? "/en" : ""}/${READER_PATH[kind]}/${id}`
      : null;
  return (
    <div className="panel record-page">
      <p className="kicker">{KIND_ONE[kind][locale]}</p>
      <h1 dir="auto">{label}</h1>
      <p className="record-links">
        <Link href={`/records/${kind}/${id}/history`}>{m.history[locale]}</Link>
        {kind === "document" ? <Link href={`/annotate/${id}`}>{m.annotate[locale]}</Link> : null}
        {rec.status === "in_review" || rec.pending?.state === "in_review" ? <Link href={`/review/${kind}/${id}`}>{w.review[locale]}</Link> : null}
        {reader ? <a href={reader}>{w.readerLink[locale]}</a> : null}
      </p>
      <RecordStateProvider key={rec.version} kind={kind} id={id} status={rec.status} version={rec.version} pending={rec.pending}>
        <WorkflowBar role={me.role} />
        <RecordForm kind={kind} initial={rec.fields} />
        {parts ? (
          <>
            <FiguresEditor eventId={id} figures={parts.figures} />
            <ParticipantsEditor
              eventId={id}
              rows={parts.participants.map((p) => ({
                actorId: p.actorId,
                role: p.role,
                attribution: p.attribution,
                noteAr: p.noteAr ?? "",
                noteEn: p.noteEn ?? "",
              }))}
            />
            <RelationsEditor eventId={id} rows={parts.relations} />
            <PlacesEditor eventId={id} rows={parts.places.map((p) => ({ placeId: p.placeId, role: p.role, noteAr: p.noteAr ?? "", noteEn: p.noteEn ?? "" }))} />
          </>
        ) : null}
        <CitationsList kind={kind} id={id} first={citations.items} nextCursor={citations.nextCursor} />
      </RecordStateProvider>
    </div>
  );
}
