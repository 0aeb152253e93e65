"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { WORKFLOW_MOVES, type EditableKind, type EditorialStatus, type Role } from "@waqai/schema";
import { EDITORIAL_STATUS } from "@waqai/ui";
import { failureOf, trpc } from "@/lib/client";
import { m } from "@/lib/messages";
import { Bi } from "@/components/Bi";
import { useLocale } from "@/lib/locale";

interface Item {
  id: string;
  label: string;
  status: EditorialStatus;
  version: number;
  pending: "draft" | "in_review" | null;
  updatedAt: string;
}
type Preview = { id: string; from: EditorialStatus | null; to: EditorialStatus; allowed: boolean; reason: string | null }[];

/** The table with row selection; a status change is previewed (server-side, per record) before it is applied. */
export function BulkStatus({ kind, items, role }: { kind: EditableKind; items: Item[]; role: Role }) {
  const locale = useLocale();
  const router = useRouter();
  // Only the moves this role can make from some status (the workflow table in @waqai/schema).
  const targets = [...new Set(WORKFLOW_MOVES.filter((mv) => mv.roles.includes(role)).map((mv) => mv.to))];
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [to, setTo] = useState<EditorialStatus>(targets[0] ?? "in_review");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const chosen = () => items.filter((i) => picked.has(i.id)).map((i) => ({ id: i.id, baseVersion: i.version }));

  async function doPreview() {
    setError(null);
    try {
      setPreview(await trpc.workflow.bulkPreview.query({ kind, to, items: chosen() }));
    } catch (e) {
      setError(failureOf(e).message);
    }
  }
  async function apply() {
    const allowed = new Set(preview?.filter((p) => p.allowed).map((p) => p.id));
    try {
      await trpc.workflow.bulkSetStatus.mutate({ kind, to, items: chosen().filter((c) => allowed.has(c.id)) });
      router.refresh();
      setPicked(new Set());
      setPreview(null);
    } catch (e) {
      setError(failureOf(e).message);
    }
  }
  const toggle = (id: string) => {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked(next);
    setPreview(null);
  };

  return (
    <>
      <div className="table-wrap">
        <table className="data" data-testid="records-table">
          <thead>
            <tr>
              <th scope="col">
                <Bi text={m.select} />
              </th>
              {[m.colTitle, m.colStatus, m.version].map((c) => (
                <th scope="col" key={c.en}>
                  <Bi text={c} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.id} data-record-id={r.id}>
                <td>
                  <input type="checkbox" aria-label={`${m.select[locale]}: ${r.label}`} checked={picked.has(r.id)} onChange={() => toggle(r.id)} />
                </td>
                <th scope="row">
                  <Link href={`/records/${kind}/${r.id}`} dir="auto" title={r.id}>
                    {r.label}
                  </Link>
                </th>
                <td>
                  <span className={`status status--${r.status}`}>{EDITORIAL_STATUS[r.status][locale]}</span>
                  {r.pending ? (
                    <span className="badge badge--warn">
                      {" "}
                      {locale === "ar"
                        ? r.pending === "in_review"
                          ? "تغييرات قيد المراجعة"
                          : "تغييرات معلّقة"
                        : r.pending === "in_review"
                          ? "changes in review"
                          : "pending changes"}
                    </span>
                  ) : null}
                </td>
                <td>{r.version}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="bulk">
        <label>
          <Bi text={m.moveTo} />{" "}
          <select value={to} onChange={(e) => (setTo(e.target.value as EditorialStatus), setPreview(null))} data-testid="bulk-to">
            {targets.map((s) => (
              <option key={s} value={s}>
                {EDITORIAL_STATUS[s][locale]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" disabled={picked.size === 0} onClick={() => void doPreview()}>
          <Bi text={m.bulkPreview} />
        </button>
        {preview ? (
          <>
            <ul data-testid="bulk-preview">
              {preview.map((p) => (
                <li key={p.id} className={p.allowed ? "ok" : "refused"}>
                  <bdi>{items.find((i) => i.id === p.id)?.label ?? p.id}</bdi>: {p.from ? EDITORIAL_STATUS[p.from][locale] : "?"} {locale === "ar" ? "←" : "→"}{" "}
                  {EDITORIAL_STATUS[p.to][locale]} {p.allowed ? "✓" : `✗ ${p.reason ?? ""}`}
                </li>
              ))}
            </ul>
            <button type="button" className="button" disabled={!preview.some((p) => p.allowed)} onClick={() => void apply()}>
              <Bi text={m.bulkApply} />
            </button>
          </>
        ) : null}
        {error ? <p role="alert">{error}</p> : null}
      </div>
    </>
  );
}
