import { z } from "zod";
import { Actor, Place } from "./domain/actors";
import { Claim } from "./domain/claims";
import { Dispute, DisputeIssue, EventIssueLink, Position } from "./domain/disputes";
import { Conflict } from "./domain/conflicts";
import { Event } from "./domain/events";
import { Citation, Document, Outlet } from "./domain/sources";
import { SeedAnnotation } from "./domain/seed";

/** The domain as JSON Schema (draft 2020-12), for consumers in other languages. Written to generated/. */
export function domainJsonSchema() {
  const registry = z.registry<{ id: string }>();
  const entities = { Outlet, Document, Citation, Actor, Place, Event, Claim, Conflict, Dispute, DisputeIssue, Position, EventIssueLink, SeedAnnotation };
  for (const [id, schema] of Object.entries(entities)) registry.add(schema, { id });
  const out = z.toJSONSchema(registry, { target: "draft-2020-12", io: "output", unrepresentable: "any", uri: (id) => `#/$defs/${id}` });
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://waqai.example/schema/domain.json",
    title: "Waqai domain",
    description: "Events, disputes, claims and their citations. Offsets are UTF-16 code units into NFC text.",
    $defs: Object.fromEntries(Object.entries(out.schemas).map(([k, v]) => [k, stripIds(v)])),
  };
}

function stripIds(v: unknown): unknown {
  if (v && typeof v === "object" && !Array.isArray(v)) {
    // zod names each entry with `$id: "#/$defs/X"` (from `uri`); in 2020-12 an `$id` may not be a fragment, and
    // the entry's place in `$defs` already gives it that address, so it is dropped with zod's own `id`.
    const { $schema: _s, $id: _$id, id: _id, ...rest } = v as Record<string, unknown>;
    return rest;
  }
  return v;
}

export function domainJsonSchemaText(): string {
  return `${JSON.stringify(domainJsonSchema(), null, 2)}\n`;
}
