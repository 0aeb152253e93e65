import type { BilingualText } from "@waqai/schema";

export { bi, compact, editorial, opt, optBi } from "../queries/util";

/** A stored row, as drizzle inserts it (column properties in camelCase). */
export type Row = Record<string, unknown>;

/** The Arabic and English halves of a bilingual text, as the `…Ar`/`…En` column pair stores them. */
export const arOf = (b: BilingualText | undefined) => b?.ar;
export const enOf = (b: BilingualText | undefined) => b?.en;

/** The editorial columns of a record that carries them (a dataset line does; a seed record may not). */
export interface EditorialIn {
  status: string;
  version?: number;
  createdAt?: string;
  updatedAt?: string;
}

/** Status always; version and timestamps when the record has them (else the table's defaults apply). */
export function editorialColumns(r: EditorialIn): Row {
  const out: Row = { status: r.status };
  if (r.version !== undefined) out.version = r.version;
  if (r.createdAt !== undefined) out.createdAt = new Date(r.createdAt);
  if (r.updatedAt !== undefined) out.updatedAt = new Date(r.updatedAt);
  return out;
}
