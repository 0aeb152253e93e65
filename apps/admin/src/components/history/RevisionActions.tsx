"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { EditableKind } from "@waqai/schema";
import { failureOf, trpc } from "@/lib/client";
import { useLocale } from "@/lib/locale";
import { m, w } from "@/lib/messages";
import { ChangeView } from "./ChangeView";
import { ErrorLine } from "../ErrorLine";

type Change = { field: string; from?: unknown; to?: unknown };

/**
 * Per revision: undo just that edit (MediaWiki's "undo": refused when the same fields changed since), or
 * restore the whole version, after a preview of what restoring would change and a confirmation.
 * On a published record either one waits for review like any edit.
 */
export function RevisionActions({ kind, id, version, head, undoable }: { kind: EditableKind; id: string; version: number; head: number; undoable: boolean }) {
  const locale = useLocale();
  const router = useRouter();
  const [preview, setPreview] = useState<null | { action: "undo" | "restore"; changes: Change[] }>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function show(action: "undo" | "restore") {
    setError(null);
    try {
      // Undo previews the edit reversed (its version back to the one before); restore, the head back to this version.
      const changes =
        action === "undo"
          ? await trpc.revisions.diff.query({ kind, id, from: version, to: version - 1 })
          : await trpc.revisions.diff.query({ kind, id, from: head, to: version });
      setPreview({ action, changes });
    } catch (e) {
      setError(failureOf(e).message);
    }
  }
  async function apply() {
    if (!preview) return;
    setBusy(true);
    try {
      const input = { kind, id, version, baseVersion: head };
      await (preview.action === "undo" ? trpc.revisions.undo.mutate(input) : trpc.revisions.restore.mutate(input));
      setPreview(null);
      router.refresh();
    } catch (e) {
      setError(failureOf(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="revision-actions">
      {undoable ? (
        <button type="button" className="button button--small button--plain" onClick={() => void show("undo")}>
          {locale === "ar" ? "التراجع عن هذا التعديل" : "Undo this edit"}
        </button>
      ) : null}{" "}
      {version !== head ? (
        <button type="button" className="button button--small button--plain" onClick={() => void show("restore")}>
          {m.restore[locale]}
        </button>
      ) : null}
      {preview ? (
        <div
          className="confirm"
          role="alertdialog"
          aria-label={
            preview.action === "undo" ? (locale === "ar" ? "معاينة التراجع" : "Undo preview") : locale === "ar" ? "معاينة الاستعادة" : "Restore preview"
          }
        >
          {preview.changes.length ? (
            <dl className="changes">
              {preview.changes.map((c) => (
                <ChangeView key={c.field} kind={kind} field={c.field} from={c.from} to={c.to} />
              ))}
            </dl>
          ) : (
            <p>{w.nothingChanged[locale]}</p>
          )}
          <button type="button" className="button" autoFocus disabled={busy || !preview.changes.length} onClick={() => void apply()}>
            {w.confirm[locale]}
          </button>{" "}
          <button type="button" className="button button--plain" onClick={() => setPreview(null)}>
            {w.cancel[locale]}
          </button>
        </div>
      ) : null}
      <ErrorLine message={error} />
    </div>
  );
}
