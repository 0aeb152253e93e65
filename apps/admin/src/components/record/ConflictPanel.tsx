"use client";

import type { VersionConflictDetail, EditableKind } from "@waqai/schema";
import { useLocale } from "@/lib/locale";
import { m, w } from "@/lib/messages";
import { ValueText } from "../history/ValueText";

/**
 * Someone saved this record since it was opened: what they changed, field by field, and the ways on.
 * Edits that do not touch the same fields merge; overlapping ones are never overwritten silently.
 */
export function ConflictPanel({
  kind,
  conflict,
  mine,
  onMerge,
  onKeepMine,
  fieldName,
}: {
  kind: EditableKind;
  conflict: VersionConflictDetail;
  mine: string[];
  onMerge: () => void;
  onKeepMine: () => void;
  fieldName: (f: string) => string;
}) {
  const locale = useLocale();
  const overlap = conflict.changed.filter((c) => mine.includes(c.field));
  return (
    <div className="conflict" role="alert" data-testid="conflict">
      <p>
        <strong>{m.conflictTitle[locale]}</strong>
      </p>
      <ul>
        {conflict.changed.map((c) => (
          <li key={c.field}>
            <strong>{fieldName(c.field)}</strong>: {w.conflictField[locale]} <ValueText kind={kind} field={c.field} value={c.base} /> {w.conflictNow[locale]}{" "}
            <ValueText kind={kind} field={c.field} value={c.current} />
          </li>
        ))}
      </ul>
      {overlap.length ? <p>{m.conflictOverlap[locale]}</p> : null}
      <div className="form-actions">
        {overlap.length ? (
          <button type="button" className="button button--plain" onClick={onKeepMine}>
            {locale === "ar" ? "احفظ قيمي فوق قيمهم" : "Save my values over theirs"}
          </button>
        ) : (
          <button type="button" className="button" onClick={onMerge}>
            {m.conflictMerge[locale]}
          </button>
        )}
        <button type="button" className="button button--plain" onClick={() => window.location.reload()}>
          {m.conflictReload[locale]}
        </button>
      </div>
    </div>
  );
}
