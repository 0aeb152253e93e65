import type { Bi as BiText } from "@/lib/messages";

/**
 * An admin label: Arabic, then the English in its own isolated left-to-right run. `block` puts a
 * sentence-long English on its own line, where a mixed-direction line would wrap unreadably.
 */
export function Bi({ text, block = false }: { text: BiText; block?: boolean }) {
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
