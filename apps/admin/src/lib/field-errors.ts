import { z } from "zod";

const ar = z.locales.ar().localeError;
const en = z.locales.en().localeError;

/** Field -> message in Arabic and English, from the same zod schema the API validates with. */
export function fieldErrorsOf(error: z.ZodError): Record<string, { ar: string; en: string }> {
  const out: Record<string, { ar: string; en: string }> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "(input)";
    if (out[key]) continue;
    const msg = (f: typeof ar) => {
      if (issue.code === "custom") return issue.message;
      const m = f(issue as never);
      return typeof m === "string" ? m : (m?.message ?? issue.message);
    };
    out[key] = { ar: msg(ar), en: msg(en) };
  }
  return out;
}
