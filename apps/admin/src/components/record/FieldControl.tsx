"use client";

import { Controller, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { FIELD_HINT, fieldLabel, optionLabel, type FormKind } from "@/lib/catalog";
import type { FieldSpec, FormValues } from "@/lib/fields";
import { useLocale } from "@/lib/locale";
import { w } from "@/lib/messages";
import { trpc } from "@/lib/client";
import { Picker, type PickerCreate } from "../Picker";

/** One field of a record form, labelled from the catalog, with its error and hint tied to it for screen readers. */
export function FieldControl({
  kind,
  spec,
  register,
  control,
  errors,
  idPrefix = "f",
  create,
}: {
  kind: FormKind;
  spec: FieldSpec;
  register: UseFormRegister<FormValues>;
  control: Control<FormValues>;
  errors: FieldErrors<FormValues>;
  idPrefix?: string;
  create?: PickerCreate;
}) {
  const locale = useLocale();
  const id = `${idPrefix}-${spec.name}`;
  const label = fieldLabel(kind, spec.name)[locale];
  const err = errors[spec.name]?.message;
  const hint = FIELD_HINT[spec.name];
  const describedBy = [err ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  const common = { id, "aria-invalid": err ? true : undefined, "aria-describedby": describedBy };
  const caption = (
    <>
      {label}
      {spec.required ? <span className="required"> {w.required[locale]}</span> : null}
    </>
  );
  let control$;
  const make = create ?? (spec.lookup ? createFromWords(spec.lookup, locale) : undefined);
  if (spec.type === "reference") {
    control$ = (
      <Controller
        control={control}
        name={spec.name}
        render={({ field }) => (
          <Picker
            kind={spec.lookup!}
            label={label + (spec.required ? ` ${w.required[locale]}` : "")}
            value={(field.value as string) || null}
            onChange={(v) => field.onChange(v ?? "")}
            create={make}
            invalid={!!err}
            describedBy={describedBy}
            testId={id}
          />
        )}
      />
    );
    return (
      <div className="field field--reference">
        {control$}
        <Notes id={id} err={err} hint={hint?.[locale]} />
      </div>
    );
  }
  if (spec.type === "enumList") {
    return (
      <fieldset className="field field--choices" aria-describedby={describedBy}>
        <legend>{caption}</legend>
        {spec.options.map((o) => (
          <label key={o} className="choice">
            <input type="checkbox" value={o} {...register(spec.name)} /> {optionLabel(kind, spec.name, o)[locale]}
          </label>
        ))}
        <Notes id={id} err={err} hint={hint?.[locale]} />
      </fieldset>
    );
  }
  if (spec.type === "boolean") {
    return (
      <div className="field field--check">
        <label htmlFor={id}>
          <input type="checkbox" {...common} {...register(spec.name)} /> {caption}
        </label>
        <Notes id={id} err={err} hint={hint?.[locale]} />
      </div>
    );
  }
  if (spec.type === "enum") {
    control$ = (
      <select {...common} {...register(spec.name)}>
        {spec.required ? null : <option value="">—</option>}
        {spec.options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(kind, spec.name, o)[locale]}
          </option>
        ))}
      </select>
    );
  } else if (spec.type === "longtext") {
    control$ = <textarea {...common} rows={3} dir="auto" {...register(spec.name)} />;
  } else {
    const ltr = spec.type === "number" || /(En|url|country|[dD]ate|Anchor)$/.test(spec.name);
    control$ = (
      <input
        {...common}
        type={spec.type === "number" ? "number" : spec.name === "url" ? "url" : "text"}
        dir={ltr ? "ltr" : "auto"}
        inputMode={spec.type === "number" ? "decimal" : undefined}
        step={spec.type === "number" ? "any" : undefined}
        {...register(spec.name)}
      />
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{caption}</label>
      {control$}
      <Notes id={id} err={err} hint={hint?.[locale]} />
    </div>
  );
}

/** A new draft place or actor named by the typed words, from any picker of one (its other fields to fill on its page). */
export function createFromWords(kind: string, locale: "ar" | "en"): PickerCreate | undefined {
  if (kind === "place")
    return {
      label: (q) => (locale === "ar" ? `إنشاء مكان جديد «${q}»` : `Create the place «${q}»`),
      make: async (q) => (await trpc.edit.place.create.mutate({ nameAr: q, feature: "town" })).id,
    };
  if (kind === "actor")
    return {
      label: (q) => (locale === "ar" ? `إنشاء فاعل جديد «${q}»` : `Create the actor «${q}»`),
      make: async (q) => (await trpc.edit.actor.create.mutate({ nameAr: q, kind: "other" })).id,
    };
  return undefined;
}

function Notes({ id, err, hint }: { id: string; err?: string; hint?: string }) {
  return (
    <>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {err ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {err}
        </p>
      ) : null}
    </>
  );
}
