import type { SectionKind } from "../parse/section-titles.js";
import type { SectionBlock, SourceLine } from "../parse/source-line.js";
import type { Basics } from "../resume/schema.js";
import { isHeadline } from "./header-names.js";
import { addContact, fieldOfLabel, splitLabel, type Contact } from "./contacts.js";
import { readLineContacts } from "./line-contacts.js";
import nameParts from "./vocabulary/name-parts.json" with { type: "json" };
import networks from "./vocabulary/networks.json" with { type: "json" };
import { trieSource } from "./word-trie.js";
import { networkOfLabel, readProfileUrl } from "./profiles.js";

/** Sections whose lines belong to entries or lists: a contact there is an employer's, a school's, a referee's or a project's, not the owner's. */
const ENTRY_KINDS = new Set<SectionKind | undefined>(["work", "volunteer", "education", "publications", "patents", "projects", "awards", "certificates", "references", "talks", "teaching", "service", "news", "open-source", "blogs", "skills", "languages", "interests"]);

/** What the owner's personal data gave: basics fields, the name with its line, and the lines used. */
export interface PersonalData {
  basics: Basics;
  name?: { text: string; line: SourceLine };
  /** "期望职位：Android开发工程师", "希望職種：…": the job sought, under its label; the CV's headline where nothing else is */
  headline?: { text: string; line: SourceLine };
  used: Set<SourceLine>;
}

/**
 * Reads the owner's details wherever a CV lists them outside its entries: a
 * "Personal data" or "基本情報" section, a contact block at the end, a
 * key/value table (`| 氏名 | … |`, `| GitHub | <…> |`), labelled bullets
 * ("- Email: …", "- 氏名: …") and a "Name" heading over the name. A line
 * counts only when all it says is contact details, so prose that mentions a
 * website is passed over.
 */
export function readPersonalData(blocks: readonly SectionBlock[], kinds: ReadonlyArray<SectionKind | undefined>): PersonalData {
  const found: PersonalData = { basics: {}, used: new Set() };
  const parts = nameInParts(blocks);
  if (parts) {
    found.name = { text: parts.text, line: parts.lines[0] };
    for (const line of parts.lines) found.used.add(line);
  }
  blocks.forEach((block, i) => {
    if (kinds[i] !== "references") for (const line of block.lines) for (const c of ownProfileLinks(line)) addContact(found.basics, c);
    if (ENTRY_KINDS.has(kinds[i])) return;
    const afterEntries = kinds.slice(0, i).some((k) => ENTRY_KINDS.has(k));
    // a man page's NAME section: "Jane Doe - Site Reliability Engineer"
    const first = block.lines[0];
    if (block.title !== undefined && fieldOfLabel(block.title) === "name" && first?.kind === "text") {
      found.name ??= { text: first.text, line: first };
      found.used.add(first);
    }
    const listed = placesListed(block);
    block.lines.forEach((line, j) => {
      if (listed.has(line)) return;
      const labelled = labelledValue(line) ?? nameUnderHeading(line, block.lines[j + 1]);
      // "求职意向：Java开发 | 北京 | 15-20K": the job sought is the value's first cell; the line, where it says more (the
      // town, the pay), stays with the details, whose reading takes its contacts
      const sought = labelled && fieldOfLabel(labelled.key) === "headline" ? labelled.value.split(SOUGHT_CELL_GAP)[0]!.trim() : undefined;
      if (sought && isHeadline(sought)) {
        found.headline ??= { text: sought, line: labelled!.line };
        if (sought === labelled!.value.trim()) return;
      }
      // "name: Jane Doe keywords: …": a line that runs on into the next label ends before it
      // "姓名：李明      性别：男": or into the next cell of a row of labelled cells
      const cells = labelled && fieldOfLabel(labelled.key) === "name" ? labelled.value.split(/\t|\s{2,}/) : [];
      const name = cells[0]?.replace(/\s+\p{L}[\p{L}-]*[:：]\s.*$/u, "");
      if (labelled && name && isShortName(name)) {
        found.name ??= { text: name, line: labelled.line };
        // the other cells' details (性别：男) stay with the line, which is then kept whole
        if (cells.length === 1) found.used.add(labelled.line);
        return;
      }
      // "遠山 篤史(とおやま あつし)": a name with its reading in brackets, as a 職務経歴書 opens its personal data unlabelled
      if (kinds[i] === "contact" && j === 0 && CJK_NAME_WITH_READING.test(line.text.trim())) {
        found.name ??= { text: line.text.trim(), line };
        found.used.add(line);
        return;
      }
      // "张伟/男/1992": the name before the gender, as Chinese CVs open their personal details; the line stays whole
      const slashed = line.text.length <= 60 ? nameBeforeGender(line.text) : undefined;
      if (slashed) found.basics.name ??= slashed;
      // a paragraph is no contact line, and reading each of its words as one costs a long CV milliseconds
      if (line.text.length > 160 && line.links.length < 2) return;
      const contacts = labelled && line.kind === "row" ? [readRow(line)] : readLineContacts(line);
      if (!contacts.length || !contacts.every(Boolean)) return;
      // "### First Aid Course - Red Cross - *Austin, TX*": a sub-heading names an entry of its section, and where it
      // was is the entry's place, not the owner's
      if (line.kind === "subheading" && contacts.some((c) => c?.field === "location")) return;
      // "Founder of the Salem code night" / "Ran monthly meetups." / "http://www.example.net/…": below the entries, a web
      // address alone after a line of prose is that item's link; the owner's own sits among other contacts, or under a
      // label of its own ("Website:")
      const before = block.lines[j - 1];
      const afterProse = before !== undefined && !/[:：]\s*$/.test(before.text) && !readLineContacts(before).some(Boolean);
      if (afterEntries && afterProse && contacts.every((c) => c?.field === "url")) return;
      for (const c of contacts as Contact[]) addContact(found.basics, c);
      found.used.add(line);
    });
  });
  // read last, so that any address written out comes first
  const mailed = soleMailLink(blocks, kinds);
  if (mailed) addContact(found.basics, { field: "email", value: mailed });
  return found;
}

/** A sentence in the first person singular: the owner speaking, whose offer to be written to is their own. */
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|me|my)(?![\p{L}'’])/u;

const MAIL_LINK = /^mailto:(?:\/\/)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:\?.*)?$/i;

/**
 * "Feel free to [get in touch](mailto:jo@example.org)": where a CV gives its owner's address only as the target of a link
 * behind words, that address is the owner's, when it is the one address linked outside entries and references (a job's
 * or a referee's is someone else's), or in an entry's prose that speaks in the owner's voice.
 */
function soleMailLink(blocks: readonly SectionBlock[], kinds: ReadonlyArray<SectionKind | undefined>): string | undefined {
  // by the address in lower case, as written
  const addresses = new Map<string, string>();
  blocks.forEach((block, i) => {
    if (kinds[i] === "references") return;
    const entries = ENTRY_KINDS.has(kinds[i]);
    for (const line of block.lines) {
      // "I am open to more work of this kind: [get in touch](mailto:…)": in an entry, only prose in the owner's own voice
      if (entries && !FIRST_PERSON.test(line.text)) continue;
      for (const link of line.links) {
        // an address written as the link's text is read with its line, its label kept
        const address = link.text.includes("@") ? undefined : MAIL_LINK.exec(link.url.trim())?.[1];
        if (address) addresses.set(address.toLowerCase(), address);
      }
    }
  });
  return addresses.size === 1 ? [...addresses.values()][0] : undefined;
}

/**
 * "- Eloquentix (USA)", "- Pic-pic (USA)", "- LCRCOM.net (Madrid)": a list of three items or more, two or more of them
 * read as places, lists what the person worked for or at with where they are (clients, offices); the owner has one
 * place, written once, and none of these items is it, nor is a web address among them the owner's.
 */
export function placesListed(block: SectionBlock): Set<SourceLine> {
  const items = block.lines.filter((l) => l.kind === "bullet" && l.text.length <= 80);
  const placed = items.filter((l) => readLineContacts(l).some((c) => c?.field === "location"));
  return new Set(placed.length >= 2 && items.length >= 3 ? items : []);
}

const NAME_PART = new Map([...nameParts.given.map((l) => [l, "given"] as const), ...nameParts.family.map((l) => [l, "family"] as const)]);

/**
 * "First Name: Oybek" / "Last Name: Karimov", headings or lines, among the first of the document: a form's parts of
 * the name, which together are the name.
 */
function nameInParts(blocks: readonly SectionBlock[]): { text: string; lines: [SourceLine, SourceLine] } | undefined {
  const found = new Map<string, { value: string; line: SourceLine }>();
  const titles = blocks.slice(0, 4).flatMap((b): SourceLine[] => (b.title === undefined ? [] : [{ kind: "heading", text: b.title, position: b.position, depth: 1, links: [], gap: true }]));
  for (const line of [...titles, ...blocks.slice(0, 3).flatMap((b) => b.lines.slice(0, 12))]) {
    // "| **Vorname** | Anna |": a row of two cells is a label and its value
    const [label, cell, ...more] = line.kind === "row" ? (line.cells ?? []).map((c) => c.replace(/[*_]+/g, "").trim()) : [];
    const { key, value } = label && cell && !more.some(Boolean) ? { key: label.toLowerCase(), value: cell } : splitLabel(line.text);
    const part = key ? NAME_PART.get(key.replace(/[\s.:：]+$/u, "")) : undefined;
    if (part && value && isShortName(value) && !found.has(part)) found.set(part, { value: value.trim(), line });
  }
  const [given, family] = [found.get("given"), found.get("family")];
  return given && family ? { text: `${given.value} ${family.value}`, lines: [given.line, family.line] } : undefined;
}

const GENDERS = new Set(["男", "女", "男性", "女性", "male", "female", "m", "f"]);

/** "遠山 篤史(とおやま あつし)", "王芳 (Wang Fang)": a name of two to six Han characters with its reading in kana or Latin letters. */
const CJK_NAME_WITH_READING = /^\p{Script=Han}{1,4}\s?\p{Script=Han}{1,4}\s*[(（][\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Latin}ー・\s]{2,40}[)）]$/u;

/** "张伟/男/1992", "Li Na / female / 1995": a name, then the gender, among a line's slash-set parts. */
function nameBeforeGender(text: string): string | undefined {
  const [name, gender] = text.split(/\s*[/／|｜]\s*/);
  return name && gender && GENDERS.has(gender.trim().toLowerCase()) && /^(?:\p{Script=Han}{2,4}|\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){1,2})$/u.test(name.trim()) ? name.trim() : undefined;
}

/** Where a job sought ends and the next cell begins: a tab, a run of spaces (a row of labelled cells), a bar, a semicolon or a slash ("Java开发/北京/15K"). */
const SOUGHT_CELL_GAP = /\t|\s{2,}|\s*[|｜;；/／]\s*/u;

/** A name is a few words: a longer value after "Name:" is other text the line ran into ("name: X keywords: …"). */
function isShortName(value: string): boolean {
  // "#+author: [[mailto:jo@example.org][jo@example.org]]": an address under a name's label is the person's contact
  if (/@|:\/\//.test(value)) return false;
  return value.length <= 60 && !/[:：]/.test(value.replace(/\([^)]*\)/g, "")) && value.split(/\s+/).length <= 6;
}

/** "Name: X", "- 氏名: X", "| 氏名 | X |": a label and its value on one line. */
function labelledValue(line: SourceLine): { key: string; value: string; line: SourceLine } | undefined {
  if (line.kind === "row") {
    const [key, value, ...more] = (line.cells ?? []).map((c) => c.trim());
    return key && value && !more.some(Boolean) && (fieldOfLabel(key) || readRow(line)) ? { key: key.toLowerCase(), value, line } : undefined;
  }
  const { key, value } = splitLabel(line.text);
  return key && value ? { key, value, line } : undefined;
}

/** "### なまえ" then "大井 愛仁": a heading that is only a name label, over the name. */
function nameUnderHeading(line: SourceLine, next: SourceLine | undefined): { key: string; value: string; line: SourceLine } | undefined {
  if ((line.kind !== "heading" && line.kind !== "subheading") || !next || next.kind !== "text") return undefined;
  return fieldOfLabel(line.text) === "name" ? { key: line.text.trim().toLowerCase(), value: next.text, line: next } : undefined;
}

/** A two-cell row read as "label: value", its links kept. */
function readRow(line: SourceLine): Contact | undefined {
  const [key, value] = (line.cells ?? []).map((c) => c.trim());
  if (!key || !value) return undefined;
  const [contact] = readLineContacts({ ...line, kind: "text", text: `${key}: ${value}`, cells: undefined });
  return contact;
}

/**
 * "[GitHub](https://github.com/jdoe)", "Music ([SoundCloud](…/jdoe))", "my [LinkedIn page](…/in/jdoe)": a link
 * whose text is only its network's name, maybe said as an account's, points at the owner's account,
 * wherever it stands; a project's link names the project instead.
 */
function ownProfileLinks(line: SourceLine): Contact[] {
  return line.links.flatMap((link) => {
    const profile = readProfileUrl(link.url);
    // (a link that is its line's only words, "[Publons profile](…)", is a contact line's, read with its label there)
    const inProse = line.text.trim() !== link.text.trim();
    const named = networkOfLabel(link.text) ?? (inProse ? accountNetwork(link.text) : undefined);
    return profile && named === profile.network ? [{ field: "profile" as const, ...profile }] : [];
  });
}

const { owner, after, first, joining } = networks.accountWords;
const ACCOUNT_PHRASE = new RegExp(`^(?:(?:${trieSource(owner)})\\s+)?(?:(?:${trieSource(first)})\\s+(?:(?:${trieSource(joining)})\\s+)?)?(.+?)(?:[\\s-]+(?:${trieSource(after)}))?$`, "iu");

/**
 * "my LinkedIn page", "meinem XING-Profil", "mon profil LinkedIn", "GitHub": the network a link's words name, the
 * words prose sets around it aside.
 */
const accountNetwork = (text: string) => networkOfLabel(ACCOUNT_PHRASE.exec(text.trim())?.[1] ?? text);
