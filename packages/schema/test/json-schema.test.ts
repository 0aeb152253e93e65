import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { domainJsonSchemaText } from "../src/json-schema";

describe("the committed JSON Schema", () => {
  it("matches the zod schema (run `pnpm schema:json` after changing packages/schema)", () => {
    const committed = readFileSync(new URL("../generated/domain.schema.json", import.meta.url), "utf8");
    expect(committed === domainJsonSchemaText(), "generated/domain.schema.json is stale: run `pnpm schema:json`").toBe(true);
  });

  it("describes every domain entity, with references resolved inside the document", () => {
    const doc = JSON.parse(domainJsonSchemaText()) as { $defs: Record<string, unknown> };
    expect(Object.keys(doc.$defs)).toEqual(
      expect.arrayContaining(["Outlet", "Document", "Citation", "Actor", "Place", "Event", "Claim", "Dispute", "DisputeIssue", "Position", "EventIssueLink"]),
    );
    const refs = [...domainJsonSchemaText().matchAll(/"\$ref": "([^"]+)"/g)].map((m) => m[1]!);
    for (const ref of refs) expect(doc.$defs[ref.replace("#/$defs/", "")], ref).toBeDefined();
    // 2020-12 forbids a fragment `$id` ("#/$defs/X"); an entry's address is its place in $defs.
    for (const [name, def] of Object.entries(doc.$defs)) expect(def, name).not.toHaveProperty("$id");
  });
});
