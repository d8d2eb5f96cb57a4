import type { Draft } from "./draft.js";
import { readContact } from "./contacts.js";
import { isWholePlace } from "./evidence/places.js";

/**
 * "I'm a backend developer based in Lisbon, Portugal.", "Software engineer living in Austin, TX, with …": the place a
 * person says they live or work in, after words that say so, up to the sentence's end or the next clause; or the
 * place a person says they are from ("a web developer from Tampa, Florida", "I'm from Leeds"), as a page's intro
 * tells where its owner lives (not "graduated from", "moved from": what comes before "from" is the person).
 */
const TOLD_PLACE = /(?:\b(?:based|living|located|residing|(?<![\p{L}])live)\s+in|(?<=\b(?:[Ii]\s+am|[Ii]['’]m|\p{L}{3,}(?:er|or|ist|ent|ant)))\s+from)\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}(?:,\s*\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}){0,2})(?=\s*(?:[.!;:)]|,\s*\p{Ll}|\s\p{Ll}|$))/u;

/**
 * A web page's intro that tells where its owner is based gives basics.location, where no contact line does. Only a
 * place the gazetteer reads whole ("Lisbon, Portugal", "Austin, TX", "Berlin") will do: a name after "based in" may
 * be a company's or a team's ("based in Acme's platform team").
 */
export function locationFromSummary(draft: Draft): void {
  const basics = draft.resume.basics;
  if (basics?.location) return;
  // the summary, then a later section of prose ("## About" after the intro: place-section.ts)
  const prose: Array<[string | undefined, string]> = [
    [basics?.summary, "/basics/summary"],
    ...(draft.resume.sections ?? []).flatMap((s, i): Array<[string | undefined, string]> => (s.kind === "summary" ? [[s.items[0]?.summary, `/sections/${i}`]] : [])),
  ];
  for (const [text, pointer] of prose) {
    const told = text ? TOLD_PLACE.exec(text)?.[1] : undefined;
    if (!told || !isWholePlace(told)) continue;
    const contact = readContact(told);
    if (contact?.field !== "location") continue;
    (draft.resume.basics ??= {}).location = contact.value;
    const at = draft.origins.get(pointer);
    if (at) draft.origins.set("/basics/location", at);
    return;
  }
}
