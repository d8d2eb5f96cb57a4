/**
 * `npm run eval`: how well `vitae explain` flags the parser's mistakes. Every
 * CV of the corpus is read and explained; each field the scorer judges
 * (../shared/eval/score.mjs: basics, entries matched by their key, their
 * dated and named sub-fields) is right or wrong against gold, and flagged when
 * a line it came from (or, for a field the parser missed, a line that holds
 * the gold value) carries a doubt. Printed per corpus kind and overall: the
 * share of wrong fields flagged (the more the better) and of right fields
 * flagged (the fewer the better).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { explainReading } from "../src/explain/explain-reading.js";
import type { Explanation } from "../src/explain/explanation.js";
import { comparable } from "../src/explain/line-values.js";
import { loadResume } from "../src/load-resume.js";
import { judgeFields, type JudgedField } from "./judge-fields.js";

export interface FlagRates {
  wrong: number;
  wrongFlagged: number;
  right: number;
  rightFlagged: number;
}

/** Whether each judged field of one case is flagged in its explanation. */
function flagged(field: JudgedField, explanation: Explanation): boolean {
  const doubtful = explanation.lines.filter((l) => l.doubt);
  if (field.path) {
    const exact = doubtful.some((l) => l.paths.includes(field.path!));
    const entry = field.path.split("/").slice(0, 3).join("/");
    const lines = explanation.lines.filter((l) => l.paths.some((p) => p === field.path || p.startsWith(`${field.path}/`)));
    // a sub-field found on no line of its own is as doubtful as its entry's lines
    const own = lines.length ? lines : explanation.lines.filter((l) => l.paths.some((p) => p === entry || p.startsWith(`${entry}/`)));
    return exact || own.some((l) => l.doubt);
  }
  const want = field.gold ? comparable(field.gold) : "";
  return want.length > 1 && doubtful.some((l) => comparable(l.text).includes(want));
}

/** Flag rates of one corpus folder, by kind (the case id's prefix) and over all. */
export async function measureFlagRates(casesDir: string, goldDir: string): Promise<Map<string, FlagRates>> {
  const rates = new Map<string, FlagRates>();
  const add = (kind: string, field: JudgedField, isFlagged: boolean) => {
    for (const k of [kind, "overall"]) {
      const r = rates.get(k) ?? { wrong: 0, wrongFlagged: 0, right: 0, rightFlagged: 0 };
      if (field.right) {
        r.right++;
        if (isFlagged) r.rightFlagged++;
      } else {
        r.wrong++;
        if (isFlagged) r.wrongFlagged++;
      }
      rates.set(k, r);
    }
  };
  for (const file of readdirSync(casesDir).filter((f) => /\.(md|txt)$/.test(f)).sort()) {
    const id = file.replace(/\.(md|txt)$/, "");
    const loaded = await loadResume(join(casesDir, file));
    if (!loaded.ok || !loaded.value.reading) throw new Error(`${file} did not load`);
    const explanation = explainReading(file, loaded.value.reading);
    const gold = JSON.parse(readFileSync(join(goldDir, `${id}.json`), "utf8"));
    for (const field of judgeFields(gold, loaded.value.reading.resume)) add(id.split("-")[0]!, field, flagged(field, explanation));
  }
  return rates;
}

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : "–");

/** The rates as a table, one row per kind and one overall. */
export function formatFlagRates(rates: ReadonlyMap<string, FlagRates>): string {
  const rows = [...rates].sort(([a], [b]) => (a === "overall" ? 1 : b === "overall" ? -1 : a.localeCompare(b)));
  const head = "kind      wrong  flagged   right  flagged\n";
  return head + rows.map(([kind, r]) => `${kind.padEnd(8)} ${String(r.wrong).padStart(6)} ${pct(r.wrongFlagged, r.wrong).padStart(8)} ${String(r.right).padStart(7)} ${pct(r.rightFlagged, r.right).padStart(8)}`).join("\n") + "\n";
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\/dist\//, "/dist/"))) {
  const corpus = resolve(process.argv[2] ?? "../shared/corpus");
  const rates = await measureFlagRates(join(corpus, "cases"), join(corpus, "gold"));
  process.stdout.write(`flags of vitae explain against ${corpus} (wrong fields: share flagged, at least 60 %; right fields: share flagged, at most 15 %)\n`);
  process.stdout.write(formatFlagRates(rates));
}
