import type { VersionConflictDetail, EditableKind } from "@waqai/schema";

export interface Bilingual {
  ar: string;
  en: string;
}

/** The record does not exist. */
export class RecordNotFoundError extends Error {
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`No ${kind} with id "${id}"`);
    this.name = "RecordNotFoundError";
  }
}

/** A write based on a version that is no longer current: nothing was written. */
export class VersionConflictError extends Error {
  constructor(readonly detail: VersionConflictDetail) {
    super(`${detail.kind} ${detail.id} is at version ${detail.currentVersion}, not ${detail.baseVersion}`);
    this.name = "VersionConflictError";
  }
}

/** A workflow rule refused the write (wrong role for the move, publishing one's own edit, editing a published record). */
export class WorkflowError extends Error {
  constructor(
    readonly code: "FORBIDDEN" | "PRECONDITION_FAILED",
    readonly reason: Bilingual,
  ) {
    super(reason.en);
    this.name = "WorkflowError";
  }
}

export type { EditableKind };

/** Input that is well-formed but wrong for the data (a duplicate row, an event related to itself), per field. */
export class InvalidFieldsError extends Error {
  constructor(readonly fields: Record<string, Bilingual>) {
    super(
      Object.entries(fields)
        .map(([k, v]) => `${k}: ${v.en}`)
        .join("; "),
    );
    this.name = "InvalidFieldsError";
  }
}

/** Publishing refused because the record's page would show these unpublished records (listed for the caller). */
export class UnpublishedDependenciesError extends WorkflowError {
  constructor(
    reason: Bilingual,
    readonly dependencies: { kind: EditableKind; id: string; label: string; status: string; via: string }[],
  ) {
    super("PRECONDITION_FAILED", reason);
    this.name = "UnpublishedDependenciesError";
  }
}

/** An Idempotency-Key used again for a different request (other fields, or another caller's key space). */
export class IdempotencyKeyReusedError extends Error {
  constructor(readonly kind: string) {
    super(`This Idempotency-Key already made a ${kind} from a different request`);
    this.name = "IdempotencyKeyReusedError";
  }
}
