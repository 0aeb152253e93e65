"use client";

import type { Bi as BiText } from "@/lib/messages";
import { useLocale } from "@/lib/locale";

/**
 * An admin label in the user's interface language. In Arabic (the default) the English stays beside
 * it in its own isolated left-to-right run; `block` puts a sentence-long English on its own line,
 * where a mixed-direction line would wrap unreadably. In English, the English alone.
 */
export function Bi({ text, block = false }: { text: BiText; block?: boolean }) {
  if (useLocale() === "en") return <span lang="en">{text.en}</span>;
  if (block) {
    return (
      <>
        <span lang="ar">{text.ar}</span>
        <span lang="en" dir="ltr" className="waqai-en waqai-en--block">
          {text.en}
        </span>
      </>
    );
  }
  return (
    <>
      {text.ar}{" "}
      <bdi lang="en" dir="ltr" className="waqai-en">
        {text.en}
      </bdi>
    </>
  );
}
