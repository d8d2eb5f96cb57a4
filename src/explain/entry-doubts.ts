import { roleLean, weighPhrase } from "../extract/evidence/phrase-evidence.js";
import { isSentence, isTitleLike, writtenAsText } from "../extract/layout/lines.js";
import type { SourceLine } from "../parse/source-line.js";
import { classifyTitle } from "../parse/section-titles.js";
import { cleanTitle, foldTitle } from "../parse/title-text.js";
import { wholeTitleKind } from "../parse/title-vocabulary.js";
import { findDates, withoutDates } from "../extract/dates.js";
import { isLocation } from "../extract/entry-parts.js";
import { isLevelPhrase } from "../extract/skill-items.js";
import { isAuthorList } from "../extract/author-lists.js";
import { markMonths } from "../extract/month-names.js";
import type { Resume } from "../resume/schema.js";
import { comparable } from "./line-values.js";
import type { Doubt } from "./explanation.js";

/** A word of five or more lower-case letters run into a capitalised one ("trainingMid"), which no brand's capitals do ("SharePoint", "JavaScript"). */
const GLUED_WORDS = /(\p{Ll}{5,})(\p{Lu}\p{Ll}+)/u;

/** What a project's links are labelled with, alone or after one word ("PyPI project", "Live demo"). */
const LINK_LABEL = /^(?:\S+\s)?(?:project|page|documentation|docs|demo|website|site|repository|repo|link|source|source code|code|slides|video|paper)$/i;

/**
 * Doubts the extractor's own evidence raises about what it made of an entry,
 * beyond the diagnostics it wrote: the same vocabularies and weighing
 * (phrase-evidence.ts, layout/lines.ts) that chose a reading say how little
 * stood behind it. A job whose employer's words weigh as a job title, a
 * name that reads as a sentence, an entry that lacks its key field, a
 * section whose title is no section vitae knows: each is a reading taken for
 * lack of a better one, and each has an edit that settles it.
 */
export function entryDoubt(section: string, entry: Record<string, unknown>): Doubt | undefined {
  const text = (field: string) => (typeof entry[field] === "string" ? (entry[field] as string) : undefined);
  const doubt = (message: string, fix: string): Doubt => ({ ruleId: "weak-evidence", message, fix });
  switch (section) {
    case "work":
    case "volunteer": {
      const name = text(section === "work" ? "name" : "organization");
      const position = text("position");
      if (!name) return doubt(`no employer was found for the job "${position}"`, `name the employer on the job's first line, set in bold: "**Organisation** | ${position}"`);
      // an employer named by its company form or an organisation noun needs no title beside it to be one
      if (!position && weighPhrase(name).org < 0.7) return doubt(`"${name}" was read as the employer and no job title was found`, `write the role after the organisation: "**${name}** | Role"`);
      if (position && roleLean(weighPhrase(name)) > 0.3) return doubt(`"${name}" was read as the employer, though its words weigh as a job title`, `write the role after the organisation as "**Organisation**, ${name}"`);
      if (isSentence(name)) return doubt(`"${clip(name)}" reads as a sentence, yet it was taken as the employer`, `start the entry with a line that names the employer and the role: "**Organisation** | Role | dates"`);
      if (writtenAsText(name) && weighPhrase(name).org === 0) return doubt(`"${clip(name)}" is written as a phrase of text, not as a name, yet it was taken as the employer`, `start the entry with a line that names the employer and the role: "**Organisation** | Role | dates"`);
      // "Hiring manager trainingMid-Market Account Executive": a PDF's text lost the line break between two lines
      const glued = position ? GLUED_WORDS.exec(position) : null;
      if (glued) return doubt(`"${clip(position!)}" runs two words together ("${glued[0]}"): a line break was lost there, and what comes before it may be the text of the entry above`, `put the line break back between "${glued[1]}" and "${glued[2]}"`);
      if (position && closedList(position)) return doubt(`"${clip(position)}" reads as a clause, not a job title, yet it was taken as the role: the employer, the place or what the job was may be in it`, `set the entry's fields apart with " | ": "**Organisation** | Role | Place | dates", and what the job was on a line of its own`);
      return undefined;
    }
    case "education": {
      const institution = text("institution");
      if (!institution) return doubt(`no school was found for the degree "${text("studyType") ?? text("area") ?? ""}"`, `name the school on the entry's first line: "**University**, Degree, dates"`);
      if (isSentence(institution)) return doubt(`"${clip(institution)}" reads as a sentence, yet it was taken as the school`, `start the entry with a line that names the school: "**University**, Degree, dates"`);
      const evidence = weighPhrase(institution);
      if (evidence.school < 0.9 && evidence.org < 0.7) return doubt(`nothing in "${clip(institution)}" names a school, yet it was taken as the school`, `name the school in full on the entry's first line ("**University of …**, Degree, dates")`);
      return undefined;
    }
    case "awards":
    case "projects":
    case "publications":
    case "skills":
    case "certificates": {
      const key = text(section === "awards" ? "title" : "name");
      if (!key) return doubt(`an entry of ${section} has no ${section === "awards" ? "title" : "name"}`, `start the entry with its name, set in bold`);
      if (onlyDate(key) || onlyDateAndPlace(key)) return doubt(`"${clip(key)}" is a date, yet it was taken as the ${section === "awards" ? "title" : "name"} of an entry of ${section}`, `write the entry's name and its date on one line: "**Name**, ${clip(key)}"`);
      if (/^(?:https?:\/\/|www\.)\S+$/i.test(key)) return doubt(`"${clip(key)}" is a web address, yet it was taken as the name of an entry of ${section}`, `name the entry before its address: "**Name** ${clip(key)}"`);
      // "◦ PiPy project: https://pypi.org/…", "◦ Documentation: hyperlink": the label of a link the entry above lists
      if (section === "projects" && LINK_LABEL.test(key)) return doubt(`"${clip(key)}" labels a link, yet it was read as a project of its own: it may be a link of the project above`, `indent it under the project it belongs to, or give it a name of its own`);
      // "James Demmel, Jack Dongarra, Beresford N. Parlett, …": a citation read from its authors, its title left behind
      if (section === "publications" && isAuthorList(key.replace(/^\d+\.\s+/, ""))) return doubt(`"${clip(key)}" is a list of people, yet it was taken as the title of a paper`, `write the title first, or set it in quotes or italics: *Title*. Authors. Venue, year.`);
      // "May 2019 | Logan, UT": a place names no project, award or paper
      if (section !== "skills" && isLocation(key)) return doubt(`"${clip(key)}" is a place, yet it was taken as the ${section === "awards" ? "title" : "name"} of an entry of ${section}`, `write the entry's name on its line before its place: "**Name**, ${clip(key)}"`);
      if (section === "skills" && isLevelPhrase(key)) return doubt(`"${clip(key)}" says how well, not what, yet it was read as a skill`, `write the level after the skills it rates: "Python, Java (${clip(key)})"`);
      // "**开源项目**" over a list under Skills: a group named by a section title is likely that section, not skills
      const titled = classifyTitle(key);
      // "Languages: Go, Rust" is a group of skills as often as not
      if (section === "skills" && titled && titled !== "skills" && titled !== "languages") return doubt(`"${clip(key)}" names a section of its own (${titled}), yet it was read as a group of skills`, `give it a heading of its own ("## ${key}") above its lines`);
      // a project called "Projects" is a section's title in so many words (the whole-title vocabulary, not its keywords), set as no heading
      if (section !== "skills" && wholeTitleKind(foldTitle(cleanTitle(key)))) return doubt(`"${clip(key)}" is a section's title, yet it was read as the name of an entry of ${section}`, `set it as a heading ("## ${key}") above the section's entries`);
      if (section === "skills" && !/\p{L}/u.test(key)) return doubt(`"${clip(key)}" has no word in it, yet it was read as a skill`, `write the skill's name before what is said of it ("Go: 5 years")`);
      // a skill is named in a few words: a line that is not ("對全棧開發有深入了解。") was read as one for want of a list
      const unlike = isSentence(key) || (section === "skills" && ([...key].length > 40 || /[.!?。！？:：]$/.test(key)));
      if (section !== "publications" && unlike) return doubt(`"${clip(key)}" reads as a sentence, yet it was taken as the name of an entry of ${section}`, `give the entry a short name of its own, set in bold, before what it says`);
      return undefined;
    }
    default:
      return undefined;
  }
}

/** A section the extractor kept as one of its own because no section title it knows matched its title. */
export function unknownSectionDoubt(resume: Resume, index: number): Doubt | undefined {
  const section = resume.sections?.[index];
  if (!section || section.kind !== "other" || / \(more\)$|^(?:Other|More)$/.test(section.title) || classifyTitle(section.title) === "other") return undefined;
  return {
    ruleId: "unknown-section",
    message: `"${section.title}" is no section title vitae knows, so its lines were kept as a section of their own, not read as jobs, studies or projects`,
    fix: `if it lists jobs, studies or projects, title it so ("## Experience", "## Education", "## Projects")`,
  };
}

/**
 * A list of phrases closed by a full stop ("Monteur im Sondermaschinenbau,
 * Inocon, Attnang-Puchheim."): a clause, where a title is one phrase ("Engineer
 * of Developer Happiness.") or phrases with no stop ("Program Manager, Data").
 */
const closedList = (text: string) => /[,;]\s.*[.!?;:]$/.test(text);

/** A text that says nothing but a date ("Nov 6, 2017", "Jun 12-16, 2017"): its month names and dates taken out, no word is left. */
export function onlyDate(text: string): boolean {
  const rest = withoutDates(text);
  return rest !== text && !/\p{L}{2,}/u.test(markMonths(rest));
}

/** "May 2019 | Logan, UT": a date and where, which name no entry. */
function onlyDateAndPlace(text: string): boolean {
  const place = withoutDates(text).replace(/^[\s|·,–—-]+|[\s|·,–—-]+$/g, "");
  return place !== text && place !== "" && isLocation(place);
}

export const clip = (text: string) => (text.length > 50 ? `${text.slice(0, 47)}…` : text);

/** Words that join an entry's fields rather than belong to one: "Engineer at Acme in Berlin". */
const CONNECTORS = new Set(["at", "in", "of", "and", "chez", "bei", "в", "bij", "w", "em", "en", "à", "und", "y", "e", "et", "na", "pela", "pelo", "de", "da", "do", "von", "to", "from", "since", "until", "present", "now", "current", "today", "heute", "至今", "現在", "现在", "expected"]);

/**
 * Words of an entry's head line that went into none of its fields: the
 * reader cut the line into phrases and some were read as nothing.
 */
export function unreadHeadWords(section: string, entry: Record<string, unknown>, line: string): Doubt | undefined {
  if (section !== "work" && section !== "education" && section !== "volunteer") return undefined;
  let rest = comparable(withoutDates(line, " "));
  const values = Object.values(entry).flatMap((v) => (typeof v === "string" ? [v] : []));
  for (const v of values.map(comparable).sort((a, b) => b.length - a.length)) if (v) rest = rest.split(v).join(" ");
  const words = (rest.match(/[\p{L}\p{N}][\p{L}\p{N}.'’&+-]*/gu) ?? []).filter((w) => !CONNECTORS.has(w.replace(/\.$/, "")));
  const unread = words.join(" ");
  if ([...unread.replace(/\s/g, "")].length < 3) return undefined;
  // a place left over ("Waltham, Massachusetts") or the section's own word is no field lost
  const written = unread.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
  if (weighPhrase(written).place >= 0.9 || classifyTitle(written)) return undefined;
  return {
    ruleId: "weak-evidence",
    message: `"${clip(unread)}" on this line went into no field of the entry`,
    fix: `set the entry's fields apart with " | " ("**Organisation** | Role | Place | dates"), or move "${clip(unread)}" to a line of its own under the entry`,
  };
}

/**
 * A line read as the text of an entry that is set or worded as an entry's
 * head: a sub-heading, or a short line whose words weigh as a school, a
 * degree, an organisation or a job title. The reader joined it to the entry
 * above; it may start an entry of its own, or hold a field of this one.
 */
export function headInBody(section: string, entry: Record<string, unknown>, line: SourceLine): Doubt | undefined {
  if (!["work", "volunteer", "education", "projects", "awards"].includes(section)) return undefined;
  const text = line.text;
  const evidence = weighPhrase(text);
  // a degree named under a school's entry that has none
  const degree = section === "education" && !entry.studyType && evidence.degree >= 0.9;
  const worded = degree || (isTitleLike(text) && text.length <= 60 && Math.max(evidence.school, evidence.degree, evidence.org, evidence.role) >= 0.7);
  const heading = line.kind === "subheading" || line.kind === "heading";
  if (!heading && !worded) return undefined;
  return {
    ruleId: "weak-evidence",
    message: `"${clip(text)}" was read as the text of the entry above, though it is ${heading ? "set as a heading" : "worded as an entry's head"}`,
    fix: `if it starts an entry of its own, give it the entry's dates on its line ("**${clip(text)}** | dates"); if it names this entry's school, employer or role, move it to the entry's first line`,
  };
}

/**
 * "* Expected graduation: 2018" under a study read with no end ("2015 - Present", or no dates at all): the date it
 * ended, or will, is in its text, where the reader does not look for it.
 */
export function datesInBody(section: string, entry: Record<string, unknown>, text: string): Doubt | undefined {
  if (section !== "education" || entry.endDate) return undefined;
  const started = typeof entry.startDate === "string" ? entry.startDate.slice(0, 4) : "";
  const date = findDates(text).find((d) => (d.end ?? d.start ?? "").slice(0, 4) > started);
  if (!date) return undefined;
  return {
    ruleId: "weak-evidence",
    message: `no end was found for this study, yet "${clip(text)}" under it names ${date.period}: it was read as the entry's text`,
    fix: `if it says when the study began or ended, write it on the entry's first line ("**School**, Degree, ${date.period}")`,
  };
}

/**
 * A wrapped line the parser joined to the text above that is worded as an
 * entry's head: a dated line whose words before the date weigh as a job
 * title, an organisation or a school ("Talent Innovation Specialist: AUG ‘18 - DEC ‘19").
 */
export function headJoined(text: string): Doubt | undefined {
  const date = findDates(text)[0];
  if (!date) return undefined;
  const before = text.slice(0, date.index).replace(/[\s:|,–—-]+$/, "").trim();
  const evidence = weighPhrase(before);
  if (!before || !isTitleLike(before) || Math.max(evidence.role >= 0.9 ? 1 : 0, evidence.org >= 0.7 ? 1 : 0, evidence.school >= 0.9 ? 1 : 0) === 0) return undefined;
  return {
    ruleId: "weak-evidence",
    message: `"${clip(text.trim())}" was joined to the line above as its continuation, though it is dated and worded as an entry's head`,
    fix: `leave a blank line above it, so that it starts an entry of its own`,
  };
}

/** A line of the summary whose words weigh as a school or a degree: education told in the summary, not listed under Education. */
export function schoolInSummary(text: string): Doubt | undefined {
  const evidence = weighPhrase(text);
  if (evidence.school < 0.9 && evidence.degree < 0.9) return undefined;
  return {
    ruleId: "weak-evidence",
    message: `"${clip(text.trim())}" names a school or a degree, yet it was read as part of the summary`,
    fix: `list it under a heading of its own ("## Education"), as "**School**, Degree, dates"`,
  };
}


/**
 * An entry whose head gives two spans, its role's line one of them
 * ("Covetrus (2020 - Present)" over "DevOps Manager (Jan 2024 - Present)"),
 * and whose dates were taken from the other line: the employer's overall span
 * read as the role's.
 */
export function spanOffRole(section: string, entry: Record<string, unknown>, headLines: readonly string[]): Doubt | undefined {
  const position = entry.position;
  if ((section !== "work" && section !== "volunteer") || typeof position !== "string" || typeof entry.startDate !== "string") return undefined;
  // one span a line: a line with two ("2019 – 2022 (3 yrs)") is read on its own
  const spans = headLines.flatMap((text) => findDates(text).filter((d) => d.range).slice(0, 1).map((d) => ({ text, ...d })));
  const role = comparable(position);
  const taken = spans.find((d) => d.start !== undefined && (entry.startDate as string).startsWith(d.start));
  const own = spans.find((d) => comparable(d.text).includes(role));
  if (!taken || !own || own === taken || comparable(taken.text).includes(role)) return undefined;
  return {
    ruleId: "weak-evidence",
    message: `the job's dates were taken from "${clip(taken.period)}", though the role's own line gives "${clip(own.period)}"`,
    fix: `leave the employer's overall span off its line, or give each role an entry of its own with its dates on the role's line`,
  };
}

/**
 * A school's entry whose head starts with its degree, under an entry of the
 * same section that has a school and no degree ("University of California" /
 * "BA - Linguistics" / "Defense Language Institute"): the degree may be the
 * school's above, cut off from it by where the reader split the entries.
 */
export function degreeAbove(section: string, entry: Record<string, unknown>, above: Record<string, unknown> | undefined, firstLine: string): Doubt | undefined {
  if (section !== "education" || !above || above.studyType || typeof entry.institution !== "string" || typeof entry.studyType !== "string") return undefined;
  const first = comparable(firstLine);
  if (first.includes(comparable(entry.institution)) || !first.includes(comparable(entry.studyType))) return undefined;
  return {
    ruleId: "weak-evidence",
    message: `"${clip(firstLine.trim())}" was read as the degree of the school below it, though the school above has none`,
    fix: `write the degree on the school's own line ("**School**, Degree, dates"), or leave a blank line between the entries`,
  };
}
