import { readFileSync, writeFileSync } from "node:fs";
import { sourcesIn } from "../src/source/list-sources.js";
import { extname, join } from "node:path";

const FIRST = ["Alex", "Mira", "Jonas", "Priya", "Tomás", "Ines", "Kenji", "Leila", "Owen", "Sofia", "Ravi", "Hanna"];
const LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Kowalski", "Reyes", "Novak", "Adeyemi", "Brandt"];
const WORDS = ["distributed", "compilers", "robotics", "genomics", "latency", "observability", "pedagogy", "optimization", "storage", "graphics"];

/** A small deterministic random sequence, so every bench run builds the same CVs. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/**
 * Writes `count` CVs into `dir`, each a seed or a résumé from resumes/ with a
 * new name and a few entries' words and years changed. The name replaces the
 * owner's as the parser read it (`owners`) wherever the text has it; a seed
 * whose owner was not found gets one added, so that no line of it is lost.
 */
export function generateCvs(seedFiles: readonly string[], dir: string, count: number, owners: ReadonlyMap<string, string> = new Map()): string[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const seed = seedFiles[i % seedFiles.length]!;
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const owner = owners.get(seed);
    const original = readFileSync(seed, "utf8");
    const renamed = owner && original.includes(owner) ? original.split(owner).join(name) : addName(original, name, extname(seed) === ".md");
    const text = renamed
      .replace(/\b(19|20)(\d\d)\b/g, (year) => String(Number(year) - Math.floor(next() * 3)))
      .replace(/\b(systems|research|data|models|software)\b/gi, () => pick(WORDS));
    const path = join(dir, `cv-${String(i).padStart(3, "0")}${extname(seed)}`);
    writeFileSync(path, text);
    return path;
  });
}

/** Gives a CV whose owner the parser did not find a name: in its front matter's name, else as a first line above the rest. */
function addName(text: string, name: string, markdown: boolean): string {
  const lines = text.split("\n");
  const frontMatterEnd = lines[0] === "---" ? lines.indexOf("---", 1) : -1;
  const nameKey = lines.findIndex((l, n) => n < frontMatterEnd && /^\s*name:/.test(l));
  if (nameKey >= 0) lines[nameKey] = lines[nameKey]!.replace(/name:.*/, `name: ${name}`);
  else lines.splice(frontMatterEnd + 1, 0, markdown ? `# ${name}` : name, "");
  return lines.join("\n");
}

/** Every Markdown or text CV in the folders (the generator rewrites their text), not sidecars. */
export function listSeeds(folders: readonly string[]): string[] {
  return folders.flatMap(sourcesIn).filter((f) => /\.(md|txt)$/.test(f));
}

/** A CV of about `bytes` bytes: one seed's sections repeated under numbered headings. */
export function writeLargeCv(seed: string, path: string, bytes: number): void {
  const body = readFileSync(seed, "utf8");
  const parts: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const part = body.replace(/^(#+ .*)$/gm, `$1 ${i}`);
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  writeFileSync(path, parts.join("\n\n"));
}
