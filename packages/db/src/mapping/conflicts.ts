import type { z } from "zod";
import type { Conflict, ConflictBase } from "@waqai/schema";
import type { conflictDyads, conflictParties, conflicts } from "../tables";
import { arOf, bi, compact, editorial, editorialColumns, enOf, opt, optBi, type EditorialIn, type Row } from "./util";

type ConflictRow = typeof conflicts.$inferSelect;
type PartyRow = typeof conflictParties.$inferSelect;
type DyadRow = typeof conflictDyads.$inferSelect;

export function conflictOut(c: ConflictRow, parties: PartyRow[], dyads: DyadRow[]): Conflict {
  return {
    ...compact({
      id: c.id,
      title: bi(c.titleAr, c.titleEn),
      summary: optBi(c.summaryAr, c.summaryEn),
      type: c.type as Conflict["type"],
      incompatibility: c.incompatibility as Conflict["incompatibility"],
      contested: optBi(c.contestedAr, c.contestedEn),
      conflictStatus: c.conflictStatus as Conflict["conflictStatus"],
      countries: c.countries,
      parties: [...parties]
        .sort((a, b) => a.ordinal - b.ordinal)
        .map((p) => ({ actorId: p.actorId, side: p.side as "a" | "b", role: p.role as "primary" | "secondary" })),
      dyads: [...dyads]
        .sort((a, b) => a.ordinal - b.ordinal)
        .map((d) =>
          compact({ id: d.id, sideA: d.sideAId, sideB: d.sideBId, title: optBi(d.titleAr, d.titleEn), start: opt(d.startDate), end: opt(d.endDate) }),
        ),
      start: opt(c.startDate),
      end: opt(c.endDate),
    }),
    ...editorial(c),
  };
}

export type ConflictIn = z.input<typeof ConflictBase> & EditorialIn;

export function conflictRow(c: ConflictIn): Row {
  return {
    id: c.id,
    titleAr: c.title.ar,
    titleEn: enOf(c.title),
    summaryAr: arOf(c.summary),
    summaryEn: enOf(c.summary),
    type: c.type,
    incompatibility: c.incompatibility,
    contestedAr: arOf(c.contested),
    contestedEn: enOf(c.contested),
    conflictStatus: c.conflictStatus,
    countries: c.countries ?? [],
    startDate: c.start,
    endDate: c.end,
    ...editorialColumns(c),
  };
}

/** A conflict's parties and dyads as the rows of their tables, in the conflict's order. */
export function conflictPartRows(c: Pick<ConflictIn, "id" | "parties" | "dyads">) {
  return {
    parties: c.parties.map((p, i) => ({ conflictId: c.id, actorId: p.actorId, side: p.side, role: p.role, ordinal: i + 1 })),
    dyads: (c.dyads ?? []).map((d, i) => ({
      id: d.id,
      conflictId: c.id,
      sideAId: d.sideA,
      sideBId: d.sideB,
      titleAr: arOf(d.title),
      titleEn: enOf(d.title),
      startDate: d.start,
      endDate: d.end,
      ordinal: i + 1,
    })),
  };
}
