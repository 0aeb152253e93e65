// Loads a dataset export (GET /api/v1/export/dataset.jsonl) into an EMPTY database.
//   pnpm --filter @waqai/api-server import:dataset <file | ->
// One transaction: on any error nothing is written, and the message names the line, the record and the field.
// It opens the database directly: on PGlite run it while the API is stopped (PGlite has one owner; a running
// API makes it exit with code 75). On PostgreSQL (DATABASE_URL) the database must still be empty.
// The API's first start seeds an empty database: import into a fresh one before starting the API on it.
import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import { DatasetImportError, importDataset, readLines } from "@waqai/db/export";
import { openDatabaseForCli } from "./open-database";

const arg = process.argv[2];
if (!arg || arg === "--help" || arg === "-h") {
  console.error("usage: import:dataset <dataset.jsonl | ->   (- reads standard input)");
  process.exit(64);
}
// pnpm --filter runs scripts in the package folder: resolve the file against where the command was typed.
const file = arg === "-" ? "-" : path.resolve(process.env.INIT_CWD ?? process.cwd(), arg);
if (file !== "-" && !existsSync(file)) {
  console.error(`No such file: ${file}`);
  process.exit(66);
}
const database = await openDatabaseForCli("Stop the API first: the import needs the database to itself.");
const started = Date.now();
try {
  await database.migrate();
  const lines = readLines(file === "-" ? process.stdin : createReadStream(file));
  console.log(`import: ${file === "-" ? "standard input" : file} into ${database.kind} at ${database.location}`);
  const result = await importDataset(database.db, {
    lines,
    source: file === "-" ? "standard input" : path.basename(file),
    progressEvery: 5000,
    onProgress: ({ line, counts }) => {
      const n = Object.entries(counts)
        .filter(([, v]) => v > 0)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ");
      console.log(`import: line ${line} (${((Date.now() - started) / 1000).toFixed(1)} s) ${n}`);
    },
  });
  console.log(`import: done, ${result.lines} lines in ${((Date.now() - started) / 1000).toFixed(1)} s`, result.counts);
} catch (err) {
  if (err instanceof DatasetImportError) {
    console.error(`import failed, nothing was written: ${err.message}`);
    process.exitCode = 65; // EX_DATAERR
  } else {
    console.error("import failed, nothing was written:", err);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
