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
import type { ExplainedLine, Explanation } from "../src/explain/explanation.js";
import { comparable } from "../src/explain/line-values.js";
import { loadResume } from "../src/load-resume.js";
import { judgeFields, type JudgedField } from "./judge-fields.js";

export interface FlagRates {
  wrong: number;
  wrongFlagged: number;
  right: number;
  rightFlagged: number;
}

/**
 * The lines a judged field came from (or, for one the parser missed, that
 * hold its gold value); a sub-field found on no line of its own is as
 * doubtful as its entry's lines.
 */
function fieldLines(field: JudgedField, explanation: Explanation): ExplainedLine[] {
  if (field.path) {
    const entry = field.path.split("/").slice(0, 3).join("/");
    const lines = explanation.lines.filter((l) => l.paths.some((p) => p === field.path || p.startsWith(`${field.path}/`)));
    return lines.length ? lines : explanation.lines.filter((l) => l.paths.some((p) => p === entry || p.startsWith(`${entry}/`)));
  }
  const want = field.gold ? comparable(field.gold) : "";
  return want.length > 1 ? explanation.lines.filter((l) => comparable(l.text).includes(want)) : [];
}

/** A wrong field no line flags, for FLAG_RATE_UNFLAGGED=1: the case, the field and the lines it came from. */
function describeUnflagged(id: string, field: JudgedField, explanation: Explanation): string {
  const lines = fieldLines(field, explanation).slice(0, 3);
  return `${id} ${field.path ?? `missed "${field.gold}"`}\n${lines.map((l) => `    ${l.line} [${l.label}] ${l.text.trim().slice(0, 110)}`).join("\n") || "    (on no line)"}\n`;
}

/** Whether a judged field is flagged in its explanation: a line it came from carries a doubt. */
const flagged = (field: JudgedField, explanation: Explanation) => fieldLines(field, explanation).some((l) => l.doubt);

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
    for (const field of judgeFields(gold, loaded.value.reading.resume)) {
      const isFlagged = flagged(field, explanation);
      add(id.split("-")[0]!, field, isFlagged);
      if (!isFlagged && !field.right && process.env.FLAG_RATE_UNFLAGGED) process.stderr.write(describeUnflagged(id, field, explanation));
    }
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
