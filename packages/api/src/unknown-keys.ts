/**
 * Unknown keys are refused, not silently dropped: a misspelt field (`titelAr`) or a smuggled one
 * (`constructor: {prototype: …}`) would otherwise be a write that "succeeded" without doing what the
 * caller meant. zod strips what its schema does not name, so a key of the raw input that the parsed
 * input lacks is one no schema knows. Own keys only: `constructor` is "in" every object.
 */
export function unknownKeyPath(raw: unknown, parsed: unknown, at: string[] = []): string | null {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    for (let i = 0; i < Math.min(raw.length, parsed.length); i++) {
      const found = unknownKeyPath(raw[i], parsed[i], [...at, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (!isPlainObject(raw) || !isPlainObject(parsed)) return null;
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(parsed, key)) {
      // A key sent as null/undefined for an optional field that the schema dropped is still a key it names; zod keeps those.
      return [...at, key].join(".");
    }
    const found = unknownKeyPath(raw[key], parsed[key], [...at, key]);
    if (found) return found;
  }
  return null;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
