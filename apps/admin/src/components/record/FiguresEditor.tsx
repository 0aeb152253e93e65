"use client";

import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { Figure } from "@waqai/schema";
import { optionLabel } from "@/lib/catalog";
import { failureOf, trpc } from "@/lib/client";
import { fieldSpecs, formFromValues, schemaResolver, valuesFromForm, type FormValues } from "@/lib/fields";
import { useLocale } from "@/lib/locale";
import { m, w } from "@/lib/messages";
import { FieldControl } from "./FieldControl";
import { useRecord } from "./RecordState";
import { ErrorLine } from "../ErrorLine";

export interface FigureItem {
  id: string;
  kind: string;
  words: string;
  vague: boolean;
  low: number | null;
  best: number | null;
  high: number | null;
  subjectAr: string | null;
  subjectEn: string | null;
  convention: string | null;
  noteAr: string | null;
  noteEn: string | null;
}

/** One figure's fields (to add one, or to change the fields of one), checked with the API's Figure schema. */
function FigureFields({
  initial,
  onSave,
  onCancel,
  submitLabel,
  idPrefix,
}: {
  initial: Record<string, unknown>;
  onSave: (values: Record<string, unknown>, dirty: string[]) => Promise<void>;
  onCancel: () => void;
  submitLabel: string;
  idPrefix: string;
}) {
  const locale = useLocale();
  const specs = useMemo(() => fieldSpecs("figure"), []);
  const resolver = useMemo(() => schemaResolver(Figure, specs, locale), [specs, locale]);
  const { register, control, handleSubmit, formState } = useForm<FormValues>({ defaultValues: formFromValues(specs, initial), resolver });
  // Read while rendering: react-hook-form tracks only the form state a render reads.
  const dirtyFields = formState.dirtyFields;
  const [error, setError] = useState<string | null>(null);
  const submit = handleSubmit(async (v) => {
    setError(null);
    try {
      await onSave(valuesFromForm(specs, v, true), Object.keys(dirtyFields));
    } catch (e) {
      setError(failureOf(e).message);
    }
  });
  return (
    <form className="form figure-form" onSubmit={(e) => void submit(e)} noValidate data-testid="figure-form">
      <div className="form-grid">
        {specs.map((s) => (
          <FieldControl key={s.name} kind="figure" spec={s} register={register} control={control} errors={formState.errors} idPrefix={idPrefix} />
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? w.saving[locale] : submitLabel}
        </button>
        <button type="button" className="button button--plain" onClick={onCancel}>
          {w.cancel[locale]}
        </button>
      </div>
      <ErrorLine message={error} />
    </form>
  );
}

/** The event's figures, each with the words as written; add, change and remove them as edits of the event. */
export function FiguresEditor({ eventId, figures: initial }: { eventId: string; figures: FigureItem[] }) {
  const locale = useLocale();
  const rec = useRecord();
  const [figures, setFigures] = useState(initial);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = async () => setFigures((await trpc.edit.event.parts.query({ id: eventId })).figures);

  async function add(values: Record<string, unknown>) {
    const r = await trpc.edit.event.addFigure.mutate({ eventId, baseVersion: rec.version, figure: values as never });
    rec.written(r);
    setEditing(null);
    await refresh();
  }
  async function change(id: string, values: Record<string, unknown>, dirty: string[]) {
    if (!dirty.length) return setEditing(null);
    const r = await trpc.edit.event.updateFigure.mutate({
      eventId,
      baseVersion: rec.version,
      figureId: id,
      patch: Object.fromEntries(dirty.map((k) => [k, values[k]])),
    });
    rec.written(r);
    setEditing(null);
    await refresh();
  }
  async function remove(id: string) {
    setError(null);
    try {
      rec.written(await trpc.edit.event.removeFigure.mutate({ eventId, baseVersion: rec.version, figureId: id }));
      await refresh();
    } catch (e) {
      setError(failureOf(e).message);
    }
  }

  return (
    <section className="record-part" aria-labelledby="figures-h" data-testid="figures">
      <h2 id="figures-h">{w.figures[locale]}</h2>
      {figures.length ? (
        <ul className="part-list">
          {figures.map((f) => (
            <li key={f.id} data-figure-id={f.id}>
              {editing === f.id ? (
                <FigureFields
                  idPrefix={`fig-${f.id}`}
                  initial={f as unknown as Record<string, unknown>}
                  submitLabel={m.save[locale]}
                  onCancel={() => setEditing(null)}
                  onSave={(v, d) => change(f.id, v, d)}
                />
              ) : (
                <>
                  <span lang="ar">«{f.words}»</span> · {optionLabel("figure", "kind", f.kind)[locale]}
                  {f.best !== null ? ` · ${f.best.toLocaleString(locale === "ar" ? "ar-EG" : "en")}` : ""}
                  {f.vague ? ` · ${locale === "ar" ? "عدد غير محدد" : "vague"}` : ""}{" "}
                  <button
                    type="button"
                    className="button button--small button--plain"
                    onClick={() => setEditing(f.id)}
                    aria-label={`${w.editFigure[locale]}: ${f.words}`}
                  >
                    {w.editFigure[locale]}
                  </button>{" "}
                  <button
                    type="button"
                    className="button button--small button--plain"
                    onClick={() => void remove(f.id)}
                    aria-label={`${w.removeFigure[locale]}: ${f.words}`}
                  >
                    {w.remove[locale]}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{w.noFigures[locale]}</p>
      )}
      {editing === "new" ? (
        <FigureFields
          idPrefix="fig-new"
          initial={{ kind: "killed", vague: false }}
          submitLabel={w.addFigure[locale]}
          onCancel={() => setEditing(null)}
          onSave={(v) => add(v)}
        />
      ) : (
        <button type="button" className="button button--plain" onClick={() => setEditing("new")}>
          {w.addFigure[locale]}
        </button>
      )}
      <ErrorLine message={error} />
    </section>
  );
}
