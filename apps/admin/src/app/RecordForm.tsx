"use client";

import { useMemo, useState, type FormEvent } from "react";
import { FIELDS_BY_KIND, updateInputOf, type ConflictDetail, type EditableKind } from "@waqai/schema";
import { failureOf, trpc } from "@/lib/client";
import { fieldErrorsOf } from "@/lib/field-errors";
import { fieldSpecs, formFromValues, valuesFromForm } from "@/lib/fields";
import { FIELD_LABEL } from "@/lib/kinds";
import { m, type Bi as BiText } from "@/lib/messages";
import { Bi } from "./Bi";
import { useLocale } from "@/lib/locale";

type FormValues = Record<string, string | boolean>;

/**
 * Create or edit any kind, validated in the browser with the API's own zod schema (errors at the
 * field, Arabic and English). An edit names its base version; on CONFLICT it offers to merge when the
 * fields changed meanwhile are not the ones edited here, or to reload.
 */
export function RecordForm({ kind, id, version, initial }: { kind: EditableKind; id?: string; version?: number; initial?: Record<string, unknown> }) {
  const locale = useLocale();
  const specs = useMemo(() => fieldSpecs(kind), [kind]);
  const start = useMemo(() => formFromValues(specs, initial ?? {}), [specs, initial]);
  const [values, setValues] = useState<FormValues>(start);
  const [base, setBase] = useState<{ version: number; values: FormValues }>({ version: version ?? 0, values: start });
  const [errors, setErrors] = useState<Record<string, BiText>>({});
  const [conflict, setConflict] = useState<ConflictDetail | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const dirty = specs.filter((f) => values[f.name] !== base.values[f.name]).map((f) => f.name);

  async function save(baseVersion: number) {
    setErrors({});
    setStatus(null);
    if (!id) {
      const input = valuesFromForm(specs, values, false);
      const parsed = FIELDS_BY_KIND[kind].safeParse(input);
      if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
      try {
        const created = await (trpc.edit[kind as Exclude<EditableKind, "document">].create.mutate as (i: unknown) => Promise<{ id: string }>)(parsed.data);
        window.location.assign(`/records/${kind}/${created.id}`);
      } catch (e) {
        showFailure(e);
      }
      return;
    }
    const all = valuesFromForm(specs, values, true);
    const patch = Object.fromEntries(dirty.filter((k) => k in all).map((k) => [k, all[k]]));
    const parsed = updateInputOf(FIELDS_BY_KIND[kind]).safeParse({ id, baseVersion, patch });
    if (!parsed.success) return setErrors(Object.fromEntries(Object.entries(fieldErrorsOf(parsed.error)).map(([k, v]) => [k.replace(/^patch\./, ""), v])));
    try {
      const r = await (trpc.edit[kind].update.mutate as (i: unknown) => Promise<{ version: number }>)(parsed.data);
      setBase({ version: r.version, values });
      setConflict(null);
      setStatus(m.saved[locale]);
    } catch (e) {
      showFailure(e);
    }
  }

  function showFailure(e: unknown) {
    const f = failureOf(e);
    if (f.code === "CONFLICT" && f.conflict) return setConflict(f.conflict);
    if (f.fieldErrors) setErrors(Object.fromEntries(Object.entries(f.fieldErrors).map(([k, v]) => [k.replace(/^patch\./, ""), { ar: v, en: v }])));
    setStatus(f.message);
  }

  /** Take their values for the fields they changed, keep mine for the rest, and save on top of their version. */
  async function merge(c: ConflictDetail) {
    const theirs = formFromValues(specs, Object.fromEntries(c.changed.map((x) => [x.field, x.current])));
    const merged = { ...values };
    const newBase = { ...base.values };
    for (const x of c.changed) if (x.field in theirs) newBase[x.field] = merged[x.field] = theirs[x.field]!;
    for (const k of dirty) merged[k] = values[k]!;
    setValues(merged);
    setBase({ version: c.currentVersion, values: newBase });
    setConflict(null);
  }

  const overlap = conflict ? conflict.changed.filter((c) => dirty.includes(c.field)).map((c) => c.field) : [];
  const onSubmit = (e: FormEvent) => (e.preventDefault(), void save(base.version));

  return (
    <form onSubmit={onSubmit} className="form record-form" noValidate data-testid="record-form">
      {specs.map((f) => {
        const label = FIELD_LABEL[f.name] ?? { ar: f.name, en: f.name };
        const err = errors[f.name];
        const common = { id: `f-${f.name}`, name: f.name, "aria-invalid": err ? true : undefined, "aria-describedby": err ? `e-${f.name}` : undefined };
        const set = (v: string | boolean) => setValues({ ...values, [f.name]: v });
        return (
          <div className="field" key={f.name}>
            <label htmlFor={common.id}>
              <Bi text={label} />
              {f.required ? " *" : ""}
            </label>
            {f.type === "enum" ? (
              <select {...common} value={String(values[f.name] ?? "")} onChange={(e) => set(e.target.value)}>
                <option value="">—</option>
                {f.options.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            ) : f.type === "boolean" ? (
              <input {...common} type="checkbox" checked={values[f.name] === true} onChange={(e) => set(e.target.checked)} />
            ) : f.type === "longtext" ? (
              <textarea {...common} rows={3} value={String(values[f.name] ?? "")} onChange={(e) => set(e.target.value)} dir="auto" />
            ) : (
              <input {...common} type={f.type === "number" ? "number" : "text"} value={String(values[f.name] ?? "")} onChange={(e) => set(e.target.value)} dir="auto" />
            )}
            {err ? (
              <p className="field-error" id={`e-${f.name}`} role="alert">
                <Bi text={err} />
              </p>
            ) : null}
          </div>
        );
      })}
      <button type="submit" className="button">
        <Bi text={id ? m.save : m.create} />
      </button>
      {conflict ? (
        <div className="conflict" role="alert" data-testid="conflict">
          <p>
            <Bi text={m.conflictTitle} block />
          </p>
          <ul>
            {conflict.changed.map((c) => (
              <li key={c.field}>
                <code>{c.field}</code>: <bdi>{JSON.stringify(c.base)}</bdi> ← <bdi>{JSON.stringify(c.current)}</bdi>
              </li>
            ))}
          </ul>
          {overlap.length ? (
            <p>
              <Bi text={m.conflictOverlap} block />
            </p>
          ) : (
            <button type="button" className="button" onClick={() => merge(conflict)}>
              <Bi text={m.conflictMerge} />
            </button>
          )}
          <button type="button" className="button" onClick={() => window.location.reload()}>
            <Bi text={m.conflictReload} />
          </button>
        </div>
      ) : null}
      <p role="status" aria-live="polite" data-testid="form-status">
        {status}
      </p>
    </form>
  );
}
