import Link from "next/link";
import { notFound } from "next/navigation";
import { api, errorCode, requireUser } from "@/lib/api";
import { isKind, KIND_LABEL } from "@/lib/kinds";
import { m } from "@/lib/messages";
import { Bi } from "../../../Bi";
import { RecordForm } from "../../../RecordForm";
import { StatusBar } from "../../../StatusBar";
import { FigureForm } from "../../../FigureForm";
import { ParticipantsForm, RelationsForm } from "../../../EventParts";

export const dynamic = "force-dynamic";

export default async function RecordPage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  await requireUser();
  const { kind, id } = await params;
  if (!isKind(kind)) notFound();
  const rec = await (await api()).edit[kind].get.query({ id }).catch((e: unknown) => {
    if (errorCode(e) === "NOT_FOUND" || errorCode(e) === "BAD_REQUEST") notFound();
    throw e;
  });
  const parts = kind === "event" ? await (await api()).edit.event.parts.query({ id }) : null;
  return (
    <div className="panel">
      <h1>
        <Bi text={KIND_LABEL[kind]} /> · <bdi dir="ltr">{id}</bdi>
      </h1>
      <p className="record-links">
        <Link href={`/records/${kind}/${id}/history`}>
          <Bi text={m.history} />
        </Link>
        {kind === "document" ? (
          <Link href={`/annotate/${id}`}>
            <Bi text={m.annotate} />
          </Link>
        ) : null}
        <span>
          <Bi text={m.version} />: <span data-testid="record-version">{rec.version}</span>
        </span>
      </p>
      <StatusBar kind={kind} id={id} status={rec.status} version={rec.version} />
      <RecordForm kind={kind} id={id} version={rec.version} initial={rec.fields} />
      {kind === "event" ? <FigureForm eventId={id} version={rec.version} /> : null}
      {parts ? <ParticipantsForm eventId={id} version={parts.version} rows={parts.participants.map((p) => ({ ...p, noteAr: p.noteAr ?? "", noteEn: p.noteEn ?? "" }))} /> : null}
      {parts ? <RelationsForm eventId={id} version={parts.version} rows={parts.relations} /> : null}
    </div>
  );
}
