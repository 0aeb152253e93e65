import type { Lang } from "./dates";

/** A string in the language it is written in (the reader's, or Arabic where no translation exists). */
export interface Shown {
  text: string;
  lang: Lang;
}

/** Text in the reader's language when the record has it, else the Arabic original, saying which it is. */
export function localized(text: { ar: string; en?: string }, lang: Lang): Shown {
  if (lang === "en" && text.en) return { text: text.en, lang: "en" };
  return { text: text.ar, lang: "ar" };
}

/** A count in the reader's locale; digits stay Latin in Arabic too, as in the sources we quote. */
export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "ar" ? "ar-u-nu-latn" : "en").format(n);
}
