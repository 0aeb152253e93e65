import { notFound } from "next/navigation";
import { requireUser } from "@/lib/api";
import { isKind } from "@/lib/kinds";
import { RecordList } from "@/components/record/RecordList";

export const dynamic = "force-dynamic";

export default async function RecordsPage({
  params,
  searchParams,
}: {
  params: Promise<{ kind: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser();
  const { kind } = await params;
  if (!isKind(kind)) notFound();
  return <RecordList kind={kind} params={await searchParams} />;
}
