import Link from "next/link";
import { EDITABLE_KINDS } from "@waqai/schema";
import { api, currentLocale, requireUser } from "@/lib/api";
import { KIND_LABEL, KIND_ONE } from "@/lib/kinds";
import { m, w } from "@/lib/messages";

export const dynamic = "force-dynamic";

/** One queue over every kind: new records and published records' changes waiting for review, oldest first. */
export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<{ kind?: string; cursor?: string }> }) {
  await requireUser();
  const locale = await currentLocale();
  const sp = await searchParams;
  const kind = EDITABLE_KINDS.find((k) => k === sp.kind);
  const queue = await (await api()).review.queue.query({ kind, cursor: sp.cursor || undefined, limit: 25 });
  const change = { new: { ar: "سجل جديد", en: "new record" }, edit: { ar: "تعديل على منشور", en: "change to a published record" } };
  return (
    <div className="panel">
      <h1>
        {w.navReview[locale]} ({queue.total})
      </h1>
      <nav aria-label={m.navRecords[locale]} className="kinds">
        <Link href="/review" aria-current={!kind ? "page" : undefined}>
          {locale === "ar" ? "الكل" : "All"}
        </Link>
        {EDITABLE_KINDS.map((k) => (
          <Link key={k} href={`/review?kind=${k}`} aria-current={k === kind ? "page" : undefined}>
            {KIND_LABEL[k][locale]}
          </Link>
        ))}
      </nav>
      {queue.items.length ? (
        <div className="table-wrap">
          <table className="data" data-testid="review-queue">
            <caption className="visually-hidden">{w.navReview[locale]}</caption>
            <thead>
              <tr>
                <th scope="col">{m.colTitle[locale]}</th>
                <th scope="col">{m.colType[locale]}</th>
                <th scope="col">{locale === "ar" ? "أُرسل" : "Sent"}</th>
                <th scope="col">{locale === "ar" ? "آخر محرر" : "Last editor"}</th>
                <th scope="col">{locale === "ar" ? "تعليقات" : "Comments"}</th>
              </tr>
            </thead>
            <tbody>
              {queue.items.map((i) => (
                <tr key={`${i.kind}:${i.id}`} data-record-id={i.id}>
                  <th scope="row">
                    <Link href={`/review/${i.kind}/${i.id}`} dir="auto">
                      {i.label}
                    </Link>
                  </th>
                  <td>
                    {KIND_ONE[i.kind][locale]} · {change[i.change][locale]}
                  </td>
                  <td>
                    <time dateTime={i.submittedAt}>{new Date(i.submittedAt).toLocaleString(locale === "ar" ? "ar-EG" : "en-GB")}</time>
                  </td>
                  <td>
                    <bdi dir="ltr">{i.lastEditor ?? "—"}</bdi>
                  </td>
                  <td>{i.comments}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{locale === "ar" ? "لا شيء ينتظر المراجعة." : "Nothing waits for review."}</p>
      )}
      {queue.nextCursor ? (
        <nav aria-label={m.pagination[locale]} className="pager">
          <Link href={`/review?${new URLSearchParams({ ...(kind ? { kind } : {}), cursor: queue.nextCursor })}`} rel="next">
            {m.nextPage[locale]}
          </Link>
        </nav>
      ) : null}
    </div>
  );
}
