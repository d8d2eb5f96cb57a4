import { findDates } from "../extract/dates.js";
import type { RawLine } from "./text-lines.js";
import { keepRest } from "./wrapped-dates.js";

/**
 * A column of dates too narrow for its ranges (moderncv's, a European CV's) wraps each range after its dash, and
 * pdftotext sets the range's end at the head of the next line, before what the entry says there:
 * "04/2020 – Teamleiter, Acme GmbH, Regensburg" over "heute Verantwortung für …", or over "09/2012" alone. Joins each
 * range again on its first line; a line left empty by it is skipped.
 */
export function mendCutRanges(lines: RawLine[]): void {
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (line.kind !== "text" || next?.kind !== "text" || next.indent > line.indent) return;
    const start = findDates(line.text)[0];
    const dash = start?.index === 0 && !start.range ? /^\s*[–—-]\s+(?=\p{L})/u.exec(line.text.slice(start.length)) : null;
    if (!start || !dash) return;
    const opened = `${start.period} – `;
    const joined = findDates(opened + next.text)[0];
    if (joined?.index !== 0 || !joined.range || joined.length <= opened.length) return;
    const end = (opened + next.text).slice(opened.length, joined.length);
    const rest = next.text.slice(end.length);
    // the end stands alone or before a word: "heute Verantwortung", not the "2020" of "2020er Jahre", nor the start
    // of the next entry's range ("2015 – Tutor, …" over "2016 – Lecturer, …": each since a year)
    if ((rest && !/^\s/.test(rest)) || /^\s*[–—-]/.test(rest)) return;
    line.text = `${opened}${end.trim()} ${line.text.slice(start.length + dash[0].length)}`;
    keepRest(next, rest.trim());
  });
}
