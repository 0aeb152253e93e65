import type { z } from "zod";
import { bilingualFieldErrors, type Bilingual } from "@waqai/schema";

/** Field -> message in Arabic and English, from the same zod schema and the same formatter as the API's answers. */
export function fieldErrorsOf(error: z.ZodError): Record<string, Bilingual> {
  return bilingualFieldErrors(error);
}
