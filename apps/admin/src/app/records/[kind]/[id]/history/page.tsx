import Link from "next/link";
import { notFound } from "next/navigation";
import { api, requireUser, currentLocale } from "@/lib/api";
import { isKind, KIND_LABEL } from "@/lib/kinds";
import { m } from "@/lib/messages";
import { Bi } from "../../../../Bi";
import { RestoreButton } from "../../../../RestoreButton";

export const dynamic = "force-dynamic";

/** Every revision (who, when, what); pick any two to compare; restore writes a new revision. */
export default async function HistoryPage({ params, searchParams }: { params: Promise<{ kind: string; id: string }>; searchParams: Promise<{ a?: string; b?: string }> }) {
  const locale = await currentLocale();
  await requireUser();
  const { kind, id } = await params;
  if (!isKind(kind)) notFound();
  const client = await api();
  const history = await client.revisions.history.query({ kind, id });
  const latest = history[0]?.version ?? 1;
  const sp = await searchParams;
  const a = Number(sp.a) || Math.max(1, latest - 1);
  const b = Number(sp.b) || latest;
  const diff = a !== b ? await client.revisions.diff.query({ kind, id, from: a, to: b }) : [];
  return (
    <div className="panel">
      <h1>
        <Bi text={m.history} /> · <Bi text={KIND_LABEL[kind]} /> <bdi dir="ltr">{id}</bdi>
      </h1>
      <form method="get" className="filters">
        <label>
          <Bi text={m.version} /> A <input name="a" type="number" min={1} max={latest} defaultValue={a} />
        </label>
        <label>
          B <input name="b" type="number" min={1} max={latest} defaultValue={b} />
        </label>
        <button className="button" type="submit">
          <Bi text={m.diff} />
        </button>
      </form>
      <table className="data" data-testid="diff">
        <caption>
          {a} → {b}
        </caption>
        <tbody>
          {diff.map((d) => (
            <tr key={d.field}>
              <th scope="row">{d.field}</th>
              <td className="diff-old">
                <bdi>{JSON.stringify(d.from)}</bdi>
              </td>
              <td className="diff-new">
                <bdi>{JSON.stringify(d.to)}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data" data-testid="history">
        <thead>
          <tr>
            {[m.version, m.when, m.who, m.action].map((c) => (
              <th key={c.en} scope="col">
                <Bi text={c} />
              </th>
            ))}
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {history.map((h) => (
            <tr key={h.version} data-version={h.version}>
              <td>{h.version}</td>
              <td>
                <time dateTime={h.createdAt}>{new Date(h.createdAt).toLocaleString(locale)}</time>
              </td>
              <td>
                <bdi dir="ltr">{h.authorEmail ?? h.author}</bdi>
                {h.token ? (
                  <span className="hint">
                    {" "}
                    · <Bi text={m.viaToken} /> <bdi>{h.token.name}</bdi> (<code dir="ltr">{h.token.prefix}…</code>)
                  </span>
                ) : null}
              </td>
              <td>
                {h.action}: {h.summary}
              </td>
              <td>
                <Link href={`?a=${h.version}&b=${latest}`}>
                  <Bi text={m.diff} />
                </Link>{" "}
                {h.version !== latest ? <RestoreButton kind={kind} id={id} version={h.version} baseVersion={latest} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
