/**
 * Writes each seeds/<name>.annotation.json from seeds/<name>.reading.json and seeds/<name>.txt:
 *
 *   pnpm exec tsx seeds/tools/build-annotation.ts
 *
 * The reading is the curated data (records and quotes, reviewed by people); the annotation is derived
 * (offsets found by seeds/tools/reading.ts) and committed beside it so the loader needs no build step.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { buildAnnotation } from "./reading";

const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

for (const file of readdirSync(seedsDir).filter((f) => f.endsWith(".reading.json"))) {
  const name = file.replace(/\.reading\.json$/, "");
  const text = readFileSync(path.join(seedsDir, `${name}.txt`), "utf8");
  const reading: unknown = JSON.parse(readFileSync(path.join(seedsDir, file), "utf8"));
  const a = buildAnnotation(reading, text);
  writeFileSync(path.join(seedsDir, `${name}.annotation.json`), JSON.stringify(a, null, 2) + "\n", "utf8");
  const figures = a.events.reduce((n, e) => n + e.quantities.length, 0);
  console.log(
    `${name}: events ${a.events.length}, figures ${figures}, actors ${a.actors.length}, places ${a.places.length}, claims ${a.claims.length}, ` +
      `disputes ${a.disputes.length}, issues ${a.issues.length}, positions ${a.positions.length}, links ${a.eventIssueLinks.length}, citations ${a.citations.length}`,
  );
}
