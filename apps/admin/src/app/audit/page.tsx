import { notFound } from "next/navigation";
import { AUDIT_ACTIONS } from "@waqai/schema";
import { api, requireUser, currentLocale } from "@/lib/api";
import { m } from "@/lib/messages";
import { Bi } from "@/components/Bi";
import { ColumnHeads } from "@/components/ColumnHeads";

export const dynamic = "force-dynamic";
const ACTIONS = AUDIT_ACTIONS;

/** Admins only (the API refuses others; the page does not even ask). */
export default async function AuditPage({ searchParams }: { searchParams: Promise<{ action?: string; email?: string; page?: string }> }) {
  const locale = await currentLocale();
  const me = await requireUser();
  if (me.role !== "admin") notFound();
  const sp = await searchParams;
  const action = ACTIONS.find((a) => a === sp.action);
  const email = sp.email?.trim() || undefined;
  const page = Math.max(0, Number(sp.page) || 0);
  const log = await (await api()).audit.list.query({ action, email, limit: 50, offset: page * 50 });
  return (
    <div className="panel">
      <h1>
        <Bi text={m.auditHeading} />
      </h1>
      <form method="get" className="filters">
        <label>
          <Bi text={m.action} />{" "}
          <select name="action" defaultValue={action ?? ""}>
            <option value="">—</option>
            {ACTIONS.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
        <label>
          <Bi text={m.email} /> <input name="email" defaultValue={email ?? ""} dir="ltr" />
        </label>
        <button className="button" type="submit">
          <Bi text={m.filter} />
        </button>
      </form>
      <p>
        {log.total} · {page * 50 + 1}–{page * 50 + log.items.length}
      </p>
      <table className="data" data-testid="audit-table">
        <thead>
          <tr>
            <ColumnHeads columns={[m.when, m.action, m.who, { ar: "العنوان IP", en: "IP" }, m.target]} />
          </tr>
        </thead>
        <tbody>
          {log.items.map((e) => (
            <tr key={e.id} data-action={e.action}>
              <td>
                <time dateTime={e.at}>{new Date(e.at).toLocaleString(locale)}</time>
              </td>
              <td>{e.action}</td>
              <td>
                <bdi dir="ltr">{e.actorEmail ?? e.actorUserId ?? "—"}</bdi>
              </td>
              <td>
                <bdi dir="ltr">{e.ip ?? "—"}</bdi>
              </td>
              <td>
                <bdi dir="ltr">
                  {e.targetKind ? `${e.targetKind}:${e.targetId}` : ""} {e.detail ?? ""}
                  {e.tokenId ? ` · token ${e.tokenId}` : ""}
                </bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
