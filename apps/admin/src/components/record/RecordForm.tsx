"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { FIELDS_BY_KIND, type VersionConflictDetail, type EditableKind } from "@waqai/schema";
import { failureOf, trpc } from "@/lib/client";
import { fieldLabel } from "@/lib/catalog";
import { fieldSpecs, formFromValues, schemaResolver, valuesFromForm, type FormValues } from "@/lib/fields";
import { useLocale } from "@/lib/locale";
import { m, w } from "@/lib/messages";
import { FormSections } from "./FormSections";
import { ConflictPanel } from "./ConflictPanel";
import { useRecord } from "./RecordState";

const AUTOSAVE_MS = 5000;

type Updater = (i: unknown) => Promise<{ version: number; changed: string[]; pending: boolean }>;

/**
 * A record's fields, validated in the browser with the API's own zod schema and our one error formatter.
 * Saving sends only the fields changed here, under the page's head version, and moves that version on
 * (no reload, so the next save does not conflict with this one). Ctrl/Cmd+S saves; a draft saves itself
 * a few seconds after the last change; leaving with unsaved changes asks first. A conflict shows what
 * changed meanwhile and merges when the edits do not overlap.
 */
export function RecordForm({ kind, initial }: { kind: EditableKind; initial: Record<string, unknown> }) {
  const locale = useLocale();
  const rec = useRecord();
  const specs = useMemo(() => fieldSpecs(kind), [kind]);
  const defaults = useMemo(() => formFromValues(specs, initial), [specs, initial]);
  const resolver = useMemo(() => schemaResolver(FIELDS_BY_KIND[kind], specs, locale), [kind, specs, locale]);
  const form = useForm<FormValues>({ defaultValues: defaults, resolver, mode: "onSubmit", reValidateMode: "onChange" });
  const { register, control, handleSubmit, formState, reset, setError, getValues, watch } = form;
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<VersionConflictDetail | null>(null);
  const lock = useRef(false);
  const { setDirty } = rec;
  useEffect(() => setDirty("fields", formState.isDirty), [formState.isDirty, setDirty]);

  const save = useCallback(
    async (values: FormValues, opts: { auto?: boolean; baseVersion?: number } = {}) => {
      if (lock.current) return;
      const all = valuesFromForm(specs, values, true);
      const names = Object.keys(formState.dirtyFields).filter((k) => k in all);
      if (!names.length) return setMessage(w.nothingChanged[locale]);
      lock.current = true;
      setSaving(true);
      setMessage(opts.auto ? null : w.saving[locale]);
      try {
        const patch = Object.fromEntries(names.map((k) => [k, all[k]]));
        const r = await (trpc.edit[kind].update.mutate as Updater)({
          id: rec.id,
          baseVersion: opts.baseVersion ?? rec.version,
          patch,
          summary: opts.auto ? `Autosaved ${names.join(", ")}` : undefined,
        });
        rec.written(r);
        reset(values, { keepValues: true });
        setConflict(null);
        setMessage(`${opts.auto ? w.autosaved[locale] : w.savedAt[locale]} · ${m.version[locale]} ${r.version}`);
      } catch (e) {
        const f = failureOf(e);
        if (f.code === "CONFLICT" && f.conflict) setConflict(f.conflict);
        for (const [k, v] of Object.entries(f.fieldErrors ?? {})) setError(k.replace(/^patch\./, ""), { type: "server", message: v });
        setMessage(f.message);
      } finally {
        lock.current = false;
        setSaving(false);
      }
    },
    [specs, formState.dirtyFields, locale, kind, rec, reset, setError],
  );
  const submit = handleSubmit((v) => save(v));

  // Ctrl/Cmd+S saves from anywhere on the page.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        void submit();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [submit]);

  // A draft saves itself a few seconds after the last change, when it is valid.
  useEffect(() => {
    if (rec.status !== "draft") return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sub = watch(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void form.trigger().then(async (ok) => {
          if (ok && form.formState.isDirty) await save(getValues(), { auto: true });
        });
      }, AUTOSAVE_MS);
    });
    return () => (clearTimeout(timer), sub.unsubscribe());
  }, [rec.status, watch, form, save, getValues]);

  /** Theirs for the fields they changed, mine for the fields I changed; then save on top of their version. */
  function merge(c: VersionConflictDetail) {
    const theirs = formFromValues(specs, Object.fromEntries(c.changed.map((x) => [x.field, x.current])));
    const next = {
      ...defaults,
      ...formState.defaultValues,
      ...Object.fromEntries(c.changed.filter((x) => x.field in theirs).map((x) => [x.field, theirs[x.field]!])),
    } as FormValues;
    reset(next, { keepDirtyValues: true });
    rec.written({ version: c.currentVersion });
    setConflict(null);
    setMessage(null);
  }

  const dirtyNames = Object.keys(formState.dirtyFields);
  return (
    <form onSubmit={(e) => void submit(e)} className="form record-form" noValidate data-testid="record-form" aria-busy={saving || undefined}>
      <FormSections kind={kind} specs={specs} register={register} control={control} errors={formState.errors} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving} aria-keyshortcuts="Control+S Meta+S">
          {saving ? w.saving[locale] : m.save[locale]}
        </button>
        <span className="hint">{w.saveShortcut[locale]}</span>
        {formState.isDirty ? <span className="badge badge--warn">{w.unsaved[locale]}</span> : null}
      </div>
      {conflict ? (
        <ConflictPanel
          kind={kind}
          conflict={conflict}
          mine={dirtyNames}
          onMerge={() => merge(conflict)}
          onKeepMine={() => void save(getValues(), { baseVersion: conflict.currentVersion })}
          fieldName={(f) => fieldLabel(kind, f)[locale]}
        />
      ) : null}
      <p role="status" aria-live="polite" data-testid="form-status" className="form-status">
        {message}
      </p>
    </form>
  );
}
