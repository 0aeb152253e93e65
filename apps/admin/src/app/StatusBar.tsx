"use client";

import { useState } from "react";
import type { EditableKind, EditorialStatus } from "@waqai/schema";
import { EDITORIAL_STATUS } from "@waqai/ui";
import { failureOf, trpc } from "@/lib/client";
import { m } from "@/lib/messages";
import { Bi } from "./Bi";
import { useLocale } from "@/lib/locale";

const NEXT: Record<EditorialStatus, EditorialStatus[]> = {
  draft: ["in_review"],
  in_review: ["published", "draft"],
  published: ["retracted"],
  retracted: ["draft"],
};

/** Workflow moves; the server decides whether this user may make them and says why not. */
export function StatusBar({ kind, id, status, version }: { kind: EditableKind; id: string; status: EditorialStatus; version: number }) {
  const locale = useLocale();
  const [error, setError] = useState<string | null>(null);
  async function move(to: EditorialStatus) {
    try {
      await trpc.edit[kind].setStatus.mutate({ id, baseVersion: version, to });
      window.location.reload();
    } catch (e) {
      setError(failureOf(e).message);
    }
  }
  return (
    <div className="status-bar" data-testid="status-bar">
      <span className={`status status--${status}`}>{EDITORIAL_STATUS[status][locale]}</span>
      {NEXT[status].map((to) => (
        <button key={to} type="button" className="button" onClick={() => move(to)}>
          <Bi text={m.moveTo} />: {EDITORIAL_STATUS[to][locale]}
        </button>
      ))}
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
