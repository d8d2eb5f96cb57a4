import { roleLean, weighPhrase } from "../evidence/phrase-evidence.js";
import { isEmploymentType, namesATeam } from "../vocabulary.js";

/**
 * "Research Assistant, Department of Physics, Lindqvist University — North Campus", "Marie-Curie Fellow, Kestrel
 * University - Harbour Institute": a row that names its role first and then, after commas, where the role was held, has
 * said both before the dash; what the dash sets apart (a campus, a second host) belongs to the last name, and is no
 * job title of its own, as it would be in "Acme Corp — Engineer". A row with no employer before the dash ("Software
 * Engineer, Payments — Acme") is cut there still.
 */
export function dashInsideNames(text: string, masked: string, dash: RegExp): boolean {
  const global = new RegExp(dash.source, "gu");
  const cuts = [...masked.matchAll(global)];
  if (cuts.length !== 1) return false;
  const at = cuts[0]!;
  const [before, after] = [text.slice(0, at.index), text.slice(at.index! + at[0].length)];
  const phrases = before.split(/,\s+/);
  if (phrases.length < 2 || roleLean(weighPhrase(phrases[0]!)) <= 0.3) return false;
  const names = phrases.slice(1).map(weighPhrase);
  const setApart = after.split(/,\s+/)[0]!;
  const set = weighPhrase(setApart);
  // what the dash sets apart is a campus, a town or a second host ("— North Campus", "- Harbour Institute"), not a team,
  // a practice or the terms of the job ("— Payments Team", "- Digital Practice", "- Contract"), the row's own phrases
  const remark = isEmploymentType(setApart) || namesATeam(setApart) || (set.org > 0 && set.school === 0);
  return names.some((e) => Math.max(e.org, e.school) >= 0.5 && roleLean(e) < 0) && roleLean(set) <= 0 && !remark;
}
