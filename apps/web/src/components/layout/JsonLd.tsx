/**
 * schema.org structured data for a page, as JSON-LD. `<` is escaped so no text in the record (an editor's
 * «</script>») can close the element; the reader's CSP allows inline data blocks (they are not scripts).
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
