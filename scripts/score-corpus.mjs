/**
 * Development aid: parses every CV of the corpus (or the seeds) in one process
 * with the compiled sources (dist/src, from `npx tsc -p tsconfig.json`) and
 * scores them with ../shared/eval/score.mjs. Seconds, where seeds.sh, which
 * also prints every CV, takes a minute and a half.
 *
 *   node scripts/score-corpus.mjs [corpus|seeds] [--cases] [ID_PREFIX…]
 *
 * Prints the figures per kind and overall; --cases adds each case's line and
 * misses (only those whose id starts with one of the prefixes, when given).
 * The predictions stay in /tmp/vitae-score/<checkout>/<set>/ for a closer look, one folder per checkout so that
 * two worktrees scoring at once do not empty each other's.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const set = args.find((a) => a === "corpus" || a === "seeds") ?? "corpus";
const showCases = args.includes("--cases");
const prefixes = args.filter((a) => !["corpus", "seeds", "--cases"].includes(a));
const shared = join(root, "../shared");
const cases = set === "seeds" ? join(shared, "seeds") : join(shared, "corpus/cases");
const gold = set === "seeds" ? join(shared, "seeds/gold") : join(shared, "corpus/gold");
const out = join("/tmp/vitae-score", createHash("sha1").update(root).digest("hex").slice(0, 8), set);

const { loadResume } = await import(pathToFileURL(join(root, "dist/src/load-resume.js")).href);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const file of readdirSync(cases).filter((f) => /\.(md|txt)$/.test(f))) {
  const id = basename(file).replace(/\.(md|txt)$/, "");
  const loaded = await loadResume(join(cases, file));
  writeFileSync(join(out, `${id}.json`), JSON.stringify(loaded.ok ? loaded.value.resume : {}, null, 1));
}
const score = (...extra) => execFileSync("node", [join(shared, "eval/score.mjs"), gold, out, ...extra], { maxBuffer: 1e8 }).toString();
if (showCases) {
  const { cases: rows } = JSON.parse(score("--json"));
  for (const r of rows.filter((r) => !prefixes.length || prefixes.some((p) => r.id.startsWith(p)))) {
    console.log(`${r.id} F1=${r.F1.toFixed(3)} tp=${r.tp} fp=${r.fp} fn=${r.fn}`);
    for (const m of r.misses) console.log(`   - ${m}`);
  }
}
console.log(score().split("\n").filter((l) => /^(category|overall)/.test(l)).join("\n"));
