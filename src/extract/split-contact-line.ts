import { fieldOfLabel, readContact, SOMEONE_ELSES } from "./contacts.js";

/**
 * Splits a header line into phrases at `|`, `·`, `•` (and the squares and diamonds a word processor's symbol bullets
 * become in its text export, "jo@example.org ▪ (202)555-0142"), spaced dashes or full stops, tabs and wide gaps.
 */
export function splitContactLine(text: string): string[] {
  const phrases = text
    .split(/\s*[|·•⋅◦▪■◆♦]\s*|\t+|\s{3,}|\s+\/\s+|\s+[—–.]\s+/)
    .flatMap(splitAtLabels)
    .flatMap(splitAtSpacedHyphens)
    .flatMap(splitAfterEmail)
    .flatMap(splitDescribedAddress)
    .map((p) => p.trim())
    .filter(Boolean);
  // "[ jdoe@x.org ] . [ +1 555 0100 ]": each phrase of a line of them boxed in brackets (one alone is a reference's)
  return phrases.length > 1 ? phrases.map((p) => p.replace(/^\[\s*([^\][]+?)\s*\]$/, "$1")) : phrases;
}

/**
 * "Portland, OR - (503) 555-0143", "jo@example.org - github.com/jo": a spaced hyphen sets contacts apart as a dash
 * does, where each piece it leaves is one (an e-mail, a phone, an address, a place); elsewhere it joins a name to a
 * headline ("Jo Roe - Data Engineer") or stands inside a place ("São Paulo - SP").
 */
function splitAtSpacedHyphens(phrase: string): string[] {
  if (!/\s-\s/.test(phrase)) return [phrase];
  const pieces = phrase.split(/\s+-\s+|\s+-$/).map((p) => p.trim()).filter(Boolean);
  const contacts = pieces.map((p) => readContact(p));
  // (two places are one place's parts: "Campinas - SP")
  return pieces.length > 1 && contacts.every(Boolean) && contacts.some((c) => c!.field !== "location") ? pieces : [phrase];
}

/**
 * "jo@example.org 5550100123 linkedin.com/in/jo": an e-mail address holds no space, so a phrase that
 * opens with one ends it there, and what follows is a contact of its own (icons drawn as pictures between them, which
 * a Word file converted to Markdown keeps, leave only a space).
 */
function splitAfterEmail(phrase: string): string[] {
  // "jane@example.org (Home)": what follows in brackets says what the address is for, and stays with it
  const email = /^[^\s@:]+@[^\s@]+\.\p{L}{2,}(?=\s+[^\s(])/u.exec(phrase.trim());
  return email ? [email[0], phrase.trim().slice(email[0].length)] : [phrase];
}

/**
 * "http://www.janeroe.example/ - portfolio, GitHub, and social media.": a web address holds no space either, and words
 * after a dash that follows it say what is found there; the address is a contact of its own.
 */
function splitDescribedAddress(phrase: string): string[] {
  const address = /^(?:https?:\/\/|www\.)\S+(?=\s+[-–—]\s+\p{L})/u.exec(phrase.trim());
  return address ? [address[0], phrase.trim().slice(address[0].length).replace(/^\s+[-–—]\s+/u, "")] : [phrase];
}

/** The last three, two or one words of a text. */
const LABEL_BEFORE_COLON = [3, 2, 1].map((n) => new RegExp(`(?<=^|\\s)(?:\\p{L}+\\s){${n - 1}}\\p{L}+$`, "u"));

/**
 * "Date of birth: 14/03/1994 Nationality: German Phone number: (+49) 176…"
 * (Europass's header as text): values run together, each after its label,
 * are cut before every label vitae knows that follows a value.
 */
function splitAtLabels(phrase: string): string[] {
  const cuts: number[] = [];
  for (const colon of phrase.matchAll(/[:：]\s/g)) {
    const before = phrase.slice(0, colon.index);
    // the label is the last one to three words before the colon, the longest that names a field; after a value, a
    // qualifier is no part of it ("Institution: Lindqvist University Email: …": the university is the value's)
    const windows = LABEL_BEFORE_COLON.map((pattern) => pattern.exec(before));
    if (windows.some((m) => m?.index === 0 && fieldOfLabel(m[0]))) continue;
    const label = windows.find((m) => m && fieldOfLabel(m[0], { qualified: false }));
    if (!label || label.index === 0) continue;
    const someoneElses = SOMEONE_ELSES.exec(before.slice(0, label.index));
    if (!someoneElses) cuts.push(label.index);
    else if (someoneElses.index > 0) cuts.push(someoneElses.index + someoneElses[0].length - someoneElses[0].trimStart().length);
  }
  return cuts.length ? [0, ...cuts].map((c, i, all) => phrase.slice(c, all[i + 1])) : [phrase];
}
