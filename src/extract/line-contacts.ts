import { withoutDecoration } from "../parse/normalize.js";
import type { Link, SourceLine } from "../parse/source-line.js";
import { fieldOfLabel, readContact, spellsEmail, splitLabel, withoutIconLetter, type Contact, type ContactReading } from "./contacts.js";
import { splitContactLine } from "./split-contact-line.js";
import { isNetworkHost, networkOfLabel, readProfileUrl } from "./profiles.js";
import { hasStreet } from "./evidence/places.js";

/** One phrase of a line, with the link it is the text of. */
interface Phrase {
  text: string;
  link?: Link;
  /** The label written before the link's text ("**blog** `my notes <url>`_"), which names what the link is. */
  label?: string;
}

/**
 * The phrases of a contact line. A line made only of links ("GitHub | Email",
 * HTML anchors side by side) is cut at its links, which may have no separators
 * between them; any other line at its separators.
 */
export function linePhrases(written: SourceLine, reading: ContactReading = {}): Phrase[] {
  const line = labelRow(written);
  const links = line.links.filter((l) => l.text.trim());
  let rest = line.text;
  for (const link of links) rest = rest.replace(link.text.trim(), " ");
  if (links.length && /^[\s|·•⋅◦/,;:()[\]—–-]*$/.test(withoutDecoration(rest))) return links.map((link) => ({ text: link.text.trim(), link }));
  const phrases = labelEach(splitContactLine(line.text), line.text);
  // a postal address is a place: a reading without places has no use for its parts joined
  return (reading.places === false ? phrases : joinPostalAddresses(phrases))
    .flatMap(splitBeforeAddress)
    // an icon split off its value says nothing of its own
    .filter((text) => withoutDecoration(text.replace(/\p{Co}/gu, "")).trim())
    .map((text) => ({ text, link: links.find((l) => withoutDecoration(l.text).trim() === withoutDecoration(text)) }))
    .map((phrase) => (phrase.link ? phrase : (labelledLink(phrase.text, links) ?? phrase)))
    .map(labelFollowers());
}

/**
 * "**GitHub:** [jdoe](https://github.com/jdoe)", reST's "**blog** `notes <http://…>`_": a contact's label, its colon
 * or none, before a link that closes the phrase. The link is the contact, under that label.
 */
function labelledLink(text: string, links: readonly Link[]): Phrase | undefined {
  const plain = withoutDecoration(text).trim();
  for (const link of links) {
    const shown = withoutDecoration(link.text).trim();
    if (!shown || !plain.endsWith(shown) || plain === shown) continue;
    const label = plain.slice(0, -shown.length).replace(/[\s:：]+$/u, "");
    if (fieldOfLabel(label) || networkOfLabel(label)) return { text, link, label };
  }
  return undefined;
}

/** "| Email | jdoe@x.org |": a table row of a label and its value reads as "Email: jdoe@x.org". */
function labelRow(line: SourceLine): SourceLine {
  const [label, value, ...more] = (line.cells ?? []).map((c) => withoutDecoration(c).trim());
  if (line.kind !== "row" || !label || !value || more.some(Boolean) || !(fieldOfLabel(label) || networkOfLabel(label))) return line;
  return { ...line, text: `${label}: ${value}` };
}

/**
 * "Teléfono :⇥652 096 865 / 985 253 740": a label alone before a tab labels every value after it. The colon
 * may be left out where the label stands in a column of its own ("Phone⇥+49 30 1234567", a table of contacts).
 */
function labelEach(phrases: string[], text: string): string[] {
  const [first, ...values] = phrases;
  const labelled = first !== undefined && (/[:：]$/.test(first) || text.trimStart().startsWith(`${first}\t`)) && fieldOfLabel(first);
  return labelled && values.length ? values.map((v) => `${first} ${v}`) : phrases;
}

/**
 * "Phone: +1 555 0100 / +1 555 0199", "Email: a@example.org, b@example.org": a number or address after a labelled one,
 * with no label of its own, is under that label. Returns a mapper over a line's phrases in order.
 */
function labelFollowers(): (phrase: Phrase) => Phrase {
  let label: { written: string; field: string } | undefined;
  return (phrase) => {
    const { key, written } = splitLabel(phrase.text);
    const field = key ? fieldOfLabel(key) : undefined;
    if (field === "email" || field === "phone") label = { written, field };
    else if (key || !label || readContact(phrase.text, { places: false })?.field !== label.field) label = undefined;
    else return { ...phrase, text: `${label.written}: ${phrase.text}` };
    return phrase;
  };
}

/**
 * "Mühlfeldstraße 16 – 4690 Schwanenstadt", "Rua das Flores, 123 – Savassi – Belo Horizonte/MG": a street and the
 * town after it, cut apart at the line's separators (a district between them), are one address.
 */
function joinPostalAddresses(phrases: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < phrases.length; i++) {
    const street = phrases[i]!;
    const parts = hasStreet(street) && readContact(street) === undefined ? [1, 2].find((k) => i + k < phrases.length && readContact([street, ...phrases.slice(i + 1, i + k + 1)].join(", "))?.field === "location") : undefined;
    out.push(parts ? [street, ...phrases.slice(i + 1, i + parts + 1)].join(", ") : street);
    i += parts ?? 0;
  }
  return out;
}

/** An address written right after other words, where a PDF's wrapped lines were joined ("Islamabad, Pakistan linkedin.com/in/jdoe"). */
const BEFORE_ADDRESS = /(?<![:：])\s+(?=\S*(?:@\w|:\/\/|www\.|\.(?:com|org|net|io|dev|me|app)\b))/u;

function splitBeforeAddress(phrase: string): string[] {
  // "Email jdoe@x.org" keeps its label; anything else before an address is a phrase of its own
  // every address the pattern looks ahead for holds an "@" or a dot
  // "jdoe (at) example.org" is one address, spelt out
  if (!/[@.]/.test(phrase) || spellsEmail(phrase) || spellsEmail(splitLabel(phrase).value)) return [phrase];
  const parts = phrase.split(BEFORE_ADDRESS);
  if (parts.length === 1) return [phrase];
  // "Q jdoe@x.org": an icon's letter before the address is no phrase of its own
  const iconed = parts.length === 2 && /^[^\d\s+(]$/u.test(parts[0]!.trim());
  const labelled = fieldOfLabel(parts[0]!) || networkOfLabel(parts[0]!) || iconed;
  return labelled ? [phrase] : parts;
}

/** What each phrase of a line says about the owner's contacts (undefined where it says nothing). */
export function readLineContacts(line: SourceLine): Array<Contact | undefined> {
  return linePhrases(line).map((p) => readPhrase(p));
}

/**
 * False for a line that cannot give an e-mail, a phone or a profile, told by its characters alone: it has no link,
 * no cell, no "@" or "[at]", no label's colon or dash, no address's slash or dotted host, and fewer than the four
 * digits a number to call has. Most lines of a section are such prose, and the full reading is costly.
 */
export function mayHoldOwnedContact(line: SourceLine): boolean {
  if (line.cells?.length || line.links.some((l) => l.text.trim())) return true;
  return MAY_HOLD_CONTACT.test(line.text) || FOUR_DIGITS.test(line.text);
}

const FOUR_DIGITS = /\d\D*\d\D*\d\D*\d/;
const MAY_HOLD_CONTACT = /[@:：/\t]|\.\p{L}|\s[-–]\s|[[({<]\s*at\s*[\])}>]/iu;

/** Each phrase of a line as written, with the contact it gives (undefined where it gives none). */
export function readContactPhrases(line: SourceLine, reading: ContactReading = {}): Array<{ text: string; contact: Contact | undefined }> {
  return linePhrases(line, reading).map((p) => ({ text: p.text.trim(), contact: readPhrase(p, reading) }));
}

/**
 * A phrase as written, or, when it is a link whose text only names what it is
 * ("Email", "GitHub", "Blog", a badge's alt text), the link's target.
 */
function readPhrase({ text, link, label: labelWritten }: Phrase, reading: ContactReading = {}): Contact | undefined {
  const written = readContact(text, reading);
  if (!link || !/^(?:https?:|mailto:|tel:)/i.test(link.url)) return written;
  // "LinkedIn: [Jane Roe](https://linkedin.com/in/jroe)": a network's label before a link to a profile there is that
  // profile, its address where the link leads (a profile whose address is written out is read as written)
  const { key, written: keyWritten } = splitLabel(text);
  const keyNetwork = key ? networkOfLabel(key) : undefined;
  const linked = (keyNetwork || labelWritten) && !(written?.field === "profile" && written.url) ? readProfileUrl(link.url) : undefined;
  // "GitHub: [jdoe](https://github.com/jdoe)", "**GitHub** [jdoe](…)": the handle shown under its network's label, with
  // its colon or none, its address the link's
  if (linked && written?.field === "profile" && linked.network === written.network) return { ...written, url: linked.url };
  // "[LinkedIn/in/jdoe](https://www.linkedin.com/in/jdoe/)": a profile's shorthand as the text of a link to it stands for
  // the address the link holds, which is the profile's url as the CV gives it
  const shorthandOf = written?.field === "profile" && !/^[^/]*\./.test(written.url ?? "") ? readProfileUrl(link.url) : undefined;
  if (shorthandOf && written?.field === "profile" && shorthandOf.network === written.network && shorthandOf.username?.toLowerCase() === written.username?.toLowerCase()) return { ...written, url: link.url };
  const valueOnly = withoutDecoration(link.text).trim() !== withoutDecoration(text).trim();
  if (linked && keyNetwork && linked.network === keyNetwork && valueOnly) return { field: "profile", ...linked, label: keyWritten };
  // ("Website: [www.jdoe.dev](https://www.jdoe.dev/)": an address shown under its label stays as written)
  if (written?.field === "url") return labelWritten ? written : { ...written, value: link.url };
  // "[jdoe@github.com](https://github.com/jdoe)": a handle written in an address's shape at the host its link leads to, a
  // profile there ("[jane@gmail.com](https://linkedin.com/in/jane)" is an address and a profile)
  const atHost = written?.field === "email" && new RegExp(`^https?://(?:www\\.)?${written.value.split("@")[1]!.replace(/\./g, "\\.")}/`, "i").test(link.url);
  const linkedProfile = atHost ? readProfileUrl(link.url) : undefined;
  if (linkedProfile) return { field: "profile", ...linkedProfile };
  if (written) return written;
  // "mailto://jdoe@x.org", "tel://+15550100": some write the slashes of a web address after the scheme
  const target = link.url.replace(/^(?:mailto|tel):(?:\/\/)?([^?]+).*$/i, "$1");
  const label = labelWritten ?? withoutIconLetter(withoutDecoration(text)).replace(/[:：]$/, "").trim();
  const labelNetwork = networkOfLabel(label);
  // the link's text is all the reader saw of it ("GitHub", "stackoverflow's reputation: 5793"): it is printed as the
  // contact's label, unless it is the address again ("in/jdoe")
  const describes = label !== "" && !link.url.toLowerCase().includes(label.toLowerCase().replace(/^@/, ""));
  const labelled = (contact: Contact): Contact => (labelNetwork || fieldOfLabel(label) || describes ? { ...contact, label } : contact);
  const profile = readProfileUrl(link.url);
  if (profile) return labelled({ field: "profile", ...profile, ...(labelNetwork && { network: labelNetwork }) });
  const byTarget = readContact(target, reading);
  if (byTarget?.field === "email") return labelled(byTarget);
  // a number to call is read off a tel: link only where its text says it is one ("Phone", "Tel")
  if (byTarget?.field === "phone" && /^tel:/i.test(link.url) && fieldOfLabel(label) === "phone") return labelled(byTarget);
  if (labelNetwork) return labelled({ field: "profile", network: labelNetwork, url: link.url });
  return fieldOfLabel(label) === "url" && !isNetworkHost(link.url) ? labelled({ field: "url", value: link.url }) : undefined;
}
