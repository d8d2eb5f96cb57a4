import { withoutDecoration } from "../parse/normalize.js";
import type { Basics } from "../resume/schema.js";
import { hasStreet, isKnownTown, readPlace, type Place } from "./evidence/places.js";
import { ORG_WORDS, SCHOOL_WORDS } from "./vocabulary.js";
import { withoutWorkMode } from "./evidence/work-modes.js";
import { isNetworkHost, networkOfLabel, readLabelledProfile, readProfileUrl, type Profile } from "./profiles.js";
import labels from "./vocabulary/contact-labels.json" with { type: "json" };
import { countryCode } from "./evidence/countries.js";
import { trieSource } from "./word-trie.js";
import topLevelDomains from "tlds/index.json" with { type: "json" };

export { countryCode };

/** Contact details found in one phrase of a header line, with the label written before them ("Telefon", "E-mail"). */
export type Contact = (
  | { field: "email" | "phone" | "url"; value: string; others?: OtherContact[] }
  | ({ field: "profile" } & Profile)
  | { field: "location"; value: NonNullable<Basics["location"]> }
) & { label?: string };

/** An e-mail address or number after the owner's first, which JSON Resume has no field for. */
type OtherContact = NonNullable<Basics["otherContacts"]>[number];

type LabelField = "email" | "phone" | "url" | "location" | "name" | "headline" | "personal";

const { why: _why, qualifiers, someoneElses, ...labelsByField } = labels;
const FIELD_OF_LABEL = new Map(Object.entries(labelsByField).flatMap(([field, words]) => words.map((w) => [w, field as LabelField] as const)));
const QUALIFIERS = new Set(qualifiers);
/**
 * "Emergency", "Father's", "Emergency contact": words before a label that make it another person's; a line that runs
 * values together is cut before them, so the owner's value keeps whole and the label is read with them.
 */
const SOMEONE_ELSES_WORD = trieSource(someoneElses);
const SOMEONE_ELSES_LABEL = new RegExp(`^(?:${SOMEONE_ELSES_WORD})(?:\\s|$)`, "iu");
export const SOMEONE_ELSES = new RegExp(`(?:^|\\s)(?:${SOMEONE_ELSES_WORD})(?:\\s+\\p{L}+){0,2}\\s*$`, "iu");

const EMAIL = /^(?:mailto:)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/i;
/** "jane (at) example (dot) org", "jane[at]example.org": an address spelt out so that robots miss it. */
const SPELT_EMAIL = /^([\w.+-]+)\s*[[({<]\s*at\s*[\])}>]\s*([\w-]+(?:\s*(?:\.|[[({<]\s*dot\s*[\])}>])\s*[\w-]+)+)$/i;
/**
 * "jane at example dot org": the same in bare words, common in plain-text CVs; the "dot" is needed too, for "at" alone
 * before a host ("Engineer at acme.io") names an employer.
 */
// (the top-level domain in one case, as addresses write it: "Designer at Polka dot Studio" names an employer)
const WORDED_EMAIL = /^([\w.+-]+)\s+(?:at|AT)\s+([\w-]+(?:\s+(?:dot|DOT)\s+[\w-]+)*\s+(?:dot|DOT)\s+(?:[a-z]{2,6}|[A-Z]{2,6}))$/;
/** "jdoe (at) example.org", "jdoe [at] example [dot] org": an address spelt out so that robots cannot read it. */
export const spellsEmail = (text: string) => SPELT_EMAIL.test(text.trim()) || WORDED_EMAIL.test(text.trim());
/** Between the contacts of a list: a comma, semicolon or 、, a spaced slash, or a slash between two numbers. */
const CONTACT_LIST = /\s*[、，,;；]\s*|\s+\/\s+|(?<=\d)\/(?=[+\d])/;
const PHONE = /^(?:\+\s?)?(?:\(\+?\d{1,4}\)\s?)?\d[\d\s().\/-]{5,20}\d(?:\s*\(\w+\))?$/;
/** "10.03.1987", "2019-2021", "2023.04 - 2024.09": a date or a span of dates, which digits alone would take for a number to call. */
const NOT_PHONE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|(?:\d{1,2}[./-])?\d{4}(?:[./-]\d{1,2})?\s*(?:--|[-–—~〜～])\s*(?:\d{1,2}[./-])?\d{4}(?:[./-]\d{1,2})?)$/;
/** A web address's shape; the host's last label, before any path, is its top-level domain. */
const WEB_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.([a-z]{2,})(?:[/?#][^\s]*)?$/i;
let domains: ReadonlySet<string> | undefined;

/**
 * "janedoe.com", "sophiemartin.design", "github.com/jdoe": a web address without its scheme, under any top-level
 * domain IANA lists. The domain is looked up in a set of the 1,400 made on first use: a pattern of them, as this
 * was, cost some 20 ms to build and compile on the first CV of each run.
 */
function isWebAddress(text: string): boolean {
  const topLevel = WEB_ADDRESS.exec(text)?.[1];
  if (topLevel === undefined) return false;
  domains ??= new Set(topLevelDomains.filter((d) => /^[a-z]{2,}$/.test(d)));
  return domains.has(topLevel.toLowerCase());
}

/** An address followed by a word or two in parentheses that say what it is. */
const LINK_TAG = /^(\S+\.\S+)\s+\(([\p{L} -]{2,24})\)$/u;
/**
 * "Email:", "Tel.", "GitHub -", "住所", "Фамилия / Имя:": a label before a value (two labels for one field joined by a
 * slash too); it must not be the scheme of an address.
 */
const LABEL = /^([\p{L}][\p{L} .'/-]{0,28}?)\.?\s*(?:[:：]|\s[-–]\s)(?!\/\/)\s*/u;
/** "Github:// PhilipNelson5": the deedy template writes a network's name as a scheme, its handle after a space. */
const SCHEME_LABEL = /^(\p{L}{2,20}):\/\/\s+(?=\S)/u;

/** "毕业院校：河南大学", "나이 : 32세": any short run before a colon as the label (group 1), and the value after it (group 2). */
export const LABEL_AND_VALUE = /^([^:：]{1,30}?)\s*[:：]\s*(\S.*)$/u;

/** The label a phrase starts with, as a key ("E-mail: …" → "e-mail") and as written, with the value after it. */
export function splitLabel(written: string): { key: string; written: string; value: string } {
  // "📧邮箱：…", "🧑‍🎓姓名：…": the icon a README draws before a label (run into it, as CJK sets no space) is no part of it
  const phrase = withoutDecoration(written);
  const labelled = (written: string, rest: string) => ({ key: written.toLowerCase().replace(/\.$/, ""), written, value: rest.trim() });
  const m = LABEL.exec(phrase) ?? SCHEME_LABEL.exec(phrase);
  if (m && (fieldOfLabel(m[1]!) || networkOfLabel(m[1]!))) return labelled(m[1]!, phrase.slice(m[0].length));
  // "Tel 0151 2636 6002", "住所 神奈川県…": a known label with only a space after it, or a table's bar ("| 氏名 | 山本 太郎 |"
  // as the header row of a table of a label and its value)
  const word = /^([^\s|｜]+)(?:\s*[|｜]\s*|\s+)/.exec(phrase);
  // ("Ciudad de México, México", "Ciudad Juárez": a town whose name opens with the word for "city" is no label and its value)
  const town = word && isKnownTown(phrase.split(",")[0]!.trim());
  if (word && !town && FIELD_OF_LABEL.has(word[1]!.toLowerCase().replace(/\.$/, ""))) return labelled(word[1]!, phrase.slice(word[0].length));
  // any other word before a colon is a label too ("Skype: jdoe"): its value is no bare contact
  return m && /[:：]\s*$/.test(m[0]) ? labelled(m[1]!, phrase.slice(m[0].length)) : { key: "", written: "", value: phrase };
}

/** The field a label names ("Tel" → phone, "Lokalizacja" → location), if any. */
export function fieldOfLabel(label: string, { qualified = true } = {}): LabelField | undefined {
  const key = foldLabel(label).replace(/[\s.:：]+$/, "");
  const whole = FIELD_OF_LABEL.get(key);
  if (whole) return whole;
  const site = webSiteCompound(key);
  if (site) return site;
  // "姓名 Name", "Телефон / Phone": the same label in two languages; "Work e-mail", "Telefon privat": a word that
  // says which of the owner's contacts it is leaves the field as it was
  const parts = key.split(/\s*\/\s*|\s+/);
  const named = parts.filter((part) => !QUALIFIERS.has(part));
  if (named.length === parts.length || !named.length || !qualified) return fieldsAgree(parts);
  const field = fieldsAgree(named);
  return field === "email" || field === "phone" ? field : undefined;
}

/**
 * A label as a key: trimmed, lower case, and without the spaces a form sets between the characters of a short Chinese or
 * Japanese label to line its colon up with longer ones ("姓   名：", "氏　名"), which no word of these scripts holds.
 * (parse/normalize.ts's unpaddedLabel rewrites a line that opens with such a label, so that it is shown and cut
 * unpadded; a label read from a table's cell or a heading never passes there, and is folded here for lookup only.)
 */
export function foldLabel(label: string): string {
  return label.trim().toLowerCase().replace(/(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])\s+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu, "");
}

/** The words for a web site in CJK script ("主页", "博客", "ホームページ", "블로그"), longest first. */
const CJK_SITE_WORDS = labels.url.filter((w) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,}$/u.test(w)).sort((a, b) => b.length - a.length);

/**
 * "个人简历主页" (personal résumé homepage), "技术博客" (tech blog), "개발 블로그" (dev blog): CJK labels compound a word or
 * two before the word for the site, written as one run, so no list can hold them all; the site word at the end is
 * what the label names. Only the web site is read so: a word before "电话" may make it another person's number.
 */
function webSiteCompound(key: string): "url" | undefined {
  const run = key.replace(/\s+/g, "");
  if (!/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{3,10}$/u.test(run)) return undefined;
  return CJK_SITE_WORDS.some((w) => run.endsWith(w) && run.length - w.length <= 4) ? "url" : undefined;
}

/** The one field every word of a label names, if they all name one. */
function fieldsAgree(parts: string[]): LabelField | undefined {
  const fields = new Set(parts.map((part) => FIELD_OF_LABEL.get(part)));
  const [only] = fields;
  return fields.size === 1 ? only : undefined;
}

/** "Nato: 23/01/1992", "Geburtsdatum: 01.01.1990", "国籍：中国": a detail of the person that no field holds, labelled as such. */
export const isPersonalDetail = (phrase: string) => fieldOfLabel(splitLabel(phrase).key) === "personal";

/** Adds https:// to a bare domain so that it is a valid URI. */
export function withScheme(url: string): string {
  return /^(https?:\/\/|mailto:)/i.test(url) ? url : `https://${url}`;
}

/** Reads "Ann Arbor, MI", "Paris, France", "Berlin, Germany" into location fields. */
function readLocation(text: string, { labelled = false } = {}): NonNullable<Basics["location"]> | undefined {
  // "German language course by Sprachschule Nord, Munich.": unlabelled, words of prose before the town tell of something
  // done there; a street's words ("12 rue de la Paix, Paris") are an address's, and so are abbreviations ("ул. Ленина,
  // д. 5, кв. 12, Москва"), which prose does not write
  if (!labelled && (text.match(/(?<=^|\s)\p{Ll}\p{L}*(?![\p{L}.])/gu) ?? []).length >= 3 && !hasStreet(text)) return undefined;
  const place = placeAfterAffiliation(text) ?? readPlace(text);
  // unlabelled, only a place shown by a country, a state or a postcode; after "Location:" any place name will do
  if (place && (place.score >= 0.8 || labelled) && (place.city || place.region || place.countryCode)) {
    const { city, region, countryCode } = place;
    return { ...(city && { city }), ...(region && { region }), ...(countryCode && { countryCode }) };
  }
  const bare = text.trim();
  return labelled && /^\p{Lu}[\p{L}' -]{1,30}$/u.test(bare) && bare.split(/\s+/).length <= 3 ? { city: bare } : undefined;
}

/**
 * "University of Leeds, Leeds, UK", "Department of Physics, Acme University, Bristol, UK": an academic's header names
 * where they work, then its town and country. The school or organisation before the place is no part of it: the place
 * is what follows, when that alone is surely one (a town and a country or a state).
 */
function placeAfterAffiliation(text: string): Readonly<Place> | undefined {
  const parts = text.split(/\s*,\s*/);
  let first = 0;
  while (first < parts.length - 2 && (SCHOOL_WORDS.test(parts[first]!) || ORG_WORDS.test(parts[first]!))) first++;
  if (first === 0) return undefined;
  const place = readPlace(parts.slice(first).join(", "));
  return place && place.score >= 0.8 && place.city ? place : undefined;
}

/** How a phrase is read: `places: false` leaves out reading it as a place, the costliest reading, where only an e-mail, phone or profile matters. */
export interface ContactReading {
  places?: boolean;
}

/** Reads one phrase of a contact line; undefined when it is not contact information. */
export function readContact(text: string, reading: ContactReading = {}): Contact | undefined {
  // "Emergency contact phone: …", "Father's mobile: …": another person's, no contact of the owner's, its line kept as written
  if (SOMEONE_ELSES_LABEL.test(splitLabel(text).key)) return undefined;
  const contact = readPhrase(text, reading);
  const iconless = withoutIconLetter(text);
  return contact ?? (iconless === text.trim() ? undefined : readPhrase(iconless, reading));
}

/** "Æ +43 699 1234567", "Q jdoe@example.org": moderncv's icon fonts come out of a PDF as one letter before the value, which is the rest. */
export function withoutIconLetter(text: string): string {
  return /^[^\d\s+(]\s+(\S.*)$/u.exec(text.trim())?.[1] ?? text.trim();
}

function readPhrase(text: string, reading: ContactReading): Contact | undefined {
  // icon fonts (Font Awesome) print their icons as private-use characters in a PDF's text
  // ":Email: jdoe@x.org": a reStructuredText field list
  const phrase = withoutDecoration(text.replace(/\p{Co}/gu, "")).replace(/^:(?=\p{L}[^:]{0,30}:)/u, "");
  // "ORCID 0000-0001-2345-6789", or the iD alone: its form is unmistakable, with or without its label's colon
  const orcid = /^(ORCID(?:\s+iD)?)?\s*:?\s*(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$/i.exec(phrase.trim());
  if (orcid) return { field: "profile", network: "ORCID", username: orcid[2]!, ...(orcid[1] && { label: orcid[1] }) };
  const { key, written: label, value: labelled } = splitLabel(phrase);
  // "(+49) 176 1234567 (Mobile)", "Hauptstraße 12, München (Home)": Europass tags each contact with its use, which
  // goes with the label
  const use = USE_TAG.exec(labelled);
  const written = use ? labelled.slice(0, use.index) : labelled;
  // LinkedIn's PDF export tags each link: "www.linkedin.com/in/jdoe (LinkedIn)", "jdoe.dev (Personal)"; the tag is its label
  const tagged = LINK_TAG.exec(written);
  const contact = readValue(key, tagged?.[1] ?? written, reading);
  const said = [label || tagged?.[2], use?.[0].trim()].filter(Boolean).join(" ") || undefined;
  return contact && said ? { ...contact, label: said } : contact;
}

function readValue(key: string, written: string, reading: ContactReading): Contact | undefined {
  const field = fieldOfLabel(key);
  // "github.com/jdoe." at the end of a sentence: the full stop is not the address's
  const value = written.replace(/[,;]$|(?<=\w)\.$/, "").trim();
  if (!value) return undefined;
  // "a@example.org、b@example.org", "13800001111/13900002222": two addresses or numbers under one label; the first fills
  // the field, the others are kept beside it (each piece a whole address or number: "+49 (0)171/1234567", "089 1234/5678"
  // are one number, as DACH CVs write them)
  const pieces = value.split(CONTACT_LIST);
  const whole = (piece: string) => EMAIL.test(piece) || isPhone(piece, false);
  if (pieces.length > 1 && pieces.every(whole)) {
    const [one, ...rest] = pieces.map((piece) => readValue(key, piece, { ...reading, places: false }));
    const others = rest.flatMap((c) => (c?.field === "email" || c?.field === "phone" ? [{ kind: c.field, value: c.value }] : []));
    if (one?.field === "email" || one?.field === "phone") return { ...one, others };
  }
  const email = EMAIL.exec(value) ?? SPELT_EMAIL.exec(value) ?? WORDED_EMAIL.exec(value);
  if (email) return { field: "email", value: email[2] ? `${email[1]}@${email[2].replace(/\s*[[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\s+/gi, (m) => (/dot/i.test(m) ? "." : ""))}` : email[1]! };
  const labelled = readLabelledProfile(key, value);
  if (labelled) return { field: "profile", ...labelled };
  const profile = readProfileUrl(value);
  if (profile) return { field: "profile", ...profile };
  // a repository or a post on a network is the person's work, not their site
  if (!/\s/.test(value) && (!key || field === "url") && /\.[a-z]{2,}/i.test(value) && isWebAddress(value) && !isNetworkHost(value)) return { field: "url", value: withScheme(value) };
  // "NIM: 11250066", "PESEL: 85010112345": digits alone under a label that names no phone number are an identifier
  const identifier = key !== "" && field !== "phone" && /^\d+$/.test(value);
  if (!identifier && isPhone(value, field === "phone")) return { field: "phone", value };
  if ((field === "location" || !key) && reading.places !== false) {
    // "Buenos Aires, Argentina (Remoto/Híbrido)": how the person works there is no part of the place
    const place = withoutWorkMode(value);
    const location = readLocation(place, { labelled: field === "location" });
    // "Mühlstraße 22, 74080 Heilbronn": a street and postcode are kept as written, beside the town read from them
    if (location) return { field: "location", value: saysMore(place, location) ? { address: place, ...location } : location };
  }
  return undefined;
}

/**
 * True when the written place says more than its town, region and country: a postal address ("Mühlstraße 22,
 * 74080 …"), a district before the town ("Barra do Aririú, Palhoça/SC"). Such a place is kept as written.
 */
function saysMore(written: string, location: NonNullable<Basics["location"]>): boolean {
  const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const parts = written.replace(/^\[|\]$/g, "").split(/\s*,\s*|\/|\s+[-–]\s+/);
  if (location.countryCode && countryCode(parts[parts.length - 1]!)) parts.pop();
  const known = new Set(words([location.city, location.region].filter(Boolean).join(" ")));
  return words(parts.join(" ")).some((w) => !known.has(w));
}

/**
 * A number to call in any national format ("+(49) 157-5706-2745", "860.888.2810", "(48) 98407-9002"); after "Phone:",
 * letters too ("+1 707 DEO BALD", "1-800-FLOWERS"), set apart from at least four digits: "171ORCID" and "171 ORCID" are a
 * number beside a word.
 */
function isPhone(value: string, labelled: boolean): boolean {
  // "2010-2014 (expected)": a range of years, whatever word in brackets follows it as a phone's "(mobile)" would
  if (NOT_PHONE.test(value.replace(/\s*\(\w+\)$/, ""))) return false;
  if (labelled && /^\+?[\d\s().-]*\d[\d\s().A-Z-]{4,}$/.test(value) && !/\d[A-Z]/.test(value) && (value.match(/\d/g) ?? []).length >= 4) return true;
  // the shape first, which prose fails at its first letter: counting the digits walks the whole phrase
  if (!PHONE.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  // an unbroken run of more than twelve digits is an id or a timestamp, not a number anyone writes to be called
  return digits >= 8 && digits <= 15 && !/\d{13}/.test(value);
}

/**
 * What a contact is for, in brackets after it: "(Home)", "(Mobile)", "(Work)"; and the messengers a number also
 * reaches: "(+WhatsApp)", "(Viber, Telegram)".
 */
const USE = "home|work|mobile|private|office|business|privat|dienstlich|mobil|domicile|travail|portable|casa|trabajo|móvil|movil|celular|residencial|comercial|whatsapp|viber|telegram|signal|wechat";
const USE_TAG = new RegExp(`\\s+\\(\\+?(?:${USE})(?:\\s*[,/&+]\\s*\\+?(?:${USE}))*\\)$`, "i");

const bareUrl = (url: string) => url.toLowerCase().replace(/^https?:\/\/(?:www\.)?|\/+$/g, "");

/**
 * Fills basics with a contact: the first email, phone, address and place win, and later e-mail addresses and numbers
 * are kept as other contacts; a profile is added once, however often it is shown.
 */
export function addContact(basics: Basics, c: Contact): void {
  if (c.field === "profile") {
    const { field: _, ...profile } = c;
    const same = (p: Profile) =>
      (p.url !== undefined && c.url !== undefined && bareUrl(p.url) === bareUrl(c.url)) || (p.network === c.network && p.username !== undefined && p.username.toLowerCase() === c.username?.toLowerCase());
    basics.profiles ??= [];
    if (!basics.profiles.some((p) => same(p as Profile))) basics.profiles.push(profile);
    return;
  }
  if (basics[c.field] === undefined) {
    if (c.field === "location") basics.location = c.value;
    else basics[c.field] = c.value;
    if (c.label) basics.labels = { ...basics.labels, [c.field]: c.label };
  } else if ((c.field === "email" || c.field === "phone") && c.label && fieldOfLabel(c.label) === c.field) {
    // a second number or address is the owner's only under a label that names it so ("Mobile:", "Fax:", "E-mail:"): an
    // unlabelled one, or one under "Emergency contact:", "Aadhaar No:", "Student ID:", may be anyone's, or no number
    addOtherContact(basics, { kind: c.field, value: c.value, label: c.label });
  }
  // the label is printed once, before the first of the values it was written before
  if (c.field !== "location" && (!c.label || fieldOfLabel(c.label) === c.field)) for (const other of c.others ?? []) addOtherContact(basics, other);
}

/**
 * "+44 (0)20 7946 0958", "020 7946 0958" and "+44 20 7946-0958" are one number (its last nine digits, after the
 * trunk's "(0)"), "Jane@X.org" and "jane@x.org" one address.
 */
const contactKey = (kind: OtherContact["kind"], value: string) => (kind === "phone" ? value.replace(/\(0\)/g, "").replace(/\D/g, "").slice(-9) : value.toLowerCase());

function addOtherContact(basics: Basics, other: OtherContact): void {
  const known = [basics[other.kind], ...(basics.otherContacts ?? []).filter((o) => o.kind === other.kind).map((o) => o.value)];
  if (known.some((v) => v !== undefined && contactKey(other.kind, v) === contactKey(other.kind, other.value))) return;
  basics.otherContacts = [...(basics.otherContacts ?? []), other];
}
