"use client";

import type { Control, FieldErrors, UseFormRegister } from "react-hook-form";
import type { EditableKind } from "@waqai/schema";
import { SECTIONS } from "@/lib/catalog";
import type { FieldSpec, FormValues } from "@/lib/fields";
import { useLocale } from "@/lib/locale";
import { FieldControl } from "./FieldControl";

/** A kind's fields in the sections its editors fill them (one untitled section for kinds without sections). */
export function FormSections({
  kind,
  specs,
  register,
  control,
  errors,
}: {
  kind: EditableKind;
  specs: FieldSpec[];
  register: UseFormRegister<FormValues>;
  control: Control<FormValues>;
  errors: FieldErrors<FormValues>;
}) {
  const locale = useLocale();
  const groups = SECTIONS[kind] ?? [{ title: null, fields: specs.map((s) => s.name) }];
  return (
    <>
      {groups.map((g, i) => (
        <fieldset key={i} className="form-section">
          {g.title ? <legend>{g.title[locale]}</legend> : null}
          {g.fields.map((name) => {
            const spec = specs.find((s) => s.name === name);
            return spec ? <FieldControl key={name} kind={kind} spec={spec} register={register} control={control} errors={errors} /> : null;
          })}
        </fieldset>
      ))}
    </>
  );
}
