"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { FIELDS_BY_KIND, type EditableKind } from "@waqai/schema";
import { failureOf, trpc } from "@/lib/client";
import { fieldSpecs, formFromValues, schemaResolver, valuesFromForm, type FormValues } from "@/lib/fields";
import { useLocale } from "@/lib/locale";
import { m, w } from "@/lib/messages";
import { FormSections } from "./FormSections";
import { useLeaveGuard } from "./RecordState";

type Creator = (i: unknown) => Promise<{ id: string }>;

/** A new draft of any kind but documents (imported instead), checked with the API's schema; then its page. */
export function CreateForm({ kind, initial = {} }: { kind: Exclude<EditableKind, "document">; initial?: Record<string, unknown> }) {
  const locale = useLocale();
  const router = useRouter();
  const specs = useMemo(() => fieldSpecs(kind), [kind]);
  const resolver = useMemo(() => schemaResolver(FIELDS_BY_KIND[kind], specs, locale), [kind, specs, locale]);
  const { register, control, handleSubmit, formState, setError } = useForm<FormValues>({ defaultValues: formFromValues(specs, initial), resolver });
  const [message, setMessage] = useState<string | null>(null);
  useLeaveGuard(formState.isDirty && !formState.isSubmitSuccessful);
  const submit = handleSubmit(async (v) => {
    try {
      const created = await (trpc.edit[kind].create.mutate as Creator)(FIELDS_BY_KIND[kind].parse(valuesFromForm(specs, v, false)));
      router.push(`/records/${kind}/${created.id}`);
    } catch (e) {
      const f = failureOf(e);
      for (const [k, msg] of Object.entries(f.fieldErrors ?? {})) setError(k, { type: "server", message: msg });
      setMessage(f.message);
    }
  });
  return (
    <form onSubmit={(e) => void submit(e)} className="form record-form" noValidate data-testid="record-form">
      <FormSections kind={kind} specs={specs} register={register} control={control} errors={formState.errors} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? w.saving[locale] : m.create[locale]}
        </button>
      </div>
      <p role="status" aria-live="polite" className="form-status">
        {message}
      </p>
    </form>
  );
}
