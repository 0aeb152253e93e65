"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { EditableKind, EditorialStatus } from "@waqai/schema";
import { useLocale } from "@/lib/locale";
import { w } from "@/lib/messages";

export interface PendingSummary {
  state: "draft" | "in_review";
  baseVersion: number;
  liveVersion: number;
  fields: string[];
  updatedAt: string;
}

interface RecordState {
  kind: EditableKind;
  id: string;
  status: EditorialStatus;
  /** The head version every write on this page is based on; each save moves it on. */
  version: number;
  pending: PendingSummary | null;
  /** After a write: the version it answered with (and the pending flag when it went beside a published record). */
  written: (result: { version: number; pending?: boolean; changed?: string[] }) => void;
  setStatus: (status: EditorialStatus) => void;
  setPending: (p: PendingSummary | null) => void;
  /** Each form says whether it holds unsaved changes; the page guards leaving while any does. */
  setDirty: (form: string, dirty: boolean) => void;
}

const Ctx = createContext<RecordState | null>(null);

export function useRecord(): RecordState {
  const c = useContext(Ctx);
  if (!c) throw new Error("useRecord outside RecordStateProvider");
  return c;
}

/** One record's editing state shared by its forms (fields, figures, participants, workflow), so no form writes from a stale version. */
export function RecordStateProvider({
  kind,
  id,
  status: s0,
  version: v0,
  pending: p0,
  children,
}: {
  kind: EditableKind;
  id: string;
  status: EditorialStatus;
  version: number;
  pending: PendingSummary | null;
  children: ReactNode;
}) {
  const [version, setVersion] = useState(v0);
  const [status, setStatus] = useState(s0);
  const [pending, setPending] = useState(p0);
  const [dirtyForms, setDirtyForms] = useState<ReadonlySet<string>>(() => new Set());
  const written = useCallback(
    (r: { version: number; pending?: boolean; changed?: string[] }) => {
      setVersion(r.version);
      if (r.pending && r.changed?.length) {
        setPending((p) => ({
          state: p?.state ?? "draft",
          baseVersion: p?.baseVersion ?? v0,
          liveVersion: p?.liveVersion ?? v0,
          fields: [...new Set([...(p?.fields ?? []), ...r.changed!])],
          updatedAt: new Date().toISOString(),
        }));
      }
    },
    [v0],
  );
  const setDirty = useCallback((form: string, d: boolean) => {
    setDirtyForms((prev) => {
      if (prev.has(form) === d) return prev; // unchanged: no re-render
      const next = new Set(prev);
      if (d) next.add(form);
      else next.delete(form);
      return next;
    });
  }, []);
  useLeaveGuard(dirtyForms.size > 0);
  const value = useMemo(
    () => ({ kind, id, status, version, pending, written, setStatus, setPending, setDirty }),
    [kind, id, status, version, pending, written, setDirty],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** Asks before leaving a page with unsaved changes: a reload or tab close, and a link followed inside the panel. */
export function useLeaveGuard(active: boolean) {
  const locale = useLocale();
  useEffect(() => {
    if (!active) return;
    const beforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest?.("a[href]");
      if (!a || (a as HTMLAnchorElement).target === "_blank") return;
      if (!window.confirm(w.leaveUnsaved[locale])) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [active, locale]);
}
