import type { SourceLine } from "../parse/source-line.js";
import data from "./vocabulary/spoken-languages.json" with { type: "json" };
import { isSpokenLanguage } from "./spoken-languages.js";
import { trieSource } from "./word-trie.js";


/** "Mother tongue(s): German, Italian": the first languages, after their label. */
const NATIVE = new RegExp(`^(${trieSource(data.nativeLabels)})\\s*[:：]\\s*(.+)$`, "iu");
/** "LISTENING C1 READING C2 WRITING C1": a row of the CEFR grid, its columns' names and levels and nothing else. */
const GRID_WORDS = new RegExp(`(?<![\\p{L}])(?:${trieSource(data.gridSkills)})(?![\\p{L}])|\\b[ABC][12]\\+?(?![\\p{L}\\d])`, "giu");
function isGridRow(text: string): boolean {
  const rest = text.replace(GRID_WORDS, "");
  return rest !== text && rest.replace(/[\s|/:;,.–—-]/g, "") === "";
}

/** The languages section read, and the lines of the form itself (its labels, its legend) that name no language. */
export interface LanguageLines {
  lines: SourceLine[];
  form: SourceLine[];
}

/**
 * Europass's languages, as its form prints them: "Mother tongue(s): German",
 * "Other language(s):", then each language over the rows of its
 * self-assessment grid ("LISTENING C1 READING C2 WRITING C1"), then the grid's
 * legend. Each language becomes one line with its levels in brackets, as
 * "English (C1)" writes them; a first language takes its label as its level.
 * The form's label and legend lines are returned apart. Other sections are
 * returned as they are.
 */
export function readLanguageGrid(lines: readonly SourceLine[]): LanguageLines {
  if (!lines.some((l) => isGridRow(l.text))) return { lines: [...lines], form: [] };
  const out: SourceLine[] = [];
  const form: SourceLine[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    const native = NATIVE.exec(text);
    const last = out.at(-1);
    // "Mother tongue(s)": the label's bracketed plural would close the level's own brackets
    if (native) out.push(...native[2]!.split(/\s*[,;]\s*/).map((language) => ({ ...line, text: `${language} (${native[1]!.replace(/\([^)]*\)/g, "")})` })));
    else if (isGridRow(text) && last && isSpokenLanguage(last.text.replace(/\s*\(.*$/, ""))) {
      out[out.length - 1] = { ...last, text: last.text.endsWith(")") ? `${last.text.slice(0, -1)} ${text})` : `${last.text} (${text})` };
    } else if (isSpokenLanguage(text)) out.push(line);
    else form.push(line);
  }
  return { lines: out, form };
}
