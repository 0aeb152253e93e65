import type { Bi as BiText } from "@/lib/messages";
import { Bi } from "./Bi";

/** A data table's column headings, in the user's interface language (the row of `<th scope="col">`). */
export function ColumnHeads({ columns }: { columns: BiText[] }) {
  return columns.map((c) => (
    <th key={c.en} scope="col">
      <Bi text={c} />
    </th>
  ));
}
