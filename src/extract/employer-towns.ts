import employerKinds from "./vocabulary/employer-kinds.json" with { type: "json" };
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import type { ReadWork } from "./work.js";

const EMPLOYER_NOTES = new Set(Object.values(employerKinds.notes).flat());
/** "Fintech", "Now Fabrikam", "Ehemals Beispiel GmbH": a bracket's words about the employer, not its town. */
const saysOfEmployer = (text: string) => EMPLOYER_NOTES.has(text.toLowerCase()) || EMPLOYER_NOTES.has(text.split(/\s+/)[0]!.toLowerCase());

/**
 * "Groupe SEB, Écully" among "Crédit Agricole Centre-Est, Lyon" and "Decathlon, Villeneuve-d'Ascq": where the section
 * writes its employers' towns after a comma, a capitalised word or two after an employer's comma is its town, though
 * no gazetteer knows so small a one. "Acme (Louisville)" among "Beta (Denver)": so too in brackets, where the section
 * writes them so, unless the bracket says what the employer does or was called ("Tidewell (Fintech)", "Contoso (Now
 * Fabrikam)"), as it does as often.
 */
export function townsAfterEmployers(jobs: ReadWork[]): ReadWork[] {
  const town = String.raw`(\p{Lu}[\p{L}'\u2019]+(?:[\s-]\p{Lu}[\p{L}'\u2019]+)?)`;
  const styles = [
    { joined: (n: string, t: string) => `${n}, ${t}`, cut: new RegExp(String.raw`^(.+),\s+${town}$`, "u"), bracketed: false },
    { joined: (n: string, t: string) => `${n} (${t})`, cut: new RegExp(String.raw`^(.+?)\s+\(${town}\)$`, "u"), bracketed: true },
  ];
  const written = (job: ReadWork, style: (typeof styles)[number]) => job.entry.head.some((l) => l.text.includes(style.joined(job.work.name!, job.work.location!)));
  const style = styles.find((st) => jobs.filter((j) => j.work.name && j.work.location && written(j, st)).length >= 2);
  if (!style) return jobs;
  return jobs.map((job) => {
    const m = !job.work.location && job.work.name ? style.cut.exec(job.work.name) : null;
    if (!m || weighPhrase(m[2]!).org > 0 || roleLean(weighPhrase(m[2]!)) > 0 || (style.bracketed && saysOfEmployer(m[2]!))) return job;
    return { ...job, work: { ...job.work, name: m[1]!, location: m[2]! } };
  });
}
