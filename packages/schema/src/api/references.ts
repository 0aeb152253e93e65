import type { LookupKind } from "./workbench";

/** The kind of record each reference field points at, by the field's name (the same name in every kind). */
const REFERENCED_KIND: Readonly<Record<string, LookupKind>> = {
  placeId: "place",
  documentId: "document",
  claimantId: "actor",
  actorId: "actor",
  framedByActorId: "actor",
  outletId: "outlet",
  framedByOutletId: "outlet",
  eventId: "event",
  relatedEventId: "event",
  positionId: "position",
  disputeId: "dispute",
  issueId: "issue",
  conflictId: "conflict",
};

/**
 * The kind of record a reference field of `kind` points at, or null when the field is no reference a picker
 * can fill. `parentId` points within its own kind, and only actors and places nest.
 */
export function lookupKindOf(kind: string, field: string): LookupKind | null {
  if (field === "parentId") return kind === "actor" || kind === "place" ? kind : null;
  return REFERENCED_KIND[field] ?? null;
}
