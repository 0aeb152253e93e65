"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** The same page in the other language; the only way to know "the same page" in a shared layout is the URL. */
export function LanguageSwitch({ to, children }: { to: string; children: ReactNode }) {
  const pathname = usePathname() ?? "/";
  // Strip either prefix: on the server the proxy's rewrite may show "/" as "/ar".
  const bare = pathname.replace(/^\/(ar|en)(?=\/|$)/, "") || "/";
  const href = to === "ar" ? bare : bare === "/" ? "/en" : `/en${bare}`;
  return (
    <a href={href} hrefLang={to} lang={to}>
      {children}
    </a>
  );
}
