// Adds up vitest and Playwright JSON reports into one honest "N passed, N failed" line.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2] ?? ".reports";
let passed = 0;
let failed = 0;
let skipped = 0;
const expectedReports = ["unit-pglite.json", "e2e.json", "unit-postgres.json"];
for (const name of expectedReports) {
  const file = path.join(dir, name);
  if (!existsSync(file)) {
    console.log(`${name}: missing (that suite did not run to the end), counted as 1 failure`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, "utf8"));
  if (r.stats) {
    // Playwright: expected = passed, unexpected = failed, flaky passed on retry.
    const s = r.stats;
    console.log(`${name}: ${s.expected + s.flaky} passed, ${s.unexpected} failed, ${s.skipped} skipped`);
    passed += s.expected + s.flaky;
    failed += s.unexpected;
    skipped += s.skipped;
  } else {
    const suiteErrors = (r.testResults ?? []).filter((t) => t.status === "failed" && (t.assertionResults ?? []).length === 0).length;
    console.log(`${name}: ${r.numPassedTests} passed, ${r.numFailedTests + suiteErrors} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
    passed += r.numPassedTests;
    failed += r.numFailedTests + suiteErrors;
    skipped += r.numPendingTests + r.numTodoTests;
  }
}
for (const f of readdirSync(dir)) if (!expectedReports.includes(f)) console.log(`(ignored report ${f})`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
