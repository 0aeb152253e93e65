import type { ReactNode } from "react";

// The <html> element (with lang and dir) belongs to app/[locale]/layout.tsx; this only passes through.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
