/**
 * The fields ../shared/eval/score.mjs judges, each right or wrong, with where
 * the parser put it. The matching follows that scorer's rules (the same
 * normalisation, similarity, thresholds and entry pairing), so that "right"
 * here is what it counts as a true positive; it is written again because the
 * scorer is a script that exports nothing.
 */
import type { Resume } from "../src/resume/schema.js";

export interface JudgedField {
  right: boolean;
  /** The JSON pointer of the parser's value, when it made one. */
  path?: string;
  /** The gold value, for a field the parser missed: it is looked for in the source. */
  gold?: string;
}

type Entry = Record<string, unknown>;
type Gold = { basics?: Entry } & Record<string, unknown>;

const SECTIONS: Record<string, { key: string; fields: string[] }> = {
  work: { key: "name", fields: ["position", "startDate", "endDate"] },
  education: { key: "institution", fields: ["area", "studyType", "startDate", "endDate"] },
  publications: { key: "name", fields: ["releaseDate"] },
  projects: { key: "name", fields: [] },
  awards: { key: "title", fields: ["date"] },
  skills: { key: "name", fields: [] },
};

const norm = (s: unknown) =>
  String(s ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[*_`~]/g, "")
    .replace(/[^\p{L}\p{N}@.+/:-]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const bigrams = (chars: string[]) => (chars.length < 2 ? [chars.join("")] : chars.slice(1).map((c, i) => chars[i] + c));
const splitCjk = (t: string) => [...(t.match(CJK_RUN) ?? []).flatMap((run) => bigrams([...run])), ...t.split(CJK_RUN)];
const tokens = (s: unknown) => new Set(norm(s).split(/[\s/:.-]+/).flatMap(splitCjk).filter(Boolean));
const normUrl = (s: unknown) => norm(s).replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/+$/, "");
const normPhone = (s: unknown) => String(s ?? "").replace(/[^\d+]/g, "");

function similar(a: unknown, b: unknown): number {
  const A = tokens(a);
  const B = tokens(b);
  if (!A.size || !B.size) return 0;
  let inter = 0;
  for (const t of A) if (B.has(t)) inter++;
  return Math.max(inter / (A.size + B.size - inter), (inter / Math.min(A.size, B.size)) * 0.9);
}

function sameScalar(field: string, g: unknown, p: unknown): boolean {
  if (p === undefined || p === null || p === "") return false;
  if (field === "url") return normUrl(g) === normUrl(p);
  if (field === "phone") return normPhone(g) === normPhone(p);
  if (/Date$|^date$/.test(field)) return String(p).startsWith(String(g)) && String(p).length === String(g).length;
  return norm(g) === norm(p) || similar(g, p) >= 0.85;
}

/** Gold and parsed entries paired as the scorer pairs them: by key similarity, then by how many fields agree. */
function pairEntries(section: string, gold: Entry[], pred: Entry[]): Array<[number, number]> {
  const { key, fields } = SECTIONS[section]!;
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, i) =>
    pred.forEach((p, j) => {
      const s = similar(g[key] ?? "", p[key] ?? "");
      if (s < 0.6) return;
      const agree = fields.filter((f) => g[f] !== undefined && sameScalar(f, g[f], p[f])).length;
      pairs.push([s + 0.01 * agree, i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0]);
  const gi = new Set<number>();
  const pj = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of pairs) {
    if (gi.has(i) || pj.has(j)) continue;
    gi.add(i);
    pj.add(j);
    out.push([i, j]);
  }
  return out;
}

/** Every field the scorer judges in one case. */
export function judgeFields(gold: Gold, pred: Resume): JudgedField[] {
  const out: JudgedField[] = [];
  const judge = (field: string, g: unknown, p: unknown, path: string) => {
    const has = p !== undefined && p !== null && p !== "";
    if (g === undefined) {
      if (has) out.push({ right: false, path });
      return;
    }
    out.push({ right: sameScalar(field, g, p), ...(has ? { path } : { gold: String(g) }) });
  };
  const gb = (gold.basics ?? {}) as Record<string, unknown> & { location?: Entry; profiles?: Entry[] };
  const pb = (pred.basics ?? {}) as Record<string, unknown> & { location?: Entry; profiles?: Entry[] };
  for (const f of ["name", "email", "phone", "url"]) judge(f, gb[f], pb[f], `/basics/${f}`);
  for (const f of ["city", "region", "countryCode"]) if (gb.location?.[f] !== undefined) judge(f, gb.location[f], pb.location?.[f], `/basics/location/${f}`);
  for (const g of gb.profiles ?? []) {
    const at = (pb.profiles ?? []).findIndex((p) => (g.url && p.url && normUrl(g.url) === normUrl(p.url)) || (g.username && p.username && norm(g.username) === norm(p.username)));
    out.push(at >= 0 ? { right: true, path: `/basics/profiles/${at}` } : { right: false, gold: String(g.url ?? g.username) });
  }
  for (const [section, { key, fields }] of Object.entries(SECTIONS)) {
    const g = Array.isArray(gold[section]) ? (gold[section] as Entry[]) : [];
    const p = Array.isArray((pred as Record<string, unknown>)[section]) ? ((pred as Record<string, unknown>)[section] as Entry[]) : [];
    const pairs = pairEntries(section, g, p);
    const matchedGold = new Set(pairs.map(([i]) => i));
    const matchedPred = new Set(pairs.map(([, j]) => j));
    g.forEach((e, i) => {
      if (matchedGold.has(i)) return;
      // a missed entry misses its judged sub-fields too, as the scorer counts it; each is looked for by its own words (a date by the entry's key)
      out.push({ right: false, gold: String(e[key] ?? "") });
      for (const f of fields) if (e[f] !== undefined) out.push({ right: false, gold: String(/Date$/.test(f) ? (e[key] ?? "") : e[f]) });
    });
    p.forEach((_, j) => {
      if (!matchedPred.has(j)) out.push({ right: false, path: `/${section}/${j}` });
    });
    for (const [i, j] of pairs) {
      out.push({ right: true, path: `/${section}/${j}/${key}` });
      for (const f of fields) if (g[i]![f] !== undefined) judge(f, g[i]![f], p[j]![f], `/${section}/${j}/${f}`);
    }
  }
  return out;
}
