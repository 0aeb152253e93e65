import type { z } from "zod";
import { FIELDS_BY_KIND, type EditableKind } from "@waqai/schema";

export interface FieldSpec {
  name: string;
  type: "text" | "longtext" | "enum" | "number" | "list" | "boolean";
  options: string[];
  required: boolean;
}

type Def = { type: string; innerType?: z.ZodType; entries?: Record<string, string>; element?: z.ZodType };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The form for a kind, read from the very zod schema the API validates with (no second description to drift). */
export function fieldSpecs(kind: EditableKind): FieldSpec[] {
  const shape = FIELDS_BY_KIND[kind].shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([name, schema]) => {
    let s = schema;
    let required = true;
    for (let d = defOf(s); ["optional", "nullable", "default"].includes(d.type); d = defOf(s)) {
      required = false;
      s = d.innerType!;
    }
    const d = defOf(s);
    if (d.type === "enum") return { name, type: "enum", options: Object.values(d.entries ?? {}), required };
    if (d.type === "number") return { name, type: "number", options: [], required };
    if (d.type === "boolean") return { name, type: "boolean", options: [], required };
    if (d.type === "array") return { name, type: "list", options: [], required };
    const long = /^(summary|statement|description|notes|assessmentNote)/.test(name);
    return { name, type: long ? "longtext" : "text", options: [], required };
  });
}

/** Form strings -> the values the schema expects: empty means absent (null clears a stored value on update). */
export function valuesFromForm(specs: FieldSpec[], raw: Record<string, string | boolean>, forUpdate: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of specs) {
    const v = raw[f.name];
    if (f.type === "boolean") {
      out[f.name] = v === true;
      continue;
    }
    const str = typeof v === "string" ? v.trim() : "";
    if (str === "") {
      if (forUpdate && !f.required) out[f.name] = null;
      continue;
    }
    out[f.name] = f.type === "number" ? Number(str) : f.type === "list" ? str.split(/[,،]\s*/).filter(Boolean) : str;
  }
  return out;
}

export function formFromValues(specs: FieldSpec[], values: Record<string, unknown>): Record<string, string | boolean> {
  return Object.fromEntries(
    specs.map((f) => {
      const v = values[f.name];
      if (f.type === "boolean") return [f.name, v === true];
      if (Array.isArray(v)) return [f.name, v.join("، ")];
      return [f.name, v === null || v === undefined ? "" : String(v)];
    }),
  );
}
