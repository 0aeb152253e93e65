import Link from "next/link";
import { notFound } from "next/navigation";
import { api, currentLocale, errorCode, requireUser } from "@/lib/api";
import { isKind, KIND_ONE } from "@/lib/kinds";
import { m, w } from "@/lib/messages";
import { ReviewPanel } from "@/components/review/ReviewPanel";

export const dynamic = "force-dynamic";

/** The review of one record: what would be published against what readers see now, its dependencies, comments, and the moves. */
export default async function ReviewItemPage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  await requireUser();
  const locale = await currentLocale();
  const { kind, id } = await params;
  if (!isKind(kind)) notFound();
  const item = await (await api()).review.item.query({ kind, id }).catch((e: unknown) => {
    if (errorCode(e) === "NOT_FOUND" || errorCode(e) === "BAD_REQUEST") notFound();
    throw e;
  });
  return (
    <div className="panel">
      <p className="kicker">
        <Link href="/review">{w.navReview[locale]}</Link> · {KIND_ONE[kind][locale]}
      </p>
      <h1 dir="auto">{item.label}</h1>
      <p className="record-links">
        <Link href={`/records/${kind}/${id}`}>{locale === "ar" ? "صفحة السجل" : "The record"}</Link>
        <Link href={`/records/${kind}/${id}/history`}>{m.history[locale]}</Link>
      </p>
      <ReviewPanel key={item.version} item={item} />
    </div>
  );
}
