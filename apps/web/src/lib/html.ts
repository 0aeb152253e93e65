import "server-only";

/**
 * Markup as a string, for the few long, static stretches of a page (the source text and its list of
 * citations): rendered into the page with dangerouslySetInnerHTML, React sends them to the browser as
 * one compact string instead of a tree of elements, and hydration does not walk them at all. Every
 * text and attribute value goes through `escape`; nothing else is ever concatenated in.
 */
export type Html = { readonly __html: string };

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function escape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Attrs = Record<string, string | number | undefined | null | false>;
type Child = string | Html | null | undefined | false | Child[];

function attrs(a: Attrs): string {
  let out = "";
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null || v === false) continue;
    if (!/^[a-z][a-z0-9-]*$/.test(k)) throw new Error(`bad attribute name ${k}`);
    out += ` ${k}="${escape(String(v))}"`;
  }
  return out;
}

function children(c: Child): string {
  if (c === null || c === undefined || c === false) return "";
  if (typeof c === "string") return escape(c);
  if (Array.isArray(c)) return c.map(children).join("");
  return c.__html;
}

/** One element: tag and attribute names are checked, values and text escaped. */
export function el(tag: string, a: Attrs, ...kids: Child[]): Html {
  if (!/^[a-z][a-z0-9]*$/.test(tag)) throw new Error(`bad tag ${tag}`);
  return { __html: `<${tag}${attrs(a)}>${children(kids)}</${tag}>` };
}

/** Several pieces side by side. */
export function join(...kids: Child[]): Html {
  return { __html: children(kids) };
}

/** `<Localized>` of @waqai/ui as markup: the record's text in the page's language, or the Arabic marked as such. */
export function localizedHtml(text: { ar: string; en?: string }, lang: "ar" | "en"): Html {
  if (lang === "en" && text.en) return el("span", {}, text.en);
  if (lang === "ar") return el("span", {}, text.ar);
  return el("bdi", { lang: "ar", dir: "rtl" }, text.ar);
}
