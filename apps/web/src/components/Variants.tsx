/** Other spellings of a name (actor or place), as a definition-list row; nothing when there are none. */
export function Variants({ label, variants }: { label: string; variants: string[] }) {
  if (variants.length === 0) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <ul className="chips" lang="ar" dir="rtl">
          {variants.map((v) => (
            // dir=auto per name: Latin transliterations («Darat Azza») read left to right inside the Arabic list
            <li key={v} dir="auto">
              {v}
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}
