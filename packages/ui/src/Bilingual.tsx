import type { BilingualText } from "@waqai/schema";

/** Arabic first; the English, when there is one, set apart in its own direction so bidi cannot scramble it. */
export function Bilingual({ text, className }: { text: BilingualText | { ar: string; en?: string }; className?: string }) {
  return (
    <span className={className}>
      <span lang="ar">{text.ar}</span>
      {text.en ? (
        <>
          {" "}
          <bdi lang="en" dir="ltr" className="waqai-en">
            {text.en}
          </bdi>
        </>
      ) : null}
    </span>
  );
}
