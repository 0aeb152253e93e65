"use client";

import { useState, type FormEvent } from "react";
import { ParticipantRow, RelationRow, SetParticipantsInput, SetRelationsInput } from "@waqai/schema";
import { failureOf, trpc } from "@/lib/client";
import { fieldErrorsOf } from "@/lib/field-errors";
import { useLocale } from "@/lib/locale";
import { m, type Bi as BiText } from "@/lib/messages";
import { Bi } from "./Bi";

type Row = Record<string, string>;
interface Column {
  name: string;
  label: BiText;
  options?: readonly string[];
}

/**
 * An event's rows (participants or relations) with rows to add and remove; the whole list is saved as
 * one edit of the event under its version, checked in the browser with the API's own schema.
 */
function RowsForm({ title, list, columns, rows: initial, blank, save }: { title: BiText; list: string; columns: Column[]; rows: Row[]; blank: Row; save: (rows: Row[]) => Promise<unknown> }) {
  const locale = useLocale();
  const [rows, setRows] = useState<Row[]>(initial);
  // Checked in the browser: Arabic and English; from the server: in the language the API answered in.
  const [errors, setErrors] = useState<Record<string, BiText | string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    setFailure(null);
    try {
      await save(rows);
      window.location.reload();
    } catch (err) {
      if (err instanceof RowsInvalid) return setErrors(err.fields);
      const f = failureOf(err);
      if (f.fieldErrors) setErrors(f.fieldErrors);
      setFailure(f.message);
    }
  }
  const set = (i: number, name: string, value: string) => setRows(rows.map((r, j) => (j === i ? { ...r, [name]: value } : r)));
  return (
    <form onSubmit={submit} className="form rows-form" noValidate data-testid={`${list}-form`}>
      <h2>
        <Bi text={title} />
      </h2>
      <table className="data">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.name} scope="col">
                <Bi text={c.label} />
              </th>
            ))}
            <th scope="col">
              <Bi text={m.removeRow} />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {columns.map((c) => {
                const key = `${list}.${i}.${c.name}`;
                const err = errors[key];
                const common = { name: key, "aria-label": `${c.label[locale]} ${i + 1}`, "aria-invalid": err ? true : undefined, "aria-describedby": err ? `e-${key}` : undefined, value: r[c.name] ?? "" };
                return (
                  <td key={c.name}>
                    {c.options ? (
                      <select {...common} onChange={(e) => set(i, c.name, e.target.value)}>
                        {c.options.map((o) => (
                          <option key={o}>{o}</option>
                        ))}
                      </select>
                    ) : (
                      <input {...common} dir="ltr" onChange={(e) => set(i, c.name, e.target.value)} />
                    )}
                    {err ? (
                      <p className="field-error" id={`e-${key}`} role="alert">
                        {typeof err === "string" ? err : <Bi text={err} />}
                      </p>
                    ) : null}
                  </td>
                );
              })}
              <td>
                <button type="button" className="button button--small" aria-label={`${m.removeRow[locale]} ${i + 1}`} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                  <Bi text={m.removeRow} />
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button--small" onClick={() => setRows([...rows, { ...blank }])}>
        <Bi text={m.addRow} />
      </button>{" "}
      <button type="submit" className="button">
        <Bi text={m.save} />
      </button>
      {failure ? <p role="alert">{failure}</p> : null}
    </form>
  );
}

class RowsInvalid extends Error {
  constructor(readonly fields: Record<string, BiText>) {
    super("invalid rows");
  }
}

function parsed<T>(result: { success: true; data: T } | { success: false; error: Parameters<typeof fieldErrorsOf>[0] }): T {
  if (!result.success) throw new RowsInvalid(fieldErrorsOf(result.error));
  return result.data;
}

const ROLES = ParticipantRow.shape.role.options;
const ATTRIBUTIONS = ParticipantRow.shape.attribution.options;
const RELATIONS = RelationRow.shape.relation.options;

/** Who took part in the event, in which role, and how sure the record is of it (notes kept as they are). */
export function ParticipantsForm({ eventId, version, rows }: { eventId: string; version: number; rows: Row[] }) {
  const columns = [
    { name: "actorId", label: m.actorId },
    { name: "role", label: m.participantRole, options: ROLES },
    { name: "attribution", label: m.attribution, options: ATTRIBUTIONS },
  ];
  const save = (list: Row[]) =>
    trpc.edit.event.setParticipants.mutate(parsed(SetParticipantsInput.safeParse({ eventId, baseVersion: version, participants: list.map((r) => ({ actorId: r.actorId?.trim(), role: r.role, attribution: r.attribution, noteAr: r.noteAr || null, noteEn: r.noteEn || null })) })));
  return <RowsForm title={m.participants} list="participants" columns={columns} rows={rows} blank={{ actorId: "", role: "initiator", attribution: "declared" }} save={save} />;
}

/** How the event relates to other events (part of, response to, same as...). */
export function RelationsForm({ eventId, version, rows }: { eventId: string; version: number; rows: Row[] }) {
  const columns = [
    { name: "relation", label: m.relationType, options: RELATIONS },
    { name: "relatedEventId", label: m.relatedEventId },
  ];
  const save = (list: Row[]) => trpc.edit.event.setRelations.mutate(parsed(SetRelationsInput.safeParse({ eventId, baseVersion: version, relations: list.map((r) => ({ relation: r.relation, relatedEventId: r.relatedEventId?.trim() })) })));
  return <RowsForm title={m.relations} list="relations" columns={columns} rows={rows} blank={{ relation: "part_of", relatedEventId: "" }} save={save} />;
}
