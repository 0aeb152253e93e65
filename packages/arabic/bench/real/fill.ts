// pnpm --filter @waqai/arabic bench:fill [-- --from DIR]
// Copies the real articles listed in manifest.json from where they were saved outside the
// repository (third-party text stays out of git) into bench/real/texts/ (git-ignored), checking
// each text's sha256 against the manifest. Missing or altered texts are reported, not copied.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REAL_DIR, TEXTS_DIR, readManifest } from "../gold";

const i = process.argv.indexOf("--from");
// Where the texts were saved is a fact of each machine, not of the repository: it is always given.
const from = i === -1 ? process.env.WAQAI_ARABIC_DEV : process.argv[i + 1];
if (!from) {
  console.error("bench:fill: say where the saved texts are: `-- --from DIR` or WAQAI_ARABIC_DEV=DIR (a folder of <id>.txt files).");
  process.exit(2);
}
mkdirSync(TEXTS_DIR, { recursive: true });
const manifest = readManifest();
let copied = 0;
const problems: string[] = [];
for (const a of manifest.articles) {
  const source = join(from, `${a.id}.txt`);
  if (!existsSync(source)) {
    problems.push(`missing  ${a.id} (not in ${from})`);
    continue;
  }
  const sha = createHash("sha256").update(readFileSync(source)).digest("hex");
  if (sha !== a.sha256) {
    problems.push(`altered  ${a.id} (sha256 ${sha.slice(0, 12)}…, manifest ${a.sha256.slice(0, 12)}…)`);
    continue;
  }
  copyFileSync(source, join(TEXTS_DIR, `${a.id}.txt`));
  copied++;
}
console.log(`${copied}/${manifest.articles.length} articles copied from ${from} into ${REAL_DIR}/texts`);
for (const p of problems) console.log(`  ${p}`);
