"use client";

import { useEffect, useState } from "react";
import {
  EventPlaceRow,
  ParticipantRow,
  RelationRow,
  SetParticipantsInput,
  SetPlacesInput,
  SetRelationsInput,
  bilingualFieldErrors,
  type LookupKind,
} from "@waqai/schema";
import { fieldLabel, optionLabel, type FormKind } from "@/lib/catalog";
import { failureOf, trpc } from "@/lib/client";
import { useLocale } from "@/lib/locale";
import { m, w, type Bi } from "@/lib/messages";
import { Picker } from "../Picker";
import { createFromWords } from "./FieldControl";
import { useRecord } from "./RecordState";

type Row = Record<string, string>;
interface Column {
  name: string;
  options?: readonly string[];
  lookup?: LookupKind;
}
interface PartProps {
  eventId: string;
  rows: Row[];
}
/**
 * What differs between the event's list parts: their columns, an empty row, and the one edit that saves the
 * list. The editor (state, errors, add/remove, save under the page's version) is the same for all of them.
 */
interface ListPart {
  part: string;
  formKind: FormKind;
  title: Bi;
  addLabel: Bi;
  columns: Column[];
  blank: Row;
  save: (base: { eventId: string; baseVersion: number }, rows: Row[]) => Promise<{ version: number; changed: string[]; pending: boolean }>;
}

/**
 * An event's list part (participants or relations): rows with a picker for the record and a choice for
 * each enum; the whole list is saved as one edit of the event under the page's version.
 */
function RowsEditor({ eventId, rows: initial, list }: PartProps & { list: ListPart }) {
  const { part, formKind, title, addLabel, columns, blank, save } = list;
  const locale = useLocale();
  const rec = useRecord();
  const [rows, setRows] = useState<Row[]>(initial);
  const [saved, setSaved] = useState<Row[]>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = JSON.stringify(rows) !== JSON.stringify(saved);
  const { setDirty } = rec;
  // Tell the page, so leaving with an unsaved list asks first.
  useEffect(() => setDirty(part, dirty), [part, dirty, setDirty]);

  async function submit() {
    setErrors({});
    setMessage(null);
    setBusy(true);
    try {
      rec.written(await save({ eventId, baseVersion: rec.version }, rows));
      setSaved(rows);
      setMessage(w.savedAt[locale]);
    } catch (err) {
      if (err instanceof RowsInvalid) setErrors(Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, v[locale]])));
      else {
        const f = failureOf(err);
        setErrors(f.fieldErrors ?? {});
        setMessage(f.message);
      }
    } finally {
      setBusy(false);
    }
  }
  const set = (i: number, name: string, value: string) => setRows(rows.map((r, j) => (j === i ? { ...r, [name]: value } : r)));
  return (
    <section className="record-part" aria-labelledby={`${part}-h`} data-testid={`${part}-form`}>
      <h2 id={`${part}-h`}>{title[locale]}</h2>
      <ul className="part-list">
        {rows.map((r, i) => (
          <li key={i} className="part-row">
            {columns.map((c) => {
              const key = `${part}.${i}.${c.name}`;
              const err = errors[key];
              const label = `${fieldLabel(formKind, c.name)[locale]} ${i + 1}`;
              return (
                <div key={c.name} className="field">
                  {c.lookup ? (
                    <Picker
                      kind={c.lookup}
                      label={label}
                      value={r[c.name] || null}
                      onChange={(v) => set(i, c.name, v ?? "")}
                      create={createFromWords(c.lookup, locale)}
                      invalid={!!err}
                      describedBy={err ? `e-${key}` : undefined}
                      testId={key}
                    />
                  ) : (
                    <>
                      <label htmlFor={key}>{label}</label>
                      <select id={key} value={r[c.name] ?? ""} onChange={(e) => set(i, c.name, e.target.value)}>
                        {c.options!.map((o) => (
                          <option key={o} value={o}>
                            {optionLabel(formKind, c.name, o)[locale]}
                          </option>
                        ))}
                      </select>
                    </>
                  )}
                  {err ? (
                    <p className="field-error" id={`e-${key}`} role="alert">
                      {err}
                    </p>
                  ) : null}
                </div>
              );
            })}
            <button
              type="button"
              className="button button--small button--plain"
              aria-label={`${w.remove[locale]} ${i + 1}`}
              onClick={() => setRows(rows.filter((_, j) => j !== i))}
            >
              {w.remove[locale]}
            </button>
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" className="button button--plain" onClick={() => setRows([...rows, { ...blank }])}>
          {addLabel[locale]}
        </button>
        <button type="button" className="button" disabled={busy || !dirty} onClick={() => void submit()}>
          {busy ? w.saving[locale] : m.save[locale]}
        </button>
      </div>
      <p role="status" aria-live="polite" className="form-status">
        {message}
      </p>
    </section>
  );
}

class RowsInvalid extends Error {
  constructor(readonly fields: Record<string, { ar: string; en: string }>) {
    super("invalid rows");
  }
}

function parsed<T>(result: { success: true; data: T } | { success: false; error: Parameters<typeof bilingualFieldErrors>[0] }): T {
  if (!result.success) throw new RowsInvalid(bilingualFieldErrors(result.error));
  return result.data;
}

/** Who took part in the event, in which role, and how sure the record is of it (notes kept as they are). */
const PARTICIPANTS: ListPart = {
  part: "participants",
  formKind: "participant",
  title: w.participants,
  addLabel: w.addParticipant,
  columns: [
    { name: "actorId", lookup: "actor" },
    { name: "role", options: ParticipantRow.shape.role.options },
    { name: "attribution", options: ParticipantRow.shape.attribution.options },
  ],
  blank: { actorId: "", role: "initiator", attribution: "likely" },
  save: (base, list) =>
    trpc.edit.event.setParticipants.mutate(
      parsed(
        SetParticipantsInput.safeParse({
          ...base,
          participants: list.map((r) => ({ actorId: r.actorId, role: r.role, attribution: r.attribution, noteAr: r.noteAr || null, noteEn: r.noteEn || null })),
        }),
      ),
    ),
};

/** How the event relates to other events (part of, response to, same as...). */
const RELATIONS: ListPart = {
  part: "relations",
  formKind: "relation",
  title: w.relations,
  addLabel: w.addRelation,
  columns: [
    { name: "relation", options: RelationRow.shape.relation.options },
    { name: "relatedEventId", lookup: "event" },
  ],
  blank: { relation: "part_of", relatedEventId: "" },
  save: (base, list) =>
    trpc.edit.event.setRelations.mutate(
      parsed(SetRelationsInput.safeParse({ ...base, relations: list.map((r) => ({ relation: r.relation, relatedEventId: r.relatedEventId })) })),
    ),
};

/** Places the event involves besides its site: the other towns of an evacuation, where people left from or went to. */
const PLACES: ListPart = {
  part: "places",
  formKind: "eventPlace",
  title: w.places,
  addLabel: w.addPlace,
  columns: [
    { name: "placeId", lookup: "place" },
    { name: "role", options: EventPlaceRow.shape.role.options },
  ],
  blank: { placeId: "", role: "site" },
  save: (base, list) =>
    trpc.edit.event.setPlaces.mutate(
      parsed(
        SetPlacesInput.safeParse({
          ...base,
          places: list.map((r) => ({ placeId: r.placeId, role: r.role, noteAr: r.noteAr || null, noteEn: r.noteEn || null })),
        }),
      ),
    ),
};

export const ParticipantsEditor = (props: PartProps) => <RowsEditor {...props} list={PARTICIPANTS} />;
export const RelationsEditor = (props: PartProps) => <RowsEditor {...props} list={RELATIONS} />;
export const PlacesEditor = (props: PartProps) => <RowsEditor {...props} list={PLACES} />;
