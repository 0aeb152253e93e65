"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { movesFor, type EditorialStatus, type Role } from "@waqai/schema";
import { EDITORIAL_STATUS } from "@waqai/ui";
import { changeLabel } from "@/lib/catalog";
import { failureOf, trpc } from "@/lib/client";
import { useLocale } from "@/lib/locale";
import { m, w } from "@/lib/messages";
import { useRecord } from "./RecordState";
import { ErrorLine } from "../ErrorLine";

/**
 * Where the record stands and the moves this user's role may make from there (no button a role may not
 * use). Sending to review takes along the drafts its page would show; a published record's edits wait as
 * pending changes, sent to review or discarded from here. Accepting happens on the review page.
 */
export function WorkflowBar({ role }: { role: Role }) {
  const locale = useLocale();
  const router = useRouter();
  const rec = useRecord();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<null | "discard" | "retract">(null);
  const reviewer = role === "reviewer" || role === "admin";

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await action();
      router.refresh();
    } catch (e) {
      setError(failureOf(e).message);
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  }
  const ref = { kind: rec.kind, id: rec.id, baseVersion: rec.version };
  const submit = () => run(() => trpc.review.submit.mutate({ ...ref, withDependencies: true }));
  const move = (to: EditorialStatus) => run(() => trpc.edit[rec.kind].setStatus.mutate({ id: rec.id, baseVersion: rec.version, to }));
  const moves = movesFor(role, rec.status).filter((to) => to !== "published" && !(to === "in_review" && rec.status === "draft"));
  const pending = rec.pending;

  return (
    <section className="workflow" aria-label={m.colStatus[locale]} data-testid="status-bar">
      <p className="workflow-state">
        <span className={`status status--${rec.status}`}>{EDITORIAL_STATUS[rec.status][locale]}</span>{" "}
        <span>
          {m.version[locale]} <span data-testid="record-version">{rec.version}</span>
        </span>
      </p>
      {pending ? (
        <div className="notice" data-testid="pending-notice">
          <p>{pending.state === "in_review" ? w.pendingInReview[locale] : w.pendingNotice[locale]}</p>
          <p>
            {w.pendingFields[locale]}: {pending.fields.map((f) => changeLabel(rec.kind, f)[locale]).join(locale === "ar" ? "، " : ", ")}
          </p>
        </div>
      ) : rec.status === "published" ? (
        <p className="hint">{w.pendingNotice[locale]}</p>
      ) : null}
      <div className="form-actions">
        {rec.status === "draft" ? (
          <button type="button" className="button" disabled={busy} onClick={() => void submit()} title={w.submitWithDeps[locale]}>
            {w.submitForReview[locale]}
          </button>
        ) : null}
        {pending?.state === "draft" ? (
          <button type="button" className="button" disabled={busy} onClick={() => void submit()}>
            {w.submitPending[locale]}
          </button>
        ) : null}
        {(rec.status === "in_review" || pending?.state === "in_review") && reviewer ? (
          <Link className="button" href={`/review/${rec.kind}/${rec.id}`}>
            {w.review[locale]}
          </Link>
        ) : null}
        {moves.map((to) =>
          to === "retracted" ? (
            <button key={to} type="button" className="button button--plain" disabled={busy} onClick={() => setConfirming("retract")}>
              {m.moveTo[locale]}: {EDITORIAL_STATUS[to][locale]}
            </button>
          ) : (
            <button key={to} type="button" className="button button--plain" disabled={busy} onClick={() => void move(to)}>
              {m.moveTo[locale]}: {EDITORIAL_STATUS[to][locale]}
            </button>
          ),
        )}
        {pending ? (
          <button type="button" className="button button--plain" disabled={busy} onClick={() => setConfirming("discard")}>
            {w.discardPending[locale]}
          </button>
        ) : null}
      </div>
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-label={confirming === "discard" ? w.discardPending[locale] : EDITORIAL_STATUS.retracted[locale]}>
          <p>
            {confirming === "discard"
              ? w.discardConfirm[locale]
              : locale === "ar"
                ? "سحب السجل من صفحات القراء؟ يبقى في السجل التاريخي."
                : "Withdraw the record from the readers' pages? Its history stays."}
          </p>
          <button
            type="button"
            className="button button--danger"
            autoFocus
            onClick={() => void (confirming === "discard" ? run(() => trpc.review.discard.mutate(ref)) : move("retracted"))}
          >
            {w.confirm[locale]}
          </button>{" "}
          <button type="button" className="button button--plain" onClick={() => setConfirming(null)}>
            {w.cancel[locale]}
          </button>
        </div>
      ) : null}
      <ErrorLine message={error} />
    </section>
  );
}
