import type { Citation, CitationTargetKind } from "@waqai/schema";
import { OFFSET_UNIT } from "@waqai/schema";
import type { citations } from "../tables";
import { arOf, compact, enOf, opt, optBi, type Row } from "./util";

type CitationRow = typeof citations.$inferSelect;

/** The row property that holds the target id for each target kind (one nullable foreign key per kind). */
export const TARGET_KEY = {
  event: "eventId",
  quantity: "quantityId",
  claim: "claimId",
  position: "positionId",
  dispute: "disputeId",
  issue: "issueId",
  actor: "actorId",
  place: "placeId",
  document: "targetDocumentId",
  conflict: "conflictId",
} as const satisfies Record<CitationTargetKind, keyof CitationRow>;

export function citationRow(c: Omit<Citation, "unit"> & { unit?: string }): Row {
  return {
    id: c.id,
    documentId: c.documentId,
    documentHash: c.documentHash,
    unit: c.unit,
    startOffset: c.start,
    endOffset: c.end,
    exact: c.exact,
    prefix: c.prefix,
    suffix: c.suffix,
    role: c.role,
    targetKind: c.target.kind,
    [TARGET_KEY[c.target.kind]]: c.target.id,
    noteAr: arOf(c.note),
    noteEn: enOf(c.note),
  };
}

export function citationOut(c: CitationRow): Citation {
  const kind = c.targetKind as CitationTargetKind;
  const targetId = c[TARGET_KEY[kind]] as string;
  return compact({
    id: c.id,
    documentId: c.documentId,
    documentHash: c.documentHash,
    unit: OFFSET_UNIT,
    start: c.startOffset,
    end: c.endOffset,
    exact: c.exact,
    prefix: c.prefix,
    suffix: c.suffix,
    role: c.role as Citation["role"],
    target: { kind, id: targetId },
    note: optBi(opt(c.noteAr), opt(c.noteEn)),
  });
}
