"use client";

import { useEffect, useState } from "react";
import { lookupKindOf, type LookupKind } from "@waqai/schema";
import { optionLabel, type FormKind } from "@/lib/catalog";
import { trpc } from "@/lib/client";
import { useLocale } from "@/lib/locale";

const names = new Map<string, Promise<string>>();
/** A record's name, asked once per page for each id. */
function nameOf(kind: LookupKind, id: string): Promise<string> {
  const key = `${kind}:${id}`;
  if (!names.has(key))
    names.set(
      key,
      trpc.lookup.labels.query({ refs: [{ kind, id }] }).then(
        (r) => r[0]?.label ?? id,
        () => id,
      ),
    );
  return names.get(key)!;
}

export function RecordName({ kind, id }: { kind: LookupKind; id: string }) {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => void nameOf(kind, id).then(setName), [kind, id]);
  return <bdi title={id}>{name ?? "…"}</bdi>;
}

/** A stored value as an editor reads it: an option's label, a record's name, a list, or «—» for none. */
export function ValueText({ kind, field, value }: { kind: FormKind; field: string; value: unknown }) {
  const locale = useLocale();
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return <span className="value-none">—</span>;
  const ref = lookupKindOf(kind, field);
  if (ref && typeof value === "string") return <RecordName kind={ref} id={value} />;
  if (Array.isArray(value) && value.every((v) => typeof v === "string"))
    return <bdi>{value.map((v) => optionLabel(kind, field, v)[locale]).join(locale === "ar" ? "، " : ", ")}</bdi>;
  if (typeof value === "string") {
    const option = optionLabel(kind, field, value);
    // An option reads as its label; free text as a quotation.
    return option.en !== value || option.ar !== value ? <span>{option[locale]}</span> : <bdi className="value-text">{value}</bdi>;
  }
  if (typeof value === "boolean") return <span>{value ? (locale === "ar" ? "نعم" : "yes") : locale === "ar" ? "لا" : "no"}</span>;
  if (typeof value === "number") return <span>{value.toLocaleString(locale === "ar" ? "ar-EG" : "en")}</span>;
  return <code dir="ltr">{JSON.stringify(value)}</code>;
}
