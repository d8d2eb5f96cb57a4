/**
 * The diploma of a post-Soviet school, as Russian and Ukrainian CVs write it: the qualification before the words "by
 * speciality" and the speciality after them, most often in quotes ("Инженер по специальности «Прикладная
 * математика»", "Бакалавр за спеціальністю «Комп'ютерні науки»"), or after a label ("Квалификация: инженер"). The
 * qualification is what was earned (studyType) whatever it is called, a job's word included: the phrase says so.
 */
const BY_SPECIALITY =
  /^(?<q>\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3}?)\s+(?:по\s+специальности|по\s+направлению(?:\s+подготовки)?|за\s+спеціальністю|за\s+напрямом(?:\s+підготовки)?)\s*:?\s*(?:[«"„“](?<quoted>[^»"“”]{2,160})[»"“”]|(?<plain>\p{L}[^,;.()«»"]{1,120}))/u;
const QUALIFICATION = /^(?:квалификация|кваліфікація)\s*[:—–-]\s*(?<q>\p{L}[^,;.()]{1,80})/iu;

/** The qualification and speciality a line opens with, and where the phrase that names them ends; undefined when it names none. */
export function readSpeciality(text: string): { studyType: string; area?: string; index: number; end: number } | undefined {
  const by = BY_SPECIALITY.exec(text);
  if (by) return { studyType: by.groups!.q!, area: (by.groups!.quoted ?? by.groups!.plain)!.trim(), index: 0, end: by[0].length };
  const labelled = QUALIFICATION.exec(text);
  return labelled ? { studyType: labelled.groups!.q!.trim(), index: 0, end: labelled[0].length } : undefined;
}
