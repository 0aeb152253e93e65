import { NotFoundError } from "../errors";

/** byId procedures: a missing (or unpublished) row is NOT_FOUND with its id, never undefined or a 500. */
export function found<T>(kind: string, id: string, value: T | null | undefined): T {
  if (value === null || value === undefined) throw new NotFoundError(kind, id);
  return value;
}
