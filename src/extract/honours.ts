/**
 * "… with Honors and High Distinction", "…, cum laude", "… (summa cum laude)", "…, mention très bien": how well a degree
 * was passed, said after its field; and "…, mención en Tecnologías de Información", "…, minor in Statistics": what the
 * study took in besides its field. Both are kept beside the field, not read as part of it.
 */
const HONOURS = /(?:\s+|\s*,\s*|\s*\(\s*)(?:with\s+(?:(?:high|highest|first[- ]class)\s+)?(?:honou?rs|distinction)\b.*|(?:summa\s+|magna\s+)?cum\s+laude\b.*)$|\s*,\s*(?:mention|mención|mencion|minor|concentration|specialization|especialización|ênfase|com ênfase)\s.*$|\s*[(,]\s*(?:(?:first|second|third)[- ]class|(?:upper|lower)[- ]second|2[:.][12]|distinction|merit)\b.*$/iu;

/** A field and the honours said after it ("Physics, cum laude" → "Physics" and "cum laude"). */
export function withoutHonours(text: string): { field: string; honours?: string } {
  const m = HONOURS.exec(text);
  return m ? { field: text.slice(0, m.index), honours: m[0].replace(/^[\s,]+/, "") } : { field: text };
}

/** True when a text ends in honours said after a field ("Physics with distinction"). */
export const endsWithHonours = (text: string): boolean => HONOURS.test(text);

/** True when a phrase says only how a degree was passed ("Mention très honorable", "with distinction"), no field. */
export const namesHonoursAlone = (text: string): boolean => withoutHonours(`, ${text.trim()}`).field === "";

/**
 * "University of Westmark (2:1)", "Northvale College (Summa Cum Laude)", "… (Minor in Economics)": how the degree was
 * passed or what it took in besides its field, in brackets after the school's name, is no part of the name; it is
 * given back apart so that the entry keeps it.
 */
export function schoolWithoutHonours(text: string): { school: string; honours?: string } {
  const m = /\s*\(([^()]+)\)$/u.exec(text);
  const honours = m && (namesHonoursAlone(m[1]!) || /^(?:hons?\.?|honou?rs)$/iu.test(m[1]!.trim())) ? m[1]!.trim() : undefined;
  return honours ? { school: text.slice(0, m!.index), honours } : { school: text };
}
