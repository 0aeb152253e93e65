import { notFound } from "next/navigation";
import { requireUser } from "@/lib/api";
import { isKind, KIND_LABEL } from "@/lib/kinds";
import { m } from "@/lib/messages";
import { Bi } from "../../../Bi";
import { RecordForm } from "../../../RecordForm";

export const dynamic = "force-dynamic";

export default async function NewRecordPage({ params }: { params: Promise<{ kind: string }> }) {
  await requireUser();
  const { kind } = await params;
  if (!isKind(kind) || kind === "document") notFound();
  return (
    <div className="panel">
      <h1>
        <Bi text={m.newRecord} /> · <Bi text={KIND_LABEL[kind]} />
      </h1>
      <RecordForm kind={kind} />
    </div>
  );
}
