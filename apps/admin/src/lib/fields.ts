import type { Resolver } from "react-hook-form";
import type { z } from "zod";
import { bilingualFieldErrors, FIELDS_BY_KIND, Figure, lookupKindOf, type EditableKind, type LookupKind } from "@waqai/schema";
import type { Locale } from "./locale";

export interface FieldSpec {
  name: string;
  type: "text" | "longtext" | "enum" | "number" | "list" | "enumList" | "boolean" | "reference";
  options: string[];
  required: boolean;
  /** For references: the kind of record a picker looks up. */
  lookup: LookupKind | null;
}

type Def = { type: string; innerType?: z.ZodType; entries?: Record<string, string>; element?: z.ZodType };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

const SCHEMAS: Record<EditableKind | "figure", z.ZodObject> = { ...FIELDS_BY_KIND, figure: Figure };

/** The form for a kind, read from the very zod schema the API validates with (no second description to drift). */
export function fieldSpecs(kind: EditableKind | "figure"): FieldSpec[] {
  const shape = SCHEMAS[kind].shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([name, schema]) => {
    let s = schema;
    let required = true;
    for (let d = defOf(s); ["optional", "nullable", "default"].includes(d.type); d = defOf(s)) {
      required = false;
      s = d.innerType!;
    }
    const d = defOf(s);
    const lookup = lookupKindOf(kind, name);
    const base = { name, required, options: [] as string[], lookup };
    if (lookup) return { ...base, type: "reference" };
    if (d.type === "enum") return { ...base, type: "enum", options: Object.values(d.entries ?? {}) };
    if (d.type === "number") return { ...base, type: "number" };
    if (d.type === "boolean") return { ...base, type: "boolean" };
    if (d.type === "array") {
      const el = defOf(d.element!);
      return el.type === "enum" ? { ...base, type: "enumList", options: Object.values(el.entries ?? {}) } : { ...base, type: "list" };
    }
    const long = /^(summary|statement|description|notes|assessmentNote|note)/.test(name);
    return { ...base, type: long ? "longtext" : "text" };
  });
}

export type FormValues = Record<string, string | boolean | string[]>;

/** Form state -> the values the schema expects: empty means absent (null clears a stored value on update). */
export function valuesFromForm(specs: FieldSpec[], raw: FormValues, forUpdate: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of specs) {
    const v = raw[f.name];
    if (f.type === "boolean") {
      out[f.name] = v === true;
      continue;
    }
    if (f.type === "enumList") {
      out[f.name] = Array.isArray(v) ? v : [];
      continue;
    }
    const str = typeof v === "string" ? v.trim() : "";
    if (str === "") {
      if (forUpdate && !f.required) out[f.name] = f.type === "list" ? [] : null;
      continue;
    }
    out[f.name] =
      f.type === "number"
        ? Number(str)
        : f.type === "list"
          ? str
              .split(/[,،]\s*/)
              .map((x) => x.trim())
              .filter(Boolean)
          : str;
  }
  return out;
}

export function formFromValues(specs: FieldSpec[], values: Record<string, unknown>): FormValues {
  return Object.fromEntries(
    specs.map((f): [string, FormValues[string]] => {
      const v = values[f.name];
      if (f.type === "boolean") return [f.name, v === true];
      if (f.type === "enumList") return [f.name, Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []];
      if (Array.isArray(v)) return [f.name, v.join("، ")];
      return [f.name, shownValue(v)];
    }),
  );
}

/** A stored scalar as a form shows it: empty for no value, JSON for anything structured. */
function shownValue(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

/** A record's label: the first of the named fields that holds text, else the fallback (its id). */
export function labelOf(fields: Record<string, unknown>, names: readonly string[], fallback: string): string {
  for (const name of names) {
    const v = fields[name];
    if (typeof v === "string" && v) return v;
  }
  return fallback;
}

/**
 * A react-hook-form resolver that checks a form's values with the API's own schema, so the form shows the
 * same errors the API would give, in the editor's language, before anything is sent.
 */
export function schemaResolver(schema: z.ZodType, specs: FieldSpec[], locale: Locale): Resolver<FormValues> {
  return (values) => {
    const parsed = schema.safeParse(valuesFromForm(specs, values, false));
    if (parsed.success) return { values, errors: {} };
    const errors = Object.fromEntries(Object.entries(bilingualFieldErrors(parsed.error)).map(([k, v]) => [k, { type: "validate", message: v[locale] }]));
    return { values: {}, errors };
  };
}
