import { notFound } from "next/navigation";
import { currentLocale, requireUser } from "@/lib/api";
import { isKind, KIND_ONE } from "@/lib/kinds";
import { m } from "@/lib/messages";
import { CreateForm } from "@/components/record/CreateForm";

export const dynamic = "force-dynamic";

export default async function NewRecordPage({ params }: { params: Promise<{ kind: string }> }) {
  await requireUser();
  const locale = await currentLocale();
  const { kind } = await params;
  if (!isKind(kind) || kind === "document") notFound();
  return (
    <div className="panel">
      <h1>
        {m.newRecord[locale]} · {KIND_ONE[kind][locale]}
      </h1>
      <CreateForm kind={kind} />
    </div>
  );
}
