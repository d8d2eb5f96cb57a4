import { roleLean, weighPhrase } from "../evidence/phrase-evidence.js";
import { LEGAL_FORM } from "../vocabulary.js";
import type { HeadPhrase } from "./head-phrases.js";

/**
 * A town as a header writes it after an employer: a capitalised word or two ("Flawil", "St. Gallen"), maybe with
 * its canton's or state's code ("Wil SG"), or two towns ("Freienbach / St. Gallen"), maybe with what the employer does
 * in brackets after it ("Wil (Anlagen- und Apparatebau)").
 */
const TOWN = /^((?:\p{Lu}[\p{L}'’-]*\.?(?:\s\p{Lu}[\p{L}'’-]+)?(?:\s\p{Lu}{2})?)(?:\s\/\s\p{Lu}[\p{L}'’-]*\.?(?:\s\p{Lu}[\p{L}'’-]+)?)?)(?:\s*(\([^()]+\)))?$/u;

/**
 * "Polymechaniker | Beispiel AG Umformtechnik, Wil SG", "Mitarbeiter | Muster-Job AG (Einsatz beim Kunden), Flawil / Gossau":
 * the phrase after the comma that follows a company named with its legal form, a town as headers write one and naming
 * no organisation or role, is where the company is, though no gazetteer may know so small a town. Returns the phrase's
 * index, the town, and what the brackets after it say of the employer.
 */
export function townAfterCompany(phrases: readonly HeadPhrase[], headText: string): { at: number; town: string; said?: string } | undefined {
  for (let at = 1; at < phrases.length; at++) {
    const [company, phrase] = [phrases[at - 1]!, phrases[at]!];
    const town = TOWN.exec(phrase.text);
    if (!town || !headText.includes(`${company.text}, ${phrase.text}`)) continue;
    // (a remark in brackets after the company's name, "(Einsatz beim Kunden)", says nothing of what the name is)
    const name = company.text.replace(/\s*\([^()]*\)$/u, "");
    if (!LEGAL_FORM.test(name) || roleLean(weighPhrase(name)) > 0) continue;
    const e = weighPhrase(town[1]!);
    // a capitalised word alone may as well be a department ("Muster Versicherung AG, Schadenabteilung", German
    // capitalising every noun): a gazetteer's place, a canton's or state's code, or two towns say it is a town
    const placed = e.place > 0 || /\s\p{Lu}{2}$|\s\/\s/u.test(town[1]!);
    if (placed && e.org <= 0 && e.school <= 0 && roleLean(e) <= 0) return { at, town: town[1]!, said: town[2] };
  }
  return undefined;
}
