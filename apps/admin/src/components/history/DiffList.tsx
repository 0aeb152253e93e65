"use client";

import type { EditableKind } from "@waqai/schema";
import { useLocale } from "@/lib/locale";
import { w } from "@/lib/messages";
import { ChangeView } from "./ChangeView";

/** What changed between two versions (or since published), field by field, readably. */
export function DiffList({
  kind,
  changes,
  testId = "diff",
}: {
  kind: EditableKind;
  changes: { field: string; from?: unknown; to?: unknown }[];
  testId?: string;
}) {
  const locale = useLocale();
  if (!changes.length) return <p data-testid={testId}>{w.nothingChanged[locale]}</p>;
  return (
    <dl className="changes" data-testid={testId}>
      {changes.map((c) => (
        <ChangeView key={c.field} kind={kind} field={c.field} from={c.from} to={c.to} />
      ))}
    </dl>
  );
}
