"use client";

import { useState } from "react";
import type { EditableKind } from "@waqai/schema";
import { failureOf, trpc } from "@/lib/client";
import { m } from "@/lib/messages";
import { Bi } from "./Bi";

export function RestoreButton({ kind, id, version, baseVersion }: { kind: EditableKind; id: string; version: number; baseVersion: number }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button button--small"
        onClick={async () => {
          try {
            await trpc.revisions.restore.mutate({ kind, id, version, baseVersion });
            window.location.assign(`/records/${kind}/${id}/history`);
          } catch (e) {
            setError(failureOf(e).message);
          }
        }}
      >
        <Bi text={m.restore} />
      </button>
      {error ? <span role="alert">{error}</span> : null}
    </>
  );
}
