import Link from "next/link";
import { notFound } from "next/navigation";
import { api, currentLocale, requireUser } from "@/lib/api";
import { changeLabel } from "@/lib/catalog";
import { isKind, KIND_ONE } from "@/lib/kinds";
import { ACTION_LABEL, m } from "@/lib/messages";
import { DiffList } from "@/components/history/DiffList";
import { RevisionActions } from "@/components/history/RevisionActions";

export const dynamic = "force-dynamic";

const CONTENT = new Set(["edit", "propose", "restore", "undo", "merge"]);

/** "Edited titleAr, grading" as the fields' names; other summaries as written. */
function summaryOf(kind: Parameters<typeof changeLabel>[0], summary: string, locale: "ar" | "en") {
  const edited = /^(?:Edited|Autosaved) (.+)$/.exec(summary);
  if (!edited) return summary;
  return edited[1]!
    .split(", ")
    .map((f) => changeLabel(kind, f)[locale])
    .join(locale === "ar" ? "، " : ", ");
}

/** Every revision (who, when, what); any two compared word by word; undo one edit, or restore a version after a preview. */
export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ kind: string; id: string }>;
  searchParams: Promise<{ a?: string; b?: string }>;
}) {
  const locale = await currentLocale();
  await requireUser();
  const { kind, id } = await params;
  if (!isKind(kind)) notFound();
  const client = await api();
  const history = await client.revisions.history.query({ kind, id });
  const head = history[0]?.version ?? 1;
  const sp = await searchParams;
  const a = Number(sp.a) || Math.max(1, head - 1);
  const b = Number(sp.b) || head;
  const diff = a !== b ? await client.revisions.diff.query({ kind, id, from: a, to: b }) : [];
  return (
    <div className="panel">
      <p className="kicker">
        <Link href={`/records/${kind}/${id}`}>{KIND_ONE[kind][locale]}</Link>
      </p>
      <h1>{m.history[locale]}</h1>
      <form method="get" className="filters">
        <label>
          {m.version[locale]} ({locale === "ar" ? "من" : "from"}) <input name="a" type="number" min={1} max={head} defaultValue={a} />
        </label>
        <label>
          {m.version[locale]} ({locale === "ar" ? "إلى" : "to"}) <input name="b" type="number" min={1} max={head} defaultValue={b} />
        </label>
        <button className="button" type="submit">
          {m.diff[locale]}
        </button>
      </form>
      <h2>
        {m.version[locale]} {a} {locale === "ar" ? "←" : "→"} {b}
      </h2>
      <DiffList kind={kind} changes={diff} />
      <div className="table-wrap">
        <table className="data" data-testid="history">
          <thead>
            <tr>
              {[m.version, m.when, m.who, m.action].map((c) => (
                <th key={c.en} scope="col">
                  {c[locale]}
                </th>
              ))}
              <th scope="col">{locale === "ar" ? "خيارات" : "Options"}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h) => (
              <tr key={h.version} data-version={h.version}>
                <td>{h.version}</td>
                <td>
                  <time dateTime={h.createdAt}>{new Date(h.createdAt).toLocaleString(locale === "ar" ? "ar-EG" : "en-GB")}</time>
                </td>
                <td>
                  <bdi dir="ltr">{h.authorEmail ?? h.author}</bdi>
                  {h.token ? (
                    <span className="hint">
                      {" "}
                      · {m.viaToken[locale]} <bdi>{h.token.name}</bdi> (<code dir="ltr">{h.token.prefix}…</code>)
                    </span>
                  ) : null}
                </td>
                <td>
                  <strong>{ACTION_LABEL[h.action]?.[locale] ?? h.action}</strong>: <bdi>{summaryOf(kind, h.summary, locale)}</bdi>
                </td>
                <td>
                  {h.version > 1 ? <Link href={`?a=${h.version - 1}&b=${h.version}`}>{locale === "ar" ? "ما تغيّر" : "What changed"}</Link> : null}{" "}
                  <RevisionActions kind={kind} id={id} version={h.version} head={head} undoable={CONTENT.has(h.action) && h.version > 1} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
