import type { SectionBlock } from "../parse/source-line.js";
import type { SectionKind } from "../parse/section-titles.js";
import { hasDate } from "./layout/lines.js";
import { readLineContacts } from "./line-contacts.js";

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
