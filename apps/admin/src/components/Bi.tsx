"use client";

import type { Bi as BiText } from "@/lib/messages";
import { useLocale } from "@/lib/locale";

/** An admin text in the user's interface language, and only in it (one language at a time). */
export function Bi({ text }: { text: BiText; block?: boolean }) {
  return <>{text[useLocale()]}</>;
}
