import employerKinds from "./vocabulary/employer-kinds.json" with { type: "json" };
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import type { ReadWork } from "./work.js";
import { isRegionCode } from "./evidence/regions.js";
import { ORG_WORDS, SCHOOL_WORDS } from "./vocabulary.js";

const EMPLOYER_NOTES = new Set(Object.values(employerKinds.notes).flat());
/** "Fintech", "Now Fabrikam", "Ehemals Beispiel GmbH": a bracket's words about the employer, not its town. */
const saysOfEmployer = (text: string) => EMPLOYER_NOTES.has(text.toLowerCase()) || EMPLOYER_NOTES.has(text.split(/\s+/)[0]!.toLowerCase());

/**
 * "Groupe SEB, Écully" among "Crédit Agricole Centre-Est, Lyon" and "Decathlon, Villeneuve-d'Ascq": where the section
 * writes its employers' towns after a comma, a capitalised word or two after an employer's comma is its town, though
 * no gazetteer knows so small a one. "Acme (Louisville)" among "Beta (Denver)": so too in brackets, where the section
 * writes them so, unless the bracket says what the employer does or was called ("Tidewell (Fintech)", "Contoso (Now
 * Fabrikam)"), as it does as often. A town with its state's code is one in any section (see townWithStateCode).
 */
export function townsAfterEmployers(jobs: ReadWork[]): ReadWork[] {
  const town = String.raw`(\p{Lu}[\p{L}'\u2019]+(?:[\s-]\p{Lu}[\p{L}'\u2019]+)?)`;
  const styles = [
    { joined: (n: string, t: string) => `${n}, ${t}`, cut: new RegExp(String.raw`^(.+),\s+${town}$`, "u"), bracketed: false },
    { joined: (n: string, t: string) => `${n} (${t})`, cut: new RegExp(String.raw`^(.+?)\s+\(${town}\)$`, "u"), bracketed: true },
  ];
  const written = (job: ReadWork, style: (typeof styles)[number]) => job.entry.head.some((l) => l.text.includes(style.joined(job.work.name!, job.work.location!)));
  const style = styles.find((st) => jobs.filter((j) => j.work.name && j.work.location && written(j, st)).length >= 2);
  const coded = jobs.map((job) => {
    const place = !job.work.location && job.work.name ? townWithStateCode(job.work.name) : undefined;
    return place ? { ...job, work: { ...job.work, ...place } } : job;
  });
  if (!style) return coded;
  return coded.map((job) => {
    const m = !job.work.location && job.work.name ? style.cut.exec(job.work.name) : null;
    if (!m || weighPhrase(m[2]!).org > 0 || roleLean(weighPhrase(m[2]!)) > 0 || (style.bracketed && saysOfEmployer(m[2]!))) return job;
    return { ...job, work: { ...job.work, name: m[1]!, location: m[2]! } };
  });
}

/**
 * "Security Lab, Westmark State University, University Park, PA" among "…, Lexington, MA": a town and its state's code
 * after an employer already named, though the town's name opens with a school's word ("University Park", "College
 * Park") and no gazetteer knows it. Not where the town's last word is a school's or an organisation's ("Harvard
 * University, MA" names the employer), nor where what is left names no organisation.
 */
function townWithStateCode(name: string): { name: string; location: string } | undefined {
  const m = /^(.+),\s+(\p{Lu}[\p{L}'\u2019]+(?:\s\p{Lu}[\p{L}'\u2019]+)?),\s+(\p{Lu}{2})$/u.exec(name);
  if (!m || !isRegionCode(m[3]!, "US")) return undefined;
  const last = m[2]!.split(/\s+/).at(-1)!;
  if (SCHOOL_WORDS.test(last) || ORG_WORDS.test(last)) return undefined;
  const employer = weighPhrase(m[1]!);
  return Math.max(employer.org, employer.school) > 0.5 ? { name: m[1]!, location: `${m[2]!}, ${m[3]!}` } : undefined;
}
