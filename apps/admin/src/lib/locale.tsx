"use client";

import { createContext, useContext, type ReactNode } from "react";

/** The panel's interface language: Arabic (right to left) by default, English (left to right) by choice. */
export type Locale = "ar" | "en";

const LocaleContext = createContext<Locale>("ar");

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}
