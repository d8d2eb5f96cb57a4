import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { resumeSources } from "./paths.js";

/** A fresh folder holding `count` CVs (cv-000.md, cv-001.txt…), copies of the résumés in resumes/ in turn. */
export function folderOfCvs(count: number, label: string): { dir: string; sources: string[] } {
  const dir = mkdtempSync(join(tmpdir(), `vitae-${label}-`));
  const cvs = join(dir, "resumes");
  mkdirSync(cvs);
  const seeds = resumeSources().filter((f) => /\.(md|txt)$/.test(f));
  const sources = Array.from({ length: count }, (_, i) => {
    const seed = seeds[i % seeds.length]!;
    const path = join(cvs, `cv-${String(i).padStart(3, "0")}${extname(seed)}`);
    copyFileSync(seed, path);
    return path;
  });
  return { dir, sources };
}
