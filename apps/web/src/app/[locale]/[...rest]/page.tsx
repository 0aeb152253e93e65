import { notFound } from "next/navigation";
import { pageLocale, type LocaleParams } from "@/lib/page";

// Any path no page claims: a 404 in the reader's language and layout, not Next's bare default.
export default async function CatchAll({ params }: LocaleParams) {
  await pageLocale(params);
  notFound();
}
