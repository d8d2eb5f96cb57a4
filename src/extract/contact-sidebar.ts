import type { SectionBlock } from "../parse/source-line.js";
import type { SectionKind } from "../parse/section-titles.js";
import type { Basics } from "../resume/schema.js";
import { addContact, type Contact } from "./contacts.js";
import { hasDate } from "./layout/lines.js";
import { mayHoldOwnedContact, readContactPhrases, readLineContacts } from "./line-contacts.js";

/**
 * A PDF's contact sidebar comes out of its text in the middle of another
 * section ("WORK EXPERIENCE" … "CONTACT" / address / e-mail / phone …
 * "Software Engineer" / "Cignex Datamatics" / "01/2018 – 07/2018"): what
 * follows the last contact line, when it holds dates, goes on with the
 * section the sidebar cut in two.
 */
export function mendContactSidebars(blocks: readonly SectionBlock[], kinds: readonly (SectionKind | undefined)[]): SectionBlock[] {
  const out = blocks.map((b) => ({ ...b, lines: [...b.lines] }));
  out.forEach((block, i) => {
    const before = out[i - 1];
    if (kinds[i] !== "contact" || !before || kinds[i - 1] === undefined || kinds[i - 1] === "contact") return;
    // the sidebar's contacts end where two lines in a row hold none
    const holds = block.lines.map((l) => readLineContacts(l).some(Boolean));
    const first = holds.indexOf(true);
    const end = holds.findIndex((h, k) => k > first && !h && holds[k + 1] === false);
    const tail = end < 0 ? [] : block.lines.slice(end);
    if (first < 0 || tail.length < 3 || !tail.some(hasDate)) return;
    before.lines.push(...tail);
    block.lines.splice(end);
  });
  return out;
}

/**
 * A PDF's footer or sidebar sets the owner's e-mail, phone or profiles inside
 * another section ("Æ +43 699 17952841", "• Q jo@example.org • t jo_doe",
 * "Github:// jodoe"): a line of contacts and short phrases, when the résumé
 * has no such contact yet, fills it; its other phrases stay in the section, its icons (a letter or two) go.
 * References keep theirs: they are someone else's.
 */
export function takeStrayContacts(blocks: readonly SectionBlock[], kinds: readonly (SectionKind | undefined)[], basics: Basics): SectionBlock[] {
  return blocks.map((block, i) => {
    if (i === 0 || kinds[i] === "contact" || kinds[i] === "references") return block;
    const lines = block.lines.flatMap((l) => {
      // a line with no e-mail, phone or profile stays as it is: it is first read without places, the costliest reading,
      // which finds every such contact the full reading finds (a phrase read as a place is none of them)
      if (!mayHoldOwnedContact(l) || !readContactPhrases(l, { places: false }).some((p) => p.contact && isOwned(p.contact))) return [l];
      const phrases = readContactPhrases(l);
      const contacts = phrases.flatMap((p) => (p.contact ? [p.contact] : []));
      const others = phrases.filter((p) => !p.contact).map((p) => p.text);
      const owned = contacts.filter(isOwned);
      if (!owned.length || others.some((t) => t.split(/\s+/).length > 3) || owned.some((c) => hasAlready(basics, c))) return [l];
      for (const c of contacts) addContact(basics, c);
      // an icon left before its value ("✉ ") is no word; "33 years old" keeps its number
      const kept = others.map((t) => t.replace(/^[^\p{L}\p{N}\s]{1,2}\s+/u, "")).filter((t) => t.length > 2);
      return kept.length ? [{ ...l, text: kept.join(" · "), links: [] }] : [];
    });
    return lines.length === block.lines.length && lines.every((l, k) => l === block.lines[k]) ? block : { ...block, lines };
  });
}

/** An e-mail, phone or profile: a contact only the owner gives, where a place may be anyone's. */
const isOwned = (c: Contact) => c.field === "email" || c.field === "phone" || c.field === "profile";

/** Whether the résumé already has the owner's contact of that kind (a profile: on that network). */
function hasAlready(basics: Basics, c: Contact): boolean {
  if (c.field === "profile") return basics.profiles?.some((p) => p.network === c.network) ?? false;
  return basics[c.field as "email" | "phone"] !== undefined;
}
